#!/usr/bin/env node
// Checks on the built extension that fail `npm test` (issues #2 and #8):
// - every built manifest asks only for what permissions-allowlist.json lists (which the README explains);
// - the always-on content script stays under its byte budget and never pulls in React,
//   html2canvas, zod or webextension-polyfill.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT_BUDGET_BYTES = 20 * 1024;
// A marketplace's reader bundle, loaded only on that marketplace's order pages.
const READER_BUDGET_BYTES = 64 * 1024;
// The generic reader runs only when the user clicks "Read this page"; it validates what it reads
// with the model's zod schemas, so it may carry zod.
const ON_REQUEST = { 'reader-generic.js': { budget: 160 * 1024, allowed: ['zod'] } };
const FORBIDDEN = [
  ['React', /react\.production|__SECRET_INTERNALS|react-dom/],
  ['html2canvas', /html2canvas/],
  ['webextension-polyfill', /webextension-polyfill/],
  ['zod', /ZodError|\$ZodType/],
  // WXT's content-script context: it dispatches an event named after the extension id on the page
  // (src/platform/quiet-content-script-context.ts replaces it in content-script builds).
  ["WXT's content-script context", /content-script-started|wxt:locationchange/],
];
const allow = JSON.parse(readFileSync('permissions-allowlist.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

let failures = 0;
const fail = (message) => {
  console.log(`FAIL ${message}`);
  failures++;
};

for (const target of ['chrome-mv3', 'firefox-mv2', 'chrome-mv3-e2e']) {
  const dir = join('.output', target);
  if (!existsSync(dir)) {
    fail(`${dir} was not built`);
    continue;
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const extra = target.endsWith('-e2e') ? allow.e2e_extra_permissions : [];
  // Firefox MV2 lists host permissions inside "permissions".
  const hostLike = (p) => p.includes('://') || p === '<all_urls>';
  const permissions = (manifest.permissions ?? []).filter((p) => !hostLike(p));
  const hosts = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter(hostLike)];
  for (const p of permissions) if (![...allow.permissions, ...extra].includes(p)) fail(`${target}: permission "${p}" is not in permissions-allowlist.json`);
  const optionalHosts = [...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? []).filter(hostLike)];
  for (const p of (manifest.optional_permissions ?? []).filter((p) => !hostLike(p))) if (!allow.optional_permissions.includes(p)) fail(`${target}: optional permission "${p}" is not allowed`);
  for (const h of optionalHosts) if (!allow.optional_host_permissions.includes(h)) fail(`${target}: optional host permission "${h}" is not allowed`);
  for (const h of hosts) if (![...allow.host_permissions, ...extra].includes(h)) fail(`${target}: host permission "${h}" is not allowed`);
  if (!target.endsWith('-e2e') && JSON.stringify(manifest).includes('<all_urls>')) fail(`${target}: <all_urls> in a production build`);
  const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches);
  for (const m of matches) if (!allow.content_script_matches.includes(m)) fail(`${target}: content script match "${m}" is not allowed`);
  for (const p of [...permissions, ...(manifest.optional_permissions ?? []), ...optionalHosts, ...hosts, ...matches]) if (!readme.includes(`\`${p}\``)) fail(`${target}: "${p}" is not explained in README.md`);
  // Issue 9: the manifest's words are __MSG_key__ references into _locales (src/i18n/manifest-messages.ts).
  const localesDir = join(dir, '_locales');
  const languages = existsSync(localesDir) ? readdirSync(localesDir) : [];
  const messages = Object.fromEntries(languages.map((l) => [l, JSON.parse(readFileSync(join(localesDir, l, 'messages.json'), 'utf8'))]));
  if (!messages[manifest.default_locale]) fail(`${target}: default_locale "${manifest.default_locale}" has no _locales/${manifest.default_locale}/messages.json`);
  const keysOf = (l) => Object.keys(messages[l]).sort().join(',');
  for (const l of languages) if (keysOf(l) !== keysOf(languages[0])) fail(`${target}: _locales/${l} has other keys than _locales/${languages[0]}`);
  for (const [, key] of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)) for (const l of languages) if (!messages[l][key]) fail(`${target}: _locales/${l} lacks "${key}", which the manifest names`);
  const CHROME_LIMITS = { name: 75, description: 132 };
  for (const [field, limit] of Object.entries(CHROME_LIMITS)) {
    const key = /^__MSG_(\w+)__$/.exec(manifest[field] ?? '')?.[1];
    for (const l of languages) if (key && messages[l][key] && messages[l][key].message.length > limit) fail(`${target}: ${field} in _locales/${l} is over Chrome's ${limit} characters`);
  }
  console.log(`${target}: _locales [${languages.join(', ')}] hold the manifest's ${new Set([...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1])).size} messages: checked`);
  console.log(`${target}: manifest permissions [${permissions.join(', ')}], hosts [${hosts.join(', ')}], ${matches.length} content-script matches: checked`);

  const scripts = join(dir, 'content-scripts');
  const readers = readdirSync(dir).filter((f) => /^reader-.+\.js$/.test(f));
  if (readers.length === 0) fail(`${target}: no reader-<marketplace>.js bundle was built`);
  for (const file of readers) {
    const path = join(dir, file);
    const bytes = statSync(path).size;
    const text = readFileSync(path, 'utf8');
    const rule = ON_REQUEST[file] ?? { budget: READER_BUDGET_BYTES, allowed: [] };
    const when = ON_REQUEST[file] ? 'injected on the user\'s request only' : 'injected with the content script on its order pages only';
    if (bytes > rule.budget) fail(`${path}: ${(bytes / 1024).toFixed(1)} kB is over its budget of ${rule.budget / 1024} kB`);
    else console.log(`${path}: ${(bytes / 1024).toFixed(1)} kB of ${rule.budget / 1024} kB (${when})`);
    for (const [name, pattern] of FORBIDDEN) if (!rule.allowed.includes(name) && pattern.test(text)) fail(`${path}: contains ${name}, which must never be in a page reader`);
  }
  // Every content script is injected on every page the match patterns cover: their sum is the budget.
  let alwaysOn = 0;
  for (const file of existsSync(scripts) ? readdirSync(scripts).filter((f) => f.endsWith('.js')) : []) {
    const path = join(scripts, file);
    const bytes = statSync(path).size;
    const text = readFileSync(path, 'utf8');
    alwaysOn += bytes;
    console.log(`${path}: ${(bytes / 1024).toFixed(1)} kB`);
    for (const [name, pattern] of FORBIDDEN) if (pattern.test(text)) fail(`${path}: contains ${name}, which must never be in the always-on content script`);
  }
  if (alwaysOn === 0) fail(`${target}: no content script was built`);
  else if (alwaysOn > CONTENT_BUDGET_BYTES) fail(`${target}: the content scripts' ${(alwaysOn / 1024).toFixed(1)} kB are over the ${CONTENT_BUDGET_BYTES / 1024} kB budget`);
  else console.log(`${target}: content scripts ${(alwaysOn / 1024).toFixed(1)} kB in all, of ${CONTENT_BUDGET_BYTES / 1024} kB`);
}
process.exit(failures === 0 ? 0 : 1);
