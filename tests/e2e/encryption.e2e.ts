/**
 * The encryption walkthrough as a person uses it, in real Chromium against the production build.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, formatViolations, sharedBrowser, openPage, runAxe, screenshot } from './support/browser';

const caption = (page: Page) => page.getByRole('group', { name: 'Encryption steps' }).locator('p[aria-live="polite"]');
/** The drawing, named by what it shows. */
const drawing = (page: Page) => page.getByRole('img', { name: /^Region setting: encryption by default/ });

/** How much of the drawing a person sees, as a share of its height, and whether the sticky step bar covers it. */
async function drawingOnScreen(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg[role="img"]')!.getBoundingClientRect();
    const bar = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Next')!.parentElement!.getBoundingClientRect();
    const seen = Math.min(svg.bottom, innerHeight) - Math.max(svg.top, bar.bottom);
    return { share: Math.max(0, seen) / svg.height, top: svg.top, bottom: svg.bottom, height: innerHeight };
  });
}

describeBrowser('encryption walkthrough', () => {
  const browser = sharedBrowser();

  it('follows the KMS flow into the remove-encryption branch, is refused, and comes back on the same step', async () => {
    const { page, consoleErrors, pageErrors, offOriginRequests, close } = await openPage(browser(), '#/encryption');
    try {
      await page.getByRole('heading', { level: 1, name: 'EBS encryption with KMS' }).waitFor();
      expect(await caption(page).innerText()).toMatch(/^Step 1 of 8/);
      await page.getByText('Try to remove encryption').click();
      await page.getByRole('button', { name: 'Next' }).click();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      expect(await caption(page).innerText()).toMatch(/^Step 6 of 13/);
      expect(await drawing(page).getAttribute('aria-label')).toMatch(/its memory holds DK-1 in plaintext/);
      expect(await page.getByText('DK-1 plaintext').isVisible()).toBe(true);
      await page.keyboard.press('ArrowRight');
      expect(await drawing(page).getAttribute('aria-label')).toMatch(/Data key: plaintext DK-1 discarded/);
      expect(await page.getByText('DK-1 plaintext').count()).toBe(0);
      await page.keyboard.press('ArrowRight');
      expect(await caption(page).innerText()).toMatch(/Refused: You cannot remove encryption/);
      await page.keyboard.press('End');
      expect(await caption(page).innerText()).toMatch(/^Step 13 of 13/);

      await expect.poll(() => page.url()).toContain('step=13');
      expect(page.url()).toContain('branch=remove-encryption');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'EBS encryption with KMS' }).waitFor();
      expect(await caption(page).innerText()).toMatch(/^Step 13 of 13/);
      expect(await page.getByRole('radio', { name: /Try to remove encryption/ }).isChecked()).toBe(true);

      // At the last step Play says it plays again, and walks on by itself from step 1.
      expect(await page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(0);
      await page.getByRole('button', { name: 'Play again from step 1' }).click();
      expect(await caption(page).innerText()).toMatch(/^Step 1 of 13/);
      await expect.poll(() => caption(page).innerText(), { timeout: 8_000 }).toMatch(/^Step 2 of 13/);
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByRole('button', { name: 'Play', exact: true }).waitFor();

      expect({ pageErrors, consoleErrors, offOriginRequests }).toEqual({ pageErrors: [], consoleErrors: [], offOriginRequests: [] });
    } finally {
      await screenshot(page, 'encryption-journey').catch(() => {});
      await close();
    }
  });

  it('draws no transition under reduced motion', async () => {
    const { page, close } = await openPage(browser(), '#/encryption?step=4', { reducedMotion: 'reduce' });
    try {
      await page.getByRole('heading', { level: 1, name: 'EBS encryption with KMS' }).waitFor();
      const duration = await page.evaluate(() => getComputedStyle(document.querySelector('.step-fade')!).transitionDuration);
      expect(duration.split(',').every((d) => d.trim() === '0s')).toBe(true);
    } finally {
      await close();
    }
  });

  it('on a phone (375 x 812) keeps the drawing on screen after Next, from the top and scrolled to the drawing', async () => {
    const { page, close } = await openPage(browser(), '#/encryption', { viewport: { width: 375, height: 812 } });
    try {
      await page.getByRole('heading', { level: 1, name: 'EBS encryption with KMS' }).waitFor();
      await page.getByRole('button', { name: 'Next' }).click();
      expect(await caption(page).innerText()).toMatch(/^Step 2 of 8/);
      expect(await drawing(page).isVisible()).toBe(true);
      const first = await drawingOnScreen(page);
      expect(first.share, JSON.stringify(first)).toBeGreaterThan(0.95);

      // Scrolled down to the drawing's foot, the step bar stays at the top and Next changes what is seen.
      await page.evaluate(() => document.querySelector('svg[role="img"]')!.scrollIntoView({ block: 'end' }));
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next' }).click();
      expect(await caption(page).innerText()).toMatch(/^Step 5 of 8/);
      expect(await drawing(page).getAttribute('aria-label')).toMatch(/its memory holds DK-1 in plaintext/);
      const scrolled = await drawingOnScreen(page);
      expect(scrolled.share, JSON.stringify(scrolled)).toBeGreaterThan(0.95);
    } finally {
      await screenshot(page, 'encryption-375-after-next').catch(() => {});
      await close();
    }
  });

  it('on a phone (375 x 812) stacks the drawing so its smallest words are about 11 px or more, and routes the encrypted key through the host', async () => {
    const { page, close } = await openPage(browser(), '#/encryption?branch=volume-other-key&step=4&key=customer-managed', { viewport: { width: 375, height: 812 } });
    try {
      await page.getByRole('heading', { level: 1, name: 'EBS encryption with KMS' }).waitFor();
      const sizes = await drawing(page).evaluate((svg) => {
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim()).map((t) => Number(t.getAttribute('font-size')) * scale);
      });
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10.8);
      expect(await drawing(page).getAttribute('data-layout')).toBe('narrow');
      // No word of the drawing runs past its edge.
      const overflow = await drawing(page).evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].filter((t) => { const r = t.getBoundingClientRect(); return r.right > box.right + 1 || r.left < box.left - 1; }).map((t) => t.textContent);
      });
      expect(overflow).toEqual([]);
      await page.getByRole('button', { name: 'Next' }).click();
      const first = await drawingOnScreen(page);
      expect(first.share, JSON.stringify(first)).toBeGreaterThan(0.95);
    } finally {
      await screenshot(page, 'encryption-375-stacked').catch(() => {});
      await close();
    }
  });

  for (const [width, colorScheme] of [[375, 'dark'], [1440, 'light']] as const) {
    it(`reads at ${width} px in ${colorScheme}: no page-wide horizontal scroll, no serious axe violation`, async () => {
      const { page, close } = await openPage(browser(), '#/encryption?branch=volume-other-key&step=9&key=customer-managed', { viewport: { width, height: 900 }, colorScheme });
      try {
        await page.getByRole('heading', { level: 1, name: 'EBS encryption with KMS' }).waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(formatViolations(await runAxe(page))).toBe('');
      } finally {
        await screenshot(page, `encryption-${width}-${colorScheme}`).catch(() => {});
        await close();
      }
    });
  }
});
