import { createRequire } from 'node:module';
import type { Entrypoint } from 'wxt';
import type { Alias, InlineConfig } from 'vite';

/**
 * Builds content scripts against WXT's native `browser` (globalThis.browser ?? chrome) instead of
 * webextension-polyfill. The polyfill costs ~10 kB minified and the always-on content script's
 * budget is 20 kB (issue #8); the content script only needs runtime.id, sendMessage and onMessage,
 * which behave the same natively in Chrome MV3 and Firefox. Pages and the background keep the polyfill.
 */
export function useNativeBrowserInContentScripts(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
  const native = createRequire(import.meta.url).resolve('wxt/browser');
  const entry = { find: /^wxt\/browser$/, replacement: native };
  config.resolve ??= {};
  const alias = config.resolve.alias;
  if (Array.isArray(alias)) config.resolve.alias = [entry, ...(alias as Alias[])];
  else config.resolve.alias = [entry, ...Object.entries((alias ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }))];
}
