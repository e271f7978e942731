import { z } from 'zod';

/** ISO 4217 code, upper case ("USD", "RUB", "EUR"). */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code such as USD');

/**
 * Money is an integer number of minor units (cents, kopecks) plus its currency: never a float,
 * so totals add up exactly. Currencies without minor units (JPY) store whole units.
 */
export const moneySchema = z.object({
  minor: z.number().int(),
  currency: currencySchema,
});
export type Money = z.infer<typeof moneySchema>;
