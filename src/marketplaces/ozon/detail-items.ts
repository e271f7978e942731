import { foldText } from '../../core/parse/normalize-text';
import type { Money } from '../../model/money';
import type { OrderItem } from '../../model/order';
import { absoluteUrl, amountText, pickAll, textOf, type Page } from './dom';
import { agree, quantityAndPrice, rubles, sameMoney } from './money';
import { DETAIL } from './selectors';
import { countAt, listAt, textAt } from './widget-state';

/** One product as one witness (the shipment JSON, or the rendered row) shows it. */
interface Seen {
  title: string;
  quantity?: number;
  unitPrice?: Money;
  variant?: string;
  imageUrl?: string;
}

/**
 * The products of an order-details page. The shipment JSON (`items[].sellers[].products[]`) lists them;
 * the rendered rows are the second witness for quantity and price and the only source of the variant
 * ("Цвет: черный"). A quantity or price the two disagree on is left out. Without JSON, the rendered rows
 * alone are read.
 */
export function readDetailItems(page: Page, states: readonly unknown[]): OrderItem[] {
  const rendered = pickAll(page.doc, DETAIL.productName).flatMap((name) => renderedProduct(page, name));
  const json = states.flatMap(jsonProducts);
  if (json.length === 0) return rendered.map((seen) => toItem([seen]));
  const unused = [...rendered];
  return json.map((product) => {
    const at = unused.findIndex((row) => foldText(row.title) === foldText(product.title));
    const [row] = at === -1 ? [] : unused.splice(at, 1);
    return toItem(row ? [product, row] : [product]);
  });
}

function toItem([first, ...others]: [Seen, ...Seen[]]): OrderItem {
  const all = [first, ...others];
  return {
    title: first.title,
    variant: agree(all.map((s) => s.variant)),
    // The model needs a count; Ozon prints one only above 1 ("2 x 349 ₽"), and the JSON always has one.
    quantity: agree(all.map((s) => s.quantity)) ?? 1,
    unitPrice: agree(all.map((s) => s.unitPrice), sameMoney),
    imageUrl: all.map((s) => s.imageUrl).find((url) => url !== undefined),
  };
}

// JSON image URLs are absolute (https://ir.ozone.ru/…); a relative one resolves against Ozon itself.
const OZON = new URL('https://www.ozon.ru/');
// Bounds for page data: an order has a few shipments, sellers and products, never thousands.
const MAX_LIST = 200;

function jsonProducts(state: unknown): Seen[] {
  return listAt(state, MAX_LIST, 'items').flatMap((item) =>
    listAt(item, MAX_LIST, 'sellers').flatMap((seller) =>
      listAt(seller, MAX_LIST, 'products').flatMap((product) => {
        const title = textAt(product, 'title', 'name', 'text');
        if (title === undefined) return [];
        return [
          {
            title,
            quantity: countAt(product, 'addToCartButton', 'action', 'quantity'),
            unitPrice: rubles(textAt(product, 'price', 'price', 0, 'text')),
            imageUrl: absoluteUrl(textAt(product, 'picture', 'image', 'image'), OZON),
          },
        ];
      }),
    ),
  );
}

function renderedProduct(page: Page, name: Element): Seen[] {
  const title = textOf(name);
  const row = rowOf(name);
  if (title === undefined || row === undefined) return title === undefined ? [] : [{ title }];
  const prices = pickAll(row, DETAIL.productPrice).map((el) => quantityAndPrice(amountText(el)));
  return [
    {
      title,
      variant: variantOf(name),
      quantity: agree(prices.map((p) => p.quantity)),
      unitPrice: agree(prices.map((p) => p.unitPrice), sameMoney),
      imageUrl: absoluteUrl(row.querySelector(DETAIL.productImage)?.getAttribute('src'), page.ctx.url),
    },
  ];
}

const NAME_IN_ROW = 'span.tsCompact500Medium';

/** The product's row: the nearest ancestor that also holds a picture or a price, and no other product. */
function rowOf(name: Element): Element | undefined {
  for (let el = name.parentElement; el && !el.matches(DETAIL.shipment); el = el.parentElement) {
    if (el.querySelectorAll(NAME_IN_ROW).length > 1) return undefined;
    if (el.querySelector(DETAIL.productImage) || el.querySelector(DETAIL.productPrice)) return el;
  }
  return undefined;
}

/** "Цвет: черный": the "Property: value" lines printed beside the name; other small text is not a variant. */
function variantOf(name: Element): string | undefined {
  const lines = pickAll(name.parentElement, DETAIL.productProperty)
    .map(textOf)
    .filter((text): text is string => text !== undefined && /^[^:]{1,40}: .+$/u.test(text));
  return lines.length === 0 ? undefined : lines.join(', ');
}
