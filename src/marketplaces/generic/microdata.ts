import { normalizeText } from '../../core/parse/normalize-text';
import type { SchemaNode } from './schema-values';

const MAX_DEPTH = 12;

/**
 * The page's top-level microdata items (`itemscope` without `itemprop`) as plain nodes shaped like
 * JSON-LD — `{"@type": "Order", "orderNumber": "…", "acceptedOffer": [{…}]}` — so one reader serves
 * both. Follows the WHATWG microdata value rules (meta → content, link/a → href, img → src,
 * time → datetime, data/meter → value, else the text); `itemref` is not followed.
 * A property that occurs once holds a value; repeated, an array.
 */
export function readMicrodata(doc: Document): SchemaNode[] {
  const items: SchemaNode[] = [];
  for (const element of doc.querySelectorAll('[itemscope]')) {
    if (!element.hasAttribute('itemprop')) items.push(toNode(element, 0));
  }
  return items;
}

function toNode(item: Element, depth: number): SchemaNode {
  const types = (item.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean);
  const node: SchemaNode = types.length > 0 ? { '@type': types } : {};
  const pending: Element[] = [...item.children].reverse();
  while (pending.length > 0) {
    const element = pending.pop();
    if (element === undefined) break;
    const names = (element.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
    for (const name of names) add(node, name, valueOf(element, depth));
    // A nested item owns the properties inside it.
    if (!element.hasAttribute('itemscope')) pending.push(...[...element.children].reverse());
  }
  return node;
}

function valueOf(element: Element, depth: number): unknown {
  if (element.hasAttribute('itemscope')) return depth < MAX_DEPTH ? toNode(element, depth + 1) : {};
  const attribute = VALUE_ATTRIBUTE[element.tagName.toUpperCase()];
  const fromAttribute = attribute === undefined ? null : element.getAttribute(attribute);
  return normalizeText(fromAttribute ?? element.textContent ?? '');
}

const VALUE_ATTRIBUTE: Record<string, string> = {
  META: 'content',
  LINK: 'href',
  A: 'href',
  AREA: 'href',
  IMG: 'src',
  AUDIO: 'src',
  VIDEO: 'src',
  SOURCE: 'src',
  IFRAME: 'src',
  EMBED: 'src',
  OBJECT: 'data',
  DATA: 'value',
  METER: 'value',
  TIME: 'datetime',
};

function add(node: SchemaNode, name: string, value: unknown): void {
  const existing = node[name];
  if (existing === undefined) node[name] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else node[name] = [existing, value];
}
