import type { PageReading } from '../model/messages';
import { nativeRuntime, type NativeMessageListener, type NativeRuntime } from './native-runtime';

/**
 * The content script's side of the protocol. It deliberately does not bundle zod: the always-on
 * script has a 20 kB budget and zod/mini alone costs 12.5 kB minified (measured). Its inbound
 * messages ('page/get-reading', 'page/mark-order-block') carry no data, so checking the sender (our
 * background: our id, no tab) and the type literal is the whole validation; everything it SENDS is
 * parsed with the full zod schemas by the background (platform/messaging.ts).
 */
export function listenForReadingRequests(
  current: () => PageReading,
  runtime: NativeRuntime = nativeRuntime(),
  markOrderBlock: () => boolean = () => false,
): () => void {
  // Both inbound messages carry no data: the type literal and the sender are the whole check.
  const answers: Record<string, () => unknown> = {
    'page/get-reading': current,
    'page/mark-order-block': () => ({ found: markOrderBlock() }),
  };
  const listener: NativeMessageListener = (message, sender, sendResponse) => {
    if (!isEnvelope(message) || !Object.hasOwn(answers, message.type)) return undefined;
    if (sender.id !== runtime.id || sender.tab) {
      console.warn(`[ClaimKit] refused ${message.type} from`, sender.url ?? sender.id ?? 'an unknown sender');
      sendResponse({ ok: false, error: 'refused: not from the ClaimKit background' });
      return false;
    }
    sendResponse({ ok: true, data: answers[message.type]!() });
    return false;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

export function reportReading(reading: PageReading, runtime: NativeRuntime = nativeRuntime()): Promise<unknown> {
  return runtime.sendMessage({ type: 'order/read', data: reading });
}

function isEnvelope(value: unknown): value is { type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
