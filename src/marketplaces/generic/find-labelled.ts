import { normalizeText } from '../../core/parse/normalize-text';
import { matchLabel, type LabelMatch } from './match-label';

/** A label found on the page and the text that stands for its value. */
export interface LabelledValue extends Omit<LabelMatch, 'rest'> {
  value: string;
  /** The value came from the label's own text node ("Order ID: 123"), not from a neighbour. */
  inline: boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
// Text in these is code or markup, never something the shopper reads.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT']);
// A value is a short piece of text; a longer neighbour is a whole block (a table, a card),
// and taking its first number would be a guess (aliexpress/order-detail-legacy: "Total Amount"
// heads a box whose first amount is the subtotal).
const MAX_VALUE_CHARS = 80;
// A neighbour holding structure is a section of the page, not a value, however short its text
// (aliexpress/order-detail-legacy: a "Total Amount" heading above a table of amounts).
const BLOCK = 'table, tr, ul, ol, dl, li, p, h1, h2, h3, h4, h5, h6, section, article, form';
// How far up a label may climb while its element holds nothing but the label: amazon/order-detail-en
// nests "Grand Total:" three elements deep before the cell that has the amount as its sibling.
const MAX_CLIMB = 5;
// Empty neighbours skipped between a label and its value (<br>, icons).
const MAX_SKIPPED = 3;
const MAX_TEXT_NODES = 50_000;

/**
 * Every labelled value on the page, in document order. Three shapes are read:
 * - same text node: "Order ID: PO-211-…" (temu), "Дата заказа: 21 февраля 2026" (aliexpress RU);
 * - next sibling of the label or of the element that holds only the label: dt/dd (ebay), th/td,
 *   "<span>Итого</span><span>2 232,56 ₽</span>", Amazon's label and value divs;
 * - next node after the label's text: "Order Number: <span>8014…</span>", "Order<br>8014…".
 * Never throws on a strange tree; text inside scripts and styles is ignored.
 */
export function findLabelledValues(doc: Document): LabelledValue[] {
  const found: LabelledValue[] = [];
  const root = doc.body ?? doc.documentElement;
  if (root === null) return found;
  const stack: Node[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_TEXT_NODES) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.nodeType === ELEMENT_NODE) {
      if (SKIP.has((node as Element).tagName.toUpperCase())) continue;
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child !== undefined) stack.push(child);
      }
    } else if (node.nodeType === TEXT_NODE) {
      seen++;
      const hit = readLabel(node);
      if (hit !== undefined) found.push(hit);
    }
  }
  return found;
}

function readLabel(textNode: Node): LabelledValue | undefined {
  const raw = textNode.textContent ?? '';
  // Most text nodes are indentation; and a label opens a short text, not a paragraph.
  if (raw.length > 400 || !/\S/.test(raw)) return undefined;
  const text = normalizeText(raw);
  if (text === '' || text.length > 200) return undefined;
  const match = matchLabel(text);
  if (match === undefined) return undefined;
  const { rest, ...label } = match;
  if (rest !== '') return { ...label, value: rest, inline: true };
  const value = valueAfter(textNode, text);
  return value === undefined ? undefined : { ...label, value, inline: false };
}

/** The value next to a label that stands alone in its text node, climbing while the label is all there is. */
function valueAfter(textNode: Node, labelText: string): string | undefined {
  let current: Node = textNode;
  for (let depth = 0; depth <= MAX_CLIMB; depth++) {
    const next = nextValue(current);
    if (next !== undefined) return next === '' ? undefined : next;
    const parent = current.parentElement;
    if (parent === null || parent.tagName.toUpperCase() === 'BODY') return undefined;
    if (normalizeText(parent.textContent ?? '') !== labelText) return undefined;
    current = parent;
  }
  return undefined;
}

/**
 * The first non-empty sibling after `node`, without a leading ":" or dash. Returns undefined when
 * there is none (the caller may climb), and "" when the neighbour is not a value (too long).
 */
function nextValue(node: Node): string | undefined {
  let skipped = 0;
  for (let sibling = node.nextSibling; sibling !== null; sibling = sibling.nextSibling) {
    if (sibling.nodeType === ELEMENT_NODE && SKIP.has((sibling as Element).tagName.toUpperCase())) continue;
    if (sibling.nodeType !== ELEMENT_NODE && sibling.nodeType !== TEXT_NODE) continue;
    const text = normalizeText(sibling.textContent ?? '').replace(/^[:：|–—-]+ ?/u, '');
    if (text === '') {
      if (sibling.nodeType === ELEMENT_NODE && ++skipped > MAX_SKIPPED) return '';
      continue;
    }
    const block = sibling.nodeType === ELEMENT_NODE && (sibling as Element).querySelector(BLOCK) !== null;
    return text.length > MAX_VALUE_CHARS || block ? '' : text;
  }
  return undefined;
}
