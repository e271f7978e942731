/**
 * Every CSS selector the Wildberries readers use. All from one public DOM reader of the purchase archive
 * (a TypeScript Selenium scenario, OrderScenarioImpl; tests/fixtures/wildberries/README.md), verified on
 * order-list-archive.html. The source is undated and WB redesigns often: treat them as possibly stale.
 */
export const ARCHIVE = {
  /** One per purchased position (one product each). */
  item: '.archive-page__item',
  /** The product name as the page prints it, brand first ("ТермоДом / Термокружка 450 мл…"). */
  name: '.archive-item__brand',
  price: '.archive-item__price',
  image: '.archive-item__img-wrap img[src]',
  /** Optional: the size bought ("M"). */
  size: '.archive-item__size',
  /** "<span>Дата заказа</span><span>12 ноября 2026</span>": the last span is the date. */
  orderDate: '.archive-item__order-date > span:last-child',
  /** Two `.hide-mobile` spans, label then date: the second is the date the buyer received the item. */
  receiveDate: '.archive-item__receive-date .hide-mobile',
  status: '.archive-item__status',
} as const;
