/** A reminder lead time as the form edits it: an amount the user types and a unit. */
export type LeadUnit = 'minutes' | 'hours' | 'days';

export interface LeadTimeRow {
  /** Stable React key: rows are added and removed, so the index would move focus and values. */
  id: number;
  amount: string;
  unit: LeadUnit;
}

export const UNIT_MINUTES: Record<LeadUnit, number> = { minutes: 1, hours: 60, days: 24 * 60 };

/** Beyond this a reminder is noise; the longest platform windows are about 90 days (deadlines.md). */
export const MAX_LEAD_MINUTES = 90 * 24 * 60;
export const MAX_LEAD_TIMES = 10;

let nextRowId = 0;
export function newRowId(): number {
  nextRowId += 1;
  return nextRowId;
}

/** 10080 → 7 days, 360 → 6 hours; a stored odd value (90) stays exact in minutes, never rounded. */
export function toRow(minutes: number): LeadTimeRow {
  const unit: LeadUnit = minutes % UNIT_MINUTES.days === 0 ? 'days' : minutes % UNIT_MINUTES.hours === 0 ? 'hours' : 'minutes';
  return { id: newRowId(), amount: String(minutes / UNIT_MINUTES[unit]), unit };
}

/** Minutes for a row, or null when the amount is not a whole number of at least 1. */
export function rowMinutes(row: LeadTimeRow): number | null {
  const text = row.amount.trim();
  if (!/^\d+$/.test(text)) return null;
  const amount = Number(text);
  return amount >= 1 ? amount * UNIT_MINUTES[row.unit] : null;
}
