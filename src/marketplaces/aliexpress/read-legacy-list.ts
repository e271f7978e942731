import type { OrderItem } from '../../model/order';
import { hrefOf, imageOf, pick, pickAll, textOf, valueText, type Page } from './dom';
import { agree, readMoney } from './money';
import { labelledDates, labelledIds, labelledText } from './read-labelled';
import type { Facts } from './reading';
import { LEGACY_LIST as S } from './selectors';
import { toStatus } from './status';
import { idFromHref, moneyOf, quantityFrom } from './values';

/**
 * Layout C order list (order-list-legacy): one `tbody.order-item-wraper` per order, a head row
 * ("Order ID:", "Order time:", "Store name:", amount) and one body row per item.
 */
export function readLegacyList(page: Page): Facts[] {
  return pickAll(page.doc, S.card).map((card) => readCard(page, card));
}

function readCard(page: Page, card: Element): Facts {
  const detailUrl = hrefOf(page, pick(card, [S.detailLink]));
  const storeName = labelledText(page, card, 'seller');
  const storeUrl = hrefOf(page, pick(card, [S.storeLink]));
  return {
    orderId: agree([...labelledIds(page, card), idFromHref(detailUrl)]),
    url: detailUrl,
    items: pickAll(card, S.itemRow).flatMap((row) => readItem(page, row)),
    total: moneyOf(page, [pick(card, [S.total])]),
    seller: storeName === undefined ? undefined : { name: storeName, ...(storeUrl ? { url: storeUrl } : {}) },
    status: toStatus(textOf(pick(card, [S.status]))),
    dates: labelledDates(page, card),
  };
}

function readItem(page: Page, row: Element): OrderItem[] {
  const link = pick(row, [S.title]);
  const title = link?.getAttribute('title')?.trim() || textOf(link);
  if (!title) return [];
  // "<span>$ 10.00</span> <span>X1</span>": price first, then the count.
  const [priceEl, countEl] = pickAll(pick(row, [S.amount]), 'span');
  // One outer span per property ("Color: <span.val>Black</span>").
  const properties = [...(pick(row, [S.property])?.children ?? [])].flatMap((span) => textOf(span) ?? []);
  return [
    {
      title,
      variant: properties.length > 0 ? properties.join(', ') : undefined,
      quantity: quantityFrom(valueText(page, countEl)) ?? 1,
      unitPrice: readMoney(valueText(page, priceEl), page.locale),
      productUrl: hrefOf(page, link),
      imageUrl: imageOf(page, pick(row, [S.image])),
    },
  ];
}
