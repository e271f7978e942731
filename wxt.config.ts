import { defineConfig } from 'wxt';
import { buildManifest } from './src/manifest/build-manifest';
import { useNativeBrowserInContentScripts } from './src/manifest/content-script-without-polyfill';

// WXT config. srcDir stays '.', so entrypoints/ sits at the root and src/ is ours.
// Auto-imports are off: every platform dependency is a visible import (CONVENTIONS.md §2).
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, mode }) => buildManifest({ browser, mode }),
  hooks: {
    'vite:build:extendConfig': useNativeBrowserInContentScripts,
  },
});
