import { z } from 'zod';
import { languageSchema } from './complaint';
import { marketplaceIdSchema } from './marketplace';

export const contactSchema = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  country: z.string(),
});
export type Contact = z.infer<typeof contactSchema>;

/** Minutes before a deadline: 7 days, 3 days, 1 day, 6 hours (DOMAIN.md: remind early and never silently). */
export const DEFAULT_LEAD_TIMES_MINUTES = [7 * 24 * 60, 3 * 24 * 60, 24 * 60, 6 * 60];

export const settingsSchema = z.object({
  contact: contactSchema,
  /** UI language; 'auto' follows the browser. */
  uiLanguage: z.enum(['auto', 'en', 'ru']),
  complaintLanguage: languageSchema,
  reminderLeadTimesMinutes: z.array(z.number().int().positive()).max(10),
  remindersEnabled: z.boolean(),
  /** Hours (0–23, local) during which notifications wait; null when off. */
  quietHours: z.object({ from: z.number().int().min(0).max(23), to: z.number().int().min(0).max(23) }).nullable(),
  disabledMarketplaces: z.array(marketplaceIdSchema),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  contact: { name: '', email: '', phone: '', country: '' },
  uiLanguage: 'auto',
  complaintLanguage: 'en',
  reminderLeadTimesMinutes: DEFAULT_LEAD_TIMES_MINUTES,
  remindersEnabled: true,
  quietHours: null,
  disabledMarketplaces: [],
};
