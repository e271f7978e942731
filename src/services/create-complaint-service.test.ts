import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeOrder } from '../../tests/support/builders';
import type { ComplaintDraft } from '../model/complaint';
import { openClaimKitDb } from '../platform/db/open';
import { putOrder } from '../platform/db/orders';
import { createComplaintService } from './create-complaint-service';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const ORDER = fakeOrder();

function draft(overrides: Partial<ComplaintDraft> = {}): ComplaintDraft {
  return {
    orderKey: ORDER.key,
    reason: 'not-as-described',
    outcome: 'partial-refund',
    partialAmount: { minor: 500, currency: 'USD' },
    incidentDate: '2026-11-20',
    facts: 'Listed as 2 m, the cable is 1 m.',
    channel: 'platform-dispute',
    language: 'en',
    text: 'Order 8181234567890123: item not as described.',
    updatedAt: '2000-01-01T00:00:00.000Z',
    ...overrides,
  };
}

async function setup() {
  const db = await openClaimKitDb();
  await putOrder(db, ORDER);
  let clock = Date.parse('2026-11-24T12:00:00Z');
  const paste = vi.fn((_tabId: number, _text: string) => Promise.resolve({ pasted: true, where: 'the focused text box' }));
  const complaints = createComplaintService({ db, now: () => new Date((clock += 1000)), paste });
  return { db, complaints, paste };
}

describe('complaint service', () => {
  it('has no draft for an order until one is saved', async () => {
    const { complaints } = await setup();
    expect(await complaints.getDraft(ORDER.key)).toBeNull();
  });

  it('saves a draft stamped with its own clock and gives it back after the database is reopened', async () => {
    const { db, complaints } = await setup();
    const saved = await complaints.saveDraft(draft());
    expect(saved.updatedAt).toBe('2026-11-24T12:00:01.000Z');
    db.close();
    const reopened = createComplaintService({ db: await openClaimKitDb(), now: () => new Date(), paste: vi.fn() });
    expect(await reopened.getDraft(ORDER.key)).toEqual(saved);
  });

  it('keeps one draft per order: the latest save replaces the earlier one', async () => {
    const { complaints } = await setup();
    await complaints.saveDraft(draft());
    const second = await complaints.saveDraft(draft({ facts: 'The cable is 1 m long, not 2 m.', outcome: 'full-refund', partialAmount: undefined }));
    expect(await complaints.getDraft(ORDER.key)).toEqual(second);
    expect(second.partialAmount).toBeUndefined();
  });

  it('refuses a draft for an order ClaimKit does not have, and stores nothing', async () => {
    const { complaints } = await setup();
    await expect(complaints.saveDraft(draft({ orderKey: 'aliexpress:404' }))).rejects.toThrow(/no order aliexpress:404/);
    expect(await complaints.getDraft('aliexpress:404')).toBeNull();
  });

  it('refuses an invalid draft (the schema is checked at the store too)', async () => {
    const { complaints } = await setup();
    await expect(complaints.saveDraft(draft({ incidentDate: '20 November' }))).rejects.toThrow();
    expect(await complaints.getDraft(ORDER.key)).toBeNull();
  });

  it('reads a stored draft that no longer parses as none, rather than trusting it', async () => {
    const { db, complaints } = await setup();
    await db.put('drafts', { orderKey: ORDER.key, reason: 'rude-seller' });
    expect(await complaints.getDraft(ORDER.key)).toBeNull();
  });

  it('lists the drafts with text, newest first, with their order numbers, leaving out empty, broken and orphaned ones', async () => {
    const { db, complaints } = await setup();
    const other = fakeOrder({ orderId: '8181234567890999' });
    await putOrder(db, other);
    await complaints.saveDraft(draft());
    await complaints.saveDraft(draft({ orderKey: other.key, text: 'Order 8181234567890999: not received.' }));
    await db.put('drafts', { ...draft({ orderKey: 'aliexpress:gone' }), text: 'An order deleted since' });
    await db.put('drafts', { orderKey: 'aliexpress:broken', reason: 'rude-seller' });
    await putOrder(db, fakeOrder({ orderId: '8181234567890777' }));
    await complaints.saveDraft(draft({ orderKey: 'aliexpress:8181234567890777', text: undefined }));
    const { drafts } = await complaints.listDrafts();
    expect(drafts.map((d) => [d.orderId, d.draft.text])).toEqual([
      ['8181234567890999', 'Order 8181234567890999: not received.'],
      [ORDER.orderId, 'Order 8181234567890123: item not as described.'],
    ]);
  });

  it('hands pasting to the page writer with the tab and the exact text', async () => {
    const { complaints, paste } = await setup();
    expect(await complaints.paste(7, 'Hello,\nline two')).toEqual({ pasted: true, where: 'the focused text box' });
    expect(paste).toHaveBeenCalledWith(7, 'Hello,\nline two');
  });
});
