/**
 * Smoke journey: the production build opens on the home route in real Chromium, shows its title,
 * logs no errors, talks to no other origin and has no serious or critical accessibility violations.
 */
import { expect, it } from 'vitest';
import { describeBrowser, formatViolations, sharedBrowser, openPage, runAxe, screenshot } from './support/browser';

describeBrowser('app shell', () => {
  const browser = sharedBrowser();

  it('opens #/ with an "EC2 Explorer" h1, no errors, no off-origin requests and no serious axe violations', async () => {
    const { page, consoleErrors, pageErrors, offOriginRequests, close } = await openPage(browser(), '#/');
    try {
      const heading = page.locator('h1', { hasText: /EC2 Explorer/i });
      await heading.first().waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {});
      expect(
        await heading.count(),
        `no visible <h1> matching /EC2 Explorer/i; page errors: ${JSON.stringify(pageErrors)}; console errors: ${JSON.stringify(consoleErrors)}`,
      ).toBeGreaterThanOrEqual(1);
      expect(await heading.first().innerText()).toMatch(/EC2 Explorer/i);

      const violations = await runAxe(page);

      // One assertion, so a failure lists every kind of problem at once.
      expect({
        pageErrors,
        consoleErrors,
        offOriginRequests,
        seriousOrCriticalAxeViolations: formatViolations(violations).split('\n').filter(Boolean),
      }).toEqual({ pageErrors: [], consoleErrors: [], offOriginRequests: [], seriousOrCriticalAxeViolations: [] });
    } finally {
      // Taken even when an assertion failed: it shows what the journey saw.
      await screenshot(page, 'shell-home').catch(() => {});
      await close();
    }
  });
});
