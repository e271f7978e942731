/**
 * Every CSS selector the eBay readers use, each with the fixture(s) in tests/fixtures/ebay/ it was
 * verified on and the public source that confirms it (that folder's README, "Real DOM shapes").
 * Labels (text) live in labels.ts; selectors only find where to look.
 */

/** Order details page: order-detail-en.html. */
export const DETAIL = {
  /** One order of the page; a page can hold several (Kagee scrapers/ebay.py; Playwright scraper). */
  orderBox: '.order-box',
  /** dt/dd rows "Time placed", "Order number", seller (Kagee `.order-info dl`; Playwright `.section .vodlabelsValues`). */
  orderInfo: '.order-info',
  /** The status line, a month-day date inside (Kagee; Playwright; extractor extension). */
  statusTitle: '.shipment-card-sub-title',
  /** One package's dt/dd rows "Number", "Shipping service", "Carrier" (Kagee; Playwright `.tracking-info-details`). */
  trackingInfo: '.tracking-info',
  /** One bought item (Kagee `.item-container .item-card`; Playwright `.item-card`). */
  item: '.item-card',
  /** The title; wraps the item link in the fixture (Playwright `.item-title`). */
  itemTitle: '.item-title',
  /** The item link, its href ends with the item id (Kagee `.card-content-description .item-description a`). */
  itemLink: ['.item-title a[href]', '.item-description a[href]'],
  /** Thumbnail, i.ebayimg.com …/s-l<N>.webp (Kagee `.card-content-image-box img`). */
  itemImage: '.card-content-image-box img',
  /** "US $34.99": the line total, divided by the quantity by one scraper (Kagee; Playwright). */
  itemPrice: '.item-price',
  /** "Item number: …", "Return window …", variation, "… ⋅ Quantity 3" (Kagee; Playwright). */
  itemAspect: '.item-aspect-value',
  /**
   * The page-wide summary: dt/dd payment lines "1 item", "Shipping" ("Free"), tax, and the total
   * (Kagee `.summary-region … .payment-line-item dl`; Playwright `#payment-info .order-summary`).
   */
  summary: ['.summary-region', '#payment-info'],
  /** The order total's dd (Kagee `.order-summary-total dd`; Playwright `.order-summary-total .vodlabelsValues dd`). */
  summaryTotal: '.order-summary-total dd',
} as const;

/** Purchase history: order-list-en.html. */
export const LIST = {
  /** One order (Kagee; Playwright scraper). */
  card: '.m-order-card',
  /** Status, date, total and number are all spans of this class; the first in a card is the status (Playwright). */
  itemText: '.primary__item--item-text',
  /** Holds the label + value span pairs "Order date" / "Order total" / "Order number" (Kagee; Playwright). */
  secondary: '.secondaryMessage',
  /** The card's detail link; found by its text "View order details" too (Kagee; Playwright). */
  detailLink: 'a[href*="/vod/FetchOrderDetails"]',
  link: 'a[href]',
  /** One item; listing id in `div[input-listing-id]` (Kagee). */
  item: '.m-item-card',
  itemTitle: '.item-info-title',
  itemImage: '.m-image img',
  itemPrice: '.item-info-additionalPrice',
  /** One div per aspect ("Color: Brown", "Quantity: 3") (Kagee `.item-info-aspectValuesList > div`). */
  itemAspect: '.item-info-aspectValuesList > div',
} as const;

/**
 * eBay's screen-reader-only text (the `clipped` class of its UI kit, e.g. `<caption class="clipped">` in
 * a public copy of eBay's printable order). Kagee's comments show aspect texts read twice, once visibly
 * and once reworded ("19 Sections ⋅ Quantity 3\n19 Sections, quantity 3"): the hidden copy is skipped.
 */
export const HIDDEN = '.clipped';

/** Document evidence of the page kind, for an eBay URL that does not say (a saved page). */
export const DETAIL_MARKERS = ['.order-box .order-info', '.order-box .shipment-info']; // order-detail-en
export const LIST_MARKERS = ['.m-order-card .secondaryMessage']; // order-list-en
