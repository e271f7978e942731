import { isRecord, matchingBrace, parseJson } from '../../core/parse/embedded-json';
import { ORDER_ID } from './urls';

/**
 * Temu's order data: the inline script "window.rawData = {…};" (README: a public after-sales QA tool's
 * extractOrderDetail() reads rawData.store.orderSn/orderStatus/parentStatus). It is page data: cut out
 * by brace matching and parsed with JSON.parse, never evaluated, never trusted for its shape. A script
 * that is not plain JSON after the "=" gives nothing.
 */
const MARKER = 'window.rawData';
// Real rawData objects run to a few hundred kB; far larger is not one.
const MAX_SCRIPT = 8_000_000;

/** The parsed `window.rawData` object of the first script that assigns one; undefined when none parses. */
export function readRawData(doc: Document): unknown {
  for (const script of doc.querySelectorAll('script')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT) continue;
    for (let at = text.indexOf(MARKER); at !== -1; at = text.indexOf(MARKER, at + 1)) {
      const assign = /^\s*=\s*\{/.exec(text.slice(at + MARKER.length, at + MARKER.length + 20));
      if (!assign) continue;
      const start = at + MARKER.length + assign[0].length - 1;
      const end = matchingBrace(text, start);
      const parsed = end === undefined ? undefined : parseJson(text.slice(start, end + 1));
      if (parsed !== undefined) return parsed;
    }
  }
  return undefined;
}

/** `rawData.store.orderSn` when it is an order number; undefined for anything else. */
export function rawOrderSn(rawData: unknown): string | undefined {
  const store = isRecord(rawData) && Object.hasOwn(rawData, 'store') ? rawData.store : undefined;
  const sn = isRecord(store) && Object.hasOwn(store, 'orderSn') ? store.orderSn : undefined;
  return typeof sn === 'string' && ORDER_ID.test(sn) ? sn : undefined;
}
