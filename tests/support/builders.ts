import type { Evidence } from '../../src/model/evidence';
import { orderKey, type Order, type OrderReading } from '../../src/model/order';

/** Synthetic records for tests (never marketplace DOM: that comes from fixtures). */
export function fakeReading(overrides: Partial<OrderReading> = {}): OrderReading {
  return {
    marketplace: 'aliexpress',
    orderId: '8181234567890123',
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
    items: [{ title: 'USB-C cable 2 m', quantity: 2, unitPrice: { minor: 499, currency: 'USD' } }],
    total: { minor: 1234, currency: 'USD' },
    seller: { name: 'Example Store' },
    status: { text: 'Awaiting delivery', kind: 'shipped' },
    dates: { ordered: '2026-11-02' },
    tracking: [],
    readAt: '2026-11-24T10:02:00.000Z',
    missing: [],
    source: 'page',
    ...overrides,
  };
}

export function fakeOrder(overrides: Partial<Order> = {}): Order {
  const reading = fakeReading();
  const id = overrides.orderId ?? reading.orderId ?? '1';
  return {
    ...reading,
    orderId: id,
    key: orderKey(overrides.marketplace ?? reading.marketplace, id),
    tracked: true,
    updatedAt: '2026-11-24T10:02:00.000Z',
    ...overrides,
  };
}

export function fakeEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    id: 'ev-1',
    orderKey: 'aliexpress:8181234567890123',
    kind: 'screenshot-visible',
    mime: 'image/png',
    size: 4,
    sha256: 'a'.repeat(64),
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
    pageTitle: 'Order details',
    capturedAt: '2026-11-24T10:05:00.000Z',
    width: 1280,
    height: 720,
    note: '',
    ...overrides,
  };
}
