import type { ComplaintDraft } from '../model/complaint';
import type { ResponseOf } from '../model/messages';
import { getDraft, listDrafts, putDraft } from '../platform/db/drafts';
import type { ClaimKitDatabase } from '../platform/db/open';
import { getOrder } from '../platform/db/orders';
import { UserError } from '../i18n/user-error';

export interface ComplaintServiceDeps {
  db: ClaimKitDatabase;
  now: () => Date;
  /** Writes text into a tab's focused field (platform/paste-into-page.ts; a fake in tests). */
  paste: (tabId: number, text: string) => Promise<ResponseOf<'complaint/paste'>>;
}

export type ComplaintService = ReturnType<typeof createComplaintService>;

/**
 * The complaint builder's use-cases (issue #6): one draft per order in IndexedDB, so a complaint
 * survives closing the popup and the browser, and pasting the finished text into the page.
 * The text itself is built in the UI from core/complaint: it needs nothing the background holds.
 */
export function createComplaintService({ db, now, paste }: ComplaintServiceDeps) {
  return {
    /**
     * The drafts with text, newest first, each with its order's number: what "Paste a saved
     * complaint" offers. One read of the drafts store (a draft exists only where the user wrote
     * one), not one question per tracked order. Drafts of orders no longer stored are left out.
     */
    async listDrafts(): Promise<ResponseOf<'drafts/list'>> {
      const written = (await listDrafts(db)).filter((d): d is ComplaintDraft & { text: string } => Boolean(d.text));
      const withOrders = await Promise.all(written.map(async (draft) => ({ draft, order: await getOrder(db, draft.orderKey) })));
      const drafts = withOrders.flatMap(({ draft, order }) => (order ? [{ orderId: order.orderId, draft }] : []));
      drafts.sort((a, b) => b.draft.updatedAt.localeCompare(a.draft.updatedAt));
      return { drafts };
    },

    /** The order's draft, or null when there is none or the stored one no longer parses. */
    getDraft: (orderKey: string): Promise<ComplaintDraft | null> => getDraft(db, orderKey),

    /**
     * Stores the draft with `updatedAt` set to now (the caller's stamp is not trusted) and
     * returns it as stored. Refuses a draft for an order ClaimKit does not have: it could never be
     * shown again. A full disk surfaces as StorageFullError, the previous draft untouched.
     */
    async saveDraft(draft: ComplaintDraft): Promise<ComplaintDraft> {
      if (!(await getOrder(db, draft.orderKey))) throw new UserError('noOrderForDraft', { orderKey: draft.orderKey });
      const stored: ComplaintDraft = { ...draft, updatedAt: now().toISOString() };
      await putDraft(db, stored);
      return stored;
    },

    paste: (tabId: number, text: string) => paste(tabId, text),
  };
}
