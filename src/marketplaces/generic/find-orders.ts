import { isNode, isType, many, nodes, text, type SchemaNode } from './schema-values';

/** A schema.org Order and the ParcelDeliveries that carry it. */
export interface FoundOrder {
  order: SchemaNode;
  deliveries: SchemaNode[];
}

const MAX_DEPTH = 24;
const MAX_NODES = 20_000;

/**
 * Every schema.org Order in the given JSON-LD roots and microdata items, wherever it sits: at the
 * top, in an array, in `@graph`, as `partOfOrder` of a ParcelDelivery (Gmail's delivery markup),
 * as `referencesOrder` of an Invoice. Nodes referenced by `@id` alone are resolved within the page.
 *
 * `potentialAction` is not searched: an OrderAction's `result` Order there is a template for
 * ordering (restaurant sites), not an order that was placed. An Order counts only when it says
 * something about a real order — a number, a date, an item or a price.
 */
export function findOrders(roots: readonly unknown[]): FoundOrder[] {
  const byId = indexById(roots);
  const resolve = (value: unknown): unknown => {
    if (!isNode(value) || typeof value['@id'] !== 'string') return value;
    const keys = Object.keys(value).filter((k) => k !== '@id' && k !== '@type');
    return keys.length === 0 ? (byId.get(value['@id']) ?? value) : value;
  };
  const found = new Map<SchemaNode, SchemaNode[]>();
  const note = (order: SchemaNode, delivery?: SchemaNode): void => {
    const deliveries = found.get(order) ?? [];
    if (delivery !== undefined && !deliveries.includes(delivery)) deliveries.push(delivery);
    found.set(order, deliveries);
  };
  const seen = new Set<SchemaNode>();
  const stack: Pending[] = [];
  pushInOrder(stack, roots, 0);
  while (stack.length > 0 && seen.size < MAX_NODES) {
    const { value, depth } = stack.pop() ?? { value: undefined, depth: 0 };
    if (Array.isArray(value)) {
      if (depth < MAX_DEPTH) pushInOrder(stack, value, depth + 1);
      continue;
    }
    const node = resolve(value);
    if (!isNode(node) || seen.has(node)) continue;
    seen.add(node);
    if (isType(node, 'Order')) {
      note(node);
      for (const delivery of deliveriesOf(node, resolve)) note(node, delivery);
    }
    if (isType(node, 'ParcelDelivery')) {
      for (const order of many(node.partOfOrder).map(resolve)) if (isNode(order) && isType(order, 'Order')) note(order, node);
    }
    if (depth >= MAX_DEPTH) continue;
    const children = Object.entries(node).filter(([key, child]) => key !== 'potentialAction' && typeof child === 'object');
    pushInOrder(stack, children.map(([, child]) => child), depth + 1);
  }
  return [...found]
    .filter(([order]) => saysSomething(order))
    .map(([order, deliveries]) => ({ order, deliveries }));
}

/** Deliveries given on the order itself or on its OrderItems (schema.org's per-item shipping example). */
function deliveriesOf(order: SchemaNode, resolve: (v: unknown) => unknown): SchemaNode[] {
  const lines = nodes(many(order.orderedItem).map(resolve));
  return [order, ...lines].flatMap((n) => nodes(many(n.orderDelivery).map(resolve)));
}

function saysSomething(order: SchemaNode): boolean {
  return (
    text(order.orderNumber) !== undefined ||
    text(order.orderDate) !== undefined ||
    text(order.price) !== undefined ||
    many(order.acceptedOffer).length > 0 ||
    many(order.orderedItem).length > 0
  );
}

interface Pending {
  value: unknown;
  depth: number;
}

// Depth-first with an explicit stack (no recursion limit on hostile JSON), children pushed in
// reverse so orders come out in document order.
function pushInOrder(stack: Pending[], values: readonly unknown[], depth: number): void {
  for (let i = values.length - 1; i >= 0; i--) stack.push({ value: values[i], depth });
}

function indexById(roots: readonly unknown[]): Map<string, SchemaNode> {
  const byId = new Map<string, SchemaNode>();
  const stack: Pending[] = roots.map((value) => ({ value, depth: 0 }));
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const { value, depth } = stack.pop() ?? { value: undefined, depth: 0 };
    if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      pushInOrder(stack, value as unknown[], depth + 1);
      continue;
    }
    const node = value as SchemaNode;
    const id = node['@id'];
    const described = Object.keys(node).some((k) => k !== '@id' && k !== '@type');
    if (typeof id === 'string' && described && !byId.has(id)) byId.set(id, node);
    pushInOrder(stack, Object.values(node), depth + 1);
  }
  return byId;
}
