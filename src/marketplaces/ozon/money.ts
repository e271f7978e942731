import { normalizeText } from '../../core/parse/normalize-text';
import { rubles } from '../../core/parse/rubles';
import type { Money } from '../../model/money';

export { rubles };

/**
 * "2 x 349 ₽" (quantity x unit price, OzonParser) → 2 and 349 ₽; "2 490 ₽" → its price and no count
 * (the page prints none for one item). The README does not know whether Ozon prints a Latin x, "×" or a
 * Cyrillic "х", so all three are read.
 */
export function quantityAndPrice(text: string | undefined): { quantity?: number; unitPrice?: Money } {
  const printed = normalizeText(text ?? '');
  const split = /^(\d{1,4}) ?[x×х] ?(.+)$/u.exec(printed);
  if (!split) return { unitPrice: rubles(printed) };
  const unitPrice = rubles(split[2]);
  const quantity = Number(split[1]);
  return unitPrice === undefined || quantity < 1 ? {} : { quantity, unitPrice };
}

// Shared by every marketplace's readers (src/marketplaces/agree.ts).
export { agree, sameMoney } from '../agree';
