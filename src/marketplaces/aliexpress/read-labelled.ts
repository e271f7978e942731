import type { Money } from '../../model/money';
import type { OrderDates } from '../../model/order';
import { isCutOff, type Page } from './dom';
import { labelledLines } from './labelled';
import type { LabelField } from './labels';
import { agree, readMoney } from './money';
import { dateFrom, idFrom, trackingFrom } from './values';

/** Facts every AliExpress layout prints as "Label: value" lines (see labelled.ts), read under `root`. */

/** Order numbers after an order-number label, one per line (for `agree` with other witnesses). */
export function labelledIds(page: Page, root: ParentNode): (string | undefined)[] {
  return whole(page, root, 'orderId').map(idFrom);
}

const DATE_FIELDS = { ordered: 'orderDate', paid: 'paid', shipped: 'shipped', delivered: 'delivered', completed: 'completed' } as const;

/** Order, payment, shipping, delivery and completion dates, each where all its labelled lines agree. */
export function labelledDates(page: Page, root: ParentNode): OrderDates {
  const dates: OrderDates = {};
  for (const [key, field] of Object.entries(DATE_FIELDS) as [keyof typeof DATE_FIELDS, LabelField][]) {
    const date = agree(whole(page, root, field).map((v) => dateFrom(page, v)));
    if (date !== undefined) dates[key] = date;
  }
  return dates;
}

/** The first labelled line's words ("Payment method: PayPal" → "PayPal"), for free text. */
export function labelledText(page: Page, root: ParentNode, field: LabelField): string | undefined {
  return labelledLines(page, root, field)[0]?.value;
}

/** Amounts after a label in one short line ("Total:US $6.38"), each a witness for `agree`. */
export function labelledAmounts(page: Page, root: ParentNode, field: LabelField): (Money | undefined)[] {
  return whole(page, root, field).map((value) => (value.length <= 48 ? readMoney(value, page.locale) : undefined));
}

export function labelledTracking(page: Page, root: ParentNode): string | undefined {
  return agree(whole(page, root, 'tracking').map(trackingFrom));
}

/** Values of lines the document was not cut off in (a cut "Order ID: 30518" would be another id). */
function whole(page: Page, root: ParentNode, field: LabelField): string[] {
  return labelledLines(page, root, field)
    .filter((line) => !isCutOff(page, line.el))
    .map((line) => line.value);
}
