import { parseDate } from '../../core/parse/parse-date';
import { parseMoney } from '../../core/parse/parse-money';
import type { Money } from '../../model/money';
import type { PageDate } from '../../model/time';
import { findLabelledValues, type LabelledValue } from './find-labelled';
import { orderNumberFrom } from './order-number';

export interface LabelledFacts {
  orderId?: string;
  orderDate?: PageDate;
  total?: Money;
}

interface Candidate<T> {
  strong: boolean;
  value: T;
  key: string;
}

/**
 * The order number, order date and total that the page labels in words (labels.ts).
 *
 * A wrong value is worse than none, so: strong labels beat weak ones; if the best labels on the
 * page disagree (a list of orders, several "Total" rows) the field is left out; an order number
 * must look like one (order-number.ts); a date or amount must parse (core/parse). A total after a
 * label and a word ("Total before tax: …", "Summe der Erstattung") is refused: only "Label: value",
 * "Label value-starting-with-a-digit-or-symbol" or a value in the next element counts.
 */
export function readLabelledFacts(doc: Document): LabelledFacts {
  const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
  const locale = lang !== undefined && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : undefined;
  const ids: Candidate<string>[] = [];
  const dates: Candidate<PageDate>[] = [];
  const totals: Candidate<Money>[] = [];
  for (const hit of findLabelledValues(doc)) {
    const strong = hit.strength === 'strong';
    if (hit.field === 'orderId') {
      const id = orderNumberFrom(hit.value, !strong);
      if (id !== undefined) ids.push({ strong, value: id, key: id });
    } else if (hit.field === 'orderDate') {
      const date = hit.value.length <= 60 ? parseDate(hit.value, { locale }) : null;
      if (date !== null) dates.push({ strong, value: date, key: date });
    } else {
      const total = totalFrom(hit, locale);
      if (total !== undefined) totals.push({ strong, value: total, key: `${total.minor} ${total.currency}` });
    }
  }
  return { orderId: agreed(ids), orderDate: agreed(dates), total: agreed(totals) };
}

// One amount per value: "US $ 15.00 US $ 3.77 …" is a row of amounts, not a total (the
// legacy AliExpress fund table under its "Total Amount" heading).
const NUMBER_GROUP = /\d+(?:[.,' ]\d+)*/gu;

function totalFrom(hit: LabelledValue, locale: string | undefined): Money | undefined {
  if (hit.value.length > 40 || (hit.value.match(NUMBER_GROUP) ?? []).length !== 1) return undefined;
  if (hit.inline && !hit.colon && /^\p{L}/u.test(hit.value)) return undefined;
  return parseMoney(hit.value, { locale }) ?? undefined;
}

/** The one value the best-ranked candidates agree on, or undefined when there is none or they differ. */
function agreed<T>(candidates: readonly Candidate<T>[]): T | undefined {
  const anyStrong = candidates.some((c) => c.strong);
  const best = candidates.filter((c) => c.strong === anyStrong);
  const keys = new Set(best.map((c) => c.key));
  return keys.size === 1 ? best[0]?.value : undefined;
}
