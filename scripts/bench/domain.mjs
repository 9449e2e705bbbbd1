// Times the domain's hot functions in Node: src/domain/index.ts is loaded through Vite's SSR
// module loader (middleware-mode server, no HTTP listener), then each function is called in
// batches; the result is the median over many batches of the time per call, in microseconds.
import path from 'node:path';
import { median, ROOT, round } from './lib.mjs';

const EDITION = 'saa-c02';
const SIZES_GIB = [1, 100, 334, 500, 1000, 2000, 5334, 16384];

/**
 * The burst simulation's worst case the explorer allows: 200 segments (MAX_SEGMENTS) of 3,024 s
 * each = 604,800 s = 7 days (MAX_WORKLOAD_SECONDS), demands cycling through a fixed list so the
 * bucket empties and refills many times. Deterministic: no randomness.
 */
const BURST_SEGMENTS = 200;
const BURST_SEGMENT_SECONDS = 3_024;
const GP2_DEMANDS_IOPS = [100, 3000, 800, 2500, 50];
const ST1_DEMANDS_MIBPS = [10, 300, 80, 250, 5];
const cyclingWorkload = (demands) =>
  Array.from({ length: BURST_SEGMENTS }, (_, i) => ({ durationSeconds: BURST_SEGMENT_SECONDS, demand: demands[i % demands.length] }));
/** The case the run's budget reads (under 1 ms per call). */
export const SIMULATE_GP2_CASE = 'simulateCredits gp2 100 GiB, 7 d / 200 segments';
const BURST_CASES = {
  [SIMULATE_GP2_CASE]: { volume: { type: 'gp2', sizeGiB: 100 }, demands: GP2_DEMANDS_IOPS, unit: 'IOPS' },
  'simulateCredits st1 1 TiB, 7 d / 200 segments': { volume: { type: 'st1', sizeGiB: 1024 }, demands: ST1_DEMANDS_MIBPS, unit: 'MiB/s' },
};

/**
 * Cases to time, keyed by the name in the report: the domain export each one calls, and the call
 * (given the call index so inputs can vary a little: no single cached answer).
 */
function cases(domain) {
  const volumes = SIZES_GIB.map((sizeGiB) => ({ type: 'gp2', sizeGiB }));
  const needs = SIZES_GIB.map((sizeGiB) => ({ sizeGiB: Math.max(sizeGiB, 125), iops: 3000, throughputMiBps: 250 }));
  const out = {
    volumePerformance: { exportName: 'volumePerformance', call: (i) => domain.volumePerformance(volumes[i & 7], EDITION) },
    monthlyCost: { exportName: 'monthlyCost', call: (i) => domain.monthlyCost(volumes[i & 7]) },
    compareTypes: { exportName: 'compareTypes', call: (i) => domain.compareTypes(needs[i & 7], EDITION) },
    performanceEnvelope: { exportName: 'performanceEnvelope', call: () => domain.performanceEnvelope('gp2', EDITION, 'iops') },
  };
  for (const [name, { volume, demands }] of Object.entries(BURST_CASES)) {
    const workload = cyclingWorkload(demands);
    out[name] = { exportName: 'simulateCredits', call: () => domain.simulateCredits(volume, workload, EDITION), workload };
  }
  return out;
}

/** What one simulateCredits call produced, so the report shows the timed call did real work. */
function simulationSummary(sim, workload) {
  return {
    segments: workload.length,
    totalSeconds: sim?.totalSeconds ?? null,
    usesCredits: sim?.usesCredits ?? null,
    events: sim?.events?.length ?? null,
    breakpoints: sim?.breakpoints?.length ?? null,
    points: sim?.points?.length ?? null,
    throttledSeconds: round(sim?.throttledSeconds, 0),
    servedFraction: round(sim?.servedFraction, 4),
  };
}

const sink = { value: 0 };
function consume(value) {
  // keep results observable so the calls cannot be optimised away
  if (value == null) sink.value++;
  else if (typeof value === 'object') sink.value += Array.isArray(value) ? value.length : 1;
  else sink.value += Number(value) || 1;
}

function timeFunction(fn, { warmupMs = 100, minBatchMs = 1, samples = 200, maxMs = 2000 } = {}) {
  // warm up (lets V8 optimise) before sizing the batch, so cold calls do not make it too small
  const warm = performance.now();
  for (let i = 0; i < 1 << 16 && performance.now() - warm < warmupMs; i++) consume(fn(i));
  // find a batch size that takes at least minBatchMs
  let batch = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) consume(fn(i));
    const dt = performance.now() - t0;
    if (dt >= minBatchMs || batch >= 1 << 20) break;
    batch *= 2;
  }
  for (let i = 0; i < batch * 5; i++) consume(fn(i));
  const perCallUs = [];
  const start = performance.now();
  while (perCallUs.length < samples && (perCallUs.length < 20 || performance.now() - start < maxMs)) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) consume(fn(i));
    perCallUs.push(((performance.now() - t0) * 1000) / batch);
  }
  return { medianUs: round(median(perCallUs), 3), samples: perCallUs.length, callsPerSample: batch };
}

export async function measureDomain() {
  const { createServer } = await import('vite');
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const domain = await server.ssrLoadModule('/src/domain/index.ts');
    const results = {};
    const errors = [];
    for (const [name, { exportName, call, workload }] of Object.entries(cases(domain))) {
      try {
        if (typeof domain[exportName] !== 'function') throw new Error(`${exportName} is not exported by src/domain/index.ts`);
        const summary = workload ? simulationSummary(call(0), workload) : undefined;
        results[name] = { ...timeFunction(call), ...(summary ? { result: summary } : {}) };
      } catch (e) {
        results[name] = { medianUs: null, error: String(e?.message ?? e) };
        errors.push(`${name}: ${e?.message ?? e}`);
      }
    }
    return {
      module: path.join('src', 'domain', 'index.ts'),
      edition: EDITION,
      inputs: {
        volumePerformance: `({ type: 'gp2', sizeGiB: one of ${SIZES_GIB.join('|')} }, '${EDITION}')`,
        monthlyCost: `({ type: 'gp2', sizeGiB: one of ${SIZES_GIB.join('|')} })`,
        compareTypes: `({ sizeGiB: max(size, 125), iops: 3000, throughputMiBps: 250 }, '${EDITION}')`,
        performanceEnvelope: `('gp2', '${EDITION}', 'iops')`,
        ...Object.fromEntries(Object.entries(BURST_CASES).map(([name, { volume, demands, unit }]) => [name,
          `(${JSON.stringify(volume)}, ${BURST_SEGMENTS} segments of ${BURST_SEGMENT_SECONDS} s with demands cycling ${demands.join(', ')} ${unit}, '${EDITION}')`])),
      },
      functions: results,
      errors,
    };
  } finally {
    await server.close();
  }
}
