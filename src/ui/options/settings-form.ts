import { z } from 'zod';
import { settingsSchema, type Settings } from '../../model/settings';
import type { TextKey } from '../../i18n/en';
import { MAX_LEAD_MINUTES, MAX_LEAD_TIMES, rowMinutes, toRow, type LeadTimeRow } from './lead-times';

/** The settings as the form edits them: lead times as editable rows instead of minutes. */
export type SettingsForm = Omit<Settings, 'reminderLeadTimesMinutes'> & { leadTimes: LeadTimeRow[] };

/** Which control a problem belongs to: 'email', 'leadTimes', 'quietHours', or a lead-time row id. */
export type FieldKey = 'email' | 'leadTimes' | 'quietHours' | 'form' | number;

export interface FormProblem {
  field: FieldKey;
  /** The control's own label ("E-mail", "Reminder 2"), then what is wrong. */
  subject: string;
  message: TextKey;
}

export type FormResult = { ok: true; settings: Settings } | { ok: false; problems: FormProblem[] };

export function toForm(settings: Settings): SettingsForm {
  const { reminderLeadTimesMinutes, ...rest } = settings;
  return { ...rest, leadTimes: reminderLeadTimesMinutes.map(toRow) };
}

/**
 * Checks the form and builds the Settings to save, or lists every problem (never the first only:
 * a person fixes them all in one pass). The result has passed settingsSchema; lead times are
 * sorted longest first, the order the reminders come in.
 */
export function fromForm(form: SettingsForm, t: (key: TextKey) => string): FormResult {
  const problems: FormProblem[] = [];
  const contact = {
    name: form.contact.name.trim(),
    email: form.contact.email.trim(),
    phone: form.contact.phone.trim(),
    country: form.contact.country.trim(),
  };
  if (contact.email && !z.email().safeParse(contact.email).success) {
    problems.push({ field: 'email', subject: t('contactEmail'), message: 'errEmail' });
  }
  const minutes = leadTimeMinutes(form.leadTimes, t, problems);
  if (form.quietHours && form.quietHours.from === form.quietHours.to) {
    problems.push({ field: 'quietHours', subject: t('quietHoursTitle'), message: 'errQuietHoursSame' });
  }
  const { leadTimes: _rows, ...rest } = form;
  const parsed = settingsSchema.safeParse({ ...rest, contact, reminderLeadTimesMinutes: minutes });
  if (problems.length > 0) return { ok: false, problems };
  // The checks above cover every field a person can get wrong; this catches the rest, named.
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ field: 'form', subject: i.path.join('.'), message: 'errInvalid' })) };
  return { ok: true, settings: parsed.data };
}

function leadTimeMinutes(rows: readonly LeadTimeRow[], t: (key: TextKey) => string, problems: FormProblem[]): number[] {
  if (rows.length < 1 || rows.length > MAX_LEAD_TIMES) {
    problems.push({ field: 'leadTimes', subject: t('leadTimesTitle'), message: 'errLeadTimesCount' });
  }
  const seen = new Set<number>();
  const minutes: number[] = [];
  rows.forEach((row, index) => {
    const subject = `${t('leadTimeRow')} ${index + 1}`;
    const value = rowMinutes(row);
    if (value === null) problems.push({ field: row.id, subject, message: 'errLeadTimeAmount' });
    else if (value > MAX_LEAD_MINUTES) problems.push({ field: row.id, subject, message: 'errLeadTimeTooLong' });
    else if (seen.has(value)) problems.push({ field: row.id, subject, message: 'errLeadTimeDuplicate' });
    else {
      seen.add(value);
      minutes.push(value);
    }
  });
  return minutes.sort((a, b) => b - a);
}
