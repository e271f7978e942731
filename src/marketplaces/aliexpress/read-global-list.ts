import type { OrderItem } from '../../model/order';
import { hrefOf, imageOf, pick, pickAll, textOf, valueText, type Page } from './dom';
import { agree, readMoney, sameMoney } from './money';
import { labelledAmounts, labelledDates, labelledIds } from './read-labelled';
import type { Facts } from './reading';
import { GLOBAL_LIST as S } from './selectors';
import { toStatus } from './status';
import { idFromHref, moneyWitnesses, quantityFrom } from './values';

/**
 * Layout A order list (order-list-global-en): one `.order-item` card per order. The header prints
 * "Order date: …" and "Order ID: …Copy"; the detail link carries the same id in `?orderId=`.
 */
export function readGlobalList(page: Page): Facts[] {
  return pickAll(page.doc, S.card).map((card) => readCard(page, card));
}

function readCard(page: Page, card: Element): Facts {
  const detailUrl = hrefOf(page, pick(card, [S.detailLink]));
  const store = pick(card, S.storeLink);
  const storeName = textOf(store);
  const storeUrl = hrefOf(page, store);
  return {
    // Two witnesses: the labelled header line and the detail link. If they differ, neither is trusted.
    orderId: agree([...labelledIds(page, card), idFromHref(detailUrl)]),
    url: detailUrl,
    items: pickAll(card, S.item).flatMap((el) => readItem(page, el)),
    // The total block by its class, and the "Total:" line by its words: usually the same element.
    total: agree([...moneyWitnesses(page, [pick(card, [S.total])]), ...labelledAmounts(page, card, 'total')], sameMoney),
    seller: storeName === undefined ? undefined : { name: storeName, ...(storeUrl ? { url: storeUrl } : {}) },
    status: toStatus(textOf(pick(card, [S.status]))),
    dates: labelledDates(page, card),
  };
}

function readItem(page: Page, el: Element): OrderItem[] {
  // The span's title attribute holds the full title where the visible text may be clipped.
  const title = pick(el, [S.itemTitleAttr])?.getAttribute('title')?.trim() || textOf(pick(el, [S.itemName]));
  if (!title) return [];
  const number = pick(el, [S.itemNumber]);
  const quantityEl = pick(el, [S.itemQuantity]);
  // The unit price is the number block's first child (per-character spans), not the quantity span.
  const priceEl = number?.firstElementChild === quantityEl ? undefined : number?.firstElementChild;
  return [
    {
      title,
      variant: textOf(pick(el, [S.itemVariant])),
      quantity: quantityFrom(valueText(page, quantityEl)) ?? 1,
      unitPrice: readMoney(valueText(page, priceEl), page.locale),
      productUrl: hrefOf(page, pick(el, [S.itemLink])),
      imageUrl: imageOf(page, pick(el, [S.itemImage])),
    },
  ];
}
