// Small helpers for the bench: production build, a static server for dist/, Chromium launch,
// statistics. Plain Node ESM.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export { CHROMIUM_ARGS, CHROMIUM_PATH };

/** Production build of the app into dist/ with Vite's JS API. */
export async function buildSite() {
  const { build } = await import('vite');
  process.env.NODE_ENV = 'production';
  const t0 = performance.now();
  await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: DIST, emptyOutDir: true },
  });
  return Math.round(performance.now() - t0);
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `dir` (uncompressed) on 127.0.0.1:<random port>. */
export async function serveStatic(dir) {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}

export async function launchChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Raw and gzip (level 9) sizes of a file. */
export function fileSizes(file) {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export const round = (x, digits = 1) => (x == null || !Number.isFinite(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);

export function latencyStats(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return { n: 0, p50: null, p95: null, max: null };
  return { n: v.length, p50: round(percentile(v, 50)), p95: round(percentile(v, 95)), max: round(v[v.length - 1]) };
}

export function median(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** Budget entry; `pass` is false when the value could not be measured (null). */
export function budget(name, limit, value, ok) {
  return { name, limit, value, pass: value == null ? false : ok(value, limit) };
}

/** Records long tasks from the start of the page, for "wait until quiet". */
export const LONGTASK_INIT_SCRIPT = `(() => {
  if (window.__benchLongTasks) return;
  const list = window.__benchLongTasks = [];
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => list.push(e.startTime + e.duration)))
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Waits for network idle, then until no long task ended during the last `quietMs`. */
export async function waitUntilQuiet(page, { quietMs = 500, maxMs = 15_000 } = {}) {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  const t0 = Date.now();
  for (;;) {
    const { now, lastEnd } = await page.evaluate(() => ({
      now: performance.now(),
      lastEnd: Math.max(0, ...(window.__benchLongTasks ?? [])),
    }));
    if (now - lastEnd >= quietMs) break;
    if (Date.now() - t0 > maxMs) break;
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(quietMs);
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
}

/** Collects console errors and uncaught page errors. */
export function collectErrors(page) {
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text().slice(0, 300)}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${String(e?.message ?? e).slice(0, 300)}`));
  return errors;
}

export function routeUrl(baseUrl, route) {
  if (!route || route === '/') return baseUrl;
  return route.startsWith('#') ? baseUrl + route : new URL(route.replace(/^\//, ''), baseUrl).href;
}

/**
 * Installed in the page (page.evaluate(keystrokeProbe, endEvent)): for each key press, the app's own
 * work runs from the keydown reaching the page (window, capture) to `endEvent` reaching window
 * (bubble: React's root listener has rendered and committed by then) plus a forced layout, as
 * shared/TOOLCHAIN.md defines it; latency runs from KeyboardEvent.timeStamp to the second
 * requestAnimationFrame. `window.__benchKeys.last` resolves to { latency, work } for the last press.
 */
export function keystrokeProbe(endEvent) {
  if (window.__benchKeys) return;
  const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
  const S = { last: null, work: null };
  let start = 0;
  window.addEventListener('keydown', (e) => {
    start = performance.now();
    S.work = null;
    const t0 = e.timeStamp;
    S.last = twoFrames().then((t1) => ({ latency: t1 - t0, work: S.work }));
  }, true);
  window.addEventListener(endEvent, () => {
    void document.body.offsetHeight;
    S.work = performance.now() - start;
  });
  window.__benchKeys = S;
}

/** The app's one list of views. */
export const VIEWS_FILE = path.join(ROOT, 'src', 'app', 'views.ts');

/**
 * The routes to measure, from the app's list of views: every `id: '<kebab-case id>'` in
 * src/app/views.ts (a regex over the text, comments removed), in file order, as '#/<id>'; home
 * ('#/') first, added when the list does not name it ('home' or ''). Throws when the file is
 * missing or names no view, so a rewrite that drops the ids is noticed, not silently measured as
 * home only.
 */
export function routesFromViews(file = VIEWS_FILE) {
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
  const ids = [...text.matchAll(/(?:\bid|(['"])id\1)\s*:\s*(['"`])([a-z0-9]*(?:-[a-z0-9]+)*)\2/g)].map((m) => m[3]);
  if (!ids.length) throw new Error(`no "id: '...'" entries found in ${path.relative(ROOT, file)}`);
  const routes = ['#/'];
  for (const id of ids) {
    const route = id === '' || id === 'home' ? '#/' : `#/${id}`;
    if (!routes.includes(route)) routes.push(route);
  }
  return routes;
}
