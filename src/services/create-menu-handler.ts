import { parseDate } from '../core/parse/parse-date';
import { parseMoney } from '../core/parse/parse-money';
import type { UiLanguage } from '../i18n/ui-language';
import type { MenuClick } from '../model/menu';
import { sayAction } from './action-words';
import type { CaptureTab, EvidenceService } from './create-evidence-service';
import type { OrderService } from './create-order-service';

export interface MenuHandlerDeps {
  evidence: EvidenceService;
  orders: OrderService;
  fetchImage: (url: string) => Promise<Blob | null>;
  imageSize: (blob: Blob) => Promise<{ width: number; height: number } | null>;
  /** The user's UI language, for the sentences the handler answers (and throws) with. */
  language: () => Promise<UiLanguage>;
}

/**
 * Right-click actions. Each returns a sentence for the user ("Saved … for order 123"), in their
 * language; failures throw with a sentence that says what to do.
 */
export function createMenuHandler(deps: MenuHandlerDeps) {
  async function saveImage(click: MenuClick, tab: CaptureTab, lang: UiLanguage): Promise<string> {
    const orderKey = await deps.orders.orderKeyForTab(tab.id, tab.url);
    const bytes = click.srcUrl ? await deps.fetchImage(click.srcUrl) : null;
    if (!bytes) {
      // The image's own bytes could not be had: keep it as shown on the page, and say so.
      const shown = await deps.evidence.captureVisible(tab);
      return sayAction(lang, 'imageCapturedInstead', { forOrder: forOrder(shown.orderKey, lang) });
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
    return sayAction(lang, 'imageSaved', { forOrder: forOrder(orderKey, lang) });
  }

  async function saveQuote(click: MenuClick, tab: CaptureTab, lang: UiLanguage): Promise<string> {
    const text = click.selectionText?.trim();
    if (!text) throw new Error(sayAction(lang, 'selectQuoteFirst'));
    const orderKey = await deps.orders.orderKeyForTab(tab.id, tab.url);
    await deps.evidence.store({ bytes: new Blob([text], { type: 'text/plain;charset=utf-8' }), kind: 'quote', mime: 'text/plain;charset=utf-8', orderKey, url: click.pageUrl ?? tab.url, pageTitle: tab.title, text });
    // The quote alone can be doubted; a capture of the page around it shows where it stood.
    await deps.evidence.captureVisible(tab).catch(() => null);
    return sayAction(lang, 'quoteSaved', { forOrder: forOrder(orderKey, lang) });
  }

  async function saveLink(click: MenuClick, tab: CaptureTab, lang: UiLanguage): Promise<string> {
    if (!click.linkUrl) throw new Error(sayAction(lang, 'rightClickLink'));
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
    return sayAction(lang, 'linkSaved', { forOrder: forOrder(orderKey, lang) });
  }

  async function applySelectedFact(click: MenuClick, tab: CaptureTab, lang: UiLanguage): Promise<string> {
    const text = click.selectionText?.trim() ?? '';
    const url = click.pageUrl ?? tab.url;
    if (!text || !url) throw new Error(sayAction(lang, 'selectTextFirst'));
    switch (click.menuItemId) {
      case 'use-as-order-number': {
        const order = await deps.orders.applySelection(tab.id, url, { orderId: text });
        return sayAction(lang, 'orderNumberSaved', { orderId: order.orderId });
      }
      case 'use-as-order-date': {
        const date = parseDate(text);
        if (!date) throw new Error(sayAction(lang, 'notADate', { text }));
        const order = await deps.orders.applySelection(tab.id, url, { orderDate: date });
        return sayAction(lang, 'orderDateSet', { orderId: order.orderId, date: date.slice(0, 10) });
      }
      default: {
        const total = parseMoney(text);
        if (!total) throw new Error(sayAction(lang, 'notAnAmount', { text }));
        const order = await deps.orders.applySelection(tab.id, url, { total });
        return sayAction(lang, 'amountSet', { orderId: order.orderId });
      }
    }
  }

  return async function onMenuClick(click: MenuClick, tab: CaptureTab): Promise<string> {
    const lang = await deps.language();
    switch (click.menuItemId) {
      case 'save-page': {
        const item = await deps.evidence.captureVisible(tab);
        return sayAction(lang, 'pageSaved', { forOrder: forOrder(item.orderKey, lang) });
      }
      case 'save-image':
        return saveImage(click, tab, lang);
      case 'save-selection':
        return saveQuote(click, tab, lang);
      case 'save-link':
        return saveLink(click, tab, lang);
      default:
        return applySelectedFact(click, tab, lang);
    }
  };
}

/** " for order 123", or that the evidence waits to be assigned; the order number is the key after "marketplace:". */
export function forOrder(orderKey: string | null, lang: UiLanguage): string {
  return orderKey ? sayAction(lang, 'forOrder', { orderId: orderKey.slice(orderKey.indexOf(':') + 1) }) : sayAction(lang, 'forNoOrder');
}
