// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../model/settings';

const messaging = vi.hoisted(() => ({ send: vi.fn() }));
vi.mock('../../platform/messaging', () => ({ sendMessage: messaging.send }));
const permissions = vi.hoisted(() => ({ has: vi.fn<() => Promise<boolean>>(), request: vi.fn<() => Promise<boolean>>() }));
vi.mock('../../platform/permissions', () => ({
  hasNotificationPermission: permissions.has,
  requestNotificationPermission: permissions.request,
}));
const { OptionsApp } = await import('./options-app');
const { I18nRoot } = await import('../i18n/i18n-root');
import type { DataApi } from './data-api';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const STORED: Settings = {
  ...DEFAULT_SETTINGS,
  contact: { name: 'Anna', email: '', phone: '', country: 'Russia' },
  remindersEnabled: false,
};

/** The background: answers settings/get with `stored`, and settings/save with what it was given. */
function background(stored: Settings = STORED) {
  messaging.send.mockImplementation((type: string, data: unknown) => {
    if (type === 'settings/get') return Promise.resolve(stored);
    if (type === 'settings/save') return Promise.resolve(data);
    return Promise.reject(new Error(`unexpected ${type}`));
  });
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  permissions.has.mockResolvedValue(true);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const data = {
  storageInfo: vi.fn<DataApi['storageInfo']>(),
  exportEverything: vi.fn<DataApi['exportEverything']>(),
  deleteEverything: vi.fn<DataApi['deleteEverything']>(),
};

/** The page as mounted: inside the i18n root, following an English browser until the user picks. */
async function render() {
  data.storageInfo.mockResolvedValue({ usage: 3 * 1024 * 1024, quota: 2 * 1024 ** 3, persisted: false });
  root = createRoot(container);
  await act(async () =>
    root.render(
      <I18nRoot setting="auto" browserLanguage="en-US">
        <OptionsApp data={data} />
      </I18nRoot>,
    ),
  );
}

/** A radio button by its label, inside the radio group that a heading names. */
function choice(group: string, text: string): HTMLInputElement {
  const heading = [...container.querySelectorAll('h2')].find((h) => h.textContent === group);
  const radios = container.querySelector(`[role="radiogroup"][aria-labelledby="${heading?.id}"]`);
  const label = [...(radios?.querySelectorAll('label') ?? [])].find((l) => l.textContent === text);
  if (!label) throw new Error(`no choice "${text}" in "${group}"`);
  return label.querySelector('input')!;
}

/** The control a visible label names: by its `for`, or the one it wraps. */
function control<T extends HTMLElement = HTMLInputElement>(text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text);
  if (!label) throw new Error(`no label "${text}"`);
  const found = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input, select');
  if (!found) throw new Error(`label "${text}" names no control`);
  return found as T;
}
const button = (text: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
const leadRows = () => [...container.querySelectorAll('li.lead-time')];
const leadInput = (n: number) => leadRows()[n - 1]!.querySelector('input')!;
const leadUnit = (n: number) => leadRows()[n - 1]!.querySelector('select')!;
const status = () => container.querySelector('[role="status"]')?.textContent;
const alerts = () => [...container.querySelectorAll('[role="alert"]')].map((a) => a.textContent);

/** Types as a person would: React listens to 'input' on the native value setter. */
async function type(element: HTMLInputElement | HTMLSelectElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')!.set!;
  await act(async () => {
    setter.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
const click = (element: HTMLElement) => act(async () => element.click());
const saved = () => messaging.send.mock.calls.filter(([t]) => t === 'settings/save').map(([, data]) => data as Settings);

describe('OptionsApp', () => {
  it('loads the settings and shows each one in a labelled control', async () => {
    background();
    await render();
    expect(messaging.send).toHaveBeenCalledWith('settings/get', {});
    expect([...container.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Language of ClaimKit', 'Contact details', 'Complaint language', 'Reminders', 'Marketplaces', 'Your data']);
    expect(container.textContent).toContain('Used only in complaints you build; never sent anywhere by ClaimKit.');
    expect(control('Name').value).toBe('Anna');
    expect(control('Country').value).toBe('Russia');
    expect(control('E-mail').type).toBe('email');
    expect(choice('Language of ClaimKit', 'As the browser').checked).toBe(true);
    expect(choice('Complaint language', 'English').checked).toBe(true);
    expect(choice('Complaint language', 'Русский').checked).toBe(false);
    expect(control('Remind me before deadlines').checked).toBe(false);
    expect(leadRows().map((_, i) => `${leadInput(i + 1).value} ${leadUnit(i + 1).value}`)).toEqual(['7 days', '3 days', '1 days', '6 hours']);
    expect(control('Hold reminders during quiet hours').checked).toBe(false);
    expect(container.querySelector('select[id$="quietHours"]')).toBeNull();
    for (const name of ['AliExpress', 'Amazon', 'eBay', 'Temu', 'Ozon', 'Wildberries']) expect(control(name).checked).toBe(true);
    expect(container.textContent).toContain('Storage used: 3.0 MB of 2.0 GB the browser allows.');
  });

  it('names every lead-time control by its row', async () => {
    background();
    await render();
    const names = (element: Element) =>
      element.getAttribute('aria-labelledby')!.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(names(leadInput(2))).toBe('Reminder 2 How long before');
    expect(names(leadUnit(2))).toBe('Reminder 2 Unit');
    expect(names(leadRows()[1]!.querySelector('button')!)).toBe('Remove Reminder 2');
  });

  it('saves exactly what the user set, then says "Saved" until the next change', async () => {
    background();
    await render();
    await type(control('E-mail'), ' anna@example.com ');
    await click(choice('Complaint language', 'Русский'));
    await click(button('Add a reminder'));
    expect(document.activeElement).toBe(leadInput(5));
    await type(leadInput(5), '12');
    await click(control('Temu'));
    await click(control('Hold reminders during quiet hours'));
    await type(control<HTMLSelectElement>('To'), '7');
    await click(button('Save settings'));

    expect(saved()).toEqual([
      {
        ...STORED,
        contact: { ...STORED.contact, email: 'anna@example.com' },
        complaintLanguage: 'ru',
        reminderLeadTimesMinutes: [10080, 4320, 1440, 720, 360],
        quietHours: { from: 22, to: 7 },
        disabledMarketplaces: ['temu'],
      },
    ]);
    expect(status()).toBe('Saved');
    expect(alerts()).toEqual([]);
    // The saved answer is shown as stored: sorted, 12 hours before 6 hours.
    expect(leadRows().map((_, i) => `${leadInput(i + 1).value} ${leadUnit(i + 1).value}`)).toEqual(['7 days', '3 days', '1 days', '12 hours', '6 hours']);
    await type(control('Phone'), '+7 900 000 00 00');
    expect(status()).toBe('');
  });

  it('does not save an invalid lead time: the error is announced, shown at the field, and the field gets focus', async () => {
    background();
    await render();
    await type(leadInput(2), '0');
    await click(button('Save settings'));
    expect(saved()).toEqual([]);
    expect(alerts()).toEqual(['Not saved. Please fix:Reminder 2: enter a whole number, 1 or more']);
    expect(leadInput(2).getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(leadInput(2).getAttribute('aria-describedby')!)?.textContent).toBe('Reminder 2: enter a whole number, 1 or more');
    expect(document.activeElement).toBe(leadInput(2));
    expect(status()).toBe('');

    await type(leadInput(2), '2');
    await click(button('Save settings'));
    expect(saved()[0]?.reminderLeadTimesMinutes).toEqual([10080, 2880, 1440, 360]);
    expect(alerts()).toEqual([]);
  });

  it('refuses a bad e-mail and equal quiet hours, and keeps 1 to 10 lead times', async () => {
    background({ ...STORED, reminderLeadTimesMinutes: [60] });
    await render();
    expect(leadRows()[0]!.querySelector('button')!.disabled).toBe(true);
    await type(control('E-mail'), 'anna at example');
    await click(control('Hold reminders during quiet hours'));
    await type(control<HTMLSelectElement>('To'), '22');
    await click(button('Save settings'));
    expect(saved()).toEqual([]);
    expect(alerts()[0]).toContain('E-mail: enter an address like name@example.com, or leave it empty');
    expect(alerts()[0]).toContain('Quiet hours: start and end must be different hours');
    expect(document.activeElement).toBe(control('E-mail'));

    for (let i = 0; i < 9; i++) await click(button('Add a reminder'));
    expect(leadRows()).toHaveLength(10);
    expect(button('Add a reminder').disabled).toBe(true);
    await click(leadRows()[9]!.querySelector('button')!);
    expect(leadRows()).toHaveLength(9);
    expect(document.activeElement).toBe(button('Add a reminder'));
  });

  it('asks for the notification permission when reminders are turned on, and keeps them off when refused', async () => {
    background();
    permissions.request.mockResolvedValue(false);
    await render();
    expect(permissions.request).not.toHaveBeenCalled();
    await click(control('Remind me before deadlines'));
    expect(permissions.request).toHaveBeenCalledOnce();
    expect(control('Remind me before deadlines').checked).toBe(false);
    expect(alerts()).toEqual(['Notifications were not allowed, so reminders stay off.']);

    permissions.request.mockResolvedValue(true);
    await click(control('Remind me before deadlines'));
    expect(control('Remind me before deadlines').checked).toBe(true);
    expect(alerts()).toEqual([]);
    await click(button('Save settings'));
    expect(saved()[0]?.remindersEnabled).toBe(true);

    await click(control('Remind me before deadlines'));
    expect(permissions.request).toHaveBeenCalledTimes(2);
    expect(control('Remind me before deadlines').checked).toBe(false);
  });

  it('says when reminders are on but notifications are not allowed, and offers to allow them', async () => {
    background({ ...STORED, remindersEnabled: true });
    permissions.has.mockResolvedValue(false);
    permissions.request.mockResolvedValue(true);
    await render();
    expect(container.textContent).toContain('Reminders are on, but ClaimKit is not allowed to show notifications yet.');
    await click(button('Allow notifications'));
    expect(permissions.request).toHaveBeenCalledOnce();
    expect(container.textContent).not.toContain('not allowed to show notifications');
  });

  it('shows why a save failed, and a load failure with a retry', async () => {
    messaging.send.mockRejectedValueOnce(new Error('no answer from the background'));
    await render();
    expect(alerts()[0]).toContain('no answer from the background');
    background();
    await click(button('Try again'));
    expect(control('Name').value).toBe('Anna');

    messaging.send.mockRejectedValueOnce(new Error('storage is full'));
    await click(button('Save settings'));
    expect(alerts()).toEqual(['Could not save: storage is full']);
    expect(status()).toBe('');
  });

  it('switches the whole page to Russian when the user saves Русский as ClaimKit\'s language', async () => {
    background();
    await render();
    await click(choice('Language of ClaimKit', 'Русский'));
    expect(document.documentElement.lang).toBe('en'); // not before it is saved
    await click(button('Save settings'));
    expect(saved()[0]?.uiLanguage).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
    expect([...container.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Язык ClaimKit', 'Контактные данные', 'Язык претензий', 'Напоминания', 'Маркетплейсы', 'Ваши данные']);
    expect(status()).toBe('Сохранено');
    expect(container.textContent).toContain('Занято: 3,0 МБ из 2,0 ГБ, доступных в браузере.');
  });

  it('exports everything as one ZIP and says what was saved', async () => {
    background();
    await render();
    data.exportEverything.mockResolvedValue({ blob: new Blob(['zip']), fileName: 'claimkit-backup-2026-12-02.zip', items: 21 });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await click(button('Export everything (ZIP)'));
    expect(clicked).toHaveBeenCalledOnce();
    expect(container.textContent).toContain('Saved claimkit-backup-2026-12-02.zip (21 evidence items).');
    clicked.mockRestore();
  });

  it('deletes everything only after the user confirms; Cancel (focused first) deletes nothing', async () => {
    background();
    await render();
    data.deleteEverything.mockResolvedValue({ orders: 1, evidence: 5 });
    await click(button('Delete everything…'));
    const dialog = container.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('This cannot be undone');
    expect(document.activeElement).toBe(button('Cancel'));
    await click(button('Cancel'));
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(data.deleteEverything).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button('Delete everything…'));

    await click(button('Delete everything…'));
    await click(button('Delete everything'));
    expect(data.deleteEverything).toHaveBeenCalledOnce();
    expect(container.textContent).toContain('Deleted 1 order and 5 evidence items.');
  });

  it('says nothing was deleted when deleting fails', async () => {
    background();
    await render();
    data.deleteEverything.mockRejectedValue(new Error('the database is busy'));
    await click(button('Delete everything…'));
    await click(button('Delete everything'));
    expect(container.textContent).toContain('Nothing was deleted: the database is busy');
  });
});
