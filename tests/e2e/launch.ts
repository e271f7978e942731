import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const E2E_EXTENSION = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

/** Marketplace hosts the tests serve from localhost, so the real match patterns run. */
export const MAPPED_HOSTS = ['www.aliexpress.com', 'aliexpress.ru', 'trade.aliexpress.com', 'ae-pic-a1.aliexpress-media.com', 'www.ozon.ru', 'www.northwind-market.example'];
/** Hosts on Chromium's HSTS preload list: only https works, so they map to the fixture server's TLS port. */
export const TLS_HOSTS = ['www.amazon.com'];

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The browser profile folder (removed by close()). */
  profile: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  /** A wrapper that runs CHROMIUM in special conditions (e.g. small-disk.ts); CHROMIUM by default. */
  executablePath?: string;
  /** The fixture server's TLS port (serveFixtures().tlsPort), for TLS_HOSTS. */
  tlsPort?: number;
  /** Opens this profile again (e.g. after the browser was killed), instead of a new one. */
  profile?: string;
}

/** The time zone the browser (and so the service worker's deadline arithmetic) runs in. */
export const E2E_TIME_ZONE = 'Europe/Berlin';

/**
 * Debian's Chromium with the built extension loaded (never a downloaded browser). The host
 * resolver maps real marketplace host names to the local fixture server.
 */
export async function launchExtension(port: number, options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'claimkit-e2e-'));
  const rules = [
    ...MAPPED_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`),
    ...TLS_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${options.tlsPort ?? port}`),
  ].join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? CHROMIUM,
    headless: false,
    // The browser's own UI language (chrome.i18n.getUILanguage(), _locales) follows --lang and
    // LANGUAGE on Linux; Playwright's `locale` alone only sets the pages' navigator.language.
    env: { ...process.env, TZ: E2E_TIME_ZONE, LANGUAGE: (options.locale ?? 'en-US').replace('-', '_') },
    timezoneId: E2E_TIME_ZONE,
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--disable-extensions-except=${E2E_EXTENSION}`,
      `--load-extension=${E2E_EXTENSION}`,
      `--host-resolver-rules=${rules}`,
      `--lang=${options.locale ?? 'en-US'}`,
      // The fixture server's self-signed certificate, for HSTS-preloaded hosts (tls/README.md).
      '--ignore-certificate-errors',
    ],
  });
  // Playwright waits forever for a click or a navigation by default: a step that hangs should fail
  // with its own name, well inside the test's 60 s.
  context.setDefaultTimeout(30_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
