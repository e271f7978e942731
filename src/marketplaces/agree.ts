import type { Money } from '../model/money';

/**
 * The value every witness agrees on. Pages often print a fact twice (a summary JSON and the visible
 * text, a price for screen readers and one for the eye): when the copies disagree the page is in a
 * state we do not understand, so nothing is reported rather than one of them picked.
 */
export function agree<T>(values: readonly (T | undefined)[], same: (a: T, b: T) => boolean = Object.is): T | undefined {
  const seen = values.filter((v): v is T => v !== undefined);
  const [first] = seen;
  return first !== undefined && seen.every((v) => same(first, v)) ? first : undefined;
}

export function sameMoney(a: Money, b: Money): boolean {
  return a.minor === b.minor && a.currency === b.currency;
}
