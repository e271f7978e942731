import { isRecord, matchingBrace, parseJson } from '../../core/parse/embedded-json';
import { AER_DATA_SCRIPT } from './selectors';

/** The aliexpress.ru order summary as its server data carries it (shared/fixtures/README.md layout B, S12). */
export interface RuSummary {
  /** summary.total.value, e.g. "2 232,56 ₽". */
  total?: string;
  /** summary.total.list: [{title: "3 товара", value: …}, {title: "Доставка", value: "Бесплатно"}]. */
  rows: { title: string; value: string }[];
  /** "orderNumber" next to "summary" in the same object, when the whole script parses. */
  orderNumber?: string;
}

/**
 * Reads the order summary from the page's scripts: first `script#__AER_DATA__` parsed whole (the
 * orderNumber beside the summary comes only from there), then the first `"summary":{…}` object in any
 * script, cut out by brace matching as S12 does with raw_decode. Undefined when no script holds one or
 * the object is cut short (a truncated page never yields half a summary).
 */
export function readRuSummary(doc: Document): RuSummary | undefined {
  const aer = doc.querySelector(AER_DATA_SCRIPT)?.textContent ?? '';
  const owner = findOwner(parseJson(aer));
  if (owner) return toSummary(owner.summary, owner.orderNumber);
  for (const script of doc.querySelectorAll('script')) {
    const summary = toSummary(objectAfterKey(script.textContent ?? '', 'summary'), undefined);
    if (summary) return summary;
  }
  return undefined;
}

/** The JSON object that follows `"key":` in `text`, parsed; undefined when absent or unbalanced. */
export function objectAfterKey(text: string, key: string): unknown {
  const marker = `"${key}"`;
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
    const open = /^\s*:\s*\{/.exec(text.slice(at + marker.length, at + marker.length + 20));
    if (!open) continue;
    const start = at + marker.length + open[0].length - 1;
    const end = matchingBrace(text, start);
    if (end !== undefined) return parseJson(text.slice(start, end + 1));
  }
  return undefined;
}

/** Depth-first search for the object that owns a "summary" key (bounded: server data can be large). */
function findOwner(value: unknown, depth = 0): { summary: unknown; orderNumber?: string } | undefined {
  if (depth > 12 || typeof value !== 'object' || value === null) return undefined;
  if (isRecord(value) && isRecord(value.summary)) {
    const id = value.orderNumber;
    return { summary: value.summary, orderNumber: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined };
  }
  for (const child of Object.values(value)) {
    const found = findOwner(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function toSummary(summary: unknown, orderNumber: string | undefined): RuSummary | undefined {
  if (!isRecord(summary) || !isRecord(summary.total)) return undefined;
  const { value, list } = summary.total;
  const rows = (Array.isArray(list) ? list : []).flatMap((row) =>
    isRecord(row) && typeof row.title === 'string' && typeof row.value === 'string' ? [{ title: row.title, value: row.value }] : [],
  );
  const total = typeof value === 'string' ? value : undefined;
  if (total === undefined && rows.length === 0) return undefined;
  return { ...(total === undefined ? {} : { total }), rows, ...(orderNumber === undefined ? {} : { orderNumber }) };
}
