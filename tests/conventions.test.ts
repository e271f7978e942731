import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../src/manifest/build-manifest';
import { adapters, orderPageMatchPatterns } from '../src/marketplaces/registry';
import { messageTypes, protocol } from '../src/model/messages';

// Conventions as tests (CONVENTIONS.md §10): what reviewers would otherwise have to remember.
const ROOT = resolve(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('marketplace adapters', () => {
  it.each(adapters.map((a) => [a.id]))('%s has its folder, fixtures with a README row each, and tests', (id) => {
    expect(existsSync(join(ROOT, 'src/marketplaces', id, 'index.ts'))).toBe(true);
    const fixtures = join(ROOT, 'tests/fixtures', id);
    const pages = readdirSync(fixtures).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const fixtureReadme = read(`tests/fixtures/${id}/README.md`);
    for (const page of pages) expect(fixtureReadme, `${page} needs a row in its README`).toContain(page);
    const tests = readdirSync(join(ROOT, 'src/marketplaces', id)).filter((f) => f.endsWith('.test.ts'));
    expect(tests.length).toBeGreaterThan(0);
  });

  it('every content-script match pattern is explained in the README and pinned in the allow-list', () => {
    const readme = read('README.md');
    const allow = JSON.parse(read('permissions-allowlist.json')) as { content_script_matches: string[] };
    for (const pattern of orderPageMatchPatterns) {
      expect(readme).toContain(`\`${pattern}\``);
      expect(allow.content_script_matches).toContain(pattern);
    }
  });
});

describe('manifest', () => {
  it.each(['chrome', 'firefox'])('the %s production manifest asks only for allow-listed permissions, never <all_urls>', (browser) => {
    const manifest = buildManifest({ browser, mode: 'production' });
    const allow = JSON.parse(read('permissions-allowlist.json')) as { permissions: string[] };
    for (const p of manifest.permissions) expect(allow.permissions).toContain(p);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });
});

describe('messages', () => {
  it('every message names who may send it and has request and response schemas', () => {
    for (const type of messageTypes) {
      expect(['content', 'page', 'background', 'injected']).toContain(protocol[type].from);
      expect(protocol[type].request.safeParse).toBeTypeOf('function');
      expect(protocol[type].response.safeParse).toBeTypeOf('function');
    }
  });
});

describe('page text is data', () => {
  it('no source file writes HTML from strings', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          if (/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML/.test(read(path))) offenders.push(path);
        }
      }
    };
    walk('src');
    walk('entrypoints');
    expect(offenders).toEqual([]);
  });
});
