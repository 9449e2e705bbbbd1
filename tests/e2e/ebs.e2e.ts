/**
 * The EBS explorer as a person uses it, in real Chromium against the production build.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, formatViolations, sharedBrowser, openPage, runAxe, screenshot } from './support/browser';

const stat = (page: Page, label: string) => page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
const pickType = (page: Page, name: RegExp) => page.locator('label').filter({ has: page.getByRole('radio', { name }) }).click();

describeBrowser('EBS volume explorer', () => {
  const browser = sharedBrowser();

  it('sizes gp2 by keyboard, raises gp3 IOPS, survives a reload and goes back and forward', async () => {
    const { page, consoleErrors, pageErrors, offOriginRequests, close } = await openPage(browser(), '#/ebs');
    try {
      await page.getByRole('heading', { level: 1, name: 'EBS volume explorer' }).waitFor();
      await pickType(page, /^gp2/);
      await expect.poll(() => stat(page, 'Baseline IOPS').innerText()).toMatch(/^300\s*IOPS/);
      expect(await stat(page, 'Total').innerText()).toMatch(/^\$10\.00/);

      const size = page.getByRole('slider', { name: 'Size' });
      await size.focus();
      for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
      const grown = Number((await size.getAttribute('aria-valuetext'))?.replace(/\D/g, ''));
      expect(grown).toBeGreaterThan(100);
      expect(await stat(page, 'Baseline IOPS').innerText()).toMatch(new RegExp(`^${(3 * grown).toLocaleString('en-US')}\\s*IOPS`));
      expect(await stat(page, 'Total').innerText()).toMatch(new RegExp(`^\\$${(grown * 0.1).toFixed(2)}`));

      await pickType(page, /^gp3/);
      const iops = page.getByRole('slider', { name: 'Provisioned IOPS' });
      await iops.focus();
      for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
      const raised = Number((await iops.getAttribute('aria-valuetext'))?.replace(/\D/g, ''));
      expect(raised).toBeGreaterThan(3000);
      expect(await stat(page, 'Baseline IOPS').innerText()).toMatch(new RegExp(`^${raised.toLocaleString('en-US')}\\s*IOPS`));
      await expect.poll(() => page.url()).toContain(`iops=${raised}`);

      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'EBS volume explorer' }).waitFor();
      expect(await page.getByRole('radio', { name: /^gp3/ }).isChecked()).toBe(true);
      expect(await page.getByRole('slider', { name: 'Provisioned IOPS' }).getAttribute('aria-valuetext')).toBe(`${raised.toLocaleString('en-US')} IOPS`);

      await page.getByRole('navigation', { name: 'Explorers' }).getByRole('link', { name: 'Home' }).click();
      await page.getByRole('heading', { level: 1, name: 'EC2 Explorer' }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'EBS volume explorer' }).waitFor();
      expect(await page.getByRole('slider', { name: 'Provisioned IOPS' }).getAttribute('aria-valuetext')).toBe(`${raised.toLocaleString('en-US')} IOPS`);
      await page.goForward();
      await page.getByRole('heading', { level: 1, name: 'EC2 Explorer' }).waitFor();

      expect({ pageErrors, consoleErrors, offOriginRequests }).toEqual({ pageErrors: [], consoleErrors: [], offOriginRequests: [] });
    } finally {
      await screenshot(page, 'ebs-journey').catch(() => {});
      await close();
    }
  });

  it('explains a garbage URL in a notice and still draws the view', async () => {
    const { page, consoleErrors, pageErrors, close } = await openPage(browser(), '#/ebs?type=zz&size=-5&iops=abc');
    try {
      const notice = page.getByRole('status').filter({ hasText: 'Some values in the link could not be used' });
      await notice.waitFor();
      expect(await notice.innerText()).toMatch(/type "zz" is not an EBS volume type/);
      expect(await notice.innerText()).toMatch(/size -5: gp2 volumes are 1 to 16,384 GiB; used 1 GiB/);
      expect(await stat(page, 'Baseline IOPS').innerText()).toMatch(/^100\s*IOPS/);
      await page.getByRole('button', { name: /dismiss notice/i }).click();
      expect(await notice.count()).toBe(0);
      expect({ pageErrors, consoleErrors }).toEqual({ pageErrors: [], consoleErrors: [] });
    } finally {
      await close();
    }
  });

  for (const [width, colorScheme] of [[375, 'light'], [1440, 'dark']] as const) {
    it(`reads at ${width} px in ${colorScheme}: chart drawn, no page-wide horizontal scroll, no serious axe violation`, async () => {
      const { page, close } = await openPage(browser(), '#/ebs?type=io1&size=500&iops=20000', { viewport: { width, height: 900 }, colorScheme });
      try {
        await page.locator('.recharts-line').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // The chart is described by its caption; its drawing adds no tab stops of its own.
        expect(await page.locator('figure').first().locator('[tabindex]:not([tabindex="-1"]), a[href], button').count()).toBe(0);
        expect(await page.locator('figure figcaption').first().textContent()).toMatch(/The red dot is your volume: 500 GiB at 20,000 IOPS/);
        await page.getByRole('button', { name: 'Show calculation' }).click();
        const violations = await runAxe(page);
        expect(formatViolations(violations)).toBe('');
      } finally {
        await screenshot(page, `ebs-${width}-${colorScheme}`).catch(() => {});
        await close();
      }
    });
  }

  it('on a phone shows the delivered figures on the first screen, and the table says it scrolls', async () => {
    const { page, pageErrors, offOriginRequests, close } = await openPage(browser(), '#/ebs', { viewport: { width: 375, height: 812 } });
    try {
      await page.getByRole('heading', { level: 1, name: 'EBS volume explorer' }).waitFor();
      const figure = stat(page, 'Baseline IOPS');
      const box = await figure.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(812);
      await expect.poll(() => stat(page, 'Baseline IOPS').innerText()).toMatch(/^300\s*IOPS/);

      await pickType(page, /^st1$/);
      await expect.poll(() => stat(page, 'Baseline throughput').innerText()).toMatch(/^4\.88\s*MiB\/s/);
      const after = await page.getByRole('heading', { level: 2, name: 'Delivered performance' }).boundingBox();
      expect(after && after.y).toBeLessThan(812);

      const region = page.getByRole('region', { name: 'Every volume type, scrolls sideways' });
      await region.scrollIntoViewIfNeeded();
      expect(await page.getByText('Scroll the table sideways for every column').isVisible()).toBe(true);
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      expect({ pageErrors, offOriginRequests }).toEqual({ pageErrors: [], offOriginRequests: [] });
    } finally {
      await screenshot(page, 'ebs-phone-first-screen').catch(() => {});
      await close();
    }
  });

  it('tabs from the heading through the chart without stopping on its drawing', async () => {
    const { page, close } = await openPage(browser(), '#/ebs?type=io1&size=500&iops=20000');
    try {
      await page.locator('.recharts-line').first().waitFor();
      await page.getByRole('heading', { level: 1 }).focus();
      const inChart: string[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const hit = await page.evaluate(() => {
          const a = document.activeElement;
          return a && a.closest('.recharts-wrapper, svg') ? a.outerHTML.slice(0, 80) : null;
        });
        if (hit) inChart.push(hit);
      }
      expect(inChart).toEqual([]);
    } finally {
      await close();
    }
  });

  it('compares one need as 1 MiB sequential and as 16 KiB random I/O', async () => {
    const { page, close } = await openPage(browser(), '#/ebs?needSize=4000&needIops=500&needThroughput=150&needIo=1024&needPattern=sequential');
    try {
      const cheapest = page.getByText(/^Cheapest: /);
      // Panels below the fold skip rendering (content-visibility), so read their text, not their layout.
      await expect.poll(() => cheapest.textContent()).toMatch(/^Cheapest: gp3 at \$335\.00 per month/);
      await page.locator('label').filter({ has: page.getByRole('radio', { name: /Random small I\/O/ }) }).click();
      const io = page.getByRole('spinbutton', { name: /I\/O size/ });
      await io.fill('16');
      await io.press('Enter');
      await expect.poll(() => cheapest.textContent()).toMatch(/^Cheapest: gp3 at \$354\.00 per month/);
      expect(await page.getByRole('listitem').filter({ hasText: /^st1/ }).textContent()).toMatch(/Cannot meet it: st1 counts every I\/O of 1 MiB or less/);
      await expect.poll(() => page.url()).toContain('needIo=16&needPattern=random');
    } finally {
      await close();
    }
  });
});
