/**
 * Helpers for browser journeys: Debian's Chromium through playwright-core, a page that records
 * console errors, page errors and any request leaving the served origin, and an axe-core scan.
 *
 * The build is served by ./global-setup.ts; journeys get its URL with inject('baseUrl').
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Screenshots and other artefacts of journeys (gitignored). */
export const RESULTS_DIR = path.join(ROOT, 'test-results');

export { CHROMIUM_ARGS };

export function chromiumAvailable(): boolean {
  return inject('chromium');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
}

export interface OpenPageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark' | 'no-preference';
  reducedMotion?: 'reduce' | 'no-preference';
  /** How long to wait for the network to go idle after load (default 5 s; not an error if it never does). */
  idleTimeoutMs?: number;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Text of every console message of type 'error'. */
  consoleErrors: string[];
  /** URLs of requests to any other origin than the served one; they were aborted. */
  offOriginRequests: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** The served origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

/** Opens `hashRoute` ('#/', '#/ebs', or '' for the bare base URL) of the served build in a fresh context. */
export async function openPage(browser: Browser, hashRoute: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const buildError = inject('buildError');
  if (buildError) throw new Error(`The production build (tests/e2e/support/global-setup.ts) failed:\n${buildError}`);
  const baseUrl = inject('baseUrl');
  if (!baseUrl) throw new Error('No baseUrl provided: is tests/e2e/support/global-setup.ts the globalSetup of this project?');
  const origin = new URL(baseUrl).origin;

  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const consoleErrors: string[] = [];
  const offOriginRequests: string[] = [];
  const pageErrors: string[] = [];

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    let requestOrigin: string;
    try {
      requestOrigin = new URL(url).origin;
    } catch {
      requestOrigin = 'invalid';
    }
    if (requestOrigin === origin) {
      await route.continue();
    } else {
      offOriginRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    pageErrors.push(error.stack ?? String(error));
  });

  const route = hashRoute === '' ? '' : hashRoute.startsWith('#') ? hashRoute : `#${hashRoute}`;
  await page.goto(`${baseUrl}${route}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle', { timeout: options.idleTimeoutMs ?? 5_000 }).catch(() => {});

  return {
    page,
    context,
    consoleErrors,
    offOriginRequests,
    pageErrors,
    origin,
    close: () => context.close(),
  };
}

export interface AxeViolation {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  helpUrl: string;
  /** CSS selectors of (up to 10 of) the offending nodes. */
  targets: string[];
  summary: string;
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

/**
 * Runs axe-core on the whole document and returns the serious and critical violations.
 * axe is served from the page's own origin so that the app's Content-Security-Policy
 * (script-src 'self') stays in force and untouched.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(AXE_PATH, 'utf8');
  const origin = new URL(page.url()).origin;
  const axeUrl = `${origin}/__e2e__/axe.min.js`;
  const source = axeSource;
  await page.route(axeUrl, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: source }));
  const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ url: axeUrl });
  return page.evaluate(async () => {
    interface AxeNode { target: unknown[]; failureSummary?: string }
    interface AxeResult { id: string; impact?: string | null; help: string; helpUrl: string; nodes: AxeNode[] }
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeResult[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact as 'serious' | 'critical',
        help: v.help,
        helpUrl: v.helpUrl,
        targets: v.nodes.slice(0, 10).map((n) => n.target.map(String).join(' ')),
        summary: (v.nodes[0]?.failureSummary ?? '').split('\n').slice(0, 3).join(' | '),
      }));
  });
}

/** Human-readable list of violations for assertion messages. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')} (${v.summary})`).join('\n');
}

/** Saves a full-page screenshot as test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

function warnSkipped(what: string): void {
  console.warn(`\n!!! SKIPPED browser journey "${what}": Chromium is missing (set CHROMIUM_PATH or apt-get install -y chromium) !!!\n`);
}

/** Inside describeBrowser: one Chromium for the whole describe block, launched before and closed after it. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('sharedBrowser(): the browser is launched in beforeAll; use it inside a test');
    return browser;
  };
}

/** describe() for browser journeys: skipped (loudly) when global setup found no Chromium. */
export function describeBrowser(name: string, fn: () => void): void {
  const available = chromiumAvailable();
  if (!available) warnSkipped(name);
  describe.skipIf(!available)(name, fn);
}

/** it() for browser journeys: skipped (loudly) when global setup found no Chromium. */
export function itBrowser(name: string, fn: () => Promise<void>, timeout?: number): void {
  const available = chromiumAvailable();
  if (!available) warnSkipped(name);
  it.skipIf(!available)(name, fn, timeout);
}
