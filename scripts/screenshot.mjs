// Screenshots of the built site for a person to look at: node scripts/screenshot.mjs '#/ebs' [...]
// Writes test-results/screens/<route>-<width>-<scheme>.png at 375 and 1440 px, light and dark, of ./dist (or DIST=<folder>).
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const dist = path.resolve(process.env.DIST ?? 'dist');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  let file = path.join(dist, decodeURIComponent(url.pathname));
  if (!file.startsWith(dist) || !existsSync(file) || url.pathname === '/') file = path.join(dist, 'index.html');
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['#/', '#/ebs'];
const out = path.resolve('test-results/screens');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const route of routes) {
  for (const width of [375, 1440]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      page.on('console', (m) => m.type() === 'error' && console.error(`[${route}] console error: ${m.text()}`));
      await page.goto(base + route);
      await page.waitForLoadState('networkidle');
      // Panels off screen are skipped by content-visibility: render them all for a full-page picture.
      await page.addStyleTag({ content: '.section-box { content-visibility: visible !important; }' });
      await page.waitForTimeout(300);
      const name = `${route.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: path.join(out, name), fullPage: true });
      console.log(path.join(out, name));
      if (process.env.SLICES) {
        // Tall phone pages are unreadable when shrunk: also save them in screen-sized slices.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, i = 0; y < height; y += 1100, i++) {
          const slice = name.replace('.png', `-part${i}.png`);
          await page.screenshot({ path: path.join(out, slice), fullPage: true, clip: { x: 0, y, width, height: Math.min(1100, height - y) } });
        }
      }
      await page.close();
    }
  }
}
await browser.close();
server.close();
