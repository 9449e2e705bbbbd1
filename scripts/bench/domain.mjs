// Times the domain's hot functions in Node: src/domain/index.ts is loaded through Vite's SSR
// module loader (middleware-mode server, no HTTP listener), then each function is called in
// batches; the result is the median over many batches of the time per call, in microseconds.
import path from 'node:path';
import { median, ROOT, round } from './lib.mjs';

const EDITION = 'saa-c02';
const SIZES_GIB = [1, 100, 334, 500, 1000, 2000, 5334, 16384];

/** Cases to time: each gets the call index so inputs vary a little (no single cached answer). */
function cases(domain) {
  const volumes = SIZES_GIB.map((sizeGiB) => ({ type: 'gp2', sizeGiB }));
  const needs = SIZES_GIB.map((sizeGiB) => ({ sizeGiB: Math.max(sizeGiB, 125), iops: 3000, throughputMiBps: 250 }));
  return {
    volumePerformance: (i) => domain.volumePerformance(volumes[i & 7], EDITION),
    monthlyCost: (i) => domain.monthlyCost(volumes[i & 7]),
    compareTypes: (i) => domain.compareTypes(needs[i & 7], EDITION),
    performanceEnvelope: () => domain.performanceEnvelope('gp2', EDITION, 'iops'),
  };
}

const sink = { value: 0 };
function consume(value) {
  // keep results observable so the calls cannot be optimised away
  if (value == null) sink.value++;
  else if (typeof value === 'object') sink.value += Array.isArray(value) ? value.length : 1;
  else sink.value += Number(value) || 1;
}

function timeFunction(fn, { minBatchMs = 1, samples = 200, maxMs = 2000 } = {}) {
  // warm up (lets V8 optimise) and find a batch size that takes at least minBatchMs
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
    for (const [name, fn] of Object.entries(cases(domain))) {
      try {
        if (typeof domain[name] !== 'function') throw new Error(`${name} is not exported by src/domain/index.ts`);
        results[name] = timeFunction(fn);
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
      },
      functions: results,
      errors,
    };
  } finally {
    await server.close();
  }
}
