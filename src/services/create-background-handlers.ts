import type { BackgroundHandlers } from '../platform/messaging';
import type { OrderService } from './create-order-service';

/** The background's answer to every message it receives. Wiring only: the work is in services. */
export function createBackgroundHandlers(services: Promise<{ orders: OrderService }>): BackgroundHandlers {
  return {
    'order/read': async (reading, sender) => {
      const { orders } = await services;
      const stored = await orders.recordReading(reading, sender.tab?.id);
      return { orderKeys: stored.map((o) => o.key) };
    },
    'tab/get-state': async ({ tabId }) => (await services).orders.getTabState(tabId),
    'order/save-manual': async (input) => ({ orderKey: (await (await services).orders.saveManual(input)).key }),
  };
}
