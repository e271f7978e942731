import { normalizeStatus } from '../../core/parse/normalize-status';
import { foldText, normalizeText } from '../../core/parse/normalize-text';
import type { StatusKind } from '../../model/order';

/**
 * Ozon wordings core/parse/normalize-status does not know (yet). "Готовы к получению" (OzonParser's
 * shipment headings): the parcel waits at the pickup point; core counts "Готов к выдаче" as delivered,
 * and so is this. Matched at the start, since a pickup deadline may follow the words.
 */
const OZON_WORDS: readonly (readonly [string, StatusKind])[] = [
  ['готовы к получению', 'delivered'],
  ['готов к получению', 'delivered'],
  ['готово к получению', 'delivered'],
];

/** The status as printed and its kind; undefined when there are no words. */
export function toStatus(text: string | undefined): { text: string; kind: StatusKind } | undefined {
  const printed = normalizeText(text ?? '');
  if (printed === '' || printed.length > 200) return undefined;
  let kind = normalizeStatus(printed);
  if (kind === 'unknown') kind = OZON_WORDS.find(([start]) => foldText(printed).startsWith(start))?.[1] ?? 'unknown';
  return { text: printed, kind };
}

/**
 * Whether rendered words are a status: a typography class alone is weak evidence (the same class may
 * style other text), so rendered text counts only when its words are a known status.
 */
export function renderedStatus(text: string | undefined): { text: string; kind: StatusKind } | undefined {
  const status = toStatus(text);
  return status !== undefined && status.kind !== 'unknown' && status.text.length <= 80 ? status : undefined;
}
