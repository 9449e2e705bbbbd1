#!/usr/bin/env node
// npm run bench [-- --quick] [--runs 3] [--route '#/' --route '#/ebs'] [--slider-route '#/ebs'] [--steps 40]
//                  [--throttle 4] [--playback-route '#/burst'] [--playback-ms 3000] [--no-build] [--pretty]
//
// Builds the site, serves dist/ on 127.0.0.1:<random port>, drives Debian's Chromium with
// playwright-core and prints ONE JSON report on stdout; then ONE plain-text table on stderr (also
// written to .bench/last.txt); everything else goes to stderr. The JSON is also .bench/last.json.
//
// Routes: '#/' plus '#/<id>' for every `id: '<kebab-case>'` in src/app/views.ts (the app's one list
// of views; a regex over its text), in its order; --route (repeatable) replaces the list.
//   coldLoad    per route, --runs fresh browser contexts (default 3; 1 with --quick), cache disabled,
//               CPU throttled --throttle x (default 4) from before the navigation to the route's link:
//               FCP, LCP (last largest-contentful-paint entry, read once the page is quiet) and its
//               element, JS requested (gzip level 9 of the dist/ files) in all and with Resource
//               Timing responseEnd <= LCP, recharts requested or not (and before LCP), long tasks
//               from navigation start until quiet (no request for 500 ms and no long task for 1 s,
//               cap 8 s), CLS (layout-shift values without recent input, with their sources), the
//               number of input[type=range] and .recharts-wrapper once quiet. Medians over the runs.
//               One unmeasured load of the first route warms the browser first. See cold-load.mjs.
//   jsPerRoute  the first cold-load run's JS files per route, raw + gzip bytes, recharts or not
//   sliders     every route whose cold load found an input[type=range] (--slider-route replaces the
//               list; routes without one are listed in sliderRoutes.withoutSlider): per slider,
//               input-to-paint latency, the app's own work per step (keydown to React's commit + a
//               forced layout) and main-thread time per step, unthrottled and (not with --quick)
//               --throttle x; after each sweep, how long after the last input the DOM inside
//               .recharts-wrapper kept changing (chart settle); JS heap after a forced GC
//   steps, typing, playback, domain: unchanged (see their files)
//   budgets     [{ name, short, route, limit, value, pass }]: reported, not enforced
// --quick: 1 cold-load run per route, 12 steps per slider, no throttled slider sweep (its budget is
// then left out), 8 presses per step-through, 1.5 s of playback: for iterating, not for the numbers.
// On this 2-core VM a full run takes 4 to 5 minutes, --quick about 1.5.
// Exit 0 unless something threw or a measurement could not be made, e.g. no "Play" button (then the
// partial report is still written, with the error in `errors`, and the exit code is 1).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { jsPerRouteFromColdLoad, measureColdLoad, throttleReference, warmUp } from './cold-load.mjs';
import { measureDomain, SIMULATE_GP2_CASE } from './domain.mjs';
import { budget, buildSite, DIST, launchChromium, ROOT, round, routesFromViews, serveStatic, VIEWS_FILE } from './lib.mjs';
import { DROPPED_FRAME_FACTOR, measurePlayback } from './playback.mjs';
import { countSliders, measureSliders } from './sliders.mjs';
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
    runs: { type: 'string' },
    steps: { type: 'string' },
    throttle: { type: 'string' },
    quick: { type: 'boolean' },
    'no-build': { type: 'boolean' },
    pretty: { type: 'boolean' },
  },
  strict: true,
});
const quick = opts.quick === true;
const positive = (name, fallback, min) => {
  const v = opts[name] === undefined ? fallback : Number(opts[name]);
  if (!Number.isFinite(v)) throw new Error(`--${name} must be a number, got '${opts[name]}'`);
  return Math.max(min, v);
};
const runs = Math.round(positive('runs', quick ? 1 : 3, 1));
const steps = Math.round(positive('steps', quick ? 12 : 40, 4));
const throttle = positive('throttle', 4, 1);
const playbackMs = positive('playback-ms', quick ? 1500 : 3000, 500);
const throttledSliders = !quick && throttle !== 1;
const stepPresses = quick ? 8 : 24;
const playbackRoute = opts['playback-route'] ?? '#/burst';
const stepRoutes = ['#/snapshots', '#/encryption', '#/ami'];
const TYPING_ROUTE = '#/containers';

const BUDGETS = {
  homeJsGzipKB: 72,
  lcpMs: 500,
  jsBeforeLcpGzipKB: 130,
  loadLongTasksMs: 250,
  cls: 0.02,
  sliderP95Ms: 34,
  sliderWorkPerStepMs: 8,
  chartSettleMs: 150,
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
    loadavg1AtEnd: null,
    chromium: null,
  },
  options: { quick, runs, steps, throttle, throttledSliders, stepPresses, playbackMs },
  build: null,
  routes: null,
  throttleReferenceMs: null,
  coldLoad: [],
  jsPerRoute: null,
  sliderRoutes: null,
  sliders: [],
  playback: null,
  steps: [],
  typing: null,
  domain: null,
  budgets: [],
  table: null,
  errors: [],
  notes: [
    'Routes: \'#/\' plus \'#/<id>\' for each `id: \'<kebab-case>\'` in src/app/views.ts (routes.source says which list was used); --route replaces them.',
    'Sizes are of the files in dist/ (what was served, uncompressed); gzip = zlib level 9. KB = 1000 bytes, as in Vite\'s build report.',
    `Cold load (coldLoad): per route ${runs} run(s), each a fresh browser context with the cache disabled (CDP Network.setCacheDisabled) and CDP Emulation.setCPUThrottlingRate ${throttle} set before page.goto('<origin>/#/<id>'); observers installed by page.addInitScript (before any page script), buffered. The page is read once quiet: load fired, no request in flight for 500 ms and no long task for 1 s, or 8 s after the navigation started (summary.allRunsQuiet says whether every run got there). Times are ms from navigation start. summary = median of each number over the runs; lcpElement is from the run whose LCP is the median. Before the first route, one unmeasured load warms the browser (the first navigation of a fresh Chromium is ~300 ms slower). throttleCheckMs: a fixed 3e6-iteration loop run in the page after reading it, against throttleReferenceMs (the same loop on an unthrottled blank page): shows the throttle held across the navigation.`,
    'LCP: startTime of the last largest-contentful-paint entry once quiet (no input is sent, so it is the final candidate); lcpElement: tag, classes, first 80 characters of its text, its size (px²), whether it is inside a chart (inChart) and still in the document. A chart\'s lines and areas are SVG shapes, never LCP candidates (only images and text are), so LCP says when the view\'s largest text or image painted, not when its chart was drawn; the chart\'s arrival shows in CLS (layoutShifts) and long tasks.',
    'Contention: throttleCheckMs far above throttle x throttleReferenceMs (a coldLoad warning over 2x) means other processes took the CPU at the end of that run, and likely during it; its times are then inflated beyond the throttle. The check runs after the load, so it cannot prove a load was not starved. Medians of 3 absorb one such run; compare runs on a quiet machine (env.loadavg1, loadavg1AtEnd).',
    'JS before LCP: gzip sum of the same-origin .js files whose Resource Timing responseEnd <= LCP (fully arrived before the LCP frame; files still arriving are not counted, files that arrived but had not run yet are). JS gzip: every same-origin script request CDP Network saw until quiet. rechartsRequested: a requested file holds recharts\' own class names (js-per-route.mjs).',
    'Long tasks (cold load): the sum and count of PerformanceObserver longtask entries (tasks over 50 ms, whole duration) from navigation start until quiet. CLS: the sum of layout-shift values without hadRecentInput until quiet (every shift; not session windows); layoutShifts lists each with its sources\' nodes and rects, to tell a chart arriving from other shifts.',
    'Slider latency: KeyboardEvent.timeStamp -> 2nd requestAnimationFrame after the keydown, in the page (performance.now()). Headless Chromium paints at 60 Hz: ~17-33 ms is the floor for any update. Presses that did not change the value (at an end of the range) are not samples.',
    'Slider app work (appWorkMs, the table\'s "work p95"): from the keydown reaching window (capture) to the input event reaching window (bubble: React has rendered and committed) plus a forced layout; per route the worst slider\'s p95.',
    'workPerStepMs: CDP Performance.getMetrics TaskDuration delta (renderer main thread, see sliders.timeDomain) / key presses; it includes the harness\'s own per-step calls, estimated by sliders.calibration (same loop on a focused element outside the app).',
    'Chart settle (sliders[].runs[].sliders[].chart): a MutationObserver on document.body timestamps each DOM change inside (or adding/removing) a .recharts-wrapper; after the sweep\'s last key press the page waits until no such change for 600 ms (cap 5 s); settleMs = the last change - KeyboardEvent.timeStamp of the last key press that changed the value. 0 = the chart did not change after that input (that slider does not redraw it, or it had already settled); null = no chart on the page. It ends at the DOM change; the paint follows within a frame. Per route: the worst slider. Budgeted at 1x; the throttled sweep reports it too.',
    `Slider routes: the routes whose cold load counted an input[type=range] once quiet; a route whose cold load failed is counted on a fresh unthrottled page. The throttled sweep (${throttle}x) and its budget are skipped with --quick.`,
    'Heap: CDP Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, after every slider sweep of a route (a fresh page per route); MB = 2^20 bytes.',
    `Playback: a real click on the button named "Play", then for playback.durationMs from the click (event timeStamp) the page records PerformanceObserver('longtask') entries and every requestAnimationFrame timestamp; an interval over ${DROPPED_FRAME_FACTOR} x the median interval is a dropped frame. The interval that spans the click is included. Unthrottled; a fresh page at the route's defaults. playback.idle: the same recorder for 1 s before the click with nothing playing (what the page and machine drop on their own). mainThreadMsPerFrame: CDP TaskDuration delta over the window (from just after the click) / frame intervals.`,
    'simulateCredits: 200 segments of 3,024 s (7 days, the explorer\'s limits), demands cycling through a fixed list; domain.inputs says which; each entry\'s `result` summarises what one call produced.',
    'Steps: ArrowRight on the focused Next button of the route\'s first stepper, wrapping with Home; latency and appWorkMs as for sliders (appWorkMs from keydown capture to keydown bubble at window, after React committed, plus a forced layout); layoutsDuringTransitions = CDP LayoutCount delta from the painted frame to 600 ms later, per step.',
    'Typing: 30 characters typed at the end of a 100-line Dockerfile in the containers view; appWorkMs from keydown (window, capture) to the input event at window (after React re-parsed and committed) plus a forced layout; latency to the second requestAnimationFrame.',
    'Budgets are reported, not enforced. A budget whose value could not be measured (null) does not pass; in the table it shows as "<short>?". Each budget has a `short` name (the table\'s) and the `route` it is about (null: not a page).',
    'Table (`table`, stderr, .bench/last.txt): one row per route, then one for what is not a page (domain). JS gzip KB, JS before LCP KB, LCP ms, long tasks ms and CLS are the cold-load medians; slider p95 ms (all sliders\' steps pooled), work p95 ms (worst slider\'s app-work p95) and chart settle ms (worst slider) come from the unthrottled sweep; budgets = "ok" or the short names of the budgets about that route that were missed.',
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

function resolveRoutes() {
  if (opts.route?.length) return { source: '--route', routes: [...new Set(opts.route)] };
  try {
    return { source: path.relative(ROOT, VIEWS_FILE), routes: routesFromViews() };
  } catch (e) {
    report.errors.push(`routes: ${e?.message ?? e}; measuring '#/' only`);
    return { source: 'fallback (views file unreadable)', routes: ['#/'] };
  }
}

const isHome = (route) => route === '#/' || route === '/' || route === '#' || route === '';
const coldOf = (route) => report.coldLoad.find((c) => c?.route === route && !c.failed);
const slidersOf = (route) => report.sliders.find((s) => s?.route === route);

function addBudgets(routes) {
  const CHECKS = { '<=': (v, l) => v <= l, '<': (v, l) => v < l, is: (v, l) => v === l };
  const add = (route, short, name, limit, value, op) => report.budgets.push({ ...budget(name, limit, value, CHECKS[op]), op, short, route });
  const at = `at ${throttle}x CPU, cold link, median of ${runs}`;
  const home = routes.find(isHome);
  if (home !== undefined) {
    const homeCold = coldOf(home);
    add(home, 'js', `JS requested by '${home}' (KB gzip)`, BUDGETS.homeJsGzipKB, homeCold?.summary.jsGzipKB ?? null, '<=');
    add(home, 'recharts', `recharts loaded on '${home}'`, false, homeCold ? homeCold.summary.rechartsRequested : null, 'is');
  }

  for (const route of routes) {
    const c = coldOf(route)?.summary;
    const on = `on '${route}'`;
    add(route, 'lcp', `largest contentful paint ${on}, ${at} (ms)`, BUDGETS.lcpMs, c?.lcpMs ?? null, '<=');
    add(route, 'js-lcp', `JS arrived before LCP ${on}, ${at} (KB gzip)`, BUDGETS.jsBeforeLcpGzipKB, c?.jsBeforeLcpGzipKB ?? null, '<=');
    add(route, 'long-tasks', `long tasks from navigation until quiet ${on}, ${at} (total ms)`, BUDGETS.loadLongTasksMs, c?.longTaskTotalMs ?? null, '<=');
    add(route, 'cls', `cumulative layout shift during load ${on}, ${at}`, BUDGETS.cls, c?.cls ?? null, '<');
  }

  for (const route of report.sliderRoutes?.measured ?? []) {
    const sliders = slidersOf(route);
    const sweeps = sliders?.runs ?? [];
    const base = sweeps.find((r) => r.cpuThrottle === 1);
    const slow = sweeps.find((r) => r.cpuThrottle !== 1);
    const measured = (sliders?.sliderCount ?? 0) > 0;
    const on = `on '${route}'`;
    add(route, 'p95', `slider p95 input-to-paint latency ${on}, unthrottled (ms)`, BUDGETS.sliderP95Ms, measured ? base?.overall.latencyMs.p95 ?? null : null, '<=');
    add(route, 'work', `slider app work per step (input to commit + layout) ${on}, worst slider p95, unthrottled (ms)`, BUDGETS.sliderWorkPerStepMs, measured ? base?.overall.maxAppWorkP95Ms ?? null : null, '<=');
    // only where the page has a chart ("where a chart must redraw")
    if (!measured || base?.overall.chartOnPage !== false) {
      add(route, 'settle', `chart settled after a slider's last input ${on}, worst slider, unthrottled (ms)`, BUDGETS.chartSettleMs, measured ? base?.overall.maxChartSettleMs ?? null : null, '<=');
    }
    add(route, 'main-thread', `slider renderer main-thread time per step incl. paint and harness ${on}, worst slider, unthrottled (ms)`, round(BUDGETS.sliderWorkPerStepMs + (sliders?.calibration?.workPerStepMs ?? 0), 2), measured ? base?.overall.maxWorkPerStepMs ?? null : null, '<');
    if (throttledSliders) {
      add(route, `p95@${throttle}x`, `slider p95 input-to-paint latency ${on}, ${throttle}x CPU throttle (ms)`, BUDGETS.sliderP95ThrottledMs, measured ? slow?.overall.latencyMs.p95 ?? null : null, '<=');
    }
    add(route, 'heap', `JS heap used after sweeping every slider ${on} (MB)`, BUDGETS.heapMB, measured ? sliders?.heap?.usedMB ?? null : null, '<=');
  }

  const pb = report.playback;
  const played = pb?.played === true;
  add(playbackRoute, 'play-long-tasks', `long tasks while playing on '${playbackRoute}' for ${playbackMs} ms, unthrottled (count)`, BUDGETS.playbackLongTasks, played ? pb.longTasks.count : null, '<=');
  add(playbackRoute, 'play-frames', `dropped frames (rAF interval > ${DROPPED_FRAME_FACTOR} x median) while playing on '${playbackRoute}' for ${playbackMs} ms, unthrottled (count)`, BUDGETS.playbackDroppedFrames, played ? pb.frames.dropped : null, '<=');

  for (const route of stepRoutes) {
    const st = report.steps.find((s) => s?.route === route && !s.failed);
    add(route, 'step-work', `step app work (input to commit + layout) on '${route}', p95 (ms)`, BUDGETS.stepWorkMs, st ? st.appWorkMs.p95 : null, '<');
    add(route, 'step-p95', `step p95 input-to-paint latency on '${route}' (ms; <= 2 frames = painted in the next frame)`, BUDGETS.stepP95Ms, st ? st.latencyMs.p95 : null, '<=');
    add(route, 'step-layouts', `layouts during step transitions on '${route}' (count, transform/opacity only)`, BUDGETS.stepLayoutsDuringTransition, st ? st.layoutsDuringTransitions.total : null, '<=');
  }
  add(TYPING_ROUTE, 'type-work', `Dockerfile keystroke on '${TYPING_ROUTE}' (100 lines re-parsed and redrawn): app work p95 (ms)`, BUDGETS.dockerfileKeystrokeWorkMs, report.typing?.appWorkMs?.p95 ?? null, '<');
  add(null, 'simulate', `domain: ${SIMULATE_GP2_CASE}, median per call (µs)`, BUDGETS.simulateCreditsUs, report.domain?.functions?.[SIMULATE_GP2_CASE]?.medianUs ?? null, '<');
}

/** The one plain-text table: a row per route (then one for what is not a page), and a legend. */
function buildTable(routes) {
  const fmt = (v, digits = 0) => (v == null ? '-' : Number(v).toFixed(digits));
  const missed = (route) => {
    const mine = report.budgets.filter((b) => b.route === route);
    if (!mine.length) return '-';
    const bad = mine.filter((b) => !b.pass).map((b) => (b.value == null ? `${b.short}?` : b.short));
    return bad.length ? bad.join(', ') : 'ok';
  };
  const rows = [];
  const budgetRoutes = new Set(report.budgets.map((b) => b.route));
  const shown = [...routes, ...[...budgetRoutes].filter((r) => r != null && !routes.includes(r))];
  for (const route of shown) {
    const cold = report.coldLoad.find((c) => c?.route === route);
    const c = cold?.failed ? null : cold?.summary;
    const sl = slidersOf(route);
    const base = sl?.runs?.find((r) => r.cpuThrottle === 1);
    let p95 = '';
    let work = '';
    let settle = '';
    if (sl?.failed) p95 = work = settle = 'error';
    else if (sl && sl.sliderCount > 0 && base) {
      p95 = fmt(base.overall.latencyMs.p95, 1);
      work = fmt(base.overall.maxAppWorkP95Ms, 1);
      settle = base.overall.chartOnPage ? fmt(base.overall.maxChartSettleMs) : 'no chart';
    } else if (sl || report.sliderRoutes?.withoutSlider.includes(route)) p95 = 'no slider';
    const coldCell = (v) => (cold?.failed ? 'error' : v);
    rows.push([
      route,
      coldCell(fmt(c?.jsGzipKB, 1)),
      coldCell(fmt(c?.jsBeforeLcpGzipKB, 1)),
      coldCell(fmt(c?.lcpMs)),
      coldCell(fmt(c?.longTaskTotalMs)),
      coldCell(fmt(c?.cls, 3)),
      p95,
      work,
      settle,
      missed(route),
    ]);
  }
  if (budgetRoutes.has(null)) rows.push(['(domain)', '', '', '', '', '', '', '', '', missed(null)]);
  const head = ['route', 'JS gzip KB', 'JS before LCP KB', 'LCP ms', 'long tasks ms', 'CLS', 'slider p95 ms', 'work p95 ms', 'chart settle ms', 'budgets'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const left = new Set([0, head.length - 1]);
  const line = (cells) => cells.map((v, i) => (left.has(i) ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join(' | ').trimEnd();
  const sep = widths.map((w) => '-'.repeat(w)).join('-|-');
  const title = `ec2-explorer bench ${report.generatedAt}${quick ? ' (--quick)' : ''}: cold load at ${throttle}x CPU, median of ${runs} run(s); ` +
    `sliders ${steps} steps each, unthrottled; loadavg ${report.env.loadavg1} -> ${report.env.loadavg1AtEnd}`;
  const legend = [];
  for (const short of new Set(report.budgets.map((b) => b.short))) {
    const all = report.budgets.filter((b) => b.short === short);
    const b = all[0];
    const name = new Set(all.map((x) => x.route)).size > 1 ? b.name.replaceAll(`'${b.route}'`, '<route>') : b.name;
    const limits = [...new Set(all.map((x) => x.limit))];
    const limit = b.op === 'is' ? `must be ${JSON.stringify(b.limit)}`
      : limits.length > 1 ? `${b.op} ${Math.min(...limits)} to ${Math.max(...limits)} (by route: ${BUDGETS.sliderWorkPerStepMs} + the harness's own cost)` : `${b.op} ${b.limit}`;
    legend.push(`  ${short}: ${name} ${limit}`);
  }
  const missedAll = report.budgets.filter((b) => !b.pass).length;
  return [
    title,
    line(head),
    sep,
    ...rows.map(line),
    `${report.budgets.length - missedAll} of ${report.budgets.length} budgets hold; "x?" = not measured. Short names:`,
    ...legend,
    ...(report.errors.length ? [`${report.errors.length} error(s); see "errors" in .bench/last.json`] : []),
  ].join('\n');
}

let server;
let browser;
const { source: routesSource, routes } = resolveRoutes();
report.routes = { source: routesSource, list: routes };
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

  await section('warm-up', () => warmUp(browser, server, routes[0]));
  report.throttleReferenceMs = await section('throttle reference', () => throttleReference(browser));
  for (const route of routes) {
    const result = await section(`cold load of ${route} (${runs} run(s), ${throttle}x CPU)`, () => measureColdLoad(browser, server, DIST, route, { runs, throttle }));
    report.coldLoad.push(result ?? { route, failed: true });
    // The in-page loop took far longer than throttle x its unthrottled time: the renderer was
    // starved by other processes, so that run's times are inflated beyond the throttle.
    const ref = report.throttleReferenceMs;
    for (const r of result?.runsDetail ?? []) {
      if (ref && r.throttleCheckMs > 2 * throttle * ref) {
        result.warnings.push(`run ${r.run}: throttleCheckMs ${r.throttleCheckMs} > 2 x ${throttle} x ${ref} (unthrottled): CPU contention, times inflated`);
      }
    }
  }
  report.jsPerRoute = report.coldLoad.filter((c) => !c.failed).map(jsPerRouteFromColdLoad);

  if (opts['slider-route']?.length) {
    report.sliderRoutes = { source: '--slider-route', measured: [...new Set(opts['slider-route'])], withoutSlider: [] };
  } else {
    const withSliders = [];
    const without = [];
    for (const route of routes) {
      const cold = coldOf(route);
      const count = cold ? cold.summary.rangeInputs : await section(`counting sliders on ${route}`, () => countSliders(browser, server, route));
      (count == null || count > 0 ? withSliders : without).push(route);
    }
    report.sliderRoutes = { source: 'routes with an input[type=range] once loaded', measured: withSliders, withoutSlider: without };
  }
  const { measured, withoutSlider } = report.sliderRoutes;
  for (const route of [...new Set([...routes, ...measured])]) {
    if (withoutSlider.includes(route)) report.sliders.push({ route, sliderCount: 0, result: 'no slider' });
    if (!measured.includes(route)) continue;
    const result = await section(`sliders on ${route}`, () => measureSliders(browser, server, route, { steps, throttle, throttled: throttledSliders }));
    report.sliders.push(result ?? { route, failed: true });
  }
  for (const route of stepRoutes) {
    const result = await section(`steps on ${route}`, () => measureSteps(browser, server, route, { presses: stepPresses }));
    report.steps.push(result ?? { route, failed: true });
  }
  report.typing = await section(`typing on ${TYPING_ROUTE}`, () => measureTyping(browser, server));
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

report.env.loadavg1AtEnd = round(os.loadavg()[0], 2);
addBudgets(routes);
const table = buildTable(routes);
report.table = table.split('\n');
const json = JSON.stringify(report, null, opts.pretty ? 2 : 0);
mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
writeFileSync(path.join(ROOT, '.bench', 'last.json'), JSON.stringify(report, null, 2) + '\n');
writeFileSync(path.join(ROOT, '.bench', 'last.txt'), table + '\n');
writeStdout(json + '\n');
console.error(table);
process.exit(report.errors.length ? 1 : 0);
