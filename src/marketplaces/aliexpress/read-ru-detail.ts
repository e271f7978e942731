import { normalizeText } from '../../core/parse/normalize-text';
import type { Money } from '../../model/money';
import type { OrderItem } from '../../model/order';
import { hrefOf, imageOf, pick, pickAll, textOf, valueText, type Page } from './dom';
import { readRuSummary, type RuSummary } from './embedded-json';
import { labelledSiblings } from './labelled';
import { labelField, type LabelField } from './labels';
import { agree, readMoney, sameMoney } from './money';
import { labelledDates, labelledIds, labelledText, labelledTracking } from './read-labelled';
import type { Facts } from './reading';
import { RU_DETAIL as S } from './selectors';
import { toStatus } from './status';
import { aliexpressOrderIdFromUrl } from './urls';
import { dateFrom, moneyWitnesses, quantityFrom, trackingFrom } from './values';

/**
 * Layout B order detail (order-detail-ru, order-detail-ru-en): test ids, CSS-module class prefixes and
 * the `"summary"` JSON in the server data. Amounts come from the JSON first and from the visible summary
 * or a labelled "Total" line as further witnesses; when witnesses disagree, the amount is left out.
 */
export function readRuDetail(page: Page): Facts {
  const { doc } = page;
  const summary = readRuSummary(doc);
  const numberEl = pick(doc, [S.orderNumber]);
  const sellerLink = pick(doc, S.sellerLink);
  const sellerUrl = hrefOf(page, sellerLink);
  const sellerName = textOf(sellerLink) ?? labelledText(page, doc, 'seller');
  const dates = labelledDates(page, doc);
  const tracking = agree([trackingFrom(valueText(page, pick(doc, [S.trackNumber]))), labelledTracking(page, doc)]);
  return {
    orderId: agree([aliexpressOrderIdFromUrl(page.ctx.url), onlyId(valueText(page, numberEl)), onlyId(summary?.orderNumber), ...labelledIds(page, doc)]),
    items: pickAll(doc, S.product).flatMap((el) => readProduct(page, el)),
    ...amounts(page, summary),
    seller: sellerName === undefined ? undefined : { name: sellerName, ...(sellerUrl ? { url: sellerUrl } : {}) },
    status: toStatus(labelledText(page, doc, 'status')),
    dates: dates.ordered === undefined ? { ...dates, ordered: headerDate(page, numberEl) } : dates,
    tracking: tracking === undefined ? [] : [{ number: tracking }],
    paymentMethod: labelledText(page, doc, 'paymentMethod'),
  };
}

/** The one run of 6+ digits in the test-id element ("Заказ № 5012…"); two runs would be a guess. */
function onlyId(text: string | undefined): string | undefined {
  const runs = normalizeText(text ?? '').match(/\d{6,20}/g) ?? [];
  return runs.length === 1 ? runs[0] : undefined;
}

function readProduct(page: Page, el: Element): OrderItem[] {
  const title = textOf(pick(el, [S.title]));
  if (title === undefined) return [];
  const quantityEl = pick(el, [S.quantity]);
  const priceBox = pick(el, [S.price]);
  // priceDesktop holds the price line and the quantity line (S12, S13): the price is the child that is not the quantity.
  const priceEl = [...(priceBox?.children ?? [])].find((child) => child !== quantityEl && !child.contains(quantityEl ?? null));
  return [
    {
      title,
      variant: textOf(pick(el, [S.description])),
      quantity: quantityFrom(valueText(page, quantityEl)) ?? 1,
      unitPrice: readMoney(valueText(page, priceEl), page.locale),
      productUrl: hrefOf(page, pick(el, S.link)),
      imageUrl: imageOf(page, pick(el, S.image)),
    },
  ];
}

const FIELDS: readonly LabelField[] = ['subtotal', 'shipping', 'total'];

function amounts(page: Page, summary: RuSummary | undefined): Pick<Facts, 'subtotal' | 'shipping' | 'total'> {
  const printed: Record<string, string[]> = { subtotal: [], shipping: [], total: summary?.total === undefined ? [] : [summary.total] };
  for (const row of summary?.rows ?? []) {
    const field = labelField(row.title, FIELDS);
    if (field) printed[field]?.push(row.value);
  }
  const shown: Record<string, Element[]> = { subtotal: [], shipping: [], total: [] };
  for (const field of FIELDS) shown[field]?.push(...labelledSiblings(page, page.doc, field));
  const read = (field: LabelField, currency?: string): Money | undefined => {
    const fromJson = (printed[field] ?? []).map((text) => readMoney(text, page.locale, currency));
    return agree([...fromJson, ...moneyWitnesses(page, shown[field] ?? [], currency)], sameMoney);
  };
  const total = read('total');
  const subtotal = read('subtotal', total?.currency);
  return { subtotal, shipping: read('shipping', total?.currency ?? subtotal?.currency), total };
}

/**
 * «от 21 февраля» next to the order number: aliexpress.ru drops the year in the current year (S14), so
 * the year is the reading's. Only a fallback for a missing labelled date, and never a day after `now`.
 */
function headerDate(page: Page, numberEl: Element | undefined): string | undefined {
  const header = numberEl?.parentElement?.parentElement;
  const match = /(?:^| )от (\d{1,2} \p{L}+)(?: (\d{4}))?/u.exec(valueText(page, header) ?? '');
  if (!match) return undefined;
  const date = dateFrom(page, `${match[1]} ${match[2] ?? page.ctx.now.getUTCFullYear()}`);
  return date !== undefined && date <= page.ctx.now.toISOString().slice(0, 10) ? date : undefined;
}
