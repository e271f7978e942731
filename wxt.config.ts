import { defineConfig } from 'wxt';
import { localeFiles } from './src/i18n/manifest-messages';
import { buildManifest } from './src/manifest/build-manifest';
import { aliasContentScriptModules } from './src/manifest/content-script-aliases';
import { injectReadersWithOrderScript } from './src/manifest/reader-content-scripts';
import { translateActionTitle } from './src/manifest/translated-action-title';

// WXT config. srcDir stays '.', so entrypoints/ sits at the root and src/ is ours.
// Auto-imports are off: every platform dependency is a visible import (CONVENTIONS.md §2).
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, mode }) => buildManifest({ browser, mode }),
  hooks: {
    'vite:build:extendConfig': aliasContentScriptModules,
    // The manifest's name, description and titles in English and Russian (issue 9), from TypeScript.
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
    'build:manifestGenerated': (wxt, manifest) => {
      translateActionTitle(wxt, manifest);
      injectReadersWithOrderScript(wxt, manifest);
    },
  },
});
