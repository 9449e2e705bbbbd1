// Steps a step-through (the first group whose name ends in "steps") with real ArrowRight presses on
// its focused Next button, back to the start with Home at the end, and measures per step:
//  - latency: KeyboardEvent.timeStamp -> second requestAnimationFrame after the keydown (the frame
//    with the new step has been painted); under ~33 ms at 60 Hz means "painted in the next frame";
//  - appWorkMs: from the keydown reaching the page (window, capture) to the same keydown leaving it
//    (window, bubble: React's root listener has rendered and committed the discrete update by then)
//    plus a forced layout, as shared/TOOLCHAIN.md defines the app's own work;
//  - layouts during the transition: CDP Performance.getMetrics LayoutCount from the painted frame to
//    600 ms later (the CSS transitions last 400-450 ms). Transitions on transform and opacity only
//    need no layout, so this should stay 0.
import { collectErrors, keystrokeProbe, latencyStats, LONGTASK_INIT_SCRIPT, routeUrl, waitUntilQuiet } from './lib.mjs';


async function metric(cdp, name) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? 0;
}

export async function measureSteps(browser, server, route, { presses = 24 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(LONGTASK_INIT_SCRIPT);
  const errors = collectErrors(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => cdp.send('Performance.enable'));
  try {
    const url = routeUrl(server.baseUrl, route);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await waitUntilQuiet(page, { quietMs: 750 });
    await page.evaluate(keystrokeProbe, 'keydown');
    const group = page.getByRole('group', { name: /steps$/i }).first();
    const label = await group.getAttribute('aria-label');
    const next = group.getByRole('button', { name: 'Next' });
    await next.scrollIntoViewIfNeeded();
    await next.focus();
    const latencies = [];
    const works = [];
    const layouts = [];
    let wrapped = 0;
    for (let i = 0; i < presses; i++) {
      // Next is aria-disabled on the last step: Home (from the step list's last button) starts again.
      const atEnd = (await next.getAttribute('aria-disabled')) === 'true';
      if (atEnd) {
        await group.getByRole('button', { name: 'Previous' }).focus();
        await page.keyboard.press('Home');
        await page.evaluate(() => window.__benchKeys.last);
        await page.waitForTimeout(600);
        await next.focus();
        wrapped++;
      }
      await page.keyboard.press('ArrowRight');
      const r = await page.evaluate(() => window.__benchKeys.last);
      latencies.push(r.latency);
      if (Number.isFinite(r.work)) works.push(r.work);
      const before = await metric(cdp, 'LayoutCount');
      await page.waitForTimeout(600);
      layouts.push((await metric(cdp, 'LayoutCount')) - before);
    }
    return {
      route,
      url,
      stepper: label,
      presses,
      wrapped,
      latencyMs: latencyStats(latencies),
      appWorkMs: latencyStats(works),
      layoutsDuringTransitions: { total: layouts.reduce((a, b) => a + b, 0), max: Math.max(...layouts) },
      errors,
    };
  } finally {
    await context.close();
  }
}

