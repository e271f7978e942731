import { describe, expect, it } from 'vitest';
import { buildManifest, EXTENSION_PAGES_CSP } from './build-manifest';

/** Directive name → its sources, from a CSP string. */
function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

describe('the extension pages’ Content-Security-Policy', () => {
  it.each([
    ['chrome', 'production'],
    ['chrome', 'e2e'],
    ['firefox', 'production'],
  ])('is declared for %s (%s) and allows only our own scripts', (browser, mode) => {
    const csp = buildManifest({ browser, mode }).content_security_policy.extension_pages;
    expect(csp).toBe(EXTENSION_PAGES_CSP);
    const directives = parseCsp(csp);
    // No eval, no inline script, no remote or data: script: only files shipped in the package.
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    for (const [name, sources] of directives) {
      for (const source of sources) expect(source, `${name} ${source}`).not.toMatch(/unsafe|^(https?|data|blob|ws|wss):|\*/);
    }
    // Nothing else may name a script source (default-src would, for a page without script-src).
    expect([...directives.keys()].filter((name) => name.startsWith('script-src') || name === 'default-src' || name === 'worker-src')).toEqual(['script-src']);
  });
});
