import type { ManualOrder } from '../../model/messages';
import type { MarketplaceId } from '../../model/marketplace';
import type { Money } from '../../model/money';
import type { OrderReading } from '../../model/order';
import { currencyDigits } from '../format/currency-digits';
import { missingFields } from './missing-fields';

/**
 * An amount as a person types it in a form: "12", "12.34", "12,34", "1 234,5". Returns null for
 * anything else (we ask again rather than guess). Not for page text: see core/parse.
 */
export function parseTypedAmount(text: string, currency: string): Money | null {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  const digits = currencyDigits(currency);
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(compact);
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? { minor, currency } : null;
}

/** The reading a manual entry stands for: only what the user typed, the rest named as missing. */
export function manualToReading(input: ManualOrder, marketplace: MarketplaceId, now: Date): OrderReading & { orderId: string } {
  const total = input.totalText && input.currency ? (parseTypedAmount(input.totalText, input.currency) ?? undefined) : undefined;
  if (input.totalText && !total) throw new Error(`"${input.totalText}" is not an amount: type it like 12.34`);
  const reading = {
    marketplace,
    orderId: input.orderId.trim(),
    url: input.url,
    items: input.title ? [{ title: input.title, quantity: 1 }] : [],
    total,
    dates: input.orderDate ? { ordered: input.orderDate } : {},
    tracking: [],
    readAt: now.toISOString(),
    source: 'manual' as const,
  };
  return { ...reading, missing: missingFields(reading) };
}
