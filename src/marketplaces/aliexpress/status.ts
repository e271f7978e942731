import { normalizeStatus } from '../../core/parse/normalize-status';
import { foldText, normalizeText } from '../../core/parse/normalize-text';
import type { StatusKind } from '../../model/order';

/**
 * AliExpress wordings that core/parse/normalize-status does not know (yet). "Awaiting Receipt" is the
 * legacy buyer view of a shipped order waiting for the buyer to confirm receipt (order-detail-legacy).
 */
const ALIEXPRESS_WORDS: Record<string, StatusKind> = {
  'awaiting receipt': 'shipped',
  'awaiting confirmation of receipt': 'shipped',
};

/**
 * The machine status legacy pages carry in `tbody[data-status]` (order-detail-legacy:
 * WAIT_BUYER_CONFIRM_GOODS). Codes from AliExpress's order API (WAIT_BUYER_ACCEPT_GOODS, FINISH … as in
 * a public order dump, yellowsea19/smallrig test_case/temp.py) and the Taobao trade API it derives
 * from (WAIT_BUYER_CONFIRM_GOODS, xiaolusys/xiaolusys-client). Used only when the words say nothing.
 */
const LEGACY_CODES: Record<string, StatusKind> = {
  PLACE_ORDER_SUCCESS: 'awaiting-payment',
  WAIT_BUYER_PAY: 'awaiting-payment',
  RISK_CONTROL: 'processing',
  WAIT_SELLER_SEND_GOODS: 'processing',
  SELLER_PART_SEND_GOODS: 'shipped',
  WAIT_BUYER_ACCEPT_GOODS: 'shipped',
  WAIT_BUYER_CONFIRM_GOODS: 'shipped',
  IN_ISSUE: 'disputed',
  FINISH: 'completed',
  TRADE_FINISHED: 'completed',
  IN_CANCEL: 'cancelled',
  TRADE_CLOSED: 'closed',
};

/** The status as printed and its kind; undefined when there are no words to show. */
export function toStatus(text: string | undefined, code?: string | null): { text: string; kind: StatusKind } | undefined {
  const printed = normalizeText(text ?? '');
  if (printed === '') return undefined;
  let kind = normalizeStatus(printed);
  if (kind === 'unknown') kind = ALIEXPRESS_WORDS[foldText(printed)] ?? LEGACY_CODES[code?.trim() ?? ''] ?? 'unknown';
  return { text: printed, kind };
}

/** Whether short words on their own are a status ("Completed", "Terminée"): for pages that label none. */
export function looksLikeStatus(text: string): boolean {
  const kind = text.length <= 40 && !/\d/.test(text) ? toStatus(text)?.kind : undefined;
  return kind !== undefined && kind !== 'unknown';
}
