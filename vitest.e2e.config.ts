import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (npm run build:e2e) in Debian's Chromium via playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // expect.poll's own default (1 s) is shorter than a loaded machine takes to open a popup. The
    // polls read what is on the page now (textNow, count, isVisible, evaluateAll: none waits for an
    // element, tests/e2e/read-now.ts says why), so this is how long they wait.
    expect: { poll: { timeout: 15_000 } },
  },
});
