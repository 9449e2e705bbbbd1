// Steps every input[type=range] of a route with real key presses (ArrowRight/ArrowLeft, turning
// back at the ends) and measures, per step:
//  - latency: KeyboardEvent.timeStamp -> second requestAnimationFrame after the keydown (the frame
//    with the update has been painted), measured in the page with performance.now();
//  - the app's own work (appWorkMs), as shared/TOOLCHAIN.md defines it: from the keydown reaching
//    the page to the end of React's commit plus a forced layout (window's `input` listener runs after
//    React's root listener has rendered and committed; reading offsetHeight forces the layout);
//  - main-thread work: CDP Performance.getMetrics TaskDuration delta over the sweep / key presses
//    (renderer main-thread time including paint, timers and this harness's own per-step calls,
//    see `calibration`).
// Runs once unthrottled and once with Emulation.setCPUThrottlingRate, then reads the JS heap
// after a forced GC.
import { collectErrors, latencyStats, LONGTASK_INIT_SCRIPT, round, routeUrl, waitUntilQuiet } from './lib.mjs';

const SELECTOR = 'input[type=range]';

/** Installed in the page once it is quiet. */
function pageHelper(selector) {
  if (window.__benchSliders) return;
  const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
  const list = () => [...document.querySelectorAll(selector)];
  const label = (el) => {
    const clean = (s) => (s || '').replace(/\s+/g, ' ').trim().slice(0, 80);
    if (el.getAttribute('aria-label')) return clean(el.getAttribute('aria-label'));
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return clean(ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    if (el.labels?.length) return clean(el.labels[0].textContent);
    return clean(el.name || el.id || el.title || '');
  };
  const S = {
    index: -1,
    current: null,
    last: null,
    calibration: null,
    count: () => list().length,
    describe(i) {
      const el = list()[i];
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return {
        index: i,
        label: label(el),
        min: Number(el.min || 0),
        max: Number(el.max || 100),
        step: el.step === 'any' ? 'any' : Number(el.step || 1),
        value: el.value,
        disabled: el.disabled,
        visible: r.width > 0 && r.height > 0,
      };
    },
    /** Selects slider i, focuses it; returns its description. */
    select(i) {
      S.index = i;
      S.current = list()[i] ?? null;
      if (!S.current) return null;
      S.current.scrollIntoView({ block: 'center' });
      S.current.focus();
      S.last = null;
      return S.describe(i);
    },
    /** Awaits the measurement of the last key press; re-focuses the slider if it was re-created. */
    async after(timeoutMs) {
      const pending = S.last;
      S.last = null;
      if (!pending) return { missed: true };
      const result = await Promise.race([pending, new Promise((r) => setTimeout(() => r({ timeout: true }), timeoutMs))]);
      if (!S.current || !S.current.isConnected) S.current = list()[S.index] ?? null;
      const el = S.calibration ?? S.current;
      if (el && document.activeElement !== el) el.focus();
      return { ...result, value: S.current ? S.current.value : null };
    },
    /** A focusable element outside the app, for measuring the harness's own cost per step. */
    startCalibration() {
      const el = document.createElement('div');
      el.tabIndex = -1;
      el.setAttribute('aria-hidden', 'true');
      el.style.cssText = 'position:fixed;left:-10000px;top:0;width:1px;height:1px;';
      document.body.appendChild(el);
      el.focus();
      S.calibration = el;
      S.last = null;
    },
    stopCalibration() {
      S.calibration?.remove();
      S.calibration = null;
    },
  };
  let workStart = 0;
  let work = null;
  window.addEventListener('keydown', (e) => {
    const t0 = e.timeStamp;
    workStart = performance.now();
    work = null;
    S.last = twoFrames().then((t1) => ({ latency: t1 - t0, work }));
  }, true);
  window.addEventListener('input', () => {
    void document.body.offsetHeight;
    work = performance.now() - workStart;
  });
  window.__benchSliders = S;
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

async function calibrate(page, cdp, steps) {
  await page.evaluate(() => window.__benchSliders.startCalibration());
  const lat = [];
  const t0 = await taskSeconds(cdp);
  for (let s = 0; s < steps; s++) {
    await page.keyboard.press('Shift');
    const r = await page.evaluate(() => window.__benchSliders.after(3000));
    if (Number.isFinite(r.latency)) lat.push(r.latency);
  }
  const t1 = await taskSeconds(cdp);
  await page.evaluate(() => window.__benchSliders.stopCalibration());
  return { steps, latencyMs: latencyStats(lat), workPerStepMs: round(((t1 - t0) * 1000) / steps, 2) };
}

async function sweep(page, cdp, index, steps) {
  const d = await page.evaluate((i) => window.__benchSliders.select(i), index);
  if (!d) return { index, warnings: ['slider vanished before its turn'] };
  const { value: initialValue, ...description } = d;
  const result = { ...description, initialValue, presses: 0, stepsMeasured: 0, timeouts: 0, warnings: [] };
  if (d.disabled) {
    result.warnings.push('disabled: skipped');
    return result;
  }
  if (!d.visible) result.warnings.push('not visible');

  const value = Number(d.value);
  let dir = d.max - value >= value - d.min ? 'ArrowRight' : 'ArrowLeft';
  let prev = d.value;
  let noopsInARow = 0;
  const values = new Set([d.value]);
  const latencies = [];
  const works = [];
  const t0 = await taskSeconds(cdp);
  for (let s = 0; s < steps; s++) {
    await page.keyboard.press(dir);
    result.presses++;
    const r = await page.evaluate(() => window.__benchSliders.after(3000));
    if (r.timeout || r.missed) {
      result.timeouts++;
      continue;
    }
    if (r.value === prev) {
      // at an end (or unresponsive): turn around; a press that changed nothing is not a sample
      noopsInARow++;
      if (noopsInARow >= 2) {
        result.warnings.push('value does not change with ArrowLeft/ArrowRight');
        break;
      }
      dir = dir === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
      continue;
    }
    noopsInARow = 0;
    prev = r.value;
    values.add(r.value);
    latencies.push(r.latency);
    if (Number.isFinite(r.work)) works.push(r.work);
  }
  const t1 = await taskSeconds(cdp);
  result.stepsMeasured = latencies.length;
  result.distinctValues = values.size;
  result.finalValue = prev;
  result.latencyMs = latencyStats(latencies);
  result.appWorkMs = latencyStats(works);
  result.workPerStepMs = result.presses ? round(((t1 - t0) * 1000) / result.presses, 2) : null;
  result._latencies = latencies;
  result._taskSeconds = t1 - t0;
  return result;
}

async function sweepAll(page, cdp, count, steps, cpuThrottle) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  const sliders = [];
  for (let i = 0; i < count; i++) sliders.push(await sweep(page, cdp, i, steps));
  const all = sliders.flatMap((s) => s._latencies ?? []);
  const presses = sliders.reduce((a, s) => a + (s.presses ?? 0), 0);
  const task = sliders.reduce((a, s) => a + (s._taskSeconds ?? 0), 0);
  for (const s of sliders) {
    delete s._latencies;
    delete s._taskSeconds;
  }
  const perSlider = sliders.map((s) => s.workPerStepMs).filter((x) => x != null);
  return {
    cpuThrottle,
    sliders,
    overall: {
      latencyMs: latencyStats(all),
      workPerStepMs: presses ? round((task * 1000) / presses, 2) : null,
      maxWorkPerStepMs: perSlider.length ? Math.max(...perSlider) : null,
      maxAppWorkP95Ms: Math.max(...sliders.map((s) => s.appWorkMs?.p95 ?? 0)),
    },
  };
}

export async function measureSliders(browser, server, route, { steps = 40, throttle = 4 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(LONGTASK_INIT_SCRIPT);
  const errors = collectErrors(page);
  const cdp = await context.newCDPSession(page);
  // Thread time: the renderer main thread's own CPU time, not wall time (steadier on a busy VM).
  let timeDomain = 'threadTicks';
  await cdp.send('Performance.enable', { timeDomain }).catch(async () => {
    timeDomain = 'timeTicks';
    await cdp.send('Performance.enable');
  });
  try {
    const url = routeUrl(server.baseUrl, route);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await waitUntilQuiet(page, { quietMs: 750 });
    await page.evaluate(pageHelper, SELECTOR);
    const count = await page.evaluate(() => window.__benchSliders.count());
    const warnings = [];
    if (!count) warnings.push(`no ${SELECTOR} found on ${route}`);

    const calibration = await calibrate(page, cdp, Math.min(steps, 20));
    const unthrottled = await sweepAll(page, cdp, count, steps, 1);
    const throttled = await sweepAll(page, cdp, count, steps, throttle);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    await cdp.send('HeapProfiler.enable').catch(() => {});
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      route,
      url,
      selector: SELECTOR,
      sliderCount: count,
      stepsPerSlider: steps,
      timeDomain,
      calibration,
      runs: [unthrottled, throttled],
      heap: { usedBytes: heap.usedSize, totalBytes: heap.totalSize, usedMB: round(heap.usedSize / 2 ** 20, 2) },
      errors,
      warnings,
    };
  } finally {
    await context.close();
  }
}
