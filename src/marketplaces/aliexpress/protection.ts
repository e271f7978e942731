import { parseCountdownAt } from '../../core/parse/parse-countdown';
import { foldText } from '../../core/parse/normalize-text';
import { bodyTexts, isCutOff, type Page } from './dom';

/**
 * The buyer-protection timer. No fixture or public source shows its markup (fixtures README, "Where the
 * sources differ" 6), so it is found by its words alone, in the wordings the shared README quotes:
 * "Buyer protection: 12 days 03:14:55", "Confirm receipt within 12 days", «Защита покупателя: 12 дн. 3 ч.»,
 * «Подтвердите получение в течение 12 дн.». A line must start with one of these and hold a countdown;
 * "75-day buyer protection" (a policy, not a timer) does not start with them.
 */
const STARTS = [
  'buyer protection',
  'confirm receipt within',
  'protection acheteur',
  "confirmez la reception d'ici",
  'kauferschutz',
  'proteccion al comprador',
  'защита покупателя',
  'подтвердите получение в течение',
].map(foldText);

const MAX_LINE = 120;

export interface Protection {
  text: string;
  readAt: string;
  endsAt: string;
}

/** The countdown in one line of page text, read at `now`; null when the line is not a protection timer. */
export function protectionFromText(text: string, now: Date): Protection | null {
  const folded = foldText(text);
  if (folded.length > MAX_LINE || !STARTS.some((start) => folded.startsWith(start))) return null;
  return parseCountdownAt(text, now);
}

/** The first protection timer on the page (innermost element that reads as one). */
export function readProtection(page: Page): Protection | undefined {
  let found: { el: Element; protection: Protection } | undefined;
  for (const [el, text] of bodyTexts(page)) {
    if (found && !found.el.contains(el)) break;
    // A timer cut off by a truncated save ("03:14:5") would read as a shorter one.
    if (text.length > MAX_LINE * 4 || isCutOff(page, el)) continue;
    const protection = protectionFromText(text, page.ctx.now);
    if (protection) found = { el, protection };
  }
  return found?.protection;
}
