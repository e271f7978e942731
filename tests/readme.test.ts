import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesMarkdownTable } from '../src/core/deadlines/rules-table';
import { sitePermissionsMarkdownTable } from '../src/marketplaces/sites-table';

// The README's generated sections must match the code they describe.
const README = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');

function section(name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(README);
  if (!match) throw new Error(`README.md has no ${name} section`);
  return match[1]!;
}

describe('README', () => {
  it('lists exactly the deadline rules the engine applies (regenerate with: npx tsx -e "import(\'./src/core/deadlines/rules-table.ts\').then(m=>console.log(m.rulesMarkdownTable()))")', () => {
    expect(section('deadline-rules')).toBe(rulesMarkdownTable());
  });

  it('names every order page the content script runs on, and every image server (regenerate with: npx tsx -e "import(\'./src/marketplaces/sites-table.ts\').then(m=>console.log(m.sitePermissionsMarkdownTable()))")', () => {
    expect(section('site-permissions')).toBe(sitePermissionsMarkdownTable());
  });
});
