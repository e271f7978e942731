import { z } from 'zod';
import { pageKindSchema } from './marketplace';
import { orderReadingSchema, orderSchema } from './order';
import { deadlineSchema } from './deadline';
import { settingsSchema } from './settings';
import { evidenceSchema } from './evidence';
import { complaintDraftSchema } from './complaint';

/**
 * Who may send a message. The receiver checks it (platform/messaging.ts):
 * - 'content': a content script in a tab on a marketplace page;
 * - 'page': one of our own extension pages (popup, options, locker);
 * - 'background': our service worker, talking to a content script;
 * - 'injected': a script ClaimKit injected into a tab on the user's request (any site).
 */
export type SenderRole = 'content' | 'page' | 'background' | 'injected';

/** What a content script has read on its page. */
export const pageReadingSchema = z.object({
  pageKind: pageKindSchema,
  /** The order on an order-detail page (may lack fields; see `missing`). */
  order: orderReadingSchema.optional(),
  /** The orders on an order-list page. */
  orders: z.array(orderReadingSchema).optional(),
});
export type PageReading = z.infer<typeof pageReadingSchema>;

/** The popup's view of its tab. */
export const tabStateSchema = z.object({
  /** 'unsupported' when no ClaimKit reader runs on the tab (not a known order page). */
  pageKind: z.union([pageKindSchema, z.literal('unsupported')]),
  order: orderSchema.nullable(),
  /** On list pages: the stored orders seen there. */
  orders: z.array(orderSchema),
  deadlines: z.array(deadlineSchema),
  /** What the reader could not find on this page, even when no order number was read. */
  reading: orderReadingSchema.nullable(),
});
export type TabState = z.infer<typeof tabStateSchema>;

export const manualOrderSchema = z.object({
  orderId: z.string().trim().min(1, 'Enter the order number'),
  url: z.url(),
  title: z.string().trim().optional(),
  /** Amount paid as the user typed it ("12.34"), with its currency. */
  totalText: z.string().trim().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  orderDate: z.iso.date().optional(),
});
export type ManualOrder = z.infer<typeof manualOrderSchema>;

/** One tracked order with its deadlines, for the tracked-orders list (sorted by urgency). */
export const trackedOrderSchema = z.object({ order: orderSchema, deadlines: z.array(deadlineSchema) });
export type TrackedOrder = z.infer<typeof trackedOrderSchema>;

/**
 * The protocol: every message, its payload, its response and who may send it.
 * Add a message here and TypeScript demands a handler for it (platform/messaging.ts).
 */
export const protocol = {
  /** Content script → background: the page was read (again). */
  'order/read': { from: 'content', request: pageReadingSchema, response: z.object({ orderKeys: z.array(z.string()) }) },
  /**
   * Injected render script → background: the images of the block being re-drawn that the page may
   * not give html2canvas (other servers without CORS), fetched by the extension where it may.
   */
  'evidence/fetch-images': {
    from: 'injected',
    request: z.object({ urls: z.array(z.url()).max(200) }),
    response: z.object({ images: z.record(z.string(), z.string().startsWith('data:image/')) }),
  },
  /** Background → content script: mark the order block (for "Capture the order block"); found or not. */
  'page/mark-order-block': { from: 'background', request: z.object({}), response: z.object({ found: z.boolean() }) },
  /** Background → content script: what have you read on this page? */
  'page/get-reading': { from: 'background', request: z.object({}), response: pageReadingSchema },
  /** Popup → background: the order on this tab, as stored, with its deadlines. */
  'tab/get-state': { from: 'page', request: z.object({ tabId: z.number().int().nonnegative() }), response: tabStateSchema },
  /** Popup → background: read this (unknown) page with the generic reader, on the user's click. */
  'tab/read-generic': { from: 'page', request: z.object({ tabId: z.number().int().nonnegative() }), response: tabStateSchema },
  /** Popup → background: an order the user typed in on a page we cannot read. */
  'order/save-manual': { from: 'page', request: manualOrderSchema, response: z.object({ orderKey: z.string() }) },
  /** Page → background: every stored order with its deadlines, most urgent first. */
  /** Page → background: the stored orders, most urgent first; the first `limit` of them when given, and how many there are. */
  'orders/list': {
    from: 'page',
    request: z.object({ limit: z.number().int().positive().optional() }),
    response: z.object({ orders: z.array(trackedOrderSchema), total: z.number().int().nonnegative(), broken: z.number().int() }),
  },
  /** Page → background: track/untrack an order, or mark its case resolved (reminders stop) / reopen it. */
  'order/set-state': {
    from: 'page',
    request: z.object({ orderKey: z.string().min(1), tracked: z.boolean().optional(), resolved: z.boolean().optional() }),
    response: z.object({ orderKey: z.string() }),
  },
  /** Popup → background: capture the tab as evidence (needs activeTab from the toolbar click); 'snapshot' keeps the page itself. */
  'evidence/capture': {
    from: 'page',
    request: z.object({ tabId: z.number().int().nonnegative(), mode: z.enum(['visible', 'full', 'element', 'order-block', 'snapshot']) }),
    response: z.object({ evidence: evidenceSchema }),
  },
  /** Page → background: evidence metadata (never the bytes), of one order or all. */
  'evidence/list': {
    from: 'page',
    request: z.object({ orderKey: z.string().min(1).optional() }),
    response: z.object({ evidence: z.array(evidenceSchema), broken: z.number().int() }),
  },
  /** Popup → background: remind me about this deadline again in a day (Firefox has no notification buttons). */
  'reminder/snooze': { from: 'page', request: z.object({ orderKey: z.string().min(1), deadlineId: z.string().min(1) }), response: z.object({ at: z.iso.datetime({ offset: true }) }) },
  /** Page → background: the settings (defaults filled in). */
  'settings/get': { from: 'page', request: z.object({}), response: settingsSchema },
  /** Page → background: save the settings; reminders are re-planned at once. */
  'settings/save': { from: 'page', request: settingsSchema, response: settingsSchema },
  /**
   * Options → background: delete every order, evidence item, draft, log and setting, and the
   * reminders planned from them. The request must carry the words the user confirmed with, so no
   * stray or forged message can wipe the store.
   */
  'data/delete-all': {
    from: 'page',
    request: z.object({ confirm: z.literal('delete everything') }),
    response: z.object({ orders: z.number().int().nonnegative(), evidence: z.number().int().nonnegative() }),
  },
  /** Page → background: the saved complaint draft of an order, or null when there is none (issue #6). */
  'draft/get': { from: 'page', request: z.object({ orderKey: z.string().min(1) }), response: complaintDraftSchema.nullable() },
  /** Page → background: every draft with text, newest first, with its order's number (the popup's "paste a saved complaint"). */
  'drafts/list': {
    from: 'page',
    request: z.object({}),
    response: z.object({ drafts: z.array(z.object({ orderId: z.string().min(1), draft: complaintDraftSchema.extend({ text: z.string().min(1) }) })) }),
  },
  /** Page → background: save an order's complaint draft (the builder auto-saves); answers it as stored. */
  'draft/save': { from: 'page', request: complaintDraftSchema, response: complaintDraftSchema },
  /**
   * Popup → background: put the complaint into the tab's focused text field (or its only empty
   * textarea) with the input events its framework listens to. `where` says, in words, where it
   * went or why it did not; `maxLength` is the field's own limit when the text was too long for it.
   */
  'complaint/paste': {
    from: 'page',
    request: z.object({ tabId: z.number().int().nonnegative(), text: z.string().min(1) }),
    response: z.object({ pasted: z.boolean(), where: z.string(), maxLength: z.number().int().positive().optional() }),
  },
} as const satisfies Record<string, { from: SenderRole; request: z.ZodType; response: z.ZodType }>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;

export const messageTypes = Object.keys(protocol) as MessageType[];

/** The envelope on the wire. */
export const envelopeSchema = z.object({
  type: z.enum(messageTypes as [MessageType, ...MessageType[]]),
  data: z.unknown(),
});

/** Every response: ok with data, or a reason a person can read. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
export const replySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
