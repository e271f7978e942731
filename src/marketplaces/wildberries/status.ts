import { normalizeStatus } from '../../core/parse/normalize-status';
import { foldText, normalizeText } from '../../core/parse/normalize-text';
import type { StatusKind } from '../../model/order';

/**
 * Wildberries wordings core/parse/normalize-status does not know (yet). «Выкуплен» ("bought out"): the
 * buyer took the item at the pickup point and paid for it, which starts WB's claim window
 * (core/deadlines/rules/wildberries.ts starts at 'delivered'). The fixture's word is filler by its own
 * README; it is the word WB's archive uses for a received purchase.
 */
const WILDBERRIES_WORDS: Record<string, StatusKind> = {
  выкуплен: 'delivered',
  выкуплена: 'delivered',
  выкуплено: 'delivered',
  выкуплены: 'delivered',
};

/** The status as printed and its kind; undefined when there are no words. */
export function toStatus(text: string | undefined): { text: string; kind: StatusKind } | undefined {
  const printed = normalizeText(text ?? '');
  if (printed === '' || printed.length > 200) return undefined;
  let kind = normalizeStatus(printed);
  if (kind === 'unknown') kind = WILDBERRIES_WORDS[foldText(printed)] ?? 'unknown';
  return { text: printed, kind };
}
