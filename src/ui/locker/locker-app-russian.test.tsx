// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeEvidence, fakeOrder } from '../../../tests/support/builders';
import { createTranslator } from '../../i18n/translator';
import type { CustodyEntry } from '../../model/custody';
import { I18nContext } from '../i18n/use-messages';
import type { LockerApi } from './locker-api';
import { LockerApp } from './locker-app';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Issue 9: the locker in Russian says nothing in English. The user's data (file names, addresses,
// hashes, MIME types) is Latin by nature and taken out before the check; so are elements marked
// lang="en" (the check's own findings, which core/evidence writes in English).
const RU = createTranslator('ru', 'ru-RU');
const MB = 1024 * 1024;
const hash = (digit: string) => digit.repeat(64);

const ORDER = fakeOrder({
  items: [{ title: 'Кабель 2 м', quantity: 1, unitPrice: { minor: 49_900, currency: 'RUB' } }],
  total: { minor: 49_900, currency: 'RUB' },
  seller: { name: 'Магазин электроники' },
  status: { text: 'Ожидает доставки', kind: 'shipped' },
});
const SHOP = fakeOrder({ marketplace: 'generic', orderId: '5551234', items: [], seller: { name: 'Магазин' }, status: { text: 'Доставлен', kind: 'delivered' } });
const url = 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123';
const ITEMS = [
  fakeEvidence({ id: '100001', orderKey: ORDER.key, kind: 'screenshot-visible', pageTitle: 'Подробности заказа', sha256: hash('1') }),
  fakeEvidence({ id: '100002', orderKey: ORDER.key, kind: 'screenshot-full-stitched', pageTitle: 'Подробности заказа', sha256: hash('2') }),
  fakeEvidence({ id: '100003', orderKey: ORDER.key, kind: 'quote', mime: 'text/plain', pageTitle: 'Отзывы о товаре', text: 'Продавец: «кабель 2 м»', sha256: hash('3') }),
  fakeEvidence({ id: '100004', orderKey: ORDER.key, kind: 'link', mime: 'text/uri-list', pageTitle: 'Страница товара', text: url, sha256: hash('4') }),
  fakeEvidence({ id: '100005', orderKey: ORDER.key, kind: 'file', mime: 'image/jpeg', pageTitle: undefined, fileName: 'коробка.jpg', note: 'Угол смят', sha256: hash('5') }),
  fakeEvidence({ id: '100006', orderKey: ORDER.key, kind: 'page-snapshot', mime: 'multipart/related', pageTitle: 'Подробности заказа', fileName: 'страница.mhtml', size: 3 * MB, sha256: hash('6') }),
  fakeEvidence({ id: '100007', orderKey: ORDER.key, kind: 'file', mime: 'video/mp4', pageTitle: undefined, fileName: 'распаковка.mp4', size: 40 * MB, sha256: hash('7') }),
];
const LOOSE = fakeEvidence({ id: '100008', orderKey: null, kind: 'screenshot-element', pageTitle: 'Отзыв', sha256: hash('8') });

function line(seq: number, kind: CustodyEntry['kind'], detail: string | undefined, evidenceId: string | null = '100005'): CustodyEntry {
  return { seq, at: '2026-11-24T10:05:00.000Z', kind, evidenceId, sha256: hash('5'), ...(detail === undefined ? {} : { detail }), prevHash: hash('0'), hash: hash('9') };
}
// Every detail the services write (create-locker-service.ts, locker-archive.ts, create-custody-service.ts).
const LOG: CustodyEntry[] = [
  line(0, 'captured', undefined, '100001'),
  line(1, 'captured', 'already in the locker without a log line (stored 2026-11-24T10:05:00.000Z)', '100002'),
  line(2, 'snapshot-saved', undefined, '100006'),
  line(3, 'imported', 'your file "коробка.jpg" from disk, file last modified 2026-11-20T08:00:00.000Z'),
  line(4, 'imported', 'your file "коробка.jpg" from disk'),
  line(5, 'note-edited', 'note now 9 characters'),
  line(6, 'reassigned', 'to unassigned'),
  line(7, 'reassigned', `from ${SHOP.key}`),
  line(8, 'deleted', 'file коробка.jpg'),
  line(9, 'deleted', 'quote', '100777'),
  line(10, 'deleted', 'no longer in the locker (removed without a log line)'),
  line(11, 'imported', 'restored by Undo of the deletion at line seq 8'),
  line(12, 'imported', 'restored by Undo'),
  line(13, 'imported', 'from архив.zip (cases/aliexpress-8181234567890123), verified against its manifest'),
  line(14, 'exported', 'claimkit-case-aliexpress-8181234567890123-2026-11-24.zip', null),
];

function fakeApi(): LockerApi {
  return {
    listCases: vi.fn(() =>
      Promise.resolve({
        cases: [
          { key: ORDER.key, order: ORDER, evidence: ITEMS },
          { key: SHOP.key, order: SHOP, evidence: [] },
          { key: 'aliexpress:999', order: null, evidence: [] },
          { key: 'unassigned', order: null, evidence: [LOOSE] },
        ],
        broken: [{ store: 'evidence', key: '100099', reason: 'capturedAt: Invalid datetime' }],
      }),
    ),
    getBlob: vi.fn(() => Promise.resolve(new Blob(['png'], { type: 'image/png' }))),
    custodyLog: vi.fn(() => Promise.resolve({ log: LOG, problems: [{ seq: 9, problem: 'line seq 9 was edited: its content does not match its hash' }], broken: [] })),
    editNote: vi.fn(() => Promise.resolve(null)),
    reassign: vi.fn(() => Promise.resolve(null)),
    remove: vi.fn(() => Promise.resolve(true)),
    undo: vi.fn(() => Promise.reject(Object.assign(new Error('Too late to undo: the deleted item is no longer kept.'), { name: 'UndoExpiredError' }))),
    addFiles: vi.fn(() =>
      Promise.resolve({
        added: [ITEMS[4]!],
        failed: [
          { name: 'второй.jpg', reason: 'ClaimKit could not save: the browser says its storage is full.', code: 'storage-full' as const },
          { name: 'третий.jpg', reason: 'NotReadableError', code: 'error' as const },
        ],
      }),
    ),
    storageInfo: vi.fn(() => Promise.resolve({ usage: 960 * MB, quota: 1000 * MB, persisted: false })),
    ensurePersisted: vi.fn(() => Promise.resolve(false)),
    warnBeforeAdding: vi.fn(() => Promise.resolve({ left: 30 * MB, quota: 1000 * MB })),
    exportCaseZip: vi.fn(() => Promise.resolve({ blob: new Blob(['zip']), fileName: 'claimkit-case-aliexpress-8181234567890123-2026-11-24.zip', items: 7, ms: 1500 })),
    exportEverything: vi.fn(() => Promise.resolve({ blob: new Blob(['zip']), fileName: 'claimkit-backup-2026-11-24.zip', items: 8, ms: 400 })),
    importArchive: vi.fn(() =>
      Promise.resolve({
        kind: 'backup' as const,
        added: [{ caseKey: ORDER.key, count: 3 }],
        alreadyHad: 2,
        problems: ['cases/aliexpress-8181/evidence/label.jpg: fails its CRC-32 check'],
        renamed: ['коробка.jpg'],
        storageFull: true,
      }),
    ),
  };
}

// Names that are Latin in every language, and what the page may keep as is (see issue 9).
const ALLOWED = new Set(['claimkit', 'aliexpress', 'zip', 'mhtml', 'sha', 'chrome']);
const DATA = [
  /https?:\/\/\S+/g, // addresses
  /[\p{L}\d_.-]+\.(?:jpg|png|mp4|mhtml|zip)\b/giu, // file names
  /\b[a-z]+\/[a-z0-9.+-]+\b/g, // MIME types, folders in a backup ZIP
  /\b[0-9a-f]{8,}\b/g, // hashes
];

/** Every Latin word a person would see or hear: text, labels, titles, alt texts, placeholders. */
function latinWords(root: HTMLElement): string[] {
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[lang="en"]').forEach((element) => element.remove());
  // Text node by text node: textContent would glue "box.jpg" to the "SHA-256" after it.
  const said: string[] = [];
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) said.push(node.textContent ?? '');
  for (const element of copy.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) said.push(element.getAttribute(name) ?? '');
  }
  let text = said.join('\n');
  for (const pattern of DATA) text = text.replace(pattern, ' ');
  return [...text.matchAll(/[A-Za-z]+/g)].map((m) => m[0]).filter((word) => !ALLOWED.has(word.toLowerCase()));
}

let container: HTMLElement;
let root: Root;

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

async function render(api: LockerApi) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <I18nContext.Provider value={RU}>
        <LockerApp api={api} timeZone="Europe/Moscow" />
      </I18nContext.Provider>,
    ),
  );
}

const button = (name: string, within: ParentNode = container) => [...within.querySelectorAll('button')].find((b) => b.textContent === name)!;
const click = (element: HTMLElement | undefined) => act(async () => element!.click());
function chooseFile(label: string, files: File[]) {
  const input = [...container.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('input')!;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  return act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

describe('the locker in Russian', () => {
  it('says everything in Russian: page, cases, items, log, dialogs, messages, errors and counts', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:preview');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const api = fakeApi();
    await render(api);
    const seen: string[] = [];
    const check = () => seen.push(...latinWords(container));

    expect(container.querySelector('h1')?.textContent).toBe('Хранилище доказательств');
    expect(container.textContent).toContain('8 доказательств в 2 делах.');
    check();

    // Storage nearly full: the warning, then "add anyway" with a file the disk refuses and another that fails.
    await chooseFile('Добавить фото или видео', [new File(['x'], 'коробка.jpg', { type: 'image/jpeg' })]);
    expect(container.querySelector('[role="alertdialog"]')?.getAttribute('aria-label')).toBe('Место почти закончилось');
    check();
    await click(button('Всё равно добавить'));
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Добавлено в «Без заказа»: 1 файл.');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('второй.jpg (причина: ClaimKit не удалось сохранить');
    // The unknown error keeps its own words (a browser's); the rest of the page is Russian.
    seen.push(...latinWords(container).filter((word) => word !== 'NotReadableError'));

    // Export: count, size, time and speed in Russian units.
    await click(button('Экспортировать дело (ZIP)'));
    expect(container.querySelector('[role="status"]')?.textContent).toMatch(/^Сохранён файл .*: 7 доказательств, 3 байта за 1,5 с \(2 байта\/с\)\.$/);
    check();

    // Delete, then Undo too late.
    await click(button('Удалить', container.querySelector('[data-testid="locker-item"]')!));
    expect(container.querySelector('.undo-bar')?.textContent).toContain('Удалено: Подробности заказа.');
    check();
    await click(button('Отменить'));
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Отменить удаление уже нельзя: удалённый элемент больше не хранится.');
    check();

    // The custody log, every kind of line.
    const details = container.querySelector('details.timeline') as HTMLDetailsElement;
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const lines = [...details.querySelectorAll('.timeline-list li')].map((li) => li.textContent);
    expect(lines).toHaveLength(LOG.length);
    expect(lines[6]).toContain('в дело «Без заказа»');
    expect(lines[7]).toContain('из дела «Заказ 5551234 в другом магазине»');
    expect(details.textContent).toContain('В журнале хранения найдена 1 проблема');
    expect(details.querySelectorAll('.timeline-list [lang="en"]')).toHaveLength(0); // every detail read back
    check();

    // The viewer.
    await click(button('Открыть целиком'));
    expect(container.querySelector('dialog')?.textContent).toContain('Скачать оригинал');
    check();
    await click(button('Закрыть', container.querySelector('dialog')!));

    // An import with problems of both kinds.
    await chooseFile('Импортировать дело или резервную копию', [new File(['zip'], 'архив.zip', { type: 'application/zip' })]);
    await click(button('Всё равно добавить'));
    const report = container.querySelector('section[aria-label="Импорт файла архив.zip"]')!;
    expect(report.textContent).toContain('Добавлено: 3 доказательства (3 — в дело «Заказ AliExpress 8181234567890123»); 2 уже были в хранилище.');
    expect(report.textContent).toContain('Найдены 3 проблемы');
    check();

    expect(seen).toEqual([]);
    // Only the check's own findings are left in English: the damaged record, the log's and the import's problem.
    expect([...container.querySelectorAll('[lang="en"]')].map((e) => e.textContent)).toEqual([
      'evidence 100099: capturedAt: Invalid datetime',
      'cases/aliexpress-8181/evidence/label.jpg: fails its CRC-32 check',
      'line seq 9 was edited: its content does not match its hash',
    ]);
  }, 30_000);

  it('formats sizes, percentages and counts for the locale', async () => {
    await render(fakeApi());
    const text = container.textContent?.replace(/[\u00a0\u202f]/g, ' ') ?? '';
    expect(text).toMatch(/Занято: 960,0 МБ из 1 ?000,0 МБ \(96 %\)/); // ICU versions differ on grouping four digits
    expect(text).toContain('Место почти закончилось: экспортируйте и удалите старые дела.');
    expect(text).toContain('7 доказательств');
    expect(text).toMatch(/1 ?280 × 720 пикс\./);
  });
});
