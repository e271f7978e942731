import { pickAll, textOf } from './dom';
import { isLabel, type LabelField } from './labels';

/**
 * The value elements of the rows labelled `field` under `root`, the way a person reads a page: the
 * element printed right after the label. That covers both eBay shapes: `<dt>Order number</dt><dd>…</dd>`
 * (order details, with or without a wrapper `div` around each pair and spans inside each cell) and
 * `<span>Order date</span><span>Nov 3, 2026</span>` (purchase history). The label is a leaf whose whole
 * text is the label; if it has no next sibling, the wrappers it is the only child of are tried.
 */
export function labelledValues(root: ParentNode | null | undefined, field: LabelField): Element[] {
  const values: Element[] = [];
  for (const leaf of pickAll(root, '*')) {
    if (leaf.childElementCount > 0) continue;
    const raw = leaf.textContent ?? '';
    if (raw.length > 120 || !isLabel(raw, field)) continue;
    const value = nextValue(leaf, root);
    if (value && !values.includes(value)) values.push(value);
  }
  return values;
}

function nextValue(label: Element, root: ParentNode | null | undefined): Element | undefined {
  // Climb only through pure wrappers (eBay wraps cell text in nested single spans), and never past a
  // dt: a dt whose dd is gone has no value, and the next row's value must not stand in for it.
  let el = label;
  while (el.tagName !== 'DT' && !el.nextElementSibling && el.parentElement && el.parentElement !== root && el.parentElement.childElementCount === 1) {
    el = el.parentElement;
  }
  const next = el.nextElementSibling;
  if (!next || (el.tagName === 'DT') !== (next.tagName === 'DD')) return undefined;
  return textOf(next) === undefined ? undefined : next;
}
