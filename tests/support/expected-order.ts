import { expect } from 'vitest';
import { z } from 'zod';
import { DEFAULT_EXPECTED } from '../../src/core/order/missing-fields';
import { pageKindSchema } from '../../src/model/marketplace';
import { orderFieldSchema, statusKindSchema, type OrderField } from '../../src/model/order';

/**
 * The `X.expected.json` files (what a careful human reads on the page; tests/fixtures/<m>/README.md)
 * turned into what a reader's OrderReading must contain. Strict schemas: a field added to an expected
 * file that this helper does not map fails loudly instead of going unchecked.
 */
/** `text` is the amount as printed (kept for people reading the file; Money has no place for it). */
const moneySchema = z.strictObject({ text: z.string().optional(), minor: z.number().int(), currency: z.string() });
const dayRangeSchema = z.strictObject({ from: z.string().optional(), to: z.string().optional() });
const itemSchema = z.strictObject({
  title: z.string(),
  variant: z.string().optional(),
  /** Left out where the page prints no count (wildberries/); the model still needs one, so it is not checked then. */
  quantity: z.number().int().optional(),
  unitPrice: moneySchema.optional(),
  productUrl: z.string().optional(),
  imageUrl: z.string().optional(),
  /** Legacy pages link the order snapshot; the model has no field for it (listed in `unmodelled`). */
  snapshotUrl: z.string().optional(),
});
const trackingSchema = z.strictObject({ number: z.string(), carrier: z.string().optional() });
const orderSchema = z.strictObject({
  orderId: z.string().optional(),
  orderDate: z.string().optional(),
  paidDate: z.string().optional(),
  shippedDate: z.string().optional(),
  deliveredDate: z.string().optional(),
  completedDate: z.string().optional(),
  /** The words as printed, or (generic/) the model's {text, kind}. */
  status: z.union([z.string(), z.strictObject({ text: z.string(), kind: statusKindSchema })]).optional(),
  paymentMethod: z.string().optional(),
  items: z.array(itemSchema).optional(),
  subtotal: moneySchema.optional(),
  shipping: moneySchema.optional(),
  total: moneySchema.optional(),
  seller: z.strictObject({ name: z.string(), url: z.string().optional() }).optional(),
  tracking: z.union([trackingSchema, z.array(trackingSchema)]).optional(),
  /** List cards: the card's detail link, which is the reading's `url`. */
  detailUrl: z.string().optional(),
  /** "Return window ends on Dec 9, 2026" → dates.returnWindowEnd = until (the words are not modelled). */
  returnWindow: z.strictObject({ text: z.string(), until: z.string() }).optional(),
  estimatedDelivery: dayRangeSchema.optional(),
  /** Files written in the reading's own shape (generic/): dates and missing as the model has them. */
  dates: z.record(z.string(), z.unknown()).optional(),
  missing: z.array(orderFieldSchema).optional(),
});
export const expectedPageSchema = z.strictObject({
  url: z.url(),
  pageKind: pageKindSchema,
  order: orderSchema.optional(),
  orders: z.array(orderSchema).optional(),
});
export type ExpectedPage = z.infer<typeof expectedPageSchema>;
export type ExpectedOrder = z.infer<typeof orderSchema>;

export interface ExpectedReading {
  /** For `expect(reading).toMatchObject(match)`. */
  match: Record<string, unknown>;
  /** Exactly the facts the reading must name as missing. */
  missing: OrderField[];
  /** Top-level reading fields the page does not show: the reader must leave them out. */
  absent: string[];
  /** Per item, the item fields the page does not show. */
  absentItemFields: string[][];
  /** Expected facts the model cannot hold ("items[0].snapshotUrl"). */
  unmodelled: string[];
}

const ITEM_FIELDS = ['variant', 'unitPrice', 'productUrl', 'imageUrl'] as const;
const TOP_FIELDS = ['orderId', 'subtotal', 'shipping', 'total', 'seller', 'status', 'paymentMethod'] as const;

export function expectedToReading(order: ExpectedOrder): ExpectedReading {
  const money = (m: z.infer<typeof moneySchema> | undefined) => m && { minor: m.minor, currency: m.currency };
  const items = order.items ?? [];
  const dates = {
    ...order.dates,
    ...Object.fromEntries(
      (['orderDate', 'paidDate', 'shippedDate', 'deliveredDate', 'completedDate'] as const)
        .filter((key) => order[key] !== undefined)
        .map((key) => [key === 'orderDate' ? 'ordered' : key.replace(/Date$/, ''), pageDate(order[key] ?? '')]),
    ),
    ...(order.returnWindow ? { returnWindowEnd: pageDate(order.returnWindow.until) } : {}),
    ...(order.estimatedDelivery ? { estimatedDelivery: order.estimatedDelivery } : {}),
  };
  const tracking = order.tracking === undefined ? [] : [order.tracking].flat();
  const match = defined({
    orderId: order.orderId,
    url: order.detailUrl,
    status: typeof order.status === 'string' ? { text: order.status } : order.status,
    paymentMethod: order.paymentMethod,
    items: items.map(({ snapshotUrl: _, unitPrice, ...item }) => defined({ ...item, unitPrice: money(unitPrice) })),
    subtotal: money(order.subtotal),
    shipping: money(order.shipping),
    total: money(order.total),
    seller: order.seller,
    dates,
    tracking,
  });
  const present: Record<OrderField, boolean> = {
    orderId: order.orderId !== undefined,
    items: items.length > 0,
    total: order.total !== undefined,
    seller: order.seller !== undefined,
    status: order.status !== undefined,
    orderDate: order.orderDate !== undefined || order.dates?.ordered !== undefined,
    tracking: tracking.length > 0,
    protection: false,
  };
  return {
    match,
    missing: order.missing ?? DEFAULT_EXPECTED.filter((field) => !present[field]),
    absent: TOP_FIELDS.filter((key) => order[key] === undefined),
    absentItemFields: items.map((item) => ITEM_FIELDS.filter((key) => item[key] === undefined)),
    unmodelled: [
      ...items.flatMap((item, i) => (item.snapshotUrl === undefined ? [] : [`items[${i}].snapshotUrl`])),
      ...(order.returnWindow ? ['returnWindow.text'] : []),
    ],
  };
}

/**
 * A page date as the expected file writes it. A day is exact. A wall time without an offset
 * ("2019-11-11T09:42:17") cannot be stored as such (model/time.ts needs an offset), so the reader may
 * give the day alone, or that wall time with whatever offset it learned; any other value fails.
 */
function pageDate(text: string): unknown {
  const wall = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(:\d\d)?$/.exec(text);
  if (!wall) return text;
  const [, day = '', hm = '', sec = ''] = wall;
  return expect.stringMatching(new RegExp(`^${day}(?:T${hm}${sec || '(?::00)?'}(?:\\.\\d+)?(?:Z|[+-]\\d\\d:\\d\\d))?$`));
}

function defined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
