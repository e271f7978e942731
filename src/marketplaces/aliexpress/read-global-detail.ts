import type { OrderItem } from '../../model/order';
import { normalizeText } from '../../core/parse/normalize-text';
import { bodyTexts, hrefOf, imageOf, pick, pickAll, textOf, valueText, type Page } from './dom';
import { labelledSiblings } from './labelled';
import { labelField, type LabelField } from './labels';
import { agree, readMoney } from './money';
import { labelledDates, labelledIds, labelledText, labelledTracking } from './read-labelled';
import type { Facts } from './reading';
import { GLOBAL_DETAIL as S } from './selectors';
import { looksLikeStatus, toStatus } from './status';
import { moneyOf, quantityFrom } from './values';
import { aliexpressOrderIdFromUrl } from './urls';

/**
 * Layout A order detail (order-detail-global-en/-fr): items from `.order-detail-item-content-wrap`,
 * amounts from the `.order-price-item` rows, "Label: value" info rows; store link and status are
 * classless in the sources, found by their href and their words.
 */
export function readGlobalDetail(page: Page): Facts {
  const { doc } = page;
  const store = pickAll(doc, S.storeLink).find((a) => textOf(a) !== undefined && !a.closest(S.item));
  const storeUrl = hrefOf(page, store);
  const name = textOf(store) ?? labelledText(page, doc, 'seller');
  return {
    orderId: agree([aliexpressOrderIdFromUrl(page.ctx.url), ...labelledIds(page, doc)]),
    items: pickAll(doc, S.item).flatMap((el) => readItem(page, el)),
    ...priceRows(page),
    seller: name === undefined ? undefined : { name, ...(storeUrl ? { url: storeUrl } : {}) },
    status: toStatus(labelledText(page, doc, 'status') ?? statusWords(page)),
    dates: labelledDates(page, doc),
    tracking: trackingOf(page, doc),
    paymentMethod: labelledText(page, doc, 'paymentMethod'),
  };
}

function readItem(page: Page, el: Element): OrderItem[] {
  const title = textOf(pick(el, [S.itemTitle]));
  if (title === undefined) return [];
  const priceEl = pick(el, [S.itemPrice]);
  const printed = valueText(page, priceEl);
  // "US $2.49x2": the price, then the letter x and the quantity (fixtures README, S1).
  const split = printed === undefined ? undefined : /^(.*?)\s*[x×]\s*(\d{1,5})$/iu.exec(printed);
  return [
    {
      title,
      variant: textOf(pick(el, [S.itemVariant])),
      // The model needs a count; AliExpress prints one for every item, so 1 is only a fallback for a damaged row.
      quantity: quantityFrom(split?.[2]) ?? 1,
      unitPrice: readMoney(split ? split[1] : printed, page.locale),
      productUrl: hrefOf(page, pick(el, S.itemLink)),
      imageUrl: imageOf(page, pick(el, [S.itemImage])),
    },
  ];
}

const PRICE_FIELDS: readonly LabelField[] = ['subtotal', 'shipping', 'total'];

/** Subtotal, shipping and total from the price rows; "Free" shipping is 0 in the total's currency. */
function priceRows(page: Page): Pick<Facts, 'subtotal' | 'shipping' | 'total'> {
  const found: Record<string, Element[]> = { subtotal: [], shipping: [], total: [] };
  for (const row of pickAll(page.doc, S.priceRow)) {
    const label = row.firstElementChild;
    const field = labelField(textOf(label), PRICE_FIELDS);
    if (field && label?.nextElementSibling) found[field]?.push(label.nextElementSibling);
  }
  for (const field of PRICE_FIELDS) found[field]?.push(...labelledSiblings(page, page.doc, field));
  const total = moneyOf(page, found.total ?? []);
  const subtotal = moneyOf(page, found.subtotal ?? [], total?.currency);
  const currency = total?.currency ?? subtotal?.currency;
  return { subtotal, shipping: moneyOf(page, found.shipping ?? [], currency), total };
}

/** Short words on their own that are a status, outside items, prices and info blocks ("Completed"). */
function statusWords(page: Page): string | undefined {
  const outside = S.notStatus.join(', ');
  for (const [el, raw] of bodyTexts(page)) {
    if (el.childElementCount > 0 || raw.length > 80) continue;
    const text = normalizeText(raw);
    if (looksLikeStatus(text) && !el.closest(outside)) return text;
  }
  return undefined;
}

function trackingOf(page: Page, doc: Document) {
  const number = labelledTracking(page, doc);
  return number === undefined ? [] : [{ number }];
}
