/**
 * The AMI lifecycle as a person uses it, in real Chromium against the production build.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, formatViolations, sharedBrowser, openPage, runAxe, screenshot } from './support/browser';

/** The stepper's caption: the step's title and any refusal (the explanation is under it, read out once per step). */
const caption = (page: Page) => page.getByRole('group', { name: 'AMI steps' }).locator('p[aria-live="polite"]').first();
const H1 = 'The AMI lifecycle';

describeBrowser('AMI lifecycle', () => {
  const browser = sharedBrowser();

  it('steps through to the copy, is refused when it tries to edit the AMI, and reloads on the same step', async () => {
    const { page, consoleErrors, pageErrors, offOriginRequests, close } = await openPage(browser(), '#/ami');
    try {
      await page.getByRole('heading', { level: 1, name: H1 }).waitFor();
      expect(await caption(page).innerText()).toMatch(/^Step 1 of 10/);
      const next = page.getByRole('group', { name: 'AMI steps' }).getByRole('button', { name: 'Next' });
      await next.click();
      await next.click();
      expect(await caption(page).innerText()).toMatch(/^Step 3 of 10/);
      const mapping = page.getByRole('table', { name: /^Block device mapping of ami-/ }).last();
      expect(await mapping.innerText()).toMatch(/\/dev\/xvda\s+snap-…[0-9a-f]{4} \(8 GiB\)/);
      expect(await mapping.getByTitle(/^snap-0[0-9a-f]{16}$/).count()).toBeGreaterThan(0);

      // Trying to edit the AMI is refused, with the reason, and nothing changes.
      await page.keyboard.press('ArrowRight');
      expect(await caption(page).innerText()).toMatch(/^Step 4 of 10: .*Refused: An AMI cannot be edited/s);
      expect(await page.getByText(/✕ Refused: An AMI cannot be edited/).isVisible()).toBe(true);

      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await caption(page).innerText()).toMatch(/Refused: .*us-west-2/s);
      await page.keyboard.press('ArrowRight');
      expect(await caption(page).innerText()).toMatch(/^Step 7 of 10/);
      const west = page.getByRole('region', { name: 'Region us-west-2' });
      expect(await west.getByRole('table', { name: /^Block device mapping of ami-/ }).count()).toBe(1);

      await expect.poll(() => page.url()).toContain('step=7');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: H1 }).waitFor();
      expect(await caption(page).innerText()).toMatch(/^Step 7 of 10/);

      // The ids come from the seed in the link: the same after a reload, new after "New ids".
      const amiId = await west.locator('table caption').innerText();
      expect(amiId).toMatch(/^Block device mapping of ami-0[0-9a-f]{16}$/);
      await page.getByRole('button', { name: 'New ids' }).click();
      expect(await west.locator('table caption').innerText()).not.toBe(amiId);
      expect({ pageErrors, consoleErrors, offOriginRequests }).toEqual({ pageErrors: [], consoleErrors: [], offOriginRequests: [] });
    } finally {
      await screenshot(page, 'ami-journey').catch(() => {});
      await close();
    }
  });

  it('keeps the drawing in view on a phone (375 x 812): after Next the step\'s change is on screen, ids short and whole', async () => {
    const { page, consoleErrors, pageErrors, offOriginRequests, close } = await openPage(browser(), '#/ami', { viewport: { width: 375, height: 812 } });
    /** How much of an element is inside the viewport, below the sticky step bar: 0 to 1. */
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      const bar = el.closest('[role="group"]')?.querySelector('.sticky')?.getBoundingClientRect().bottom ?? 0;
      const top = Math.max(box.top, bar);
      const bottom = Math.min(box.bottom, window.innerHeight);
      return box.height ? Math.max(0, bottom - top) / Math.min(box.height, window.innerHeight - bar) : 0;
    };
    try {
      await page.getByRole('heading', { level: 1, name: H1 }).waitFor();
      const group = page.getByRole('group', { name: 'AMI steps' });
      const next = group.getByRole('button', { name: 'Next' });
      // The first screen already shows the drawing: the first instance, below the caption.
      expect(await page.getByRole('region', { name: 'Region us-east-1' }).evaluate(shown)).toBeGreaterThan(0);
      for (const [step, what] of [
        [2, page.getByText('Your instance from', { exact: false }).first()],
        [3, page.getByRole('region', { name: 'Region us-east-1' }).getByText('app-server-v1')],
        [7, page.getByRole('region', { name: 'Region us-west-2' }).getByText('app-server-v1')],
        [8, page.getByRole('region', { name: 'Region us-east-1' }).getByRole('list', { name: /^Who may launch ami-/ }).last()],
      ] as const) {
        while (!(await caption(page).innerText()).startsWith(`Step ${step} of 10`)) await next.click();
        expect(await next.isVisible(), `Next at step ${step}`).toBe(true);
        await expect.poll(() => what.evaluate(shown), { timeout: 3000 }).toBeGreaterThan(0.9);
        // The step's title is in the sticky bar, on screen, beside the change.
        const title = group.locator('.sticky > span.w-full');
        expect(await title.innerText(), `title at step ${step}`).toMatch(/\S/);
        const box = await title.boundingBox();
        expect(box !== null && box.y >= 0 && box.y + box.height <= 812, `the title of step ${step} on screen`).toBe(true);
      }
      // Ids on the drawing are short (ami-…3f2a), each on one line, the full id on hover.
      const ids = page.getByRole('region', { name: 'Region us-east-1' }).locator('[title^="ami-0"], [title^="snap-0"]');
      expect(await ids.count()).toBeGreaterThan(3);
      for (const id of await ids.all()) {
        const [text, title, lines] = await id.evaluate((el) => [el.textContent, el.getAttribute('title'), el.getClientRects().length]);
        expect(text).toBe(`${String(title).split('-')[0]}-…${String(title).slice(-4)}`);
        expect(lines, String(title)).toBe(1);
      }
      expect({ pageErrors, consoleErrors, offOriginRequests }).toEqual({ pageErrors: [], consoleErrors: [], offOriginRequests: [] });
    } finally {
      await screenshot(page, 'ami-375-after-next').catch(() => {});
      await close();
    }
  });

  for (const [width, colorScheme] of [[375, 'dark'], [1440, 'light'], [1920, 'dark']] as const) {
    it(`reads at ${width} px in ${colorScheme}: no page-wide horizontal scroll, no serious axe violation`, async () => {
      const { page, close } = await openPage(browser(), '#/ami?data=2&store=1&perm=public&step=9', { viewport: { width, height: 900 }, colorScheme });
      try {
        await page.getByRole('heading', { level: 1, name: H1 }).waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(formatViolations(await runAxe(page))).toBe('');
      } finally {
        await screenshot(page, `ami-${width}-${colorScheme}`).catch(() => {});
        await close();
      }
    });
  }
});
