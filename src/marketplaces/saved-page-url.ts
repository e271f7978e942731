/**
 * The address a page was saved from. Chrome's "Save page as…" writes
 * `<!-- saved from url=(0063)https://… -->` at the top; an HTML snapshot may carry
 * `<link rel="canonical">` or `<meta property="og:url">`. Null when the file does not say.
 */
export function savedPageUrl(html: string, doc: Document): string | null {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2000));
  const candidates = [
    saved?.[1],
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (candidate && /^https?:\/\//i.test(candidate)) return candidate;
  }
  return null;
}
