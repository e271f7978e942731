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
  const money = parsed(text, locale);
  return money === null ? undefined : { ...money };
}

// parseMoney builds an Intl.NumberFormat on every call with a locale (core/parse/parse-money.ts
// decimalSeparatorOf), the slowest step of a page read; a page repeats its amounts, and parseMoney is
// pure, so results are remembered (bounded; copies handed out).
const memo = new Map<string, Money | null>();

function parsed(text: string, locale: string | undefined): Money | null {
  const key = `${locale ?? ''}\u0000${text}`;
  let money = memo.get(key);
  if (money === undefined) {
    if (memo.size > 2000) memo.clear();
    money = parseMoney(text, locale === undefined ? {} : { locale });
    memo.set(key, money);
  }
  return money;
}

// Shared by every marketplace's readers (src/marketplaces/agree.ts).
export { agree, sameMoney } from '../agree';
