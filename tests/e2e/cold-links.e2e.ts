/**
 * Every view in the app's list opened from a cold link in real Chromium: its heading and document
 * title, its own link's notice, and none of another view's after moving on.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { VIEWS } from '../../src/app/views';
import { describeBrowser, openPage, sharedBrowser } from './support/browser';

/** The view's own h1, once its code has loaded (the fallback while it loads is a paragraph). */
const heading = (page: Page) => page.locator('main h1');

describeBrowser('every view from a cold link', () => {
  const browser = sharedBrowser();

  for (const [index, view] of VIEWS.entries()) {
    const next = VIEWS[(index + 1) % VIEWS.length]!;
    it(`opens #/${view.id === 'home' ? '' : view.id} with its heading and title, and its notice stays with it`, async () => {
      const path = view.id === 'home' ? '' : view.id;
      const { page, pageErrors, offOriginRequests, close } = await openPage(browser(), `#/${path}?zz=1`);
      try {
        await heading(page).waitFor({ timeout: 15_000 });
        const own = await heading(page).innerText();
        expect(own).not.toMatch(/ran into a problem/);
        if (view.id === 'home') expect(own).toBe('EC2 Explorer');
        expect(await page.title()).toBe(view.id === 'home' ? 'EC2 Explorer' : `${view.title} · EC2 Explorer`);
        const notice = page.getByRole('status').filter({ hasText: 'zz is not a setting of this view: ignored' });
        expect(await notice.count()).toBe(1);

        await page.evaluate((hash) => { window.location.hash = hash; }, `#/${next.id === 'home' ? '' : next.id}`);
        await expect.poll(() => heading(page).innerText(), { timeout: 15_000 }).not.toBe(own);
        expect(await page.title()).toBe(next.id === 'home' ? 'EC2 Explorer' : `${next.title} · EC2 Explorer`);
        expect(await page.getByText('zz is not a setting of this view: ignored').count()).toBe(0);
        expect({ pageErrors, offOriginRequests }).toEqual({ pageErrors: [], offOriginRequests: [] });
      } finally {
        await close();
      }
    });
  }
});
