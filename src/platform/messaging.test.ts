import { describe, expect, it, vi } from 'vitest';
import { fakeReading } from '../../tests/support/builders';
import { fakeBrowser } from 'wxt/testing';
import { BACKGROUND_STOPPED, createMessageListener, readReply, MessageError, sendMessage } from './messaging';
import type { SenderContext } from './sender-check';

const ctx: SenderContext = {
  extensionId: 'ours',
  extensionOrigin: 'chrome-extension://ours/',
  isMarketplaceUrl: (url) => new URL(url).hostname.endsWith('aliexpress.com'),
};
const orderTab = { id: 7, url: 'https://www.aliexpress.com/p/order/detail.html?orderId=1' };
const fromContent = { id: 'ours', url: orderTab.url, tab: orderTab };
const fromPopup = { id: 'ours', url: 'chrome-extension://ours/popup.html' };

function setup() {
  const logger = { warn: vi.fn() };
  const orderRead = vi.fn(() => ({ orderKeys: ['aliexpress:8181234567890123'] }));
  const listener = createMessageListener({ 'order/read': orderRead }, () => ctx, logger);
  return { logger, orderRead, listener };
}

describe('message listener', () => {
  it('passes a valid message from a content script on a marketplace page to its handler', async () => {
    const { listener, orderRead } = setup();
    const reply = await listener({ type: 'order/read', data: { pageKind: 'order-detail', order: fakeReading() } }, fromContent);
    expect(reply).toEqual({ ok: true, data: { orderKeys: ['aliexpress:8181234567890123'] } });
    expect(orderRead).toHaveBeenCalledOnce();
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'order/delete-everything', data: {} }],
    ['no type', { data: {} }],
  ])('rejects a malformed message (%s) with a logged reason, not a crash', async (_name, message) => {
    const { listener, logger, orderRead } = setup();
    expect(await listener(message, fromContent)).toEqual({ ok: false, error: 'malformed message' });
    expect(logger.warn).toHaveBeenCalledWith('[ClaimKit] refused a malformed message:', expect.any(String));
    expect(orderRead).not.toHaveBeenCalled();
  });

  it('rejects a message whose data breaks the schema, naming the field', async () => {
    const { listener, logger, orderRead } = setup();
    const reply = await listener({ type: 'order/read', data: { pageKind: 'order-detail', order: { ...fakeReading(), total: { minor: 12.5, currency: 'USD' } } } }, fromContent);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/order\.total\.minor/) });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/refused order\/read: invalid data/));
    expect(orderRead).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', { ...fromContent, id: 'evil' }],
    ['a tab that is not a marketplace page', { id: 'ours', url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' } }],
    ['our popup posing as a content script (no tab)', fromPopup],
  ])('refuses order/read from %s', async (_name, sender) => {
    const { listener, orderRead, logger } = setup();
    const reply = await listener({ type: 'order/read', data: { pageKind: 'other' } }, sender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^refused: /) });
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/^\[ClaimKit\] refused order\/read: /));
    expect(orderRead).not.toHaveBeenCalled();
  });

  it('refuses page messages sent from a content script', async () => {
    const handler = vi.fn(() => ({ orderKey: 'x' }));
    const listener = createMessageListener({ 'order/save-manual': handler }, () => ctx, { warn: vi.fn() });
    const data = { orderId: '1', url: 'https://shop.example/order/1' };
    expect(await listener({ type: 'order/save-manual', data }, fromContent)).toMatchObject({ ok: false });
    expect(await listener({ type: 'order/save-manual', data }, fromPopup)).toEqual({ ok: true, data: { orderKey: 'x' } });
    expect(handler).toHaveBeenCalledOnce();
  });

  it('leaves messages it has no handler for to other listeners', () => {
    const { listener } = setup();
    expect(listener({ type: 'tab/get-state', data: { tabId: 1 } }, fromPopup)).toBeUndefined();
  });

  it('turns a handler failure into a readable error reply', async () => {
    const listener = createMessageListener(
      { 'order/read': () => { throw new Error('database unavailable'); } },
      () => ctx,
      { warn: vi.fn() },
    );
    expect(await listener({ type: 'order/read', data: { pageKind: 'other' } }, fromContent)).toEqual({ ok: false, error: 'database unavailable' });
  });
});

describe('reply reader', () => {
  it('returns valid data and throws a readable MessageError otherwise', () => {
    expect(readReply('order/save-manual', { ok: true, data: { orderKey: 'k' } })).toEqual({ orderKey: 'k' });
    expect(() => readReply('order/save-manual', { ok: false, error: 'Enter the order number' })).toThrow(new MessageError('Enter the order number'));
    expect(() => readReply('order/save-manual', undefined)).toThrow(/no valid answer/);
    expect(() => readReply('order/save-manual', { ok: true, data: { orderKey: 5 } })).toThrow(/invalid answer/);
  });
});

describe('injected scripts', () => {
  it('may ask for images from a tab of any site, never from outside a tab', async () => {
    const handler = vi.fn(() => ({ images: {} }));
    const listener = createMessageListener({ 'evidence/fetch-images': handler }, () => ctx, { warn: vi.fn() });
    const data = { urls: ['https://ae01.alicdn.com/kf/a.jpg'] };
    const anyTab = { id: 'ours', url: 'https://shop.example/o/1', tab: { id: 4, url: 'https://shop.example/o/1' } };
    expect(await listener({ type: 'evidence/fetch-images', data }, anyTab)).toEqual({ ok: true, data: { images: {} } });
    expect(await listener({ type: 'evidence/fetch-images', data }, fromPopup)).toMatchObject({ ok: false });
    expect(await listener({ type: 'evidence/fetch-images', data }, { ...anyTab, id: 'evil' })).toMatchObject({ ok: false });
    expect(handler).toHaveBeenCalledOnce();
  });
});

describe('sending to the background', () => {
  it('says in words that the background stopped before answering (Chrome stopped the service worker)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'),
    );
    const sent = sendMessage('orders/list', {});
    await expect(sent).rejects.toBeInstanceOf(MessageError);
    await expect(sent).rejects.toThrow(BACKGROUND_STOPPED);
  });

  it('passes other failures on as they are', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendMessage('orders/list', {})).rejects.toThrow('Receiving end does not exist');
  });
});
