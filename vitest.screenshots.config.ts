import { defineConfig } from 'vitest/config';

// `npm run screenshots`: README pictures from the built e2e extension in Debian's Chromium.
export default defineConfig({
  test: { include: ['tests/screenshots/*.shots.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
});
