import { bodyTexts, textOf, type Page } from './dom';
import { afterLabel, isLabel, printed, type LabelField, type Printed } from './labels';

/**
 * Finding values by the words printed before them, the way a person reads a page. Works when the
 * classes are gone or unknown (several A-detail and B blocks are classless in every source), and is
 * the second witness beside class-based reads.
 */

interface Line {
  el: Element;
  text: Printed;
}

// Lines longer than this are blocks, not "Label: value" lines; skipping them keeps a page read linear.
const MAX_LINE = 160;
// Per read, not per document: the content script reads the same live document again after it changes.
const linesCache = new WeakMap<Page, Line[]>();

function linesOf(page: Page): Line[] {
  let lines = linesCache.get(page);
  if (!lines) {
    lines = [];
    for (const [el, raw] of bodyTexts(page)) {
      if (raw.length > MAX_LINE * 4) continue; // long even before whitespace is collapsed: a block
      const text = printed(raw);
      if (text.normal !== '' && text.normal.length <= MAX_LINE) lines.push({ el, text });
    }
    linesCache.set(page, lines);
  }
  return lines;
}

const withinCache = new WeakMap<Page, Map<ParentNode, Line[]>>();

/** The lines under `root` (cached: a list card is asked for its id, dates, seller … in turn). */
function linesWithin(page: Page, root: ParentNode): Line[] {
  const all = linesOf(page);
  if (root === page.doc) return all;
  let byRoot = withinCache.get(page);
  if (!byRoot) {
    byRoot = new Map<ParentNode, Line[]>();
    withinCache.set(page, byRoot);
  }
  let lines = byRoot.get(root);
  if (!lines) {
    // One subtree walk instead of a contains() per line: list pages ask this for every card.
    const inside = new Set<Node>(root.querySelectorAll('*'));
    inside.add(root);
    lines = all.filter((line) => inside.has(line.el));
    byRoot.set(root, lines);
  }
  return lines;
}

/**
 * "Label: value" lines under `root`: the innermost element whose text starts with a label of `field`
 * and goes on ("Order date: Feb 21, 2026", "Продавец: TechnoMir Store"), with the value after the label.
 */
export function labelledLines(page: Page, root: ParentNode, field: LabelField): { el: Element; value: string }[] {
  const found: { el: Element; value: string }[] = [];
  for (const line of linesWithin(page, root)) {
    const value = afterLabel(line.text, field);
    if (value === undefined) continue;
    // Document order puts an ancestor before its descendants: keep only the innermost.
    const last = found.at(-1);
    if (last && last.el.contains(line.el)) found.pop();
    found.push({ el: line.el, value });
  }
  return found;
}

/**
 * Values printed in the element right after a label element: "<span>Total</span><span>US $19.96</span>",
 * "<label>Order Date</label>: <span>2019-11-11 09:42:17</span>". Only short values count: a label
 * heading a whole table ("Total Amount" over the fund table) is not a label of one value.
 */
export function labelledSiblings(page: Page, root: ParentNode, field: LabelField, maxValue = 48): Element[] {
  const values: Element[] = [];
  for (const line of linesWithin(page, root)) {
    if (line.el.childElementCount > 0 || !isLabel(line.text, field)) continue;
    const value = line.el.nextElementSibling;
    const text = textOf(value);
    if (value && text !== undefined && text.length <= maxValue) values.push(value);
  }
  return values;
}
