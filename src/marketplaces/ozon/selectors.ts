/**
 * Every CSS selector the Ozon readers use, each with the fixture(s) in tests/fixtures/ozon/ it was
 * verified on and the public source that shows it (that folder's README). Ozon's layout classes are
 * hashed and change often; the stable hooks are `data-widget`, the `state-<widget>-<n>-default-1` ids
 * of the widget data, and the typography classes `ts*`.
 */

/** Widget data: `data-state` JSON on an element whose id names the widget. */
export const STATE = {
  /** order-detail.html; ozon-order-excel-exporter `ozon-orders-copier.user.js` ([id*="shipmentWidget"]). */
  shipment: '[id*="state-shipmentWidget-"][data-state]',
  /** order-list.html; ozon-order-excel-exporter `parse.js` ([id*="state-orderList"]). The trailing dash keeps out orderListApp. */
  orderList: '[id*="state-orderList-"][data-state]',
} as const;

/** Rendered order details: order-detail.html (OzonParser, SilveIT/Userscripts). */
export const DETAIL = {
  /** "Заказ от 12 ноября" (or "Заказ от 05.07.2023"). */
  title: '[data-widget="titleWithTimer"] span.tsHeadline700XLarge',
  shipment: '[data-widget="shipmentWidget"]',
  /** Shipment status heading: "Получен 16 ноября", "В пути", "готовы к получению", "отменён". */
  status: '[data-widget="shipmentWidget"] span.tsHeadline500Medium',
  productName: '[data-widget="shipmentWidget"] span.tsCompact500Medium',
  /** "Цвет: черный", beside the product name. */
  productProperty: 'span.tsCompact400Small',
  /** "2 490 ₽", or "2 x 349 ₽" (quantity x unit price). */
  productPrice: 'span.tsHeadline400Small, span.tsBodyControl300XSmall',
  productImage: 'img[src]',
} as const;

/** Rendered order list: order-list.html (SilveIT/Userscripts for the widget, ozon-order-excel-exporter for the rest). */
export const LIST = {
  /** One child div per order (":scope > div"). */
  widget: '[data-widget="orderList"]',
  detailLink: 'a[href*="order="]',
  /** "В пути", "Получен 16 ноября". */
  status: '.tsHeadline550Medium',
  /** The order sum "1 290 ₽" (only amounts with "₽" count). */
  amount: '.tsHeadline400Small',
  /** "Доставка в пункт выдачи 27 - 28 ноября", "Ожидаем 15 июля". */
  deliveryHint: '.tsBody400Small, .tsBody500Medium',
} as const;

/** Markup only order pages have, for a page the URL does not place (detect.ts). */
export const LIST_MARKERS = [LIST.widget, STATE.orderList];
export const DETAIL_MARKERS = [DETAIL.shipment, STATE.shipment];
