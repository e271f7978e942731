/**
 * Every CSS selector the Amazon readers use, each with the fixture(s) in tests/fixtures/amazon/ it was
 * verified on and the public source that confirms it (that folder's README, "Real DOM shapes").
 * Labels (text) live in labels.ts; selectors only find where to look.
 */

/** Markup only order pages have, for pages whose URL does not say (detect.ts). */
export const DETAIL_MARKERS = [
  '#orderDetails [data-component="orderId"]', // order-detail-en/-de; selectors.py ORDER_DETAILS_ENTITY_SELECTOR
];
export const LIST_MARKERS = [
  'div.order-card.js-order-card', // order-list-en/-de; selectors.py ORDER_HISTORY_ENTITY_SELECTOR
];

/** Order details, 2025–26 `data-component` layout: order-detail-en.html, order-detail-de.html. */
export const DETAIL = {
  /** "November 2, 2026" / "3. November 2026" (selectors.py FIELD_ORDER_PLACED_DATE_SELECTOR). */
  orderDate: '[data-component="orderDate"]',
  /** "113-1234567-1234567" (selectors.py FIELD_ORDER_NUMBER_SELECTOR). */
  orderId: '[data-component="orderId"]',
  /** "Visa •••• 4242": name, prefix and last digits in one wrapper (selectors.py FIELD_ORDER_PAYMENT_METHOD_SELECTOR). */
  payment: '[data-testid="payment-instrument-text-wrapper"]',
  /** Charge summary rows "Label: | amount" (selectors.py FIELD_ORDER_SUBTOTALS_TAG_ITERATOR_SELECTOR). */
  chargeRow: '#od-subtotals .od-line-item-row',
  rowLabel: '.od-line-item-row-label',
  rowValue: '.od-line-item-row-content',
  /** The grand-total row is the bold one (saved DE page; order-detail-en/-de). */
  bold: '.a-text-bold',
  /** One `.a-box` per shipment (selectors.py SHIPMENT_ENTITY_SELECTOR; azad shipment.ts strategy_b). */
  shipment: '[data-component="shipments"] .a-box-group > .a-box',
  /** "Delivered November 5" / "Zugestellt: 6. November" (selectors.py ORDER_SHIPMENT_STATUS_SELECTOR). */
  shipmentStatus: ['[data-component="shipmentStatus"] h4.od-status-message', '[data-component="shipmentStatus"] h4'],
  /** One `.a-fixed-left-grid` per item (selectors.py ITEM_ENTITY_SELECTOR). */
  item: '[data-component="purchasedItems"] .a-fixed-left-grid',
  itemTitle: '[data-component="itemTitle"]',
  /** The title link to /dp/<ASIN> (selectors.py FIELD_ITEM_LINK_SELECTOR); the image links the same page. */
  itemLink: ['[data-component="itemTitle"] a[href]', '[data-component="itemImage"] a[href]'],
  itemImage: '[data-component="itemImage"] img',
  /** The quantity badge, printed only above 1 (selectors.py FIELD_ITEM_QUANTITY_SELECTOR). */
  itemQuantity: ['.od-item-view-qty', '[data-component="quantity"]'],
  /** The price twice: for screen readers and for the eye (selectors.py FIELD_ITEM_PRICE_SELECTOR). */
  itemPrice: ['[data-component="unitPrice"] .a-offscreen', '[data-component="unitPrice"] [aria-hidden="true"]'],
  /** "Sold by: <a href=/gp/aag/main?…seller=…>Name</a>" or "Verkauf durch: Amazon.de" (no link). */
  merchant: '[data-component="orderedMerchant"]',
  merchantLink: '[data-component="orderedMerchant"] a[href]',
  /** "Return or replace items: Eligible through December 5, 2026" (test_order.py; saved DE page). */
  itemReturn: '[data-component="itemReturnEligibility"]',
} as const;

/** "Your Orders" list, 2026 order-card layout: order-list-en.html, order-list-de.html. */
export const LIST = {
  card: 'div.order-card',
  /** Header cells: a caps label over a value span (azad order_header.ts; saved DE list page). */
  headerItem: '.order-header li.order-header__header-list-item',
  headerLabel: '.a-text-caps',
  headerValue: '.aok-break-word',
  /** "113-7654321-7654321" (azad order_header.ts strategy2; selectors.py FIELD_ORDER_NUMBER_SELECTOR). */
  orderId: '.yohtmlc-order-id [dir="ltr"]',
  /** "View order details" (azad strategy0: orderID= in the href). */
  detailLink: '.yohtmlc-order-level-connections a[href*="orderID="]',
  /** One `.delivery-box` per shipment (selectors.py SHIPMENT_ENTITY_SELECTOR). */
  shipment: '.delivery-box',
  /** "Delivered November 5", "Arriving November 26", "Zugestellt: 19. August" (selectors.py). */
  shipmentStatus: ['.yohtmlc-shipment-status-primaryText .delivery-box__primary-text', '.yohtmlc-shipment-status-primaryText'],
  item: '.item-box',
  itemTitle: '.yohtmlc-product-title',
  itemLink: ['.yohtmlc-product-title a[href]', '.product-image a[href]'],
  itemImage: '.product-image img',
  /** The quantity badge, printed only above 1 (selectors.py FIELD_ITEM_QUANTITY_SELECTOR). */
  itemQuantity: '.product-image__qty',
  /** Small print under the title; the return window is the line that speaks of returns (labels.ts). */
  itemNote: '.a-row > span.a-size-small',
} as const;
