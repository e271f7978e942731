import { normalizeStatus } from '../../core/parse/normalize-status';
import { normalizeText } from '../../core/parse/normalize-text';
import type { StatusKind } from '../../model/order';

/**
 * The status as printed and its kind ("Delivered on Nov 9" → delivered, "Shipped" → shipped);
 * undefined when there are no words. eBay's wordings are all in core/parse/normalize-status so far.
 */
export function toStatus(text: string | undefined): { text: string; kind: StatusKind } | undefined {
  const printed = normalizeText(text ?? '');
  return printed === '' ? undefined : { text: printed, kind: normalizeStatus(printed) };
}
