import { z } from 'zod';

/** An instant: ISO 8601 date-time with an explicit offset ("2026-11-24T10:02:00+03:00" or "…Z"). */
export const instantSchema = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof instantSchema>;

/**
 * A calendar day as the page prints it ("Feb 21, 2026" → "2026-02-21").
 * Pages print most order dates without a time; inventing midnight and an offset would be false
 * precision, so a day stays a day until the deadline engine places it in the user's time zone.
 */
export const calendarDateSchema = z.iso.date();
export type CalendarDate = z.infer<typeof calendarDateSchema>;

/** A page date: a calendar day, or an instant when the page prints a time. */
export const pageDateSchema = z.union([calendarDateSchema, instantSchema]);
export type PageDate = z.infer<typeof pageDateSchema>;
