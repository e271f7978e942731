/**
 * The only markup the Temu readers rely on. Temu's classes are generated and no public reader uses them
 * (tests/fixtures/temu/README.md), so there are no class selectors: links are found by their real URL
 * shapes, the order data by its inline script.
 */

/**
 * Product links on the details page: goods.html with the order's parent_order_sn (and goods_id, sku_id,
 * refer_page_name=bgt_order_detail), as quoted from real pages in public READMEs. order-detail-en.html.
 */
export const PRODUCT_LINK = 'a[href*="goods.html?"][href*="parent_order_sn="]';

/** A link to an order's details page (the URL shape of README "Confirmed shapes"). */
export const DETAIL_LINK = 'a[href*="bgt_order_detail.html"][href*="parent_order_sn="]';

/** What marks a details page when its URL does not: product links that say they come from one. */
export const DETAIL_MARKER = 'a[href*="goods.html?"][href*="refer_page_name=bgt_order_detail"]';
