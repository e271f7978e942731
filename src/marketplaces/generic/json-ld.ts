// Scripts bigger than this are not order markup (some shops inline whole catalogues as JSON-LD).
const MAX_SCRIPT_CHARS = 1_000_000;

/**
 * The parsed contents of every `<script type="application/ld+json">` on the page, one entry per
 * script (an object, or an array of objects, as written). Scripts that are not valid JSON are
 * skipped, after forgiving the wrappers CMSs put around them (HTML comments, CDATA markers, a
 * trailing semicolon).
 */
export function readJsonLd(doc: Document): unknown[] {
  const roots: unknown[] = [];
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    const source = script.textContent ?? '';
    if (source.length > MAX_SCRIPT_CHARS) continue;
    const parsed = parseLoosely(source);
    if (parsed !== undefined) roots.push(parsed);
  }
  return roots;
}

function parseLoosely(source: string): unknown {
  const cleaned = source
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)\s*/, '')
    .replace(/\s*(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .replace(/;\s*$/, '');
  try {
    return JSON.parse(cleaned) as unknown;
  } catch {
    return undefined;
  }
}
