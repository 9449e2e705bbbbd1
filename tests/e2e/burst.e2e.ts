/**
 * The burst-credit explorer as a person uses it, in real Chromium against the production build.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, formatViolations, sharedBrowser, openPage, runAxe, screenshot } from './support/browser';

const stat = (page: Page, label: string) => page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

async function enter(page: Page, name: RegExp, text: string) {
  const box = page.getByRole('spinbutton', { name });
  await box.fill(text);
  await box.press('Enter');
}

describeBrowser('burst-credit explorer', () => {
  const browser = sharedBrowser();

  it('empties a 100 GiB gp2 bucket in the nightly batch, stops throttling at 1,000 GiB, plays and exports', async () => {
    const { page, consoleErrors, pageErrors, offOriginRequests, close } = await openPage(browser(), '#/ebs?type=gp2&size=100');
    try {
      // From the EBS explorer, with the same volume.
      await page.getByRole('link', { name: /open in burst view/i }).click();
      await page.getByRole('heading', { level: 1, name: 'Burst-credit explorer' }).waitFor();
      expect(await page.getByRole('radio', { name: /nightly batch/i }).isChecked()).toBe(true);
      await expect.poll(() => stat(page, 'Bucket empties').innerText()).toMatch(/^01:33/);
      expect(await stat(page, 'Full again').innerText()).toBe('15:00');
      expect(await page.getByText(/runs out of credits 33 min into the nightly batch's 01:00 stretch/).count()).toBe(1);
      await page.locator('#credit-chart .recharts-area').first().waitFor();

      // Playback moves the playhead; Pause stops it.
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForTimeout(600);
      await page.getByRole('button', { name: 'Pause' }).click();
      const moved = await page.getByRole('slider', { name: 'Playhead' }).getAttribute('aria-valuetext');
      expect(moved).not.toBe('00:00');

      // CSV of exactly the series on screen, units in the header.
      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      const csv = readFileSync((await csvDownload.path())!, 'utf8');
      expect(csv.split('\n')[0]).toBe('time_s,clock,demand_IOPS,delivered_IOPS,gp3_included_delivered_IOPS,balance_credits,balance_percent');
      expect(csvDownload.suggestedFilename()).toBe('gp2-100GiB-credits.csv');
      const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
      expect(readFileSync((await pngDownload.path())!).subarray(1, 4).toString()).toBe('PNG');

      // Dragging a demand handle down reshapes that segment: the batch at 01:00 asks for less.
      const handle = page.locator('[title="Drag to change segment 2\'s demand"]');
      // The export buttons sit under the chart: bring the chart back into view first.
      await page.locator('#credit-chart').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -120));
      const box = (await handle.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2, box.y + 200, { steps: 8 });
      await page.mouse.up();
      expect(await page.getByRole('radio', { name: /custom/i }).isChecked()).toBe(true);
      const dragged = Number(await page.getByRole('spinbutton', { name: 'Demand of segment 2 (from 01:00) (IOPS)' }).inputValue());
      expect(dragged).toBeLessThan(3000);
      await page.getByRole('radio', { name: /nightly batch/i }).check({ force: true });

      // Dragging the size slider (log scale, 1,000 positions) to just past 1,000 GiB: the baseline reaches
      // the burst rate and throttling disappears.
      const size = page.getByRole('slider', { name: 'Size' });
      await size.scrollIntoViewIfNeeded();
      const track = (await size.boundingBox())!;
      const at = (position: number) => track.x + 8 + (position / 1000) * (track.width - 16);
      const from = Number(await size.inputValue());
      const to = Math.ceil((1000 * Math.log(1010)) / Math.log(16_384));
      await page.mouse.move(at(from), track.y + track.height / 2);
      await page.mouse.down();
      await page.mouse.move(at(to) + 2, track.y + track.height / 2, { steps: 10 });
      await page.mouse.up();
      const dropped = Number((await size.getAttribute('aria-valuetext'))!.replace(/\D/g, ''));
      expect(dropped).toBeGreaterThanOrEqual(1000);
      await expect.poll(() => stat(page, 'Throttled for').innerText()).toMatch(/^0 s/);
      await enter(page, /size, exact value in GiB/i, '1000');
      await expect.poll(() => stat(page, 'Throttled for').innerText()).toMatch(/^0 s/);
      expect(await page.getByText(/This 1,000 GiB gp2 volume never uses credits/).count()).toBe(1);

      // The URL holds the state: a reload shows the same view.
      await expect.poll(() => page.url()).toContain('size=1000');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Burst-credit explorer' }).waitFor();
      expect(await page.getByRole('slider', { name: 'Size' }).getAttribute('aria-valuetext')).toBe('1,000 GiB');

      expect({ pageErrors, consoleErrors, offOriginRequests }).toEqual({ pageErrors: [], consoleErrors: [], offOriginRequests: [] });
    } finally {
      await screenshot(page, 'burst-journey').catch(() => {});
      await close();
    }
  });

  it('explains a malformed segment list and draws what it could read', async () => {
    const { page, consoleErrors, pageErrors, close } = await openPage(browser(), '#/burst?type=gp2&size=200&segs=3600x150,banana,7200x3000');
    try {
      const notice = page.getByRole('status').filter({ hasText: 'Some values in the link could not be used' });
      await notice.waitFor();
      expect(await notice.innerText()).toMatch(/segment 2 "banana" is not duration x demand/);
      expect(await page.getByRole('radio', { name: /custom/i }).isChecked()).toBe(true);
      await expect.poll(() => stat(page, 'Bucket empties').innerText()).not.toBe('');
      expect({ pageErrors, consoleErrors }).toEqual({ pageErrors: [], consoleErrors: [] });
    } finally {
      await close();
    }
  });

  it('on a phone, shows the chart and its answer on the first screen, demand drawn on top, and keeps them there while it plays', async () => {
    const viewport = { width: 375, height: 812 };
    const { page, pageErrors, consoleErrors, offOriginRequests, close } = await openPage(browser(), '#/burst?type=st1&size=125&preset=nightly-batch', { viewport });
    try {
      await page.locator('#credit-chart .recharts-area').first().waitFor();
      const chart = (await page.locator('#credit-chart').boundingBox())!;
      expect(chart.y).toBeGreaterThanOrEqual(0);
      expect(chart.y + chart.height).toBeLessThanOrEqual(viewport.height);
      // The lesson in words, under the picture, on the same screen.
      const lesson = page.getByText(/125 GiB st1, nightly batch: the bucket empties at 02:23 and is full again at 19:33\./);
      const box = (await lesson.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      // The demand line is drawn last, above delivery and gp3 (the PNG copies the drawing as it is).
      const strokes = await page.locator('#credit-chart .recharts-line path.recharts-curve').evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke-dasharray')));
      expect(strokes.at(-1)).toBe('5 3');
      // The playhead reads as a time with its unit.
      const playhead = page.getByRole('slider', { name: 'Playhead' });
      expect(await playhead.getAttribute('aria-valuetext')).toBe('00:00, the start');
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForTimeout(600);
      await page.getByRole('button', { name: 'Pause' }).click();
      expect(await playhead.getAttribute('aria-valuetext')).toMatch(/^\d\d:\d\d, \d+(\.\d)? (s|min|h)/);
      // The figures under it follow the volume: 30.5 MiB/s asked of its 30.5 burst, not 250.
      expect(await page.getByText(/serves 4\.9 of the 30\.5 MiB\/s it asks for until 05:00/).count()).toBe(1);
      // Its sources open their page in a new tab.
      await page.getByText('Sources', { exact: true }).click();
      const source = page.getByRole('link', { name: /UG21 ebs-volume-types\.md/ }).first();
      expect(await source.getAttribute('target')).toBe('_blank');
      expect({ pageErrors, consoleErrors, offOriginRequests }).toEqual({ pageErrors: [], consoleErrors: [], offOriginRequests: [] });
    } finally {
      await screenshot(page, 'burst-phone-first-screen').catch(() => {});
      await close();
    }
  });

  it('at 375 px fits the segment table (row actions in view, whole minutes) and tabs past the chart\'s drawing', async () => {
    const viewport = { width: 375, height: 812 };
    const { page, close } = await openPage(browser(), '#/burst?type=st1&size=1024&preset=full-scan', { viewport });
    try {
      await page.locator('#credit-chart .recharts-area').first().waitFor();
      await page.getByRole('heading', { level: 1 }).focus();
      const inChart: string[] = [];
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const hit = await page.evaluate(() => {
          const a = document.activeElement;
          return a && a.closest('#credit-chart') ? a.outerHTML.slice(0, 80) : null;
        });
        if (hit) inChart.push(hit);
      }
      expect(inChart).toEqual([]);
      await page.getByText('Scan finishes', { exact: true }).waitFor();

      for (const hash of ['#/burst?type=st1&size=1024&preset=full-scan', '#/burst?type=st1&size=2048&preset=business-hours-db']) {
        await page.goto(new URL(hash, page.url()).href);
        const table = page.getByRole('table', { name: /workload segments/i });
        await table.scrollIntoViewIfNeeded();
        expect(await table.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth)).toBe(true);
        const remove = page.getByRole('button', { name: /^Remove segment 1 / });
        const box = (await remove.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
      await page.goto(new URL('#/burst?type=st1&size=1024&preset=full-scan', page.url()).href);
      expect(await page.getByRole('spinbutton', { name: 'Length of segment 1 (from 00:00) (min)' }).inputValue()).toBe('70');
    } finally {
      await screenshot(page, 'burst-phone-segments').catch(() => {});
      await close();
    }
  });

  for (const [width, colorScheme] of [[375, 'dark'], [1440, 'light']] as const) {
    it(`reads at ${width} px in ${colorScheme}: no page-wide horizontal scroll, no serious axe violation`, async () => {
      const { page, close } = await openPage(browser(), '#/burst?type=st1&size=2048&preset=business-hours-db', { viewport: { width, height: 900 }, colorScheme });
      try {
        await page.locator('#credit-chart .recharts-area').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(formatViolations(await runAxe(page))).toBe('');
      } finally {
        await screenshot(page, `burst-${width}-${colorScheme}`).catch(() => {});
        await close();
      }
    });
  }
});
