// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeEvidence, fakeOrder } from '../../../tests/support/builders';
import type { LockerApi } from './locker-api';
import { LockerApp } from './locker-app';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ORDER = fakeOrder();
const SHOT = fakeEvidence({ id: 'shot' });
const QUOTE = fakeEvidence({ id: 'quote', kind: 'quote', mime: 'text/plain', text: '<img src=x onerror="alert(1)">Seller: "2 m cable"' });

function fakeApi(overrides: Partial<LockerApi> = {}): LockerApi {
  return {
    listCases: vi.fn(() => Promise.resolve({ cases: [{ key: ORDER.key, order: ORDER, evidence: [SHOT, QUOTE] }, { key: 'unassigned', order: null, evidence: [] }], broken: [] })),
    getBlob: vi.fn(() => Promise.resolve(new Blob(['png'], { type: 'image/png' }))),
    custodyLog: vi.fn(() => Promise.resolve({ log: [], problems: [], broken: [] })),
    editNote: vi.fn(() => Promise.resolve(null)),
    reassign: vi.fn(() => Promise.resolve(null)),
    remove: vi.fn(() => Promise.resolve(true)),
    undo: vi.fn(() => Promise.resolve(SHOT)),
    addFiles: vi.fn(() => Promise.resolve({ added: [SHOT], failed: [] })),
    storageInfo: vi.fn(() => Promise.resolve({ usage: 1, quota: 100, persisted: true })),
    ensurePersisted: vi.fn(() => Promise.resolve(true)),
    warnBeforeAdding: vi.fn(() => Promise.resolve(null)),
    exportCaseZip: vi.fn(),
    exportEverything: vi.fn(),
    importArchive: vi.fn(),
    ...overrides,
  };
}

let container: HTMLElement;
let root: Root;

async function render(api: LockerApi) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<LockerApp api={api} timeZone="UTC" />));
}

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function chooseFiles(label: string, files: File[]) {
  const input = [...container.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('input')!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('LockerApp', () => {
  it('moves an item to another case, the cases listed once the user reaches for the list', async () => {
    const OTHER = fakeOrder({ orderId: '8181234567890999' });
    const api = fakeApi({
      listCases: vi.fn(() => Promise.resolve({ cases: [{ key: ORDER.key, order: ORDER, evidence: [SHOT] }, { key: OTHER.key, order: OTHER, evidence: [] }, { key: 'unassigned', order: null, evidence: [] }], broken: [] })),
    });
    await render(api);
    const select = container.querySelector<HTMLSelectElement>('[data-testid="locker-item"] select')!;
    expect(select.options).toHaveLength(1); // only "Choose a case" until then
    await act(async () => select.focus());
    expect([...select.options].map((o) => o.textContent)).toEqual(['Choose a case…', `AliExpress order ${OTHER.orderId}`, 'Not assigned to an order']);
    await act(async () => {
      select.value = OTHER.key;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const move = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Move')!;
    await act(async () => move.click());
    expect(api.reassign).toHaveBeenCalledWith(SHOT.id, OTHER.key);
  });

  it('shows page text as text: a quote that looks like HTML makes no element', async () => {
    await render(fakeApi());
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">Seller: "2 m cable"');
    expect(container.querySelectorAll('blockquote img')).toHaveLength(0);
    expect(container.querySelector('h2')?.textContent).toBe(`AliExpress order ${ORDER.orderId}`);
  });

  it('revokes the object URLs of its previews when it goes away', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:preview-1');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await render(fakeApi());
    expect(created).toHaveBeenCalledTimes(1); // the screenshot; the quote needs no bytes
    expect(container.querySelector('img')?.getAttribute('src')).toBe('blob:preview-1');
    act(() => root.unmount());
    expect(revoked).toHaveBeenCalledWith('blob:preview-1');
    root = createRoot(container); // for afterEach
  });

  it('warns before adding when storage is nearly full, and adds only after "Add anyway"', async () => {
    const api = fakeApi({ warnBeforeAdding: vi.fn(() => Promise.resolve({ left: 10 * 1024 * 1024, quota: 1000 * 1024 * 1024 })) });
    await render(api);
    await act(async () => chooseFiles('Add photos or videos', [new File(['x'], 'box.jpg', { type: 'image/jpeg' })]));
    const dialog = container.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Storage is nearly full');
    expect(api.addFiles).not.toHaveBeenCalled();
    await act(async () => [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Add anyway')!.click());
    expect(api.addFiles).toHaveBeenCalledWith([expect.objectContaining({ name: 'box.jpg' })], null);
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Added 1 file to Not assigned to an order.');
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
  });
});
