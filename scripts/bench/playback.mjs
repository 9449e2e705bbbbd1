// Playback smoothness: on a route with a Play/Pause button (the burst-credit explorer), clicks the
// button named "Play" with a real mouse click and, for `durationMs` from that click, records in the
// page:
//  - long tasks: a PerformanceObserver of type 'longtask' (tasks over 50 ms), started just before
//    the click (not buffered: loading does not count);
//  - frames: the timestamp of every requestAnimationFrame callback; an interval longer than
//    1.5 x the median interval is a dropped frame (the page missed at least one vsync).
// Also: renderer main-thread time per frame over each window (CDP Performance.getMetrics
// TaskDuration delta / frame intervals; includes the recorder's own trivial rAF callback).
// Then clicks the button named "Pause". Unthrottled. Before the click, the same recorder runs for
// `idleMs` on the settled page with nothing playing (`idle`): frames the page drops on its own
// (headless Chromium, a busy VM) show there too. A fresh browser context, so the route starts
// from its defaults (playhead at 0). A missing button is reported in `errors`, not thrown.
import os from 'node:os';
import { collectErrors, latencyStats, LONGTASK_INIT_SCRIPT, median, round, routeUrl, waitUntilQuiet } from './lib.mjs';

/** A dropped frame: an rAF interval longer than this many median intervals. */
export const DROPPED_FRAME_FACTOR = 1.5;

/** Installed in the page once it is quiet; starts recording frames and long tasks. */
function startRecorder(markNow) {
  const R = { frames: [], longTasks: [], running: true, clickAt: null, observerError: null, observer: null };
  window.__benchPlayback = R;
  try {
    R.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) R.longTasks.push({ startTime: e.startTime, duration: e.duration });
    });
    R.observer.observe({ type: 'longtask' });
  } catch (e) {
    R.observerError = String(e?.message ?? e);
  }
  // the click the harness is about to send (capture phase: before the app sees it)
  if (markNow) R.clickAt = performance.now();
  else window.addEventListener('click', (e) => { if (R.clickAt === null) R.clickAt = e.timeStamp; }, { capture: true, once: true });
  const loop = (ts) => {
    if (!R.running) return;
    R.frames.push(ts);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

/** Waits until `durationMs` after the click, then stops recording and returns what was seen. */
async function stopRecorder(durationMs) {
  const R = window.__benchPlayback;
  const start = R.clickAt ?? performance.now();
  const left = start + durationMs - performance.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  // one more frame, so the last interval of the window is closed
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  R.running = false;
  const end = start + durationMs;
  for (const e of R.observer?.takeRecords() ?? []) R.longTasks.push({ startTime: e.startTime, duration: e.duration });
  R.observer?.disconnect();
  // frames of the window: the last frame before the click (its interval covers the click's
  // render), every frame after it, up to the first frame at or after the end
  const frames = [];
  for (let i = 0; i < R.frames.length; i++) {
    const t = R.frames[i];
    const next = R.frames[i + 1];
    if (t < start && next !== undefined && next < start) continue;
    frames.push(t);
    if (t >= end) break;
  }
  return {
    clickSeen: R.clickAt !== null,
    windowMs: end - start,
    frames,
    // a task overlapping the window counts
    longTasks: R.longTasks.filter((t) => t.startTime + t.duration > start && t.startTime < end),
    observerError: R.observerError,
  };
}

function frameStats(frames) {
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  const med = median(intervals);
  const long = med == null ? [] : intervals.filter((d) => d > DROPPED_FRAME_FACTOR * med);
  return {
    count: frames.length,
    intervals: intervals.length,
    medianIntervalMs: round(med, 2),
    intervalMs: latencyStats(intervals),
    dropped: intervals.length >= 10 ? long.length : null,
    droppedIntervalsMs: long.slice(0, 20).map((d) => round(d)),
  };
}

function longTaskStats(seen) {
  if (seen.observerError) return { count: null, totalMs: null, maxMs: null };
  const durations = seen.longTasks.map((t) => t.duration);
  return {
    count: durations.length,
    totalMs: round(durations.reduce((a, d) => a + d, 0)),
    maxMs: round(durations.length ? Math.max(...durations) : 0),
  };
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? null;
}

const msPerFrame = (t0, t1, frames) => (t0 == null || t1 == null || !frames.intervals ? null : round(((t1 - t0) * 1000) / frames.intervals, 2));

/** The values of every range input, to show that playback moved something (the playhead). */
const rangeValues = () => [...document.querySelectorAll('input[type=range]')].map((el) => el.value);

export async function measurePlayback(browser, server, route, { durationMs = 3000, idleMs = 1000, playName = 'Play', pauseName = 'Pause' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(LONGTASK_INIT_SCRIPT);
  const pageErrors = collectErrors(page);
  const cdp = await context.newCDPSession(page);
  const url = routeUrl(server.baseUrl, route);
  const result = {
    route,
    url,
    cpuThrottle: 1,
    durationMs,
    dropFactor: DROPPED_FRAME_FACTOR,
    played: false,
    paused: false,
    longTasks: { count: null, totalMs: null, maxMs: null },
    frames: { count: null, intervals: null, medianIntervalMs: null, intervalMs: null, dropped: null, droppedIntervalsMs: [] },
    mainThreadMsPerFrame: null,
    loadavg1: null,
    rangeInputsMoved: null,
    idle: null,
    errors: [],
    warnings: [],
  };
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
    result.timeDomain = 'threadTicks';
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(async () => {
      result.timeDomain = 'timeTicks';
      await cdp.send('Performance.enable');
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await waitUntilQuiet(page, { quietMs: 750 });

    const play = page.getByRole('button', { name: playName, exact: true });
    try {
      await play.first().waitFor({ state: 'visible', timeout: 10_000 });
    } catch {
      result.errors.push(`no visible button named "${playName}" on ${route}`);
      return result;
    }
    const playCount = await play.count();
    if (playCount > 1) result.warnings.push(`${playCount} buttons named "${playName}": used the first`);
    // Bring the button's region (the chart and its controls) on screen, then let it settle: what
    // is off screen may not be rendered at all, which would flatter the numbers.
    await play.first().evaluate((el) => (el.closest('section, figure, [role=region]') ?? el).scrollIntoView({ block: 'start' }));
    await play.first().scrollIntoViewIfNeeded();
    await waitUntilQuiet(page, { quietMs: 500 });

    if (idleMs > 0) {
      const i0 = await taskSeconds(cdp);
      await page.evaluate(startRecorder, true);
      const idle = await page.evaluate(stopRecorder, idleMs);
      const i1 = await taskSeconds(cdp);
      const frames = frameStats(idle.frames);
      result.idle = { durationMs: idleMs, longTasks: longTaskStats(idle), frames, mainThreadMsPerFrame: msPerFrame(i0, i1, frames) };
    }

    result.loadavg1 = round(os.loadavg()[0], 2);
    const before = await page.evaluate(rangeValues);
    await page.evaluate(startRecorder, false);
    // a few frames of the recorder alone before the click
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))));
    await play.first().click({ timeout: 5_000 });
    const p0 = await taskSeconds(cdp);
    const seen = await page.evaluate(stopRecorder, durationMs);
    const p1 = await taskSeconds(cdp);
    const after = await page.evaluate(rangeValues);

    const pause = page.getByRole('button', { name: pauseName, exact: true });
    if (await pause.count()) {
      result.played = true;
      await pause.first().click({ timeout: 5_000 });
      result.paused = await page.getByRole('button', { name: playName, exact: true }).first()
        .waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
      if (!result.paused) result.warnings.push(`after clicking "${pauseName}" no button named "${playName}" came back`);
    } else {
      result.warnings.push(`no button named "${pauseName}" at the end of the window: playback did not start, or ended within ${durationMs} ms`);
    }

    if (!seen.clickSeen) result.warnings.push('the click did not reach the page');
    if (seen.observerError) result.errors.push(`PerformanceObserver('longtask'): ${seen.observerError}`);
    const changed = before.filter((v, i) => after[i] !== v).length;
    result.rangeInputsMoved = changed;
    if (!changed) result.warnings.push('no range input (playhead) changed value while playing');

    result.longTasks = longTaskStats(seen);
    result.windowMs = round(seen.windowMs);
    result.frames = frameStats(seen.frames);
    result.mainThreadMsPerFrame = msPerFrame(p0, p1, result.frames);
    if (result.frames.intervals < 10) result.errors.push(`only ${result.frames.intervals} frame intervals recorded in ${durationMs} ms`);
    return result;
  } catch (e) {
    result.errors.push(String(e?.message ?? e));
    return result;
  } finally {
    result.pageErrors = pageErrors;
    await context.close();
  }
}
