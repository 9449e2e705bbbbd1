/**
 * The snapshot explorer as a person uses it, in real Chromium against the production build.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, formatViolations, sharedBrowser, openPage, runAxe, screenshot } from './support/browser';

/** What a person reads for the step: the stepper's caption (the step's title) and the explanation under it. */
const caption = (page: Page, label: string) => {
  const title = page.getByRole('group', { name: label }).locator('p[aria-live="polite"]').first();
  const words = page.getByRole('group', { name: label }).locator('p[aria-live="polite"] + p').first();
  return {
    innerText: async () => `${await title.innerText()} ${await words.innerText()}`,
    scrollIntoViewIfNeeded: () => title.scrollIntoViewIfNeeded(),
  };
};
/** How much of an element is on screen below the stepper's sticky bar (0 to 1), and the bar's title line. */
const shownBelowBar = (el: Element) => {
  const box = el.getBoundingClientRect();
  const bar = el.closest('[role="group"]')?.querySelector('.sticky')?.getBoundingClientRect().bottom ?? 0;
  const top = Math.max(box.top, bar);
  const bottom = Math.min(box.bottom, window.innerHeight);
  return box.height ? Math.max(0, bottom - top) / Math.min(box.height, window.innerHeight - bar) : 0;
};
const barTitle = (page: Page, label: string) => page.getByRole('group', { name: label }).locator('.sticky > span.w-full');
const stat = (page: Page, label: string) => page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

describeBrowser('snapshot explorer', () => {
  const browser = sharedBrowser();

  it('steps through the walkthrough to the end, lands on the same step after a reload, and plays free play', async () => {
    const { page, consoleErrors, pageErrors, offOriginRequests, close } = await openPage(browser(), '#/snapshots');
    try {
      await page.getByRole('heading', { level: 1, name: 'Snapshots, restore and Fast Snapshot Restore' }).waitFor();
      const steps = caption(page, 'Snapshot steps');
      expect(await steps.innerText()).toMatch(/^Step 1 of 8: Create a volume\./);

      // Next, then the arrow keys from the focused button.
      await page.getByRole('button', { name: 'Next' }).first().click();
      await page.getByRole('button', { name: 'Next' }).first().click();
      expect(await steps.innerText()).toMatch(/Step 3 of 8: First snapshot\..*10 GiB/s);
      expect(await stat(page, 'Stored in S3').innerText()).toMatch(/^10\s*GiB/);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await steps.innerText()).toMatch(/Step 5 of 8: Second snapshot\..*14 GiB/s);
      await page.keyboard.press('End');
      expect(await steps.innerText()).toMatch(/^Step 8 of 8: Copy to another Region\./);
      expect(await page.getByText('Copy of snapshot 2').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Next' }).first().getAttribute('aria-disabled')).toBe('true');

      // The step is in the URL: a reload jumps straight to it.
      await expect.poll(() => page.url()).toContain('step=8');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: /Snapshots, restore/ }).waitFor();
      expect(await caption(page, 'Snapshot steps').innerText()).toMatch(/^Step 8 of 8: Copy to another Region\./);

      // Free play from step 3: write two more blocks, snapshot, and the new snapshot stores just those.
      await page.getByRole('button', { name: '3. First snapshot' }).click();
      await page.getByRole('button', { name: 'Free play' }).click();
      expect(await caption(page, 'Snapshot steps').innerText()).toMatch(/^Step 3 of 3/);
      await page.getByRole('button', { name: 'Block 20, never written' }).click();
      await page.getByRole('button', { name: 'Block 21, never written' }).click();
      await page.getByRole('button', { name: 'Write 2 selected blocks' }).click();
      await expect.poll(() => caption(page, 'Snapshot steps').innerText()).toMatch(/^Step 4 of 4: Write blocks 20-21\./);
      await page.getByRole('button', { name: 'Take a snapshot' }).click();
      await expect.poll(() => caption(page, 'Snapshot steps').innerText()).toMatch(/^Step 5 of 5/);
      expect(await caption(page, 'Snapshot steps').innerText()).toMatch(/^Step 5 of 5/);
      expect(await page.getByText('stores 2 GiB').isVisible()).toBe(true);
      expect(await stat(page, 'Stored in S3').innerText()).toMatch(/^12\s*GiB/);
      await expect.poll(() => page.url()).toContain('play=w0-9%2Cs%2Cw19-20%2Cs&');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: /Snapshots, restore/ }).waitFor();
      expect(await caption(page, 'Snapshot steps').innerText()).toMatch(/^Step 5 of 5/);
      expect(await page.getByRole('button', { name: 'Free play' }).getAttribute('aria-pressed')).toBe('true');

      // Restore side by side: FSR is ready at once, lazy loading fetches on first read.
      const restore = caption(page, 'Restore steps');
      await restore.scrollIntoViewIfNeeded();
      await expect.poll(() => restore.innerText()).toMatch(/^Step 1 of 4: Create a volume from the snapshot/);
      expect(await page.getByText('Fast Snapshot Restore', { exact: true }).first().isVisible()).toBe(true);
      await page.getByRole('group', { name: 'Restore steps' }).getByRole('button', { name: 'Next' }).click();
      await page.getByRole('group', { name: 'Restore steps' }).getByRole('button', { name: 'Next' }).click();
      expect(await restore.innerText()).toMatch(/^Step 3 of 4: The application reads/);

      expect({ pageErrors, consoleErrors, offOriginRequests }).toEqual({ pageErrors: [], consoleErrors: [], offOriginRequests: [] });
    } finally {
      await screenshot(page, 'snapshots-journey').catch(() => {});
      await close();
    }
  });

  it('on a phone (375 x 812), keeps Next on screen beside the drawing, so each step\'s change is seen as it happens', async () => {
    const { page, pageErrors, close } = await openPage(browser(), '#/snapshots?step=2', { viewport: { width: 375, height: 812 } });
    const inView = async (what: ReturnType<Page['getByRole']>) => {
      const box = await what.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 812;
    };
    try {
      await page.getByRole('heading', { level: 1, name: /Snapshots, restore/ }).waitFor();
      const walk = page.getByRole('group', { name: 'Snapshot steps' });
      const next = walk.getByRole('button', { name: 'Next' });
      // The person scrolls down to S3, where the first snapshot will appear, and presses Next there.
      await page.getByText(/^Amazon S3 · regional/).scrollIntoViewIfNeeded();
      expect(await inView(next)).toBe(true);
      await next.click();
      const first = page.getByRole('img', { name: 'Snapshot 1: billed for 10 GiB; restores all 10 GiB of data.' });
      await first.waitFor();
      expect(await inView(first)).toBe(true);
      expect(await inView(next)).toBe(true);
      await next.click();
      await next.click();
      await next.click();
      const freed = page.getByRole('img', { name: /^Snapshot 1, deleted at this step: 4 GiB freed, 6 GiB kept/ });
      await freed.waitFor();
      expect(await inView(freed)).toBe(true);
      // Down to the other Region: the copy appears there, block by block, with Next still on screen.
      await page.getByText('Region us-west-2 (disaster recovery)').scrollIntoViewIfNeeded();
      await next.click();
      await next.click();
      const copy = page.getByRole('img', { name: 'Copy of snapshot 2 in us-west-2: all 10 GiB of its data, stored in full.' });
      await copy.waitFor();
      expect(await inView(copy)).toBe(true);
      expect(await inView(next)).toBe(true);
      expect(await caption(page, 'Snapshot steps').innerText()).toMatch(/^Step 8 of 8: Copy to another Region\./);
      expect(pageErrors).toEqual([]);
    } finally {
      await screenshot(page, 'snapshots-phone-after-next').catch(() => {});
      await close();
    }
  });

  it('on a phone (375 x 812), from the top of the page, Next reveals the step\'s change with its title in the bar', async () => {
    const { page, pageErrors, close } = await openPage(browser(), '#/snapshots?step=6&edition=current', { viewport: { width: 375, height: 812 } });
    try {
      await page.getByRole('heading', { level: 1, name: /Snapshots, restore/ }).waitFor();
      const walk = page.getByRole('group', { name: 'Snapshot steps' });
      const next = walk.getByRole('button', { name: 'Next' });
      for (const [step, title, what] of [
        [7, 'Restore in another AZ', page.getByRole('img', { name: /^A new volume restored from snapshot 2/ })],
        [8, 'Copy to another Region', page.getByRole('img', { name: 'Copy of snapshot 2 in us-west-2: all 10 GiB of its data, stored in full.' })],
      ] as const) {
        await next.click();
        await expect.poll(() => caption(page, 'Snapshot steps').innerText()).toMatch(new RegExp(`^Step ${step} of 8`));
        await expect.poll(() => what.evaluate(shownBelowBar), { timeout: 3000 }).toBeGreaterThan(0.9);
        const bar = barTitle(page, 'Snapshot steps');
        expect(await bar.innerText()).toBe(title);
        const box = await bar.boundingBox();
        expect(box !== null && box.y >= 0 && box.y + box.height <= 812, `the title of step ${step} on screen`).toBe(true);
        expect(await next.isVisible()).toBe(true);
      }
      // The restore axis' first tick (FSR's lead, "−6 min") is not clipped at the left edge.
      const clipped = await page.getByRole('region', { name: 'Restore, side by side' }).locator('figure').first().evaluate((fig) => {
        const box = fig.getBoundingClientRect();
        return [...fig.querySelectorAll('[aria-hidden="true"] > span')].filter((t) => t.textContent?.trim())
          .filter((t) => { const r = t.getBoundingClientRect(); return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.left < 0; }).map((t) => t.textContent);
      });
      expect(clipped).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await screenshot(page, 'snapshots-phone-reveal').catch(() => {});
      await close();
    }
  });

  it('explains a hand-edited link and shows what it could use', async () => {
    const { page, pageErrors, close } = await openPage(browser(), '#/snapshots?size=40&play=w0-3,zz,d7&step=99');
    try {
      const notice = page.getByRole('status').filter({ hasText: 'Some values in the link could not be used' });
      await notice.waitFor();
      expect(await notice.innerText()).toMatch(/zz/);
      expect(await notice.innerText()).toMatch(/step 99/);
      expect(await caption(page, 'Snapshot steps').innerText()).toMatch(/^Step 2 of 2/);
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('moves with transitions normally and without any under reduced motion', async () => {
    const durations = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page, close } = await openPage(browser(), '#/snapshots?step=3', { reducedMotion });
      try {
        await page.getByRole('heading', { level: 1, name: /Snapshots, restore/ }).waitFor();
        return await page.evaluate(() => {
          const cell = document.querySelector('.cell')!;
          const card = document.querySelector('.step-enter')!;
          return [getComputedStyle(cell, '::after').transitionDuration, getComputedStyle(card).animationDuration];
        });
      } finally {
        await close();
      }
    };
    expect(await durations('no-preference')).toEqual(['0.45s', '0.4s']);
    expect(await durations('reduce')).toEqual(['0s', '0s']);
  });

  for (const [width, colorScheme] of [[375, 'dark'], [1440, 'light']] as const) {
    it(`reads at ${width} px in ${colorScheme}: no page-wide horizontal scroll, no serious axe violation`, async () => {
      const { page, close } = await openPage(browser(), '#/snapshots?step=6&edition=current', { viewport: { width, height: 900 }, colorScheme });
      try {
        await page.getByRole('heading', { level: 1, name: /Snapshots, restore/ }).waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(formatViolations(await runAxe(page))).toBe('');
      } finally {
        await screenshot(page, `snapshots-${width}-${colorScheme}`).catch(() => {});
        await close();
      }
    });
  }
});
