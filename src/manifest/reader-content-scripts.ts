import { ORDER_SCRIPT, readerFile, readerMatchPatterns, sites } from '../marketplaces/sites';

interface ContentScriptEntry {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
  run_at?: string;
  [key: string]: unknown;
}

/**
 * Run as the 'build:manifestGenerated' hook, after WXT wrote the order content script's entry.
 * On a marketplace's order pages the browser injects that marketplace's reader bundle and then the
 * order content script, in one entry (the scripts of a `js` list run in their order, in the same
 * world), so the reader is registered when the content script starts: no import, no request, no
 * wait (loading it from the content script took 23-39 ms of the 10 ms idle → read budget, issue #8).
 * Everywhere else the content script's own entry stays, with the order pages excluded so it never
 * runs twice: the always-on part stays the small content script alone.
 */
export function injectReadersWithOrderScript(_wxt: unknown, manifest: { content_scripts?: ContentScriptEntry[] }): void {
  const entries = manifest.content_scripts ?? [];
  const order = entries.find((entry) => entry.js?.includes(ORDER_SCRIPT));
  if (!order) throw new Error(`ClaimKit build: no content_scripts entry runs ${ORDER_SCRIPT}`);
  const { exclude_matches: _, ...options } = order;
  order.exclude_matches = [...(order.exclude_matches ?? []), ...readerMatchPatterns];
  for (const site of sites) entries.push({ ...options, matches: [...site.readerMatchPatterns], js: [readerFile(site.id), ORDER_SCRIPT] });
  manifest.content_scripts = entries;
}
