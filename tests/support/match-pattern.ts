/**
 * Chrome's match-pattern rule, for tests: `<scheme>://<host>/<path>`, where scheme `*` is http or
 * https, host `*.example.com` is example.com and every subdomain, and the path (with `*` for any
 * characters) is matched against the URL's path AND query, as Chrome does
 * (developer.chrome.com/docs/extensions/develop/concepts/match-patterns).
 */
export function matchesPattern(pattern: string, raw: string): boolean {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  const url = new URL(raw);
  if (scheme === '*' ? !['http:', 'https:'].includes(url.protocol) : url.protocol !== `${scheme}:`) return false;
  if (host !== '*') {
    const bare = host.replace(/^\*\./, '');
    if (!(url.hostname === bare || (host.startsWith('*.') && url.hostname.endsWith(`.${bare}`)))) return false;
  }
  const glob = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return glob.test(url.pathname + url.search);
}

export const matchesAny = (patterns: readonly string[], url: string) => patterns.some((p) => matchesPattern(p, url));
