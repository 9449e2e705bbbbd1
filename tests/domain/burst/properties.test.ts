/**
 * Invariants of the credit simulation (fast-check, fixed seed printed on failure; FC_SEED=<n> to
 * explore): the balance stays in the bucket, delivery within demand and the burst ceiling, the
 * balance equation holds, big gp2 volumes never move, splitting a segment changes nothing, the
 * exact result agrees with a naive one-second stepping of the same rules, and the cost is
 * O(segments): a bounded number of pieces per segment, whatever the simulated time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditBucket, simulateCredits, stateAt, type CreditSimulation, type SimulationOptions, type Volume, type WorkloadSegment,
} from '../../../src/domain';
import { anyEdition, assertProperty } from '../support/property';

const volumeArb: fc.Arbitrary<Volume> = fc.oneof(
  fc.integer({ min: 1, max: 1_200 }).map((sizeGiB) => ({ type: 'gp2' as const, sizeGiB })),
  fc.integer({ min: 1, max: 16_384 }).map((sizeGiB) => ({ type: 'gp2' as const, sizeGiB })),
  fc.integer({ min: 125, max: 16_384 }).map((sizeGiB) => ({ type: 'st1' as const, sizeGiB })),
  fc.integer({ min: 125, max: 16_384 }).map((sizeGiB) => ({ type: 'sc1' as const, sizeGiB })),
);

/** Demands around the interesting rates: 0, below and at baseline, between, at and above burst. */
function demandArb(baseline: number, burst: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(0, baseline, burst),
    fc.double({ min: 0, max: burst * 1.3, noNaN: true }),
    fc.integer({ min: 0, max: Math.ceil(burst * 1.3) }),
  );
}

function workloadArb(volume: Volume, maxSegments: number, maxSeconds: number): fc.Arbitrary<WorkloadSegment[]> {
  const { baseline, burst } = creditBucket(volume, 'saa-c02');
  return fc.array(
    fc.record({ durationSeconds: fc.integer({ min: 1, max: maxSeconds }), demand: demandArb(baseline, burst) }),
    { minLength: 1, maxLength: maxSegments },
  );
}

const optionsArb = (volume: Volume): fc.Arbitrary<SimulationOptions> => {
  const bucket = creditBucket(volume, 'saa-c02').bucketSize;
  return fc.record({
    initialBalance: fc.oneof(fc.constant(undefined), fc.constantFrom(0, bucket), fc.double({ min: 0, max: bucket, noNaN: true })),
    snapshotInProgress: fc.boolean(),
  });
};

const scenario = (maxSegments = 30, maxSeconds = 50_000) => volumeArb.chain((volume) =>
  fc.record({
    volume: fc.constant(volume), edition: anyEdition, workload: workloadArb(volume, maxSegments, maxSeconds), options: optionsArb(volume),
  }));

const run = (s: { volume: Volume; edition: 'saa-c02' | 'current'; workload: WorkloadSegment[]; options: SimulationOptions }) =>
  simulateCredits(s.volume, s.workload, s.edition, s.options);

const close = (a: number, b: number, scale: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(scale));

/** Pieces between consecutive breakpoints: constant delivery, linear balance. */
function pieces(sim: CreditSimulation) {
  return sim.breakpoints.slice(0, -1).map((a, i) => ({ a, b: sim.breakpoints[i + 1]!, dt: sim.breakpoints[i + 1]!.t - a.t }));
}

describe('credit simulation properties', () => {
  it('keeps the balance within [0, bucket] at every breakpoint, drawn point and any time in between', () => {
    assertProperty(fc.property(scenario(), fc.array(fc.double({ min: -0.1, max: 1.1, noNaN: true }), { maxLength: 20 }), (s, fractions) => {
      const sim = run(s);
      const inBucket = (b: number) => b >= 0 && b <= sim.bucketSize;
      expect(sim.breakpoints.every((p) => inBucket(p.balance))).toBe(true);
      expect(sim.points.every((p) => inBucket(p.balance))).toBe(true);
      for (const f of fractions) {
        const p = stateAt(sim, f * sim.totalSeconds);
        expect(inBucket(p.balance)).toBe(true);
        expect(p.balancePercent).toBeCloseTo((p.balance / sim.bucketSize) * 100, 9);
      }
    }));
  });

  it('never delivers more than the demand or the burst ceiling, nor less than the demand up to the baseline', () => {
    assertProperty(fc.property(scenario(), (s) => {
      const sim = run(s);
      for (const p of sim.breakpoints) {
        expect(p.delivered).toBeLessThanOrEqual(p.demand);
        expect(p.delivered).toBeLessThanOrEqual(sim.burst);
        expect(p.delivered).toBeGreaterThanOrEqual(Math.min(p.demand, sim.baseline));
      }
      expect(sim.servedFraction).toBeGreaterThanOrEqual(0);
      expect(sim.servedFraction).toBeLessThanOrEqual(1 + 1e-12);
    }));
  });

  it('spends exactly the I/O delivered above baseline, and ends at initial + earned - spent', () => {
    assertProperty(fc.property(scenario(), (s) => {
      const sim = run(s);
      let earned = 0;
      let spent = 0;
      let drops = 0;
      for (const { a, b, dt } of pieces(sim)) {
        const atTop = a.balance === sim.bucketSize && b.balance === sim.bucketSize;
        if (!sim.usesCredits) continue;
        if (a.delivered > sim.baseline) {
          spent += (a.delivered - sim.baseline) * dt;
          drops += a.balance - b.balance;
        } else if (!atTop) earned += (sim.baseline - a.delivered) * dt;
      }
      const first = sim.breakpoints[0]!.balance;
      const end = sim.breakpoints.at(-1)!.balance;
      expect(close(drops, spent, sim.bucketSize * sim.breakpoints.length)).toBe(true);
      expect(close(end, first + earned - spent, sim.bucketSize * sim.breakpoints.length)).toBe(true);
    }));
  });

  it('never changes the balance of a gp2 volume of 1,000 GiB or more', () => {
    const big = fc.integer({ min: 1_000, max: 16_384 }).chain((sizeGiB) => {
      const volume: Volume = { type: 'gp2', sizeGiB };
      return fc.record({ volume: fc.constant(volume), edition: anyEdition, workload: workloadArb(volume, 20, 100_000), options: optionsArb(volume) });
    });
    assertProperty(fc.property(big, (s) => {
      const sim = run(s);
      const initial = sim.breakpoints[0]!.balance;
      expect(sim.usesCredits).toBe(false);
      expect(sim.breakpoints.every((p) => p.balance === initial)).toBe(true);
      expect(sim.events.every((e) => e.kind === 'segment')).toBe(true);
    }));
  });

  it('changes nothing when a segment is split in two with the same demand, except for one more segment event', () => {
    const split = scenario(12).chain((s) => fc.record({
      s: fc.constant(s), index: fc.nat({ max: s.workload.length - 1 }), at: fc.double({ min: 0, max: 1, noNaN: true }),
    })).filter(({ s, index }) => s.workload[index]!.durationSeconds >= 2);
    assertProperty(fc.property(split, ({ s, index, at }) => {
      const seg = s.workload[index]!;
      const first = Math.min(seg.durationSeconds - 1, Math.max(1, Math.round(at * seg.durationSeconds)));
      const workload = [...s.workload.slice(0, index), { durationSeconds: first, demand: seg.demand },
        { durationSeconds: seg.durationSeconds - first, demand: seg.demand }, ...s.workload.slice(index + 1)];
      const a = run(s);
      const b = run({ ...s, workload });
      const T = a.totalSeconds;
      expect(close(a.throttledSeconds, b.throttledSeconds, T)).toBe(true);
      expect(close(a.servedFraction, b.servedFraction, 1)).toBe(true);
      expect(close(a.breakpoints.at(-1)!.balance, b.breakpoints.at(-1)!.balance, a.bucketSize)).toBe(true);
      const other = (sim: CreditSimulation) => sim.events.filter((e) => e.kind !== 'segment');
      expect(other(b).map((e) => e.kind)).toEqual(other(a).map((e) => e.kind));
      other(a).forEach((e, i) => expect(close(e.atSeconds, other(b)[i]!.atSeconds, T)).toBe(true));
      expect(b.events.length - a.events.length).toBe(1);
      expect(b.throttledPeriods.length).toBe(a.throttledPeriods.length);
    }));
  });

  it('returns each breakpoint itself from stateAt, and the linear balance between breakpoints', () => {
    assertProperty(fc.property(scenario(), (s) => {
      const sim = run(s);
      for (const p of sim.breakpoints) expect(stateAt(sim, p.t)).toEqual(p);
      for (const { a, b, dt } of pieces(sim)) {
        const mid = stateAt(sim, a.t + dt / 2);
        expect(mid.delivered).toBe(a.delivered);
        expect(close(mid.balance, (a.balance + b.balance) / 2, sim.bucketSize)).toBe(true);
      }
    }));
  });

  it('agrees with a naive one-second stepping of the same rules, within one step per event', () => {
    const short = scenario(8, 12_000);
    assertProperty(fc.property(short, (s) => {
      const sim = run(s);
      const { bucketSize: B, baseline: r, burst: p, usesCredits } = sim;
      const hold = s.volume.type !== 'gp2' && s.options.snapshotInProgress === true;
      let b = sim.breakpoints[0]!.balance;
      let throttled = 0;
      let delivered = 0;
      let demanded = 0;
      for (const seg of s.workload) {
        for (let k = 0; k < seg.durationSeconds; k += 1) {
          const d = Math.min(seg.demand, !usesCredits || hold || b <= 0 ? r : p);
          let rate = usesCredits ? r - d : 0;
          if (rate > 0 && b >= B) rate = 0;
          b = Math.min(B, Math.max(0, b + rate));
          if (d < seg.demand) throttled += 1;
          delivered += d;
          demanded += seg.demand;
        }
      }
      const events = 2 * s.workload.length + 2;
      expect(Math.abs(b - sim.breakpoints.at(-1)!.balance)).toBeLessThanOrEqual(p * events + 1e-6 * B);
      expect(Math.abs(throttled - sim.throttledSeconds)).toBeLessThanOrEqual(events);
      if (demanded > 0) expect(Math.abs(delivered / demanded - sim.servedFraction)).toBeLessThanOrEqual((p * events) / demanded + 1e-9);
    }), 100);
  });

  it('costs O(segments): at most two pieces and two events per segment, however long the workload', () => {
    assertProperty(fc.property(scenario(200, 604_800 / 200), (s) => {
      const sim = run(s);
      const n = s.workload.length;
      expect(sim.breakpoints.length).toBeLessThanOrEqual(2 * n + 1);
      expect(sim.events.length).toBeLessThanOrEqual(2 * n);
      expect(sim.events.filter((e) => e.kind === 'segment')).toHaveLength(n);
      for (let i = 1; i < sim.breakpoints.length; i += 1) expect(sim.breakpoints[i]!.t).toBeGreaterThan(sim.breakpoints[i - 1]!.t);
      for (let i = 1; i < sim.events.length; i += 1) expect(sim.events[i]!.atSeconds).toBeGreaterThanOrEqual(sim.events[i - 1]!.atSeconds);
    }), 100);
    const week = simulateCredits({ type: 'gp2', sizeGiB: 100 }, [{ durationSeconds: 604_800, demand: 3_000 }], 'saa-c02');
    expect(week.breakpoints.map((p) => p.t)).toEqual([0, 2_000, 604_800]);
  });

  it('reports throttled time as the total length of its maximal throttled periods', () => {
    assertProperty(fc.property(scenario(), (s) => {
      const sim = run(s);
      const total = sim.throttledPeriods.reduce((a, q) => a + (q.end - q.start), 0);
      expect(close(total, sim.throttledSeconds, sim.totalSeconds)).toBe(true);
      for (let i = 1; i < sim.throttledPeriods.length; i += 1) {
        expect(sim.throttledPeriods[i]!.start).toBeGreaterThan(sim.throttledPeriods[i - 1]!.end);
      }
      for (const q of sim.throttledPeriods) {
        const p = stateAt(sim, (q.start + q.end) / 2);
        expect(p.delivered).toBeLessThan(p.demand);
      }
    }));
  });
});
