import { describe, expect, it } from 'vitest';
import type { MarketplaceAdapter } from '../../src/marketplaces/adapter';
import { orderReadingSchema, type OrderReading } from '../../src/model/order';
import { expectedPageSchema, type ExpectedOrder } from './expected-order';
import { listFixtures, parseHtml, readExpected, readFixture } from './load-fixture';
import { prng } from './prng';

export interface FuzzOptions {
  /**
   * Elements a mutation may delete (all by default). AliExpress prints some prices one character per
   * span: deleting one rewrites the amount the page shows, which no reader can tell from a real price.
   */
  deletable?: (el: Element) => boolean;
  /** The test's time limit, where the fixtures are large (the project's default otherwise). */
  timeoutMs?: number;
  /**
   * What a wrong reading is, for a page that prints no order number or total (the Wildberries archive):
   * an explanation, or undefined when the reading is true. `printed` holds every element's text.
   * The default refuses an order number or a total the page does not give that order.
   */
  check?: (reading: OrderReading, truth: readonly ExpectedOrder[], damage: { kind: Kind; printed: ReadonlySet<string> }) => string | undefined;
  /** A reading that counts as read, for the check that the test is not vacuous (default: it has the order number). */
  counts?: (reading: OrderReading) => boolean;
  /** What `counts` counts, for the log line ("ids"). */
  countedAs?: string;
}

const MUTATIONS = 300;
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 0x5eed);
const NOW = new Date('2026-11-24T10:00:00Z');

export type Kind = 'delete' | 'attributes' | 'truncate' | 'scripts' | 'combined';
const KINDS: readonly Kind[] = ['delete', 'attributes', 'truncate', 'scripts', 'combined'];

/**
 * One mutation of the fixture. DOM mutations are applied to one parsed copy and undone after the read
 * (happy-dom parses a 10–30 kB page in several ms, so 300 fresh parses per fixture would blow the time
 * budget); truncation parses the cut HTML afresh.
 */
function mutate(pristine: Document, html: string, random: () => number, deletable: (el: Element) => boolean): { doc: Document; kind: Kind; undo: () => void } {
  const pickOne = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  const kind = pickOne(KINDS) ?? 'delete';
  if (kind === 'truncate') return { doc: parseHtml(html.slice(0, Math.floor(random() * html.length))), kind, undo: () => undefined };
  const undo: (() => void)[] = [];
  const elements = () => [...pristine.querySelectorAll('body *')];
  if (kind === 'scripts' || kind === 'combined') for (const script of pristine.querySelectorAll('script')) undo.push(remove(script));
  if (kind === 'delete' || kind === 'combined') {
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
      const el = pickOne(elements().filter(deletable));
      if (el) undo.push(remove(el));
    }
  }
  if (kind === 'attributes' || kind === 'combined') {
    for (let n = 1 + Math.floor(random() * 5); n > 0; n--) {
      const [el, other] = [pickOne(elements()), pickOne(elements())];
      if (el) undo.push(damageAttributes(el, other === el ? undefined : other, random));
    }
  }
  return { doc: pristine, kind, undo: () => undo.reverse().forEach((step) => step()) };
}

function remove(el: Element): () => void {
  const { parentNode, nextSibling } = el;
  el.remove();
  return () => parentNode?.insertBefore(el, nextSibling);
}

/**
 * Damages one element's attributes: strips them all, puts them back shuffled, drops one, or swaps its
 * class with another element's (a class moved to the wrong block). Returns the undo.
 */
function damageAttributes(el: Element, other: Element | undefined, random: () => number): () => void {
  const restore = [snapshot(el), ...(other ? [snapshot(other)] : [])];
  const undo = () => restore.forEach((step) => step());
  const attrs = [...el.attributes].map((a) => [a.name, a.value] as const);
  const roll = random();
  if (roll >= 0.8 && other) {
    const [mine, theirs] = [el.getAttribute('class'), other.getAttribute('class')];
    setClass(el, theirs);
    setClass(other, mine);
    return undo;
  }
  for (const [name] of attrs) el.removeAttribute(name);
  if (roll < 0.3) return undo;
  const kept = roll >= 0.6 ? attrs.filter((_, i) => i !== Math.floor(random() * attrs.length)) : attrs;
  for (const [name, value] of [...kept].sort(() => random() - 0.5)) el.setAttribute(name, value);
  return undo;
}

function setClass(el: Element, value: string | null): void {
  if (value === null) el.removeAttribute('class');
  else el.setAttribute('class', value);
}

/** An undo that puts back exactly the attributes, in their order. */
function snapshot(el: Element): () => void {
  const attrs = [...el.attributes].map((a) => [a.name, a.value] as const);
  return () => {
    for (const { name } of [...el.attributes]) el.removeAttribute(name);
    for (const [name, value] of attrs) el.setAttribute(name, value);
  };
}

function checkNoWrongValues(reading: OrderReading, truth: readonly ExpectedOrder[]): string | undefined {
  orderReadingSchema.parse(reading);
  const byId = reading.orderId === undefined ? undefined : truth.find((o) => o.orderId === reading.orderId);
  if (reading.orderId !== undefined && byId === undefined) return `wrong order id ${reading.orderId}`;
  if (reading.total === undefined) return undefined;
  const candidates = byId ? [byId] : truth;
  const right = candidates.some((o) => o.total?.minor === reading.total?.minor && o.total?.currency === reading.total?.currency);
  return right ? undefined : `wrong total ${JSON.stringify(reading.total)} for ${reading.orderId ?? 'a card without id'}`;
}

/**
 * Damaged pages of one marketplace: every fixture, MUTATIONS times, with subtrees deleted, attributes
 * stripped, reordered or classes swapped between elements, the HTML cut off at a random point, the
 * scripts removed, or several at once. The reader must not throw, must return schema-valid readings,
 * and must never report an order number or a total that differs from the true one (leaving it out is
 * fine: a missing value is honest, a wrong one is not). FUZZ_SEED=<n> explores other seeds; the
 * default run is fixed. Call it at the top level of a `// @vitest-environment happy-dom` test file.
 */
export function fuzzAdapterFixtures(adapter: MarketplaceAdapter, options: FuzzOptions = {}): void {
  const deletable = options.deletable ?? (() => true);
  const check = options.check ?? ((reading, truth) => checkNoWrongValues(reading, truth));
  const counts = options.counts ?? ((reading) => reading.orderId !== undefined);
  describe.each(listFixtures(adapter.id))('%s, damaged', (path) => {
    const html = readFixture(path);
    const expected = expectedPageSchema.parse(readExpected(path));
    const url = new URL(expected.url);
    const truth = expected.orders ?? (expected.order ? [expected.order] : []);

    it(`${MUTATIONS} mutations: no throw, valid readings, no wrong order id or total`, async () => {
      const failures: string[] = [];
      const stats = { read: 0, totals: 0 };
      const pristine = parseHtml(html);
      const printed = new Set([...pristine.querySelectorAll('body *')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
      for (let i = 0; i < MUTATIONS; i++) {
        // happy-dom holds parsed documents through WeakRefs, which V8 keeps alive until the current job
        // ends: yielding to the event loop now and then lets them go (memory stays flat, GC stays cheap).
        if (i % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
        const seed = BASE_SEED + i * 7919 + path.length;
        const { doc, kind, undo } = mutate(pristine, html, prng(seed), deletable);
        try {
          adapter.pageKind(url, doc);
          const ctx = { url, now: NOW };
          const readings = expected.pageKind === 'order-list' ? adapter.readOrderList(doc, ctx) : [adapter.readOrder(doc, ctx)];
          if (expected.pageKind === 'order-list' && readings.length > truth.length) failures.push(`seed ${seed} (${kind}): ${readings.length} cards`);
          for (const reading of readings) {
            const wrong = check(reading, truth, { kind, printed });
            if (wrong) failures.push(`seed ${seed} (${kind}): ${wrong}`);
            if (counts(reading)) stats.read++;
            if (reading.total !== undefined) stats.totals++;
          }
        } catch (error) {
          failures.push(`seed ${seed} (${kind}): threw ${String(error)}`);
        }
        undo();
      }
      const serialize = (doc: Document) => new XMLSerializer().serializeToString(doc);
      expect(serialize(pristine), 'every mutation was undone').toBe(serialize(parseHtml(html)));
      expect(failures).toEqual([]);
      // Not vacuous: on order pages most damaged copies still give the true id (URL, embedded data, labels, links).
      if (truth.length > 0) expect(stats.read).toBeGreaterThan(MUTATIONS / 3);
      console.info(`${path}: ${MUTATIONS} mutations, ${stats.read} ${options.countedAs ?? 'ids'} and ${stats.totals} totals read, all true`);
      // A few seconds alone; more on a machine busy with other test runs.
    }, options.timeoutMs);
  });
}
