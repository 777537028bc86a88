/**
 * Debian's Chromium, headless, with the built extension (`dist/`) loaded:
 * the browser every end-to-end test drives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { extensionBrowserArgs } from '../../../src/demo/browser';
import { NetworkLog } from './network-log';

/** The built extension: `dist/` as `npm run build` leaves it, or `$POLICY_LENS_DIST` (a build kept apart from rebuilds). */
export const DIST_DIR = resolve(process.env['POLICY_LENS_DIST'] ?? 'dist');

/** The Chromium the tests drive; never one a test tool downloads. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The parts of dist/manifest.json the tests need. */
interface BuiltManifest {
  /** The toolbar button; its popup page's path inside dist/. */
  action: { default_popup: string };
}

/** A running browser with the extension, and what the tests need to reach it. */
export interface ExtensionBrowser {
  /** The browser's one persistent context (a real profile on disk). */
  context: BrowserContext;
  /** The extension's id, the host of its chrome-extension:// URLs. */
  extensionId: string;
  /** chrome-extension:// URL of the popup page. */
  popupUrl: string;
  /** Every request any page, frame or worker of the context made. */
  network: NetworkLog;
  /** The extension's background service worker, started again if the browser stopped it. */
  serviceWorker(): Promise<Worker>;
  /** Closes the browser; the profile stays on disk. */
  close(): Promise<void>;
}

function readBuiltManifest(distDir: string): BuiltManifest {
  const path = resolve(distDir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` before the end-to-end tests`);
  return JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/** The size of every page the extension's browser opens (benchmarks open the pages they compare it with at the same size). */
export const PAGE_VIEWPORT = { width: 1280, height: 800 };

/** Starts headless Chromium on `profileDir` (created if missing) with the extension built in `distDir` loaded. */
export async function launchExtensionBrowser(profileDir: string, distDir: string = DIST_DIR): Promise<ExtensionBrowser> {
  const manifest = readBuiltManifest(distDir);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium package`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    // Chromium's new headless mode runs extensions, service worker included.
    headless: true,
    args: [...extensionBrowserArgs(distDir), '--no-sandbox', '--disable-gpu', '--disable-quic'],
    viewport: PAGE_VIEWPORT,
  });
  const network = new NetworkLog(context);

  async function serviceWorker(): Promise<Worker> {
    const running = context.serviceWorkers().find(isExtensionWorker);
    if (running) return running;
    return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 });
  }

  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    popupUrl: `chrome-extension://${extensionId}/${manifest.action.default_popup}`,
    network,
    serviceWorker,
    close: () => context.close(),
  };
}

/** Opens a page in a new tab of the context and waits until it has loaded. */
export async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}
