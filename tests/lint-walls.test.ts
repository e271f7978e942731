import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWalls } from '../lint-walls.js';
import tseslint from 'typescript-eslint';

// The walls of CONVENTIONS.md (lint-walls.js) must stop what they name. They once stopped nothing:
// import-x skips any import it cannot resolve, and without a resolver that knows .ts it resolved
// none, so a service importing a marketplace reader passed lint. Each case lints one import, from a
// file in one ring to a real module of another, with the walls alone (no type information needed).
const ROOT = resolve(import.meta.dirname, '..');
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser }, ...lintWalls }],
});

/** The wall messages for `import { x } from '<from>'` written in `file`. */
async function wallErrors(file: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${from}';\nexport const y = x;\n`, { filePath: resolve(ROOT, file) });
  return result!.messages.map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

describe('the dependency walls', () => {
  it.each([
    ['a service imports a marketplace reader', 'src/services/probe.ts', '../marketplaces/sites'],
    ['a service imports the UI', 'src/services/probe.ts', '../ui/popup/start-popup'],
    ['the platform imports core', 'src/platform/probe.ts', '../core/capture/capture-pacer'],
    ['the platform imports a service', 'src/platform/probe.ts', '../services/create-order-service'],
    ['core imports the platform', 'src/core/probe.ts', '../platform/alarms'],
    ['core imports a marketplace', 'src/core/probe.ts', '../marketplaces/sites'],
    ['a marketplace imports the platform', 'src/marketplaces/probe.ts', '../platform/alarms'],
    ['the model imports core', 'src/model/probe.ts', '../core/capture/capture-pacer'],
    ['the UI imports a service', 'src/ui/probe.ts', '../services/create-order-service'],
    ['the UI opens the database itself', 'src/ui/probe.ts', '../platform/db/open'],
    ['the UI reads a page itself', 'src/ui/probe.ts', '../marketplaces/sites'],
    ['source imports an entrypoint', 'src/services/probe.ts', '../../entrypoints/background/create-services'],
    ['source imports a test helper', 'src/core/probe.ts', '../../tests/support/prng'],
  ])('stop %s', async (_what, file, from) => {
    expect(await wallErrors(file, from)).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
  });

  it.each([
    ['a service imports core', 'src/services/probe.ts', '../core/capture/capture-pacer'],
    ['a service imports the platform', 'src/services/probe.ts', '../platform/alarms'],
    ['a marketplace imports core', 'src/marketplaces/probe.ts', '../core/parse/normalize-text'],
    ['core imports the model', 'src/core/probe.ts', '../model/marketplace'],
    ['the UI sends a message', 'src/ui/probe.ts', '../platform/messaging'],
    ['the UI imports core', 'src/ui/probe.ts', '../core/capture/capture-pacer'],
    ['an entrypoint imports anything of src', 'entrypoints/probe.ts', '../src/marketplaces/sites'],
  ])('let %s through', async (_what, file, from) => {
    expect(await wallErrors(file, from)).toEqual([]);
  });
});
