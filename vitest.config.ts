import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tests: pure code and fakeBrowser wiring. DOM readers opt into happy-dom per file
// (`// @vitest-environment happy-dom`); storage tests stay in node, because Blobs stored in
// fake-indexeddb come back broken under happy-dom.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'tests/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    mockReset: true,
    // Fuzzers (thousands of mutated pages) and the read-page command (a tsx child process) take a
    // second on a quiet machine and several on a loaded 2-core one: a hung test still fails, later.
    testTimeout: 30_000,
    restoreMocks: true,
  },
});
