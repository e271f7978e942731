#!/usr/bin/env -S npx tsx
// `npm run read-page -- <file.html> [--url <original url>]`: reads a saved order page the way the
// extension would, and prints what it found as JSON (validated by the schema). Exit 0 when an
// order number was found, 1 otherwise, 2 on bad usage. For users reporting a page ClaimKit does
// not read, and for us.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { z } from 'zod';
import { readPage } from '../src/marketplaces/read-page';
import { adapterOrGeneric } from '../src/marketplaces/registry';
import { savedPageUrl } from '../src/marketplaces/saved-page-url';
import { pageReadingSchema } from '../src/model/messages';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run read-page -- <file.html> [--url <the page's original address>]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--url');
const urlFlag = args.indexOf('--url');
if (!file) usage('Which saved page? Give the path of an .html file.');

let html: string;
try {
  html = readFileSync(file, 'utf8');
} catch (error) {
  usage(`Cannot read ${file}: ${(error as Error).message}`);
}
const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const rawUrl = urlFlag >= 0 ? args[urlFlag + 1] : savedPageUrl(html, doc);
if (!rawUrl) usage(`${file} does not say which address it was saved from: add --url <address>.`);
const url = z.url().safeParse(rawUrl);
if (!url.success) usage(`"${rawUrl}" is not an address (URL).`);

const adapter = adapterOrGeneric(new URL(url.data));
const reading = pageReadingSchema.parse(readPage(adapter, doc, new URL(url.data), new Date()));
const found = [reading.order, ...(reading.orders ?? [])].filter((o) => o?.orderId);
console.log(JSON.stringify({ marketplace: adapter.id, ...reading }, null, 2));
console.error(
  found.length > 0
    ? `${adapter.id} ${reading.pageKind}: ${found.length} order(s) read${reading.order?.missing.length ? `; not found: ${reading.order.missing.join(', ')}` : ''}`
    : `${adapter.id} ${reading.pageKind}: no order number found. Please report this page (see README › Reporting a page ClaimKit does not read).`,
);
await window.happyDOM.close();
process.exit(found.length > 0 ? 0 : 1);
