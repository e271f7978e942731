/**
 * The browser's own runtime API, without webextension-polyfill. Only the always-on content script
 * uses this: the polyfill alone is ~10 kB minified and the script's budget is 20 kB (issue #8).
 * Firefox's `browser` and Chrome MV3's `chrome` both return promises from sendMessage, and both
 * accept a synchronous sendResponse, which is all the content script needs.
 */
export interface NativeRuntime {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: NativeMessageListener): void;
    removeListener(listener: NativeMessageListener): void;
  };
}

export type NativeMessageListener = (
  message: unknown,
  sender: { id?: string; tab?: unknown; url?: string },
  sendResponse: (response: unknown) => void,
) => boolean | undefined;

export function nativeRuntime(): NativeRuntime {
  const g = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime) throw new Error('ClaimKit: no extension runtime in this context');
  return runtime;
}

/** False in a content script whose extension was updated, reloaded or removed (its runtime has no id any more). */
export function extensionIsAlive(): boolean {
  try {
    return Boolean(nativeRuntime().id);
  } catch {
    return false;
  }
}
