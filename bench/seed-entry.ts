// Bundled by bench/seed.ts and run inside the extension's service worker: it seeds orders and
// evidence through ClaimKit's own storage modules (zod-checked putOrder/putEvidence, the custody
// log), copying records the extension itself stored from a fixture page, so the seeded rows have
// exactly the shape the extension writes and cannot drift from it.
import './zod-jitless';
import { orderKey, type Order } from '../src/model/order';
import { getEvidenceBlob, listEvidence, putEvidence } from '../src/platform/db/evidence';
import { openClaimKitDb } from '../src/platform/db/open';
import { getOrder, putOrder } from '../src/platform/db/orders';
import { createCustodyService } from '../src/services/create-custody-service';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Stores `count` copies of a stored order under new order numbers (the next numbers up), placed
 * 1–150 days ago with `openDeadlines` (so reminders are planned for each), else 2–2.4 years ago
 * (every deadline closed). Storing the same count again overwrites the copies. Returns their keys.
 */
async function seedOrders(fromKey: string, count: number, openDeadlines: boolean): Promise<string[]> {
  const db = await openClaimKitDb();
  try {
    const order = await getOrder(db, fromKey);
    if (!order) throw new Error(`bench seed: no stored order ${fromKey}`);
    const now = Date.now();
    const keys: string[] = [];
    for (let i = 1; i <= count; i++) {
      const orderId = (BigInt(order.orderId) + BigInt(i)).toString();
      const url = new URL(order.url);
      url.searchParams.set('orderId', orderId);
      const daysAgo = (openDeadlines ? 1 : 730) + (i % 150);
      const dates = { ...order.dates, ordered: new Date(now - daysAgo * DAY).toISOString().slice(0, 10) };
      const copy: Order = { ...order, orderId, key: orderKey(order.marketplace, orderId), url: url.href, dates, updatedAt: new Date(now - i * 1000).toISOString() };
      await putOrder(db, copy);
      keys.push(copy.key);
    }
    return keys;
  } finally {
    db.close();
  }
}

/**
 * Fills the given cases up to `perCase` items each with copies (new ids, each with its
 * 'captured' custody line, as the background writes them) of the evidence already stored.
 * Returns how many items the locker then holds.
 */
async function seedEvidence(caseKeys: string[], perCase: number): Promise<number> {
  const db = await openClaimKitDb();
  try {
    const custody = createCustodyService({ db, now: () => new Date() });
    const { evidence } = await listEvidence(db);
    const samples = await Promise.all(evidence.map(async (meta) => ({ meta, blob: await getEvidenceBlob(db, meta.id) })));
    if (samples.length === 0) throw new Error('bench seed: no stored evidence to copy');
    let n = 0;
    for (const caseKey of caseKeys) {
      const held = evidence.filter((e) => e.orderKey === caseKey).length;
      for (let i = held; i < perCase; i++, n++) {
        const sample = samples[n % samples.length]!;
        if (!sample.blob) throw new Error(`bench seed: evidence ${sample.meta.id} has no bytes`);
        const meta = { ...sample.meta, id: crypto.randomUUID(), orderKey: caseKey, capturedAt: new Date(Date.now() - n * 1000).toISOString() };
        await putEvidence(db, meta, sample.blob);
        await custody.recordStored(meta);
      }
    }
    return (await listEvidence(db)).evidence.length;
  } finally {
    db.close();
  }
}

Object.assign(globalThis, { claimkitSeed: { seedOrders, seedEvidence } });
