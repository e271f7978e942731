import type { OrderReading } from '../../model/order';
import { missingFields } from '../../core/order/missing-fields';
import type { ReadContext } from '../adapter';
import { aliexpressOrderIdFromUrl } from './urls';

/** First slice (issue #2): the order number from the URL or the "Order ID:" row. Full reader: issue #3. */
export function readAliExpressOrder(doc: Document, ctx: ReadContext): OrderReading {
  const orderId = aliexpressOrderIdFromUrl(ctx.url) ?? orderIdFromText(doc);
  const reading: Omit<OrderReading, 'missing'> = {
    marketplace: 'aliexpress',
    orderId,
    url: ctx.url.href,
    items: [],
    dates: {},
    tracking: [],
    readAt: ctx.now.toISOString(),
    source: 'page',
  };
  return { ...reading, missing: missingFields(reading) };
}

function orderIdFromText(doc: Document): string | undefined {
  for (const row of doc.querySelectorAll('.info-row')) {
    const match = /Order ID\s*:?\s*(\d{6,})/i.exec(row.textContent ?? '');
    if (match) return match[1];
  }
  return undefined;
}
