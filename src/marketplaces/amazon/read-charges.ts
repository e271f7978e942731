import type { Money } from '../../model/money';
import { pick, pickAll, textOf, valueText, type Page } from './dom';
import { labelField } from './labels';
import { agree, readMoney, sameMoney } from './money';
import { DETAIL as S } from './selectors';

const FIELDS = ['grandTotal', 'subtotal', 'shipping'] as const;

/**
 * Subtotal, shipping and grand total from the order summary's rows ("Item(s) Subtotal: | $54.97"),
 * each by its label (labels.ts). The grand-total row is also the only bold one (order-detail-en/-de):
 * the bold row must agree with the row labelled grand total, and on a page in a language whose labels
 * we do not know it is the total alone. Shipping "FREE" is 0 in the total's currency.
 */
export function readCharges(page: Page): { subtotal?: Money; shipping?: Money; total?: Money } {
  const found: Record<(typeof FIELDS)[number], (string | undefined)[]> = { grandTotal: [], subtotal: [], shipping: [] };
  const bold: (string | undefined)[] = [];
  for (const row of pickAll(page.doc, S.chargeRow)) {
    const value = pick(row, [S.rowValue]);
    if (!value) continue;
    const field = labelField(textOf(pick(row, [S.rowLabel])), FIELDS);
    if (field) found[field].push(valueText(page, value));
    if (value.matches(S.bold) || value.querySelector(S.bold)) bold.push(valueText(page, value));
  }
  // Several bold rows (a refund total?) say nothing about which is the grand total.
  const witnesses = [...found.grandTotal, ...(bold.length === 1 ? bold : [])];
  // An amount every witness names: a witness cut off or unreadable is no witness, but a different amount vetoes.
  const total = agree(witnesses.map((text) => readMoney(page, text)), sameMoney);
  const subtotal = agree(found.subtotal.map((text) => readMoney(page, text)), sameMoney);
  const currency = total?.currency ?? subtotal?.currency;
  return { subtotal, shipping: agree(found.shipping.map((text) => readMoney(page, text, currency)), sameMoney), total };
}
