/**
 * The containers and ECS views as a person uses them, in real Chromium against the production build.
 */
import { expect, it } from 'vitest';
import { describeBrowser, formatViolations, openPage, runAxe, screenshot, sharedBrowser } from './support/browser';

describeBrowser('containers and ECS', () => {
  const browser = sharedBrowser();

  it('edits a Dockerfile into a broken one, sees the error by line and the stack from what parsed, and reloads it', async () => {
    const { page, consoleErrors, pageErrors, offOriginRequests, close } = await openPage(browser(), '#/containers');
    try {
      await page.getByRole('heading', { level: 1, name: 'Containers and image layers' }).waitFor();
      const stack = page.getByRole('list', { name: 'Layers, top first' });
      await stack.scrollIntoViewIfNeeded();
      const layers = stack.locator(':scope > li');
      const before = await layers.count();
      expect(before).toBe(4);
      const editor = page.getByRole('textbox', { name: 'Dockerfile' });
      await editor.scrollIntoViewIfNeeded();
      await editor.press('Control+End');
      await editor.pressSequentially('\nRUNN apt-get install -y curl\nRUN echo done > /done.txt\n');
      await expect.poll(() => page.getByText(/^Line 13:$/).count()).toBe(1);
      expect(await page.getByText(/Unknown instruction "RUNN"/).count()).toBeGreaterThan(0);
      await expect.poll(() => layers.count()).toBe(before + 1);
      expect(await page.getByRole('radio', { name: /Your own/ }).isChecked()).toBe(true);

      await expect.poll(() => page.url()).toContain('df=');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Containers and image layers' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Dockerfile' }).inputValue()).toContain('RUNN apt-get install -y curl');
      await page.getByText(/Unknown instruction "RUNN"/).first().waitFor();

      // The wasteful sample wastes space; the multi-stage one ships only its last stage.
      await page.getByText('A Python app that deletes too late').click();
      await page.getByText(/MB wasted/).waitFor();
      expect({ pageErrors, consoleErrors, offOriginRequests }).toEqual({ pageErrors: [], consoleErrors: [], offOriginRequests: [] });
    } finally {
      await screenshot(page, 'containers-journey').catch(() => {});
      await close();
    }
  });

  it('on a phone: sees the VM and container drawing on the first screen, keeps its own Dockerfile across a sample, and is told apt-get is not in alpine', async () => {
    const { page, consoleErrors, pageErrors, offOriginRequests, close } = await openPage(browser(), '#/containers', { viewport: { width: 375, height: 812 } });
    try {
      await page.getByRole('heading', { level: 1, name: 'Containers and image layers' }).waitFor();
      const picture = page.getByRole('img', { name: /^6 VMs need 6 guest operating systems over a hypervisor and one host OS; 6 containers share one host OS/ });
      const box = (await picture.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(812);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);

      const own = 'FROM alpine:3.20\nRUN apt-get update && apt-get install -y curl\n';
      const editor = page.getByRole('textbox', { name: 'Dockerfile' });
      await editor.fill(own);
      const remark = page.getByRole('list', { name: 'Remarks by line' }).getByRole('listitem');
      await expect.poll(() => remark.innerText()).toMatch(/^Line 2: apt-get is not in alpine:3\.20, an Alpine image, whose package manager is apk/);
      await page.getByText('A Go service, built in one stage and shipped in another').click();
      await expect.poll(() => editor.inputValue()).toContain('FROM golang:');
      await page.getByText(/^Your own Dockerfile \(2 lines\) is kept/).waitFor();
      await expect.poll(() => page.url()).toContain('sample=go-multistage');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Containers and image layers' }).waitFor();
      await page.getByText('Your own', { exact: true }).click();
      await expect.poll(() => page.getByRole('textbox', { name: 'Dockerfile' }).inputValue()).toBe(own);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect({ pageErrors, consoleErrors, offOriginRequests }).toEqual({ pageErrors: [], consoleErrors: [], offOriginRequests: [] });
    } finally {
      await screenshot(page, 'containers-phone-journey').catch(() => {});
      await close();
    }
  });

  it('builds an ECS service on Fargate, is told why a memory size is not allowed, and prices it both ways', async () => {
    const { page, consoleErrors, pageErrors, close } = await openPage(browser(), '#/ecs');
    try {
      await page.getByRole('heading', { level: 1, name: 'ECS on EC2 and on Fargate' }).waitFor();
      expect(await page.getByText('ECS would accept this').count()).toBe(1);
      const memory = page.getByRole('spinbutton', { name: 'Task memory (MiB)' });
      await memory.fill('5120');
      await memory.press('Enter');
      await page.getByText(/5 GB is not one/).first().waitFor();
      expect(await memory.inputValue()).toBe('5120');
      await page.getByRole('radio', { name: 'bridge' }).check({ force: true });
      await page.getByText(/awsvpc/).first().waitFor();
      expect(await page.getByRole('status', { name: 'What ECS would refuse' }).innerText()).toMatch(/awsvpc/);
      await page.getByRole('radio', { name: /^awsvpc/ }).check({ force: true });
      const fargate = page.locator('dt', { hasText: /^Fargate$/ }).locator('xpath=following-sibling::dd[1]');
      const before = await fargate.innerText();
      const hours = page.getByRole('spinbutton', { name: 'Hours a day the tasks run (h)' });
      await hours.fill('8');
      await hours.press('Enter');
      await expect.poll(() => fargate.innerText()).not.toBe(before);

      await expect.poll(() => page.url()).toContain('hours=8');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'ECS on EC2 and on Fargate' }).waitFor();
      expect(await page.getByRole('spinbutton', { name: 'Hours a day the tasks run (h)' }).inputValue()).toBe('8');
      expect({ pageErrors, consoleErrors }).toEqual({ pageErrors: [], consoleErrors: [] });
    } finally {
      await screenshot(page, 'ecs-journey').catch(() => {});
      await close();
    }
  });

  for (const [route, width, colorScheme] of [['#/containers?sample=go-multistage', 375, 'dark'], ['#/ecs?lt=EC2&net=bridge', 1440, 'light'], ['#/containers', 1440, 'dark'], ['#/ecs', 375, 'light']] as const) {
    it(`reads ${route} at ${width} px in ${colorScheme}: no page-wide horizontal scroll, no serious axe violation`, async () => {
      const { page, close } = await openPage(browser(), route, { viewport: { width, height: 900 }, colorScheme });
      try {
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(formatViolations(await runAxe(page))).toBe('');
      } finally {
        await screenshot(page, `${route.slice(2, 12).replace(/\W/g, '')}-${width}-${colorScheme}`).catch(() => {});
        await close();
      }
    });
  }
});
