import { normalizeText } from '../../core/parse/normalize-text';
import { parseDate } from '../../core/parse/parse-date';
import { parseMoney } from '../../core/parse/parse-money';
import type { Money } from '../../model/money';
import { pageDateSchema, type PageDate } from '../../model/time';

/**
 * Readers for schema.org property values as JSON-LD and microdata give them: a property may hold
 * one value or an array, a string or a number, a node ({"name": …}) or a value object
 * ({"@value": …}, {"@id": …}). Every helper returns undefined for anything else; none throws.
 */
export type SchemaNode = Record<string, unknown>;

export function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function many(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function nodes(value: unknown): SchemaNode[] {
  return many(value).filter(isNode);
}

/** Whether a node's @type names `type` ("Order", "schema:Order", "http://schema.org/Order", arrays). */
export function isType(node: SchemaNode, type: string): boolean {
  return many(node['@type']).some((t) => typeof t === 'string' && localName(t) === type);
}

/** "https://schema.org/OrderInTransit" → "OrderInTransit"; "schema:Order" → "Order". */
export function localName(iri: string): string {
  return iri.trim().replace(/^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)/i, '');
}

export function text(value: unknown): string | undefined {
  for (const v of many(value)) {
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) {
      const t = normalizeText(String(v));
      if (t !== '') return t;
    } else if (isNode(v)) {
      const t = text(v['@value'] ?? v['@id']);
      if (t !== undefined) return t;
    }
  }
  return undefined;
}

/** The name of an Organization/Person/Product, or the property itself when it is a plain string. */
export function nameOf(value: unknown): string | undefined {
  for (const v of many(value)) {
    const name = isNode(v) ? text(v.name) : text(v);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** An absolute http(s) URL (relative ones resolved against the page), else undefined. */
export function webUrl(value: unknown, base: URL): string | undefined {
  for (const v of many(value)) {
    const raw = isNode(v) ? text(v.url ?? v.contentUrl ?? v['@id']) : text(v);
    if (raw === undefined) continue;
    try {
      const url = new URL(raw, base);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return url.href;
    } catch {
      // not a URL: try the next value
    }
  }
  return undefined;
}

/** An ISO date or date-time as schema.org writes it (orderDate, expectedArrivalUntil), or any printed date. */
export function schemaDate(value: unknown): PageDate | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  if (pageDateSchema.safeParse(raw).success) return raw;
  return parseDate(raw) ?? undefined;
}

/** The calendar day of a schema date ("2027-03-12T12:00:00-08:00" → "2027-03-12": the day where it was written). */
export function schemaDay(value: unknown): string | undefined {
  return schemaDate(value)?.slice(0, 10);
}

/**
 * A schema.org price ("539.00", 29.99) with its ISO currency as exact minor units. Prices that are
 * not plain decimals ("$539.00" in visible microdata) go through parseMoney with the currency as
 * hint, and only count if that agrees on the currency. Extra non-zero decimals are refused.
 */
export function schemaMoney(price: unknown, currency: unknown): Money | undefined {
  const code = text(currency)?.toUpperCase();
  const amount = text(price);
  if (code === undefined || amount === undefined || !/^[A-Z]{3}$/.test(code)) return undefined;
  const plain = /^(-?)(\d{1,15})(?:\.(\d{1,6}))?$/.exec(amount);
  if (plain === null) {
    const parsed = parseMoney(amount, { currency: code });
    return parsed?.currency === code ? parsed : undefined;
  }
  const [, sign = '', whole = '0', fraction = ''] = plain;
  const digits = minorDigits(code);
  if (/[^0]/.test(fraction.slice(digits))) return undefined;
  const minor = Number(whole + fraction.slice(0, digits).padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return undefined;
  return { minor: sign === '-' && minor !== 0 ? -minor : minor, currency: code };
}

function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}
