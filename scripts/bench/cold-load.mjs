// Cold load of a route as a visitor opening a link to it: for each run a fresh browser context
// (empty cache, and CDP Network.setCacheDisabled), CPU throttled with CDP
// Emulation.setCPUThrottlingRate (default 4x) before the navigation, then page.goto('<origin>/#/ebs').
// Observers are installed with page.addInitScript, so they exist before any of the page's scripts
// run, and they observe with `buffered: true`. The page is read once it is quiet: `load` fired, no
// request in flight for 500 ms and no long task for `quietMs` (1 s), or `maxMs` (8 s) after the
// navigation started, whichever comes first. Recorded per run (times in ms from navigation start,
// the page's performance.now()):
//  - fcpMs: the 'paint' entry first-contentful-paint;
//  - lcpMs: startTime of the last 'largest-contentful-paint' entry (the final LCP candidate), and
//    that candidate's element (tag, id, classes, first 80 characters of its text, size in px²,
//    whether it is still in the document);
//  - JS: every same-origin script request seen by CDP Network (requestWillBeSent ... loadingFinished),
//    sized from the file in dist/ (raw, gzip level 9), recharts or not (js-per-route.mjs's test);
//    jsBeforeLcp = the files whose Resource Timing responseEnd <= lcpMs (the response had fully
//    arrived before the LCP frame; same clock as LCP);
//  - long tasks: every 'longtask' entry (over 50 ms) from navigation start until quiet: count, total
//    of their durations, longest;
//  - CLS: sum of 'layout-shift' values without hadRecentInput (no input is sent, so all of them)
//    until quiet, with each shift's time, value and sources (node, previous and current rect);
//  - what is on the page once quiet: input[type=range] count (which routes get the slider bench),
//    .recharts-wrapper count;
//  - throttleCheckMs: a fixed 3e6-iteration Math.sqrt loop run in the page after everything above
//    was read (about 4x its unthrottled time if the throttle held across the navigation).
// The route's summary is the median of each number over the runs; the LCP element is the one of the
// run whose LCP is the median.
import { collectErrors, median, round, routeUrl } from './lib.mjs';
import { jsFileInfo } from './js-per-route.mjs';

/** Runs in the page before any of its scripts (page.addInitScript). */
function installLoadObservers() {
  if (window.__benchLoad) return;
  const M = (window.__benchLoad = { fcp: null, lcp: [], longTasks: [], shifts: [], observerErrors: [], lcpElement: null });
  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const describe = (node) => {
    if (!node) return null;
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return { tag: `#${node.nodeName}`, text: clean(node.textContent).slice(0, 80) };
    const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class') || '';
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id || null,
      classes: cls.split(/\s+/).filter(Boolean).slice(0, 4).join(' ') || null,
      text: clean(el.textContent).slice(0, 80),
      inChart: !!el.closest('.recharts-wrapper'),
    };
  };
  const rect = (r) => (r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null);
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch (e) {
      M.observerErrors.push(`${type}: ${e && e.message ? e.message : e}`);
    }
  };
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') M.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (e) => {
    M.lcpElement = e.element || null;
    M.lcp.push({ startTime: e.startTime, size: e.size, url: e.url || null, element: describe(e.element) });
  });
  observe('longtask', (e) => M.longTasks.push({ startTime: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => {
    M.shifts.push({
      startTime: e.startTime,
      value: e.value,
      hadRecentInput: e.hadRecentInput,
      sources: (e.sources || []).map((s) => ({ node: describe(s.node), previousRect: rect(s.previousRect), currentRect: rect(s.currentRect) })),
    });
  });
}

/** Read in the page once it is quiet. */
function readLoad() {
  const M = window.__benchLoad;
  const resources = performance.getEntriesByType('resource').map((r) => ({
    url: r.name,
    initiatorType: r.initiatorType,
    startTime: r.startTime,
    responseEnd: r.responseEnd,
  }));
  const last = M.lcp.length ? M.lcp[M.lcp.length - 1] : null;
  return {
    now: performance.now(),
    fcp: M.fcp,
    lcp: last ? { ...last, connected: M.lcpElement ? M.lcpElement.isConnected : null, candidates: M.lcp.length } : null,
    longTasks: M.longTasks,
    shifts: M.shifts,
    observerErrors: M.observerErrors,
    resources,
    rangeInputs: document.querySelectorAll('input[type=range]').length,
    charts: document.querySelectorAll('.recharts-wrapper').length,
  };
}

function throttleCheck() {
  const t = performance.now();
  let x = 0;
  for (let k = 0; k < 3e6; k++) x += Math.sqrt(k);
  return performance.now() - t + (x < 0 ? 1 : 0);
}

/** Until load + network idle 500 ms + no long task for quietMs, or maxMs after navigation start. */
async function waitQuiet(page, net, { quietMs, maxMs, wallStart }) {
  for (;;) {
    const { now, lastLongTaskEnd } = await page.evaluate(() => ({
      now: performance.now(),
      lastLongTaskEnd: Math.max(0, ...window.__benchLoad.longTasks.map((t) => t.startTime + t.duration)),
    }));
    const netQuiet = net.inflight.size === 0 && Date.now() - net.lastEventAt >= 500;
    if (netQuiet && now - lastLongTaskEnd >= quietMs) return { reached: true, atMs: now };
    if (Date.now() - wallStart >= maxMs) return { reached: false, atMs: now };
    await page.waitForTimeout(100);
  }
}

const isJsPath = (p) => /\.m?js$/i.test(p);

async function coldRun(browser, server, dist, route, { throttle, quietMs, maxMs }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(installLoadObservers);
    const errors = collectErrors(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });

    const net = { inflight: new Set(), lastEventAt: Date.now(), requests: new Map(), offOrigin: [] };
    cdp.on('Network.requestWillBeSent', (e) => {
      net.inflight.add(e.requestId);
      net.lastEventAt = Date.now();
      if (!net.requests.has(e.requestId)) net.requests.set(e.requestId, { url: e.request.url, type: e.type });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = net.requests.get(e.requestId);
      if (r) r.status = e.response.status;
    });
    const done = (e) => {
      net.inflight.delete(e.requestId);
      net.lastEventAt = Date.now();
      const r = net.requests.get(e.requestId);
      if (r) r.finished = !e.errorText;
    };
    cdp.on('Network.loadingFinished', done);
    cdp.on('Network.loadingFailed', done);

    const url = routeUrl(server.baseUrl, route);
    const wallStart = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const quiet = await waitQuiet(page, net, { quietMs, maxMs, wallStart });
    const seen = await page.evaluate(readLoad);
    const throttleCheckMs = await page.evaluate(throttleCheck);

    const timing = new Map();
    for (const r of seen.resources) {
      const u = new URL(r.url);
      if (u.origin === server.origin) timing.set(decodeURIComponent(u.pathname), r);
    }
    const lcpMs = seen.lcp?.startTime ?? null;
    const paths = new Set();
    for (const r of net.requests.values()) {
      if (!/^https?:/i.test(r.url)) continue;
      const u = new URL(r.url);
      if (u.origin !== server.origin) {
        net.offOrigin.push(r.url);
        continue;
      }
      const p = decodeURIComponent(u.pathname);
      if ((isJsPath(p) || r.type === 'Script') && (r.status ?? 0) < 400 && r.finished !== false) paths.add(p);
    }
    const files = [...paths].sort().map((p) => {
      const t = timing.get(p);
      const info = jsFileInfo(dist, p);
      return {
        ...info,
        startMs: round(t?.startTime ?? null),
        responseEndMs: round(t?.responseEnd ?? null),
        beforeLcp: lcpMs != null && t != null && t.responseEnd <= lcpMs,
      };
    });
    const sum = (list) => list.reduce((a, f) => a + f.gzipBytes, 0);
    const before = files.filter((f) => f.beforeLcp);
    const lts = seen.longTasks;
    const shifts = seen.shifts.filter((s) => !s.hadRecentInput);
    const warnings = [];
    if (!quiet.reached) warnings.push(`not quiet ${maxMs} ms after navigation start (long tasks or requests still going)`);
    if (lcpMs == null) warnings.push('no largest-contentful-paint entry');
    const untimed = files.filter((f) => f.responseEndMs == null).map((f) => f.file);
    if (untimed.length) warnings.push(`no Resource Timing entry for ${untimed.join(', ')} (counted as not before LCP)`);
    if (seen.observerErrors.length) warnings.push(...seen.observerErrors);
    return {
      url,
      fcpMs: round(seen.fcp),
      lcpMs: round(lcpMs),
      lcpElement: seen.lcp ? { ...seen.lcp.element, sizePx: seen.lcp.size, url: seen.lcp.url, connected: seen.lcp.connected, candidates: seen.lcp.candidates } : null,
      jsFiles: files,
      jsGzipBytes: sum(files),
      jsRawBytes: files.reduce((a, f) => a + f.rawBytes, 0),
      jsBeforeLcpGzipBytes: lcpMs == null ? null : sum(before),
      jsBeforeLcpFiles: before.length,
      rechartsRequested: files.some((f) => f.containsRecharts),
      rechartsBeforeLcp: before.some((f) => f.containsRecharts),
      longTasks: {
        count: lts.length,
        totalMs: round(lts.reduce((a, t) => a + t.duration, 0)),
        maxMs: round(lts.reduce((a, t) => Math.max(a, t.duration), 0)),
        list: lts.map((t) => ({ startMs: round(t.startTime), durationMs: round(t.duration) })),
      },
      cls: round(shifts.reduce((a, s) => a + s.value, 0), 4),
      layoutShifts: shifts.map((s) => ({ startMs: round(s.startTime), value: round(s.value, 4), sources: s.sources })),
      quiet: { reached: quiet.reached, atMs: round(quiet.atMs) },
      rangeInputs: seen.rangeInputs,
      charts: seen.charts,
      throttleCheckMs: round(throttleCheckMs),
      offOriginRequests: net.offOrigin,
      errors,
      warnings,
    };
  } finally {
    await context.close();
  }
}

/**
 * One unmeasured load (own context, unthrottled) so the first measured route does not pay for the
 * fresh browser's first navigation (about 300 ms more LCP here). Its HTTP cache goes with its context.
 */
export async function warmUp(browser, server, route = '#/') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(routeUrl(server.baseUrl, route), { waitUntil: 'load', timeout: 60_000 });
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  } finally {
    await context.close();
  }
}

/** The same fixed loop on an unthrottled blank page, to compare throttleCheckMs with. */
export async function throttleReference(browser) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto('about:blank');
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await page.evaluate(throttleCheck));
    return round(median(runs));
  } finally {
    await context.close();
  }
}

const medianOf = (runs, get) => {
  const v = runs.map(get).filter((x) => x != null && Number.isFinite(x));
  return v.length ? median(v) : null;
};

export async function measureColdLoad(browser, server, dist, route, { runs = 3, throttle = 4, quietMs = 1000, maxMs = 8000 } = {}) {
  const detail = [];
  for (let i = 0; i < runs; i++) detail.push({ run: i + 1, ...(await coldRun(browser, server, dist, route, { throttle, quietMs, maxMs })) });
  const lcpMs = medianOf(detail, (r) => r.lcpMs);
  // the LCP element of the run whose LCP is (nearest) the median
  const medianRun = detail.filter((r) => r.lcpMs != null).sort((a, b) => Math.abs(a.lcpMs - lcpMs) - Math.abs(b.lcpMs - lcpMs))[0] ?? detail[0];
  const kb = (b) => (b == null ? null : round(b / 1000, 2));
  const fileSets = new Set(detail.map((r) => r.jsFiles.map((f) => f.file).join(' ')));
  const warnings = [...new Set(detail.flatMap((r) => r.warnings.map((w) => `run ${r.run}: ${w}`)))];
  if (fileSets.size > 1) warnings.push('the runs requested different sets of JS files (see runsDetail)');
  return {
    route,
    url: detail[0].url,
    cpuThrottle: throttle,
    runs,
    quietMs,
    maxMs,
    summary: {
      fcpMs: round(medianOf(detail, (r) => r.fcpMs)),
      lcpMs: round(lcpMs),
      lcpMsRange: [round(Math.min(...detail.map((r) => r.lcpMs ?? Infinity))), round(Math.max(...detail.map((r) => r.lcpMs ?? -Infinity)))],
      lcpElement: medianRun.lcpElement,
      jsGzipKB: kb(medianOf(detail, (r) => r.jsGzipBytes)),
      jsRawKB: kb(medianOf(detail, (r) => r.jsRawBytes)),
      jsFiles: medianOf(detail, (r) => r.jsFiles.length),
      jsBeforeLcpGzipKB: kb(medianOf(detail, (r) => r.jsBeforeLcpGzipBytes)),
      jsBeforeLcpFiles: medianOf(detail, (r) => r.jsBeforeLcpFiles),
      rechartsRequested: detail.some((r) => r.rechartsRequested),
      rechartsBeforeLcp: detail.some((r) => r.rechartsBeforeLcp),
      longTaskCount: medianOf(detail, (r) => r.longTasks.count),
      longTaskTotalMs: round(medianOf(detail, (r) => r.longTasks.totalMs)),
      longestTaskMs: round(medianOf(detail, (r) => r.longTasks.maxMs)),
      cls: round(medianOf(detail, (r) => r.cls), 4),
      clsMax: round(Math.max(...detail.map((r) => r.cls ?? 0)), 4),
      quietAtMs: round(medianOf(detail, (r) => r.quiet.atMs)),
      allRunsQuiet: detail.every((r) => r.quiet.reached),
      rangeInputs: Math.max(...detail.map((r) => r.rangeInputs)),
      charts: Math.max(...detail.map((r) => r.charts)),
      throttleCheckMs: round(medianOf(detail, (r) => r.throttleCheckMs)),
    },
    runsDetail: detail,
    warnings,
  };
}

/** The first run's JS, in the shape of measureJsPerRoute's entries (report.jsPerRoute). */
export function jsPerRouteFromColdLoad(cold) {
  const r = cold.runsDetail[0];
  const files = r.jsFiles.map(({ file, rawBytes, gzipBytes, containsRecharts }) => ({ file, rawBytes, gzipBytes, containsRecharts }));
  return {
    route: cold.route,
    url: cold.url,
    files,
    fileCount: files.length,
    totalRawBytes: r.jsRawBytes,
    totalGzipBytes: r.jsGzipBytes,
    totalGzipKB: round(r.jsGzipBytes / 1000, 2),
    rechartsLoaded: r.rechartsRequested,
    offOriginRequests: r.offOriginRequests,
    errors: r.errors,
  };
}
