import { parseMoney } from '../../core/parse/parse-money';
import type { Money } from '../../model/money';
import { isLabel } from './labels';

/**
 * An amount as AliExpress prints it ("US $12.99", "14,89 €", "1 234,56 ₽", "$ 3.49"). "Бесплатно"/"Free"
 * is zero, but only in a currency the page shows elsewhere (`freeCurrency`): a bare "Free" names none.
 * Undefined for no text, no amount, or an amount whose currency is unknown.
 */
export function readMoney(text: string | undefined, locale: string | undefined, freeCurrency?: string): Money | undefined {
  if (text === undefined) return undefined;
  if (isLabel(text, 'free')) return freeCurrency === undefined ? undefined : { minor: 0, currency: freeCurrency };
  return parseMoney(text, locale === undefined ? {} : { locale }) ?? undefined;
}

// Shared by every marketplace's readers (src/marketplaces/agree.ts).
export { agree, sameMoney } from '../agree';
