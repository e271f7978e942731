import { z } from 'zod';
import { marketplaceIdSchema } from './marketplace';
import { moneySchema } from './money';
import { calendarDateSchema, instantSchema, pageDateSchema } from './time';

export const orderItemSchema = z.object({
  title: z.string().min(1),
  /** Colour, size, bundle… as the page prints it ("Color: Black, Size: XL"). */
  variant: z.string().optional(),
  quantity: z.number().int().positive(),
  unitPrice: moneySchema.optional(),
  productUrl: z.url().optional(),
  imageUrl: z.url().optional(),
});
export type OrderItem = z.infer<typeof orderItemSchema>;

/** The status kinds every marketplace's wording is normalised to. `raw` keeps the page's words. */
export const statusKindSchema = z.enum([
  'awaiting-payment',
  'processing',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'closed',
  'disputed',
  'refunded',
  'unknown',
]);
export type StatusKind = z.infer<typeof statusKindSchema>;

export const orderStatusSchema = z.object({ text: z.string(), kind: statusKindSchema });

export const orderDatesSchema = z.object({
  ordered: pageDateSchema.optional(),
  paid: pageDateSchema.optional(),
  shipped: pageDateSchema.optional(),
  delivered: pageDateSchema.optional(),
  completed: pageDateSchema.optional(),
  estimatedDelivery: z
    .object({ from: calendarDateSchema.optional(), to: calendarDateSchema.optional() })
    .optional(),
  /** Absolute end of buyer protection (from a countdown read at a known moment, or a printed date). */
  protectionEnd: pageDateSchema.optional(),
  /** "Return window closes on …", "Вернуть до …". */
  returnWindowEnd: pageDateSchema.optional(),
});
export type OrderDates = z.infer<typeof orderDatesSchema>;

/** A countdown exactly as the page showed it, and when we read it: the raw proof behind protectionEnd. */
export const countdownReadingSchema = z.object({
  text: z.string(),
  readAt: instantSchema,
  endsAt: instantSchema.optional(),
});

/** Names of the facts a complaint needs; a reader lists the ones it could not find in `missing`. */
export const orderFieldSchema = z.enum([
  'orderId',
  'items',
  'total',
  'seller',
  'status',
  'orderDate',
  'tracking',
  'protection',
]);
export type OrderField = z.infer<typeof orderFieldSchema>;

const orderFactsShape = {
  marketplace: marketplaceIdSchema,
  url: z.url(),
  items: z.array(orderItemSchema),
  subtotal: moneySchema.optional(),
  shipping: moneySchema.optional(),
  total: moneySchema.optional(),
  seller: z.object({ name: z.string().min(1), url: z.url().optional() }).optional(),
  status: orderStatusSchema.optional(),
  dates: orderDatesSchema,
  protection: countdownReadingSchema.optional(),
  tracking: z.array(z.object({ number: z.string().min(1), carrier: z.string().optional() })),
  paymentMethod: z.string().optional(),
  /** When the page was read (or the order typed in). */
  readAt: instantSchema,
  /** Facts the reader looked for and did not find; the UI names them and offers to fill them in. */
  missing: z.array(orderFieldSchema),
  /** Where the facts came from: a page reader, or the user's own entry. */
  source: z.enum(['page', 'manual']),
};

/** What a page reader returns: every fact optional, even the order number. */
export const orderReadingSchema = z.object({ ...orderFactsShape, orderId: z.string().min(1).optional() });
export type OrderReading = z.infer<typeof orderReadingSchema>;

/** A stored order: a reading that has an order number, keyed by marketplace + number. */
export const orderSchema = z.object({
  ...orderFactsShape,
  orderId: z.string().min(1),
  key: z.string().min(1),
  /** Set by the user: resolved cases keep their evidence but get no reminders. */
  tracked: z.boolean(),
  resolvedAt: instantSchema.optional(),
  updatedAt: instantSchema,
});
export type Order = z.infer<typeof orderSchema>;

/** The one way to build an order key, so storage, messages and UI agree. */
export function orderKey(marketplace: string, orderId: string): string {
  return `${marketplace}:${orderId}`;
}
