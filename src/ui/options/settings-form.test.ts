import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../model/settings';
import { en, type TextKey } from '../../i18n/en';
import { fromForm, toForm, type SettingsForm } from './settings-form';

const t = (key: TextKey) => en[key];
const rows = (form: SettingsForm) => form.leadTimes.map(({ amount, unit }) => ({ amount, unit }));

describe('toForm', () => {
  it('shows minutes in the largest whole unit, and an odd stored value exactly in minutes', () => {
    expect(rows(toForm(DEFAULT_SETTINGS))).toEqual([
      { amount: '7', unit: 'days' },
      { amount: '3', unit: 'days' },
      { amount: '1', unit: 'days' },
      { amount: '6', unit: 'hours' },
    ]);
    expect(rows(toForm({ ...DEFAULT_SETTINGS, reminderLeadTimesMinutes: [90] }))).toEqual([{ amount: '90', unit: 'minutes' }]);
  });

  it('gives every row its own id, so React keys and element ids never collide', () => {
    const ids = toForm(DEFAULT_SETTINGS).leadTimes.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('fromForm', () => {
  it('round-trips the settings unchanged', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      contact: { name: 'Anna', email: 'anna@example.com', phone: '+7 900', country: 'Russia' },
      complaintLanguage: 'ru',
      quietHours: { from: 22, to: 8 },
      disabledMarketplaces: ['temu'],
    };
    expect(fromForm(toForm(settings), t)).toEqual({ ok: true, settings });
  });

  it('trims contact details, and sorts lead times longest first', () => {
    const form = toForm(DEFAULT_SETTINGS);
    form.contact = { name: '  Anna ', email: ' a@example.com ', phone: '', country: '' };
    form.leadTimes = [...form.leadTimes, { id: 99, amount: '12', unit: 'hours' }, { id: 100, amount: '2', unit: 'days' }];
    const result = fromForm(form, t);
    expect(result.ok && result.settings.contact).toEqual({ name: 'Anna', email: 'a@example.com', phone: '', country: '' });
    expect(result.ok && result.settings.reminderLeadTimesMinutes).toEqual([10080, 4320, 2880, 1440, 720, 360]);
  });

  it('lists every problem, named by its control', () => {
    const form = toForm(DEFAULT_SETTINGS);
    form.contact = { ...form.contact, email: 'not an address' };
    form.quietHours = { from: 7, to: 7 };
    form.leadTimes = [
      { id: 1, amount: '0', unit: 'days' },
      { id: 2, amount: '1.5', unit: 'hours' },
      { id: 3, amount: '91', unit: 'days' },
      { id: 4, amount: '24', unit: 'hours' },
      { id: 5, amount: '1', unit: 'days' },
      { id: 6, amount: '', unit: 'days' },
    ];
    const result = fromForm(form, t);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => [p.field, `${p.subject}: ${t(p.message)}`])).toEqual([
      ['email', 'E-mail: enter an address like name@example.com, or leave it empty'],
      [1, 'Reminder 1: enter a whole number, 1 or more'],
      [2, 'Reminder 2: enter a whole number, 1 or more'],
      [3, 'Reminder 3: at most 90 days before a deadline'],
      [5, 'Reminder 5: the same as another reminder'],
      [6, 'Reminder 6: enter a whole number, 1 or more'],
      ['quietHours', 'Quiet hours: start and end must be different hours'],
    ]);
  });

  it('refuses no lead time at all, and more than ten', () => {
    const none = { ...toForm(DEFAULT_SETTINGS), leadTimes: [] };
    expect(fromForm(none, t)).toMatchObject({ ok: false, problems: [{ field: 'leadTimes', message: 'errLeadTimesCount' }] });
    const many = { ...toForm(DEFAULT_SETTINGS), leadTimes: Array.from({ length: 11 }, (_, i) => ({ id: i, amount: String(i + 1), unit: 'hours' as const })) };
    expect(fromForm(many, t)).toMatchObject({ ok: false, problems: [{ field: 'leadTimes', message: 'errLeadTimesCount' }] });
  });
});
