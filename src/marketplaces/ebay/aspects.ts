import { normalizeText } from '../../core/parse/normalize-text';
import { aspectKind } from './labels';
import { quantityFrom } from './values';

/** An item's aspect lines, sorted into what they say. */
export interface Aspects {
  /** The variation lines, joined with ", " ("Color: Brown"). */
  variant?: string;
  /** From "Quantity 3" / "… ⋅ Quantity 3"; undefined where the page prints none. */
  quantity?: number;
  /** The "Return window …" lines as printed. */
  returnWindows: string[];
}

/**
 * Sorts aspect lines as Kagee's scraper does: "Item number: …" is the item id (not a variation),
 * "Return window …" the return window, "Quantity 3" the count; "19 Sections ⋅ Quantity 3" is a
 * variation and a count. Everything else is the variation, as printed.
 */
export function readAspects(lines: readonly string[]): Aspects {
  const variants: string[] = [];
  const returnWindows: string[] = [];
  let quantity: number | undefined;
  for (const line of lines) {
    const kind = aspectKind(line);
    if (kind === 'itemNumber') continue;
    if (kind === 'returnWindow') {
      returnWindows.push(line);
      continue;
    }
    const kept: string[] = [];
    for (const part of line.split('⋅').map((p) => normalizeText(p))) {
      if (part === '') continue;
      const count = aspectKind(part) === 'quantity' ? quantityFrom(part) : undefined;
      if (count === undefined) kept.push(part);
      else quantity ??= count;
    }
    if (kept.length > 0) variants.push(kept.join(' ⋅ '));
  }
  return { variant: variants.length > 0 ? variants.join(', ') : undefined, quantity, returnWindows };
}
