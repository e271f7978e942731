import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Entrypoint } from 'wxt';
import type { Alias, InlineConfig } from 'vite';

/** ClaimKit's stand-in for WXT's content-script context (see the file for why). */
const QUIET_CONTEXT = fileURLToPath(new URL('../platform/quiet-content-script-context.ts', import.meta.url));

/**
 * Run as WXT's 'vite:build:extendConfig' hook: two modules of the content-script builds are
 * swapped for ClaimKit's own. Pages, readers and the background keep WXT's.
 *
 * - `wxt/browser` → WXT's native `browser` (globalThis.browser ?? chrome) instead of
 *   webextension-polyfill. The polyfill costs ~10 kB minified and the always-on content script's
 *   budget is 20 kB (issue #8); the content script only needs runtime.id, sendMessage and
 *   onMessage, which behave the same natively in Chrome MV3 and Firefox.
 * - `wxt/utils/content-script-context` → src/platform/quiet-content-script-context.ts. WXT's
 *   context announces every start on the page's own `document` with an event named after the
 *   extension's id: any shop that knows ClaimKit's store id could learn that it is installed.
 */
export function aliasContentScriptModules(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
  const aliases: Alias[] = [
    { find: /^wxt\/browser$/, replacement: createRequire(import.meta.url).resolve('wxt/browser') },
    { find: /^wxt\/utils\/content-script-context$/, replacement: QUIET_CONTEXT },
  ];
  config.resolve ??= {};
  const alias = config.resolve.alias;
  if (Array.isArray(alias)) config.resolve.alias = [...aliases, ...(alias as Alias[])];
  else config.resolve.alias = [...aliases, ...Object.entries((alias ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }))];
}
