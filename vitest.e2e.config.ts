import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (npm run build:e2e) in Debian's Chromium via playwright-core.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
