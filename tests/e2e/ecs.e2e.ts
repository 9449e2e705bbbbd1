/**
 * The ECS view as a person on a phone finds it, in real Chromium against the production build: the
 * service drawing on the first screen, a refused configuration that runs and prices nothing, and
 * the fix that makes it run.
 */
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, openPage, screenshot, sharedBrowser } from './support/browser';

/** Whether the whole of a locator's box is inside the window, as a person sees it without scrolling. */
async function fullyInView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width;
}

describeBrowser('ECS on a phone', () => {
  const browser = sharedBrowser();

  it('shows the service drawing on the first screen at 375 x 812, and a refused service runs nothing until awsvpc', async () => {
    const { page, consoleErrors, pageErrors, offOriginRequests, close } = await openPage(browser(), '#/ecs', { viewport: { width: 375, height: 812 } });
    try {
      await page.getByRole('heading', { level: 1, name: 'ECS on EC2 and on Fargate' }).waitFor();
      const cluster = page.getByRole('group', { name: 'Cluster', exact: true });
      expect(await fullyInView(page, cluster)).toBe(true);
      expect(await cluster.getByText('Service "web": 3 tasks behind a load balancer').isVisible()).toBe(true);
      expect(await cluster.getByRole('listitem').count()).toBe(3);

      const bridge = page.getByRole('radio', { name: 'bridge' });
      await bridge.scrollIntoViewIfNeeded();
      await bridge.check({ force: true });
      await cluster.getByText('Service "web": refused, no task runs (3 asked for)').waitFor();
      expect(await cluster.getByRole('listitem').count()).toBe(0);
      expect(await page.getByRole('status', { name: 'Not priced' }).innerText()).toMatch(/With awsvpc these 3 tasks would run/);

      const use = page.getByRole('button', { name: 'Use awsvpc' });
      await use.scrollIntoViewIfNeeded();
      await use.click();
      await page.getByText('ECS would accept this').waitFor();
      await cluster.scrollIntoViewIfNeeded();
      expect(await cluster.getByRole('listitem').count()).toBe(3);
      expect(await page.getByRole('radio', { name: /^awsvpc/ }).isChecked()).toBe(true);
      expect({ pageErrors, consoleErrors, offOriginRequests }).toEqual({ pageErrors: [], consoleErrors: [], offOriginRequests: [] });
    } finally {
      await screenshot(page, 'ecs-phone-journey').catch(() => {});
      await close();
    }
  });
});
