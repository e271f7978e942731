import type { OrderItem } from '../../model/order';
import { hrefOf, imageOf, pick, pickAll, textOf, valueText, type Page } from './dom';
import { labelField, type LabelField } from './labels';
import { agree, sameMoney } from './money';
import { labelledDates, labelledIds, labelledText } from './read-labelled';
import type { Facts } from './reading';
import { LEGACY_DETAIL as S } from './selectors';
import { toStatus } from './status';
import { aliexpressOrderIdFromUrl } from './urls';
import { dateFrom, idFrom, moneyOf, moneyWitnesses, quantityFrom, trackingFrom } from './values';
import { readMoney } from './money';

/**
 * Layout C order detail (order-detail-legacy): the product table, the logistics table, and the amounts,
 * which the page prints three times (fee summary, fund table, payment table): all must agree.
 */
export function readLegacyDetail(page: Page): Facts {
  const { doc } = page;
  const body = pick(doc, [S.orderBody]);
  const store = pick(doc, [S.storeLink]);
  const storeName = textOf(store) ?? labelledText(page, doc, 'seller');
  const storeUrl = hrefOf(page, store);
  const dates = labelledDates(page, doc);
  const paid = agree([dates.paid, dateFrom(page, valueText(page, pick(doc, [S.paidDate])))]);
  return {
    orderId: agree([
      aliexpressOrderIdFromUrl(page.ctx.url),
      idFrom(valueText(page, pick(doc, [S.orderNo]))),
      idFrom(body?.getAttribute('data-orderid') ?? undefined),
      ...labelledIds(page, doc),
    ]),
    items: pickAll(doc, S.row).flatMap((row) => readRow(page, row)),
    ...amounts(page),
    seller: storeName === undefined ? undefined : { name: storeName, ...(storeUrl ? { url: storeUrl } : {}) },
    status: toStatus(textOf(pick(doc, [S.status])) ?? labelledText(page, doc, 'status'), body?.getAttribute('data-status')),
    dates: { ...dates, paid },
    tracking: pickAll(doc, S.shippingRow).flatMap((row) => readShipment(page, row)),
    paymentMethod: textOf(pick(doc, [S.paymentMethod])) ?? labelledText(page, doc, 'paymentMethod'),
  };
}

function readRow(page: Page, row: Element): OrderItem[] {
  const title = textOf(pick(row, [S.title]));
  if (title === undefined) return [];
  const quantityEl = pick(row, [S.quantity]);
  return [
    {
      title,
      variant: variantOf(pick(row, [S.spec])),
      // td.quantity has the count in its title ("2") and as words ("2 Pieces").
      quantity: quantityFrom(quantityEl?.getAttribute('title') ?? undefined) ?? quantityFrom(valueText(page, quantityEl)) ?? 1,
      unitPrice: readMoney(valueText(page, pick(row, [S.price])), page.locale),
      // The title links the order snapshot, not the item page: the model has no field for it (see report).
      imageUrl: imageOf(page, pick(row, [S.image])),
    },
  ];
}

/** "Properties: <font>Color:</font> <span.val>Black</span>" → "Color: Black" (pairs joined by ", "). */
export function variantOf(spec: Element | undefined): string | undefined {
  if (!spec) return undefined;
  const pairs = pickAll(spec, S.specValue).flatMap((val) => {
    const name = textOf(val.previousElementSibling);
    const value = textOf(val);
    return value === undefined ? [] : [name === undefined ? value : `${name} ${value}`];
  });
  return pairs.length > 0 ? pairs.join(', ') : undefined;
}

function readShipment(page: Page, row: Element) {
  const number = agree(S.trackingNumber.map((selector) => trackingFrom(valueText(page, pick(row, [selector])))));
  const carrier = textOf(pick(row, [S.carrier]));
  return number === undefined ? [] : [{ number, ...(carrier ? { carrier } : {}) }];
}

const FIELDS: readonly LabelField[] = ['subtotal', 'shipping', 'total'];

function amounts(page: Page): Pick<Facts, 'subtotal' | 'shipping' | 'total'> {
  const fees = feeColumns(page);
  const { doc } = page;
  const total = agree([...fees.total, ...moneyWitnesses(page, [pick(doc, [S.fundTotal]), pick(doc, [S.paidTotal])])], sameMoney);
  return {
    subtotal: agree([...fees.subtotal, moneyOf(page, [pick(doc, [S.fundSubtotal])])], sameMoney),
    shipping: agree([...fees.shipping, moneyOf(page, [pick(doc, [S.fundShipping])])], sameMoney),
    total,
  };
}

/**
 * The fee summary is a header row of labels over a row of amounts, matched by column. A row with a
 * different number of cells than its header (a cell lost) would shift every column, so it is not read.
 */
function feeColumns(page: Page): Record<'subtotal' | 'shipping' | 'total', ReturnType<typeof readMoney>[]> {
  const out: Record<'subtotal' | 'shipping' | 'total', ReturnType<typeof readMoney>[]> = { subtotal: [], shipping: [], total: [] };
  const [head, values] = pickAll(page.doc, S.feeRows);
  if (!head || !values || head.children.length !== values.children.length) return out;
  [...head.children].forEach((cell, i) => {
    const field = labelField(textOf(cell), FIELDS);
    if (field === 'subtotal' || field === 'shipping' || field === 'total') out[field].push(readMoney(valueText(page, values.children[i]), page.locale));
  });
  return out;
}
