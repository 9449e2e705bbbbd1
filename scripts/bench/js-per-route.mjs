// JS each route actually requests in Chromium (fresh context per route), with raw and gzip
// sizes of the files on disk, and whether any of it is recharts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectErrors, fileSizes, LONGTASK_INIT_SCRIPT, round, routeUrl, waitUntilQuiet } from './lib.mjs';

/**
 * Recharts' minified code keeps its CSS class names ('recharts-surface', 'recharts-line-curve', ...).
 * A class name used as a selector ('.recharts-wrapper > svg', as the burst view's PNG export does) is
 * the app's code, not recharts: a name preceded by '.' does not count.
 */
const RECHARTS_MARKER = /(?<![.\w-])recharts-[a-z]/;
const RECHARTS_FILE_NAME = /recharts/i;

const infoCache = new Map();
/**
 * Sizes of one served JS file, from the file in dist/ (raw, gzip level 9) and whether it is recharts.
 * `urlPath` is the request's pathname ('/assets/x.js'). Cached per file.
 */
export function jsFileInfo(dist, urlPath) {
  const file = path.join(dist, urlPath);
  if (!infoCache.has(file)) {
    const { raw, gzip } = fileSizes(file);
    const containsRecharts = RECHARTS_FILE_NAME.test(path.basename(urlPath)) || RECHARTS_MARKER.test(readFileSync(file, 'utf8'));
    infoCache.set(file, { file: urlPath.replace(/^\//, ''), rawBytes: raw, gzipBytes: gzip, containsRecharts });
  }
  return { ...infoCache.get(file) };
}

export async function measureJsPerRoute(browser, server, dist, routes) {
  const out = [];
  for (const route of routes) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(LONGTASK_INIT_SCRIPT);
    const errors = collectErrors(page);
    const requested = new Set();
    const offOrigin = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== server.origin) {
        offOrigin.push(response.url());
        return;
      }
      const isJs = /\.m?js$/i.test(url.pathname) || response.request().resourceType() === 'script';
      if (isJs && response.status() < 400) requested.add(decodeURIComponent(url.pathname));
    });
    const url = routeUrl(server.baseUrl, route);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await waitUntilQuiet(page);
    await context.close();

    const files = [...requested].sort().map((p) => jsFileInfo(dist, p));
    const totalRawBytes = files.reduce((a, f) => a + f.rawBytes, 0);
    const totalGzipBytes = files.reduce((a, f) => a + f.gzipBytes, 0);
    out.push({
      route,
      url,
      files,
      fileCount: files.length,
      totalRawBytes,
      totalGzipBytes,
      totalGzipKB: round(totalGzipBytes / 1000, 2),
      rechartsLoaded: files.some((f) => f.containsRecharts),
      offOriginRequests: offOrigin,
      errors,
    });
  }
  return out;
}
