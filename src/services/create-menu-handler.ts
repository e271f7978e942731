import { parseDate } from '../core/parse/parse-date';
import { parseMoney } from '../core/parse/parse-money';
import type { MenuClick } from '../model/menu';
import type { CaptureTab, EvidenceService } from './create-evidence-service';
import type { OrderService } from './create-order-service';

export interface MenuHandlerDeps {
  evidence: EvidenceService;
  orders: OrderService;
  fetchImage: (url: string) => Promise<Blob | null>;
  imageSize: (blob: Blob) => Promise<{ width: number; height: number } | null>;
}

/**
 * Right-click actions. Each returns a sentence for the user ("Saved … for order 123"); failures
 * throw with a sentence that says what to do.
 */
export function createMenuHandler(deps: MenuHandlerDeps) {
  async function saveImage(click: MenuClick, tab: CaptureTab): Promise<string> {
    const orderKey = await deps.orders.orderKeyForTab(tab.id, tab.url);
    const bytes = click.srcUrl ? await deps.fetchImage(click.srcUrl) : null;
    if (!bytes) {
      // The image's own bytes could not be had: keep it as shown on the page, and say so.
      const shown = await deps.evidence.captureVisible(tab);
      return `The image could not be downloaded, so the page showing it was captured instead${forOrder(shown.orderKey)}.`;
    }
    const size = await deps.imageSize(bytes);
    await deps.evidence.store({
      bytes,
      kind: 'image',
      mime: bytes.type,
      orderKey,
      url: click.pageUrl ?? tab.url,
      sourceUrl: click.srcUrl,
      pageTitle: tab.title,
      width: size?.width,
      height: size?.height,
    });
    return `Image saved as evidence${forOrder(orderKey)}.`;
  }

  async function saveQuote(click: MenuClick, tab: CaptureTab): Promise<string> {
    const text = click.selectionText?.trim();
    if (!text) throw new Error('Select the text to quote first.');
    const orderKey = await deps.orders.orderKeyForTab(tab.id, tab.url);
    await deps.evidence.store({ bytes: new Blob([text], { type: 'text/plain;charset=utf-8' }), kind: 'quote', mime: 'text/plain;charset=utf-8', orderKey, url: click.pageUrl ?? tab.url, pageTitle: tab.title, text });
    // The quote alone can be doubted; a capture of the page around it shows where it stood.
    await deps.evidence.captureVisible(tab).catch(() => null);
    return `Quote saved as evidence${forOrder(orderKey)}, with a capture of the page around it.`;
  }

  async function saveLink(click: MenuClick, tab: CaptureTab): Promise<string> {
    if (!click.linkUrl) throw new Error('Right-click the link itself to save it.');
    const orderKey = await deps.orders.orderKeyForTab(tab.id, tab.url);
    const text = click.linkText?.trim() || click.selectionText?.trim() || undefined;
    await deps.evidence.store({
      bytes: new Blob([`${click.linkUrl}\r\n`], { type: 'text/uri-list' }),
      kind: 'link',
      mime: 'text/uri-list',
      orderKey,
      url: click.pageUrl ?? tab.url,
      sourceUrl: click.linkUrl,
      pageTitle: tab.title,
      text,
    });
    return `Link saved as evidence${forOrder(orderKey)}.`;
  }

  async function applySelectedFact(click: MenuClick, tab: CaptureTab): Promise<string> {
    const text = click.selectionText?.trim() ?? '';
    const url = click.pageUrl ?? tab.url;
    if (!text || !url) throw new Error('Select the text on the page first.');
    switch (click.menuItemId) {
      case 'use-as-order-number': {
        const order = await deps.orders.applySelection(tab.id, url, { orderId: text });
        return `Order ${order.orderId} saved. Its proof and deadlines are kept in ClaimKit.`;
      }
      case 'use-as-order-date': {
        const date = parseDate(text);
        if (!date) throw new Error(`"${text}" is not a date ClaimKit can read. Select just the date, e.g. "21 Feb 2026".`);
        const order = await deps.orders.applySelection(tab.id, url, { orderDate: date });
        return `Order date of order ${order.orderId} set to ${date.slice(0, 10)}.`;
      }
      default: {
        const total = parseMoney(text);
        if (!total) throw new Error(`"${text}" is not an amount with a currency. Select the price with its currency sign, e.g. "US $12.34".`);
        const order = await deps.orders.applySelection(tab.id, url, { total });
        return `Amount paid for order ${order.orderId} set.`;
      }
    }
  }

  return async function onMenuClick(click: MenuClick, tab: CaptureTab): Promise<string> {
    switch (click.menuItemId) {
      case 'save-page': {
        const item = await deps.evidence.captureVisible(tab);
        return `Page saved as evidence${forOrder(item.orderKey)}.`;
      }
      case 'save-image':
        return saveImage(click, tab);
      case 'save-selection':
        return saveQuote(click, tab);
      case 'save-link':
        return saveLink(click, tab);
      default:
        return applySelectedFact(click, tab);
    }
  };
}

function forOrder(orderKey: string | null): string {
  return orderKey ? ` for order ${orderKey.slice(orderKey.indexOf(':') + 1)}` : ' (not linked to an order yet: assign it in the evidence locker)';
}
