#!/usr/bin/env node
// npm run bench [-- --route '#/' --route '#/ebs'] [--slider-route '#/ebs' --slider-route '#/burst'] [--steps 40] [--throttle 4]
//                  [--playback-route '#/burst'] [--playback-ms 3000] [--no-build] [--pretty]
//
// Builds the site, serves dist/ on 127.0.0.1:<random port>, drives Debian's Chromium with
// playwright-core and prints ONE JSON report on stdout (everything else goes to stderr):
//   jsPerRoute  JS files each route requested, raw + gzip (level 9) bytes, recharts or not
//   sliders     one entry per slider route (default '#/ebs' and '#/burst'): per input[type=range],
//               input-to-paint latency and main-thread work per step, unthrottled and CPU-throttled;
//               JS heap after a forced GC
//   playback    on the playback route (default '#/burst'): long tasks and rAF frame intervals for
//               --playback-ms after clicking "Play", unthrottled (then "Pause")
//   domain      median microseconds per call of the domain's hot functions, simulateCredits included
//   budgets     [{ name, limit, value, pass }]: reported, not enforced
// The same JSON is written to .bench/last.json. Exit 0 unless something threw or a measurement
// could not be made, e.g. no "Play" button (then the partial report is still written, with the
// error in `errors`, and the exit code is 1).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureDomain, SIMULATE_GP2_CASE } from './domain.mjs';
import { measureJsPerRoute } from './js-per-route.mjs';
import { budget, buildSite, DIST, launchChromium, ROOT, round, serveStatic } from './lib.mjs';
import { DROPPED_FRAME_FACTOR, measurePlayback } from './playback.mjs';
import { measureSliders } from './sliders.mjs';
import { measureSteps } from './steps.mjs';
import { measureTyping } from './typing.mjs';

// stdout carries the JSON report only: route every other write (Vite, plugins, logs) to stderr.
const writeStdout = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr);
const log = (...args) => console.error('[bench]', ...args);

const { values: opts } = parseArgs({
  options: {
    route: { type: 'string', multiple: true },
    'slider-route': { type: 'string', multiple: true },
    'playback-route': { type: 'string' },
    'playback-ms': { type: 'string' },
    steps: { type: 'string' },
    throttle: { type: 'string' },
    'no-build': { type: 'boolean' },
    pretty: { type: 'boolean' },
  },
  strict: true,
});
const routes = opts.route?.length ? opts.route : ['#/', '#/ebs', '#/snapshots', '#/encryption', '#/ami', '#/containers', '#/ecs'];
const sliderRoutes = [...new Set(opts['slider-route']?.length ? opts['slider-route'] : ['#/ebs', '#/burst'])];
const playbackRoute = opts['playback-route'] ?? '#/burst';
const stepRoutes = ['#/snapshots', '#/encryption', '#/ami'];
const playbackMs = Math.max(500, Number(opts['playback-ms'] ?? 3000));
const steps = Math.max(4, Number(opts.steps ?? 40));
const throttle = Math.max(1, Number(opts.throttle ?? 4));

const BUDGETS = {
  homeJsGzipKB: 90,
  sliderP95Ms: 34,
  sliderWorkPerStepMs: 8,
  sliderP95ThrottledMs: 50,
  heapMB: 20,
  simulateCreditsUs: 1000,
  playbackLongTasks: 0,
  playbackDroppedFrames: 0,
  stepWorkMs: 8,
  stepP95Ms: 34,
  stepLayoutsDuringTransition: 0,
  dockerfileKeystrokeWorkMs: 8,
};

const report = {
  tool: 'ec2-explorer bench',
  generatedAt: new Date().toISOString(),
  env: {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    loadavg1: round(os.loadavg()[0], 2),
    chromium: null,
  },
  build: null,
  jsPerRoute: null,
  sliders: [],
  playback: null,
  steps: [],
  typing: null,
  domain: null,
  budgets: [],
  errors: [],
  notes: [
    'Sizes are of the files in dist/ (what was served, uncompressed); gzip = zlib level 9. KB = 1000 bytes, as in Vite\'s build report.',
    'Slider latency: KeyboardEvent.timeStamp -> 2nd requestAnimationFrame after the keydown, in the page (performance.now()). Headless Chromium paints at 60 Hz: ~17-33 ms is the floor for any update. Presses that did not change the value (at an end of the range) are not samples.',
    'workPerStepMs: CDP Performance.getMetrics TaskDuration delta (renderer main thread, see sliders.timeDomain) / key presses; it includes the harness\'s own per-step calls, estimated by sliders.calibration (same loop on a focused element outside the app).',
    'Heap: CDP Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, after both slider sweeps of a route (a fresh page per route); MB = 2^20 bytes.',
    `Playback: a real click on the button named "Play", then for playback.durationMs from the click (event timeStamp) the page records PerformanceObserver('longtask') entries and every requestAnimationFrame timestamp; an interval over ${DROPPED_FRAME_FACTOR} x the median interval is a dropped frame. The interval that spans the click is included. Unthrottled; a fresh page at the route's defaults. playback.idle: the same recorder for 1 s before the click with nothing playing (what the page and machine drop on their own). mainThreadMsPerFrame: CDP TaskDuration delta over the window (from just after the click) / frame intervals.`,
    'simulateCredits: 200 segments of 3,024 s (7 days, the explorer\'s limits), demands cycling through a fixed list; domain.inputs says which; each entry\'s `result` summarises what one call produced.',
    'Steps: ArrowRight on the focused Next button of the route\'s first stepper, wrapping with Home; latency and appWorkMs as for sliders (appWorkMs from keydown capture to keydown bubble at window, after React committed, plus a forced layout); layoutsDuringTransitions = CDP LayoutCount delta from the painted frame to 600 ms later, per step.',
    'Typing: 30 characters typed at the end of a 100-line Dockerfile in the containers view; appWorkMs from keydown (window, capture) to the input event at window (after React re-parsed and committed) plus a forced layout; latency to the second requestAnimationFrame.',
    'Budgets are reported, not enforced. A budget whose value could not be measured (null) does not pass.',
  ],
};

async function section(name, fn) {
  const t0 = performance.now();
  log(`${name}...`);
  try {
    return await fn();
  } catch (e) {
    report.errors.push(`${name}: ${e?.stack ?? e}`);
    log(`${name} FAILED: ${e?.message ?? e}`);
    return null;
  } finally {
    log(`${name} done in ${Math.round(performance.now() - t0)} ms`);
  }
}

function addBudgets() {
  const home = report.jsPerRoute?.find((r) => r.route === '#/' || r.route === '/' || r.route === '#');
  report.budgets.push(budget(`first-load JS on '#/' (KB gzip)`, BUDGETS.homeJsGzipKB, home ? home.totalGzipKB : null, (v, l) => v <= l));
  report.budgets.push(budget(`recharts loaded on '#/'`, false, home ? home.rechartsLoaded : null, (v) => v === false));

  for (const route of sliderRoutes) {
    const sliders = report.sliders.find((s) => s?.route === route);
    const runs = sliders?.runs ?? [];
    const base = runs.find((r) => r.cpuThrottle === 1);
    const slow = runs.find((r) => r.cpuThrottle !== 1);
    const measured = (sliders?.sliderCount ?? 0) > 0;
    const on = `on '${route}'`;
    report.budgets.push(budget(`slider p95 input-to-paint latency ${on}, unthrottled (ms)`, BUDGETS.sliderP95Ms, measured ? base?.overall.latencyMs.p95 ?? null : null, (v, l) => v <= l));
    report.budgets.push(budget(`slider app work per step (input to commit + layout) ${on}, worst slider p95, unthrottled (ms)`, BUDGETS.sliderWorkPerStepMs, measured ? base?.overall.maxAppWorkP95Ms ?? null : null, (v, l) => v < l));
    report.budgets.push(budget(`slider renderer main-thread time per step incl. paint and harness ${on}, worst slider, unthrottled (ms)`, round(BUDGETS.sliderWorkPerStepMs + (sliders?.calibration?.workPerStepMs ?? 0), 2), measured ? base?.overall.maxWorkPerStepMs ?? null : null, (v, l) => v < l));
    report.budgets.push(budget(`slider p95 input-to-paint latency ${on}, ${throttle}x CPU throttle (ms)`, BUDGETS.sliderP95ThrottledMs, measured ? slow?.overall.latencyMs.p95 ?? null : null, (v, l) => v <= l));
    report.budgets.push(budget(`JS heap used after sweeping every slider ${on} (MB)`, BUDGETS.heapMB, measured ? sliders?.heap?.usedMB ?? null : null, (v, l) => v <= l));
  }

  const pb = report.playback;
  const played = pb?.played === true;
  report.budgets.push(budget(`long tasks while playing on '${playbackRoute}' for ${playbackMs} ms, unthrottled (count)`, BUDGETS.playbackLongTasks, played ? pb.longTasks.count : null, (v, l) => v <= l));
  report.budgets.push(budget(`dropped frames (rAF interval > ${DROPPED_FRAME_FACTOR} x median) while playing on '${playbackRoute}' for ${playbackMs} ms, unthrottled (count)`, BUDGETS.playbackDroppedFrames, played ? pb.frames.dropped : null, (v, l) => v <= l));

  for (const route of stepRoutes) {
    const st = report.steps.find((s) => s?.route === route && !s.failed);
    report.budgets.push(budget(`step app work (input to commit + layout) on '${route}', p95 (ms)`, BUDGETS.stepWorkMs, st ? st.appWorkMs.p95 : null, (v, l) => v < l));
    report.budgets.push(budget(`step p95 input-to-paint latency on '${route}' (ms; <= 2 frames = painted in the next frame)`, BUDGETS.stepP95Ms, st ? st.latencyMs.p95 : null, (v, l) => v <= l));
    report.budgets.push(budget(`layouts during step transitions on '${route}' (count, transform/opacity only)`, BUDGETS.stepLayoutsDuringTransition, st ? st.layoutsDuringTransitions.total : null, (v, l) => v <= l));
  }
  report.budgets.push(budget(`Dockerfile keystroke on '#/containers' (100 lines re-parsed and redrawn): app work p95 (ms)`, BUDGETS.dockerfileKeystrokeWorkMs, report.typing?.appWorkMs?.p95 ?? null, (v, l) => v < l));
  report.budgets.push(budget(`domain: ${SIMULATE_GP2_CASE}, median per call (µs)`, BUDGETS.simulateCreditsUs, report.domain?.functions?.[SIMULATE_GP2_CASE]?.medianUs ?? null, (v, l) => v < l));
}

let server;
let browser;
try {
  if (!opts['no-build']) {
    const ms = await buildSite();
    report.build = { ms, outDir: path.relative(ROOT, DIST) };
  } else {
    report.build = { skipped: true, outDir: path.relative(ROOT, DIST) };
  }
  server = await serveStatic(DIST);
  browser = await launchChromium();
  report.env.chromium = browser.version();

  report.jsPerRoute = await section('JS per route', () => measureJsPerRoute(browser, server, DIST, routes));
  for (const route of sliderRoutes) {
    const result = await section(`sliders on ${route}`, () => measureSliders(browser, server, route, { steps, throttle }));
    report.sliders.push(result ?? { route, failed: true });
  }
  for (const route of stepRoutes) {
    const result = await section(`steps on ${route}`, () => measureSteps(browser, server, route));
    report.steps.push(result ?? { route, failed: true });
  }
  report.typing = await section('typing on #/containers', () => measureTyping(browser, server));
  report.playback = await section(`playback on ${playbackRoute}`, () => measurePlayback(browser, server, playbackRoute, { durationMs: playbackMs }));
  for (const e of report.playback?.errors ?? []) report.errors.push(`playback on ${playbackRoute}: ${e}`);
  await browser.close();
  browser = undefined;
  await server.close();
  server = undefined;

  report.domain = await section('domain hot functions', () => measureDomain());
} catch (e) {
  report.errors.push(String(e?.stack ?? e));
  log(`FAILED: ${e?.message ?? e}`);
} finally {
  await browser?.close().catch(() => {});
  await server?.close().catch(() => {});
}

addBudgets();
const json = JSON.stringify(report, null, opts.pretty ? 2 : 0);
mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
writeFileSync(path.join(ROOT, '.bench', 'last.json'), JSON.stringify(report, null, 2) + '\n');
writeStdout(json + '\n');
for (const b of report.budgets) log(`${b.pass ? 'ok  ' : 'FAIL'} ${b.name}: ${JSON.stringify(b.value)} (limit ${JSON.stringify(b.limit)})`);
if (report.errors.length) log(`${report.errors.length} error(s); see "errors" in the report`);
process.exit(report.errors.length ? 1 : 0);
