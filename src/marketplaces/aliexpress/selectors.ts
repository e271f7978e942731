/**
 * Every CSS selector the AliExpress readers use, by layout, each with the fixture(s) in
 * tests/fixtures/aliexpress/ it was verified on (sources: that folder's README). CSS-module classes
 * (layout B) are matched on their `Module__element__` part, never the hash, which changes per build.
 * Labels (text) live in labels.ts; selectors only find where to look.
 */

/** Layout C (legacy trade.aliexpress.com): order-detail-legacy.html, order-list-legacy.html. */
export const LEGACY_MARKERS = ['#TP_ProductTable', 'table.product-table', '#buyer-ordertable', 'tbody.order-item-wraper'];
/** Layout B (aliexpress.ru): order-detail-ru.html, order-detail-ru-en.html. */
export const RU_MARKERS = ['[data-testid="orderNumber"]', '[data-testid="productBlock"]', '[class*="RedOrderDetailsProducts"]', '[class*="RedOrderList_"]'];
/** Layout A (global): order-detail-global-en/-fr.html, order-list-global-en.html. */
export const GLOBAL_MARKERS = ['.order-item', '.order-detail-item-content-wrap', '.order-price-item', '.info-row'];

/** Document evidence of the page kind, for URLs that do not say (see detect.ts). */
export const DETAIL_MARKERS = [
  '.order-detail-item-content-wrap', // order-detail-global-en/-fr
  '.order-detail-order-info', // order-detail-global-en/-fr
  '[data-testid="orderNumber"]', // order-detail-ru/-ru-en
  '#TP_ProductTable', // order-detail-legacy
];
export const LIST_MARKERS = [
  '.order-item .order-item-header-right-info', // order-list-global-en
  'tbody.order-item-wraper', // order-list-legacy
];

/** The aliexpress.ru server-data script: order-detail-ru.html, order-detail-ru-en.html. */
export const AER_DATA_SCRIPT = 'script#__AER_DATA__';

/** Layout A order detail: order-detail-global-en.html, order-detail-global-fr.html. */
export const GLOBAL_DETAIL = {
  item: '.order-detail-item-content-wrap',
  itemTitle: '.item-title',
  /** The title link first; the thumbnail anchor links the same item page. */
  itemLink: ['.item-title a[href]', 'a.order-detail-item-content-img[href]'],
  /** Thumbnail drawn as a CSS background on the anchor. */
  itemImage: '.order-detail-item-content-img',
  itemVariant: '.item-sku-attr',
  /** "<span>US $2.49</span><span>x2</span>": price, then the letter x and the quantity. */
  itemPrice: '.item-price',
  /** Rows "<span.left-col>Total</span><span.right-col>US $19.96</span>". */
  priceRow: '.order-price-item',
  infoRow: '.info-row',
  /** The store link is classless here; a /store/<id> href is what identifies it. */
  storeLink: 'a[href*="/store/"]',
  /** Blocks whose words are not the order status (titles, prices, address, info rows). */
  notStatus: ['.order-detail-item-content-wrap', '.order-price-item', '.order-detail-info-item', 'a'],
} as const;

/** Layout A order list: order-list-global-en.html. */
export const GLOBAL_LIST = {
  card: '.order-item',
  status: '.order-item-header-status-text',
  headerInfo: '.order-item-header-right-info',
  detailLink: 'a[href*="/p/order/detail.html"]',
  storeLink: ['.order-item-store-name a[href]', '.order-item-store a[href*="/store/"]'],
  item: '.order-item-content-body',
  itemName: '.order-item-content-info-name',
  itemLink: '.order-item-content-info-name a[href]',
  /** `span[title]` holds the untruncated title. */
  itemTitleAttr: '.order-item-content-info-name [title]',
  itemVariant: '.order-item-content-info-sku',
  /** First child: the unit price as per-character `es--char--` spans; then the quantity span "x2". */
  itemNumber: '.order-item-content-info-number',
  itemQuantity: '.order-item-content-info-number-quantity',
  itemImage: '.order-item-content-img',
  /** "Total:" then per-character spans; textContent joins them to "Total:US $6.38". */
  total: '.order-item-content-opt-price-total',
} as const;

/** Layout B order detail: order-detail-ru.html (V1 module classes), order-detail-ru-en.html (V2). */
export const RU_DETAIL = {
  orderNumber: '[data-testid="orderNumber"]',
  sellerLink: ['[data-testid="sellerInfoV2"][href]', '[data-testid="sellerInfoV2Block"] a[href]'],
  sellerBlock: '[data-testid="sellerInfoV2Block"]',
  trackNumber: '[class*="InfoDeliveryButton__trackNumber__"]',
  product: '[data-testid="productBlock"]',
  title: '[class*="Product__title__"]',
  description: '[class*="Product__description__"]',
  quantity: '[class*="Product__quantityText__"]',
  price: '[class*="Product__priceDesktop__"]',
  link: ['a[data-testid="productText"][href]', '[class*="Product__content__"] a[href]'],
  image: ['[data-testid="product"]', '[class*="Product__image__"]'],
  /** Visible summary (V1 only, order-detail-ru): "<span>Итого</span><span>2 232,56 ₽</span>". */
  summaryTotal: '[class*="Summary__total__"]',
  summaryRow: '[class*="Summary__row__"]',
} as const;

/**
 * Layout B order list: NO fixture. From the aliexpress.ru archive exporter (fixtures README S14): each
 * card is `a.RedOrderList_OrderItem__link__<hash>` to /order-list/<id>. Only the id and link are read.
 */
export const RU_LIST = {
  cardLink: '[class*="RedOrderList_OrderItem__link__"][href]',
} as const;

/** Layout C order detail: order-detail-legacy.html. */
export const LEGACY_DETAIL = {
  orderNo: '.order-no',
  /** `tbody[data-orderid][data-status]` of the product table. */
  orderBody: 'tbody[data-orderid]',
  row: 'tr.order-bd',
  title: 'a.baobei-name',
  image: 'a.pic',
  spec: '.spec',
  specValue: 'span.val',
  price: 'td.price',
  quantity: 'td.quantity',
  status: 'td.trade-status',
  storeLink: '.user-name-text a[href]',
  shippingRow: 'tr.shipping-bd',
  carrier: '.logistics-name',
  trackingNumber: ['.logistics-num', 'td.no'],
  /** "Product Amount | Shipping Cost | Total Amount" header row, then a row of `span.final-price`. */
  feeRows: '.product-fees tr',
  fundSubtotal: '#tp-order-price-table tr.fund-bd td.product-price',
  fundShipping: '#tp-order-price-table tr.fund-bd td.shipping-price',
  fundTotal: '#tp-order-price-table tr.fund-bd td.order-price',
  paidTotal: '#tp-buyer-order-table tr.fund-bd td.pay-c1',
  paymentMethod: '#tp-buyer-order-table tr.fund-bd td.pay-c3',
  paidDate: '#tp-buyer-order-table tr.fund-bd td.pay-c4',
} as const;

/** Layout C order list: order-list-legacy.html. */
export const LEGACY_LIST = {
  card: 'tbody.order-item-wraper',
  detailLink: 'a.view-detail-link[href]',
  storeLink: '.store-info a[href*="/store/"]',
  total: '.order-amount .amount-num',
  status: '.order-status .f-left',
  itemRow: 'tr.order-body',
  title: '.product-title a.baobei-name',
  image: '.pic',
  /** "<span>$ 10.00</span> <span>X1</span>". */
  amount: 'p.product-amount',
  property: 'p.product-property',
} as const;
