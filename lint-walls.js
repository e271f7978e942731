// @ts-check
// The dependency direction of CONVENTIONS.md, as lint walls (Dark Reader's zones). Kept in a file of
// its own so tests/lint-walls.test.ts can prove the walls stop what they name: until 2 Dec they
// stopped nothing, because import-x could not resolve a .ts import and skips what it cannot resolve.
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/** The resolver and the rule, as one flat-config block (spread into eslint.config.js). */
export const lintWalls = {
  plugins: { 'import-x': importX },
  settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
  rules: {
    'import-x/no-restricted-paths': [
      'error',
      {
        zones: [
          { target: './src', from: './entrypoints', message: 'Nothing imports entrypoints.' },
          { target: './src', from: './tests', except: [], message: 'Source never imports tests.' },
          { target: './src/model', from: ['./src/core', './src/marketplaces', './src/platform', './src/services', './src/ui'] },
          { target: './src/core', from: ['./src/marketplaces', './src/platform', './src/services', './src/ui'] },
          { target: './src/marketplaces', from: ['./src/platform', './src/services', './src/ui'] },
          { target: './src/platform', from: ['./src/core', './src/marketplaces', './src/services', './src/ui'] },
          { target: './src/services', from: ['./src/ui', './src/marketplaces'] },
          // The UI reaches storage, capture and the readers only through the background's messages.
          { target: './src/ui', from: ['./src/services', './src/marketplaces', './src/platform/db', './src/platform/capture'] },
        ],
      },
    ],
  },
};
