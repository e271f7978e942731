// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEvidence, fakeOrder } from '../../../tests/support/builders';
import type { ComplaintDraft } from '../../model/complaint';
import { DEFAULT_SETTINGS, type Settings } from '../../model/settings';

const messaging = vi.hoisted(() => ({ send: vi.fn() }));
vi.mock('../../platform/messaging', () => ({ sendMessage: messaging.send }));
vi.mock('../../platform/tabs', () => ({ openOwnPage: vi.fn() }));
const { ComplaintBuilder } = await import('./complaint-builder');
const { SAVE_DEBOUNCE_MS } = await import('./use-draft');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ORDER = fakeOrder({
  status: { text: 'Completed', kind: 'completed' },
  items: [{ title: 'XIAOMI Redmi Buds <img src=x onerror=alert(1)>', quantity: 1 }],
});
const DRAFT: ComplaintDraft = {
  orderKey: ORDER.key,
  reason: 'damaged',
  outcome: 'partial-refund',
  partialAmount: { minor: 500, currency: 'USD' },
  facts: 'The case is cracked.',
  channel: 'payment-dispute',
  language: 'en',
  updatedAt: '2026-11-24T10:00:00.000Z',
};

interface World {
  draft: ComplaintDraft | null;
  settings: Settings;
  evidence: ReturnType<typeof fakeEvidence>[];
}

function answer(world: World) {
  messaging.send.mockImplementation((type: string, data: Record<string, unknown>) => {
    switch (type) {
      case 'draft/get':
        return Promise.resolve(world.draft);
      case 'settings/get':
        return Promise.resolve(world.settings);
      case 'evidence/list':
        return Promise.resolve({ evidence: world.evidence, broken: 0 });
      case 'draft/save':
        return Promise.resolve(data);
      case 'evidence/capture':
        world.evidence = [...world.evidence, fakeEvidence({ id: `ev-${world.evidence.length + 1}` })];
        return Promise.resolve({ evidence: world.evidence.at(-1) });
      case 'complaint/paste':
        return Promise.resolve({ pasted: true, where: 'the focused text box “Description”' });
      default:
        return Promise.reject(new Error(`unexpected ${type}`));
    }
  });
}

let container: HTMLElement;
let root: Root | null;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = null;
});
afterEach(() => {
  if (root) act(() => root!.unmount());
  container.remove();
});

async function render(world: World, tabId: number | null = 5) {
  answer(world);
  root = createRoot(container);
  await act(async () => root!.render(<ComplaintBuilder order={ORDER} deadlines={[]} tabId={tabId} timeZone="UTC" />));
}

const field = (label: string) => {
  const el = [...container.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label));
  const control = el?.htmlFor ? document.getElementById(el.htmlFor) : el?.querySelector('input, select, textarea');
  if (!control) throw new Error(`no field labelled ${label}`);
  return control as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
};
const text = () => (container.querySelector('[data-testid="complaint-text"]') as HTMLTextAreaElement).value;
const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name);
const saves = () => messaging.send.mock.calls.filter(([type]) => type === 'draft/save');

/** Types as a person does, through the native setter so React's onChange runs. */
async function type(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  const proto = Object.getPrototypeOf(control) as object;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(control, value);
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
const pause = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

describe('ComplaintBuilder', () => {
  it('starts from the order and the settings’ language, builds the text, and writes nothing just for being opened', async () => {
    await render({ draft: null, settings: { ...DEFAULT_SETTINGS, complaintLanguage: 'ru' }, evidence: [] });
    expect(field('Reason').value).toBe('not-as-described');
    expect(field('Language').value).toBe('ru');
    expect(text()).toContain(ORDER.orderId);
    expect(container.querySelector('[data-testid="complaint-count"]')?.textContent).toMatch(new RegExp(`^${text().length} / `));
    await pause(SAVE_DEBOUNCE_MS + 100);
    expect(saves()).toEqual([]);
  });

  it('shows page text as text: a product title with markup is in the complaint, no element is made from it', async () => {
    await render({ draft: null, settings: DEFAULT_SETTINGS, evidence: [] });
    await type(field('Send as'), 'formal-claim');
    expect(text()).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });

  it('saves the draft once typing pauses, with the text shown', async () => {
    await render({ draft: null, settings: DEFAULT_SETTINGS, evidence: [] });
    await type(field('What happened'), 'The lid');
    await type(field('What happened'), 'The lid is cracked.');
    await pause(SAVE_DEBOUNCE_MS + 100);
    expect(saves()).toHaveLength(1);
    expect(saves()[0]![1]).toMatchObject({ orderKey: ORDER.key, facts: 'The lid is cracked.', reason: 'not-as-described', text: text() });
  });

  it('saves at once what was typed when the builder closes before the pause', async () => {
    await render({ draft: null, settings: DEFAULT_SETTINGS, evidence: [] });
    await type(field('What happened'), 'Typed just before closing.');
    act(() => root!.unmount());
    root = null;
    expect(saves()).toHaveLength(1);
    expect(saves()[0]![1]).toMatchObject({ facts: 'Typed just before closing.' });
  });

  it('reloads a saved draft, partial amount included, and asks the refund in the order’s currency', async () => {
    await render({ draft: DRAFT, settings: DEFAULT_SETTINGS, evidence: [] });
    expect(field('Reason').value).toBe('damaged');
    expect(field('What happened').value).toBe('The case is cracked.');
    expect(field('Refund amount (USD)').value).toBe('5.00');
    expect(field('Send as').value).toBe('payment-dispute');
    expect(text()).toMatch(/US\$5\.00/);
  });

  it('warns about what is missing with a button that fixes it, and lists the new evidence after a capture', async () => {
    const world: World = { draft: null, settings: DEFAULT_SETTINGS, evidence: [] };
    await render(world);
    const warnings = () => [...container.querySelectorAll('[data-testid="complaint-warning"]')].map((w) => w.textContent ?? '');
    expect(warnings().some((w) => w.includes('No evidence yet'))).toBe(true);
    await act(async () => button('Capture the order page')!.click());
    expect(messaging.send).toHaveBeenCalledWith('evidence/capture', { tabId: 5, mode: 'visible' });
    expect(warnings().some((w) => w.includes('No evidence yet'))).toBe(false);
    expect(text()).toMatch(/Screenshot/);
  });

  it('flags shouting and insults in the user’s words, but not a product title in capitals', async () => {
    await render({ draft: null, settings: DEFAULT_SETTINGS, evidence: [] });
    await type(field('What happened'), 'XIAOMI Redmi Buds came broken.');
    expect(container.querySelector('[data-testid="complaint-tone"]')).toBeNull();
    await type(field('What happened'), 'SCAMMERS sent a broken one!!!');
    const tone = container.querySelector('[data-testid="complaint-tone"]')?.textContent ?? '';
    expect(tone).toContain('“SCAMMERS”');
    expect(tone).toContain('“!!!” reads as shouting');
  });

  it('offers the short version when the full text is over the channel’s limit, and copies the version chosen', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    await render({ draft: null, settings: DEFAULT_SETTINGS, evidence: [fakeEvidence()] });
    await type(field('What happened'), 'The listing says waterproof; water got in after one rinse under the tap, and the left bud died.');
    const full = container.querySelector<HTMLInputElement>('input[type="radio"]:not(:checked)')!;
    const short = text();
    expect(short.length).toBeLessThanOrEqual(500);
    await act(async () => button('Copy complaint')!.click());
    expect(writeText).toHaveBeenLastCalledWith(short);
    await act(async () => full.click());
    expect(text().length).toBeGreaterThan(500);
    expect(container.querySelector('[data-testid="complaint-count"]')?.textContent).toMatch(/over the limit/);
  });

  it('pastes the shown text into the popup’s tab and says where it went; without a tab there is no paste button', async () => {
    await render({ draft: null, settings: DEFAULT_SETTINGS, evidence: [] });
    await act(async () => button('Paste into the page')!.click());
    expect(messaging.send).toHaveBeenCalledWith('complaint/paste', { tabId: 5, text: text() });
    expect(container.querySelector('[data-testid="complaint-status"]')?.textContent).toMatch(/^Pasted into the focused text box “Description”/);
    act(() => root!.unmount());
    await render({ draft: null, settings: DEFAULT_SETTINGS, evidence: [] }, null);
    expect(button('Paste into the page')).toBeUndefined();
  });
});
