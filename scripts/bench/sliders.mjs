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
//  - chart settle, once per slider after its sweep: a MutationObserver (installed with the helper,
//    on document.body, subtree) timestamps (performance.now() in its callback, right after the
//    commit) every DOM change inside a .recharts-wrapper, or that adds or removes one; after the
//    sweep's last key press the page waits until no such change for SETTLE_QUIET_MS (cap
//    SETTLE_MAX_MS); settleMs = last such change - KeyboardEvent.timeStamp of the last key press
//    that changed the value (an `input` event fired); 0 if the chart did not change after it; null
//    if the page has no .recharts-wrapper. It ends at the DOM change, not at its paint (at most one
//    frame later).
// Runs once unthrottled and (unless `throttle` is 1 or `throttled: false`) once with
// Emulation.setCPUThrottlingRate, then reads the JS heap after a forced GC.
import { collectErrors, latencyStats, LONGTASK_INIT_SCRIPT, round, routeUrl, waitUntilQuiet } from './lib.mjs';

const SELECTOR = 'input[type=range]';
const CHART_SELECTOR = '.recharts-wrapper';
/** The chart has settled once its DOM has not changed for this long after the last input. */
const SETTLE_QUIET_MS = 600;
const SETTLE_MAX_MS = 5000;

/** Installed in the page once it is quiet. */
function pageHelper({ selector, chartSelector }) {
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
  // chart DOM changes: times of MutationObserver callbacks that saw a change in or of a chart
  const C = { times: [], pendingKeyTs: null, lastInputTs: null };
  const inChart = (n) => {
    const el = n && (n.nodeType === 1 ? n : n.parentElement);
    return !!(el && el.closest(chartSelector));
  };
  const holdsChart = (n) => n.nodeType === 1 && (n.matches(chartSelector) || !!n.querySelector(chartSelector));
  new MutationObserver((records) => {
    for (const m of records) {
      if (inChart(m.target) || [...m.addedNodes].some(holdsChart) || [...m.removedNodes].some(holdsChart)) {
        C.times.push(performance.now());
        return;
      }
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
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
      C.times = [];
      C.lastInputTs = null;
      return S.describe(i);
    },
    /**
     * After a sweep: waits until the chart's DOM has not changed for quietMs since the last input
     * (or maxMs passed), then reports when it last changed, relative to the last key press that
     * changed the value.
     */
    async settle(quietMs, maxMs) {
      const chartOnPage = !!document.querySelector(chartSelector);
      const t0 = performance.now();
      const from = C.lastInputTs;
      let settled = true;
      for (;;) {
        const lastChange = C.times.length ? C.times[C.times.length - 1] : -Infinity;
        const now = performance.now();
        if (now - Math.max(lastChange, from ?? t0) >= quietMs) break;
        if (now - t0 >= maxMs) {
          settled = false;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const changesInSweep = C.times.length;
      if (!chartOnPage || from == null) return { chartOnPage, settleMs: null, changesAfterLastInput: null, changesInSweep, settled };
      const after = C.times.filter((t) => t >= from);
      return { chartOnPage, settleMs: after.length ? after[after.length - 1] - from : 0, changesAfterLastInput: after.length, changesInSweep, settled };
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
    C.pendingKeyTs = t0;
    workStart = performance.now();
    work = null;
    S.last = twoFrames().then((t1) => ({ latency: t1 - t0, work }));
  }, true);
  window.addEventListener('input', () => {
    void document.body.offsetHeight;
    work = performance.now() - workStart;
    C.lastInputTs = C.pendingKeyTs;
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
  const chart = await page.evaluate(([q, max]) => window.__benchSliders.settle(q, max), [SETTLE_QUIET_MS, SETTLE_MAX_MS]);
  result.chart = { ...chart, settleMs: round(chart.settleMs) };
  if (chart.chartOnPage && !chart.settled) result.warnings.push(`chart still changing ${SETTLE_MAX_MS} ms after the sweep`);
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
  const settles = sliders.map((s) => s.chart?.settleMs).filter((x) => x != null);
  const appWorkP95s = sliders.map((s) => s.appWorkMs?.p95).filter((x) => x != null);
  return {
    cpuThrottle,
    sliders,
    overall: {
      latencyMs: latencyStats(all),
      workPerStepMs: presses ? round((task * 1000) / presses, 2) : null,
      maxWorkPerStepMs: perSlider.length ? Math.max(...perSlider) : null,
      maxAppWorkP95Ms: appWorkP95s.length ? Math.max(...appWorkP95s) : null,
      chartOnPage: sliders.some((s) => s.chart?.chartOnPage),
      // worst slider: null when the page has no chart (or no slider changed value)
      maxChartSettleMs: settles.length ? Math.max(...settles) : null,
      chartsUnsettled: sliders.filter((s) => s.chart?.chartOnPage && !s.chart.settled).length,
    },
  };
}

/**
 * Whether a route has any slider: a fresh page, unthrottled, counted once it is quiet. For routes
 * the cold-load bench did not already count.
 */
export async function countSliders(browser, server, route) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(LONGTASK_INIT_SCRIPT);
    await page.goto(routeUrl(server.baseUrl, route), { waitUntil: 'load', timeout: 60_000 });
    await waitUntilQuiet(page, { quietMs: 500 });
    return await page.evaluate((sel) => document.querySelectorAll(sel).length, SELECTOR);
  } finally {
    await context.close();
  }
}

export async function measureSliders(browser, server, route, { steps = 40, throttle = 4, throttled = true } = {}) {
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
    await page.evaluate(pageHelper, { selector: SELECTOR, chartSelector: CHART_SELECTOR });
    const count = await page.evaluate(() => window.__benchSliders.count());
    const warnings = [];
    if (!count) warnings.push(`no ${SELECTOR} found on ${route}`);

    const calibration = await calibrate(page, cdp, Math.min(steps, 20));
    const runs = [await sweepAll(page, cdp, count, steps, 1)];
    if (throttled && throttle !== 1) runs.push(await sweepAll(page, cdp, count, steps, throttle));
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
      settle: { chartSelector: CHART_SELECTOR, quietMs: SETTLE_QUIET_MS, maxMs: SETTLE_MAX_MS },
      runs,
      heap: { usedBytes: heap.usedSize, totalBytes: heap.totalSize, usedMB: round(heap.usedSize / 2 ** 20, 2) },
      errors,
      warnings,
    };
  } finally {
    await context.close();
  }
}
