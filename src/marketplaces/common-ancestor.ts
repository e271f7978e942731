/** The deepest element that contains both (itself when one contains the other); null across documents. */
export function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a; node; node = node.parentElement) {
    if (node.contains(b)) return node;
  }
  return null;
}
