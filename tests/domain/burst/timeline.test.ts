/**
 * Downsampling for drawing: a few hundred points that keep the first and last, every bucket's
 * throttle dip and the balance's extremes, in time order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsample, presetWorkload, simulateCredits, type TimelinePoint } from '../../../src/domain';
import { assertProperty } from '../support/property';

const pointsArb: fc.Arbitrary<TimelinePoint[]> = fc.array(
  fc.record({
    dt: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10_000, noNaN: true })),
    demand: fc.integer({ min: 0, max: 4_000 }),
    shortfall: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 4_000 })),
    balance: fc.double({ min: 0, max: 5_400_000, noNaN: true }),
  }),
  { minLength: 1, maxLength: 600 },
).map((rows) => {
  let t = 0;
  return rows.map(({ dt, demand, shortfall, balance }) => {
    t += dt;
    return { t, demand, delivered: Math.max(0, demand - shortfall), balance, balancePercent: balance / 54_000 };
  });
});

const throttled = (p: TimelinePoint) => p.delivered < p.demand;

describe('downsample', () => {
  it('keeps at most maxPoints in time order, the first and last, the lowest and highest balance, and every bucket\'s throttle dip', () => {
    assertProperty(fc.property(pointsArb, fc.integer({ min: 5, max: 80 }), (points, max) => {
      const out = downsample(points, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.every((p) => points.includes(p))).toBe(true);
      for (let i = 1; i < out.length; i += 1) expect(out[i]!.t).toBeGreaterThanOrEqual(out[i - 1]!.t);
      expect(out[0]).toBe(points[0]);
      expect(out.at(-1)).toBe(points.at(-1));
      const balances = (ps: TimelinePoint[]) => ps.map((p) => p.balance);
      expect(Math.min(...balances(out))).toBe(Math.min(...balances(points)));
      expect(Math.max(...balances(out))).toBe(Math.max(...balances(points)));
      if (points.length <= max) {
        expect(out).toEqual(points);
        return;
      }
      // The interior is cut into floor((max - 2) / 3) buckets of equal time.
      const span = points.at(-1)!.t - points[0]!.t;
      const width = span / Math.floor((max - 2) / 3);
      for (const p of points.filter(throttled)) {
        expect(out.some((q) => throttled(q) && Math.abs(q.t - p.t) <= width)).toBe(true);
      }
    }));
  });

  it('returns what fits unchanged and handles tiny budgets', () => {
    const v = { type: 'gp2' as const, sizeGiB: 100 };
    const sim = simulateCredits(v, presetWorkload('business-hours-db', v, 'saa-c02'), 'saa-c02');
    expect(sim.points).toEqual(sim.breakpoints);
    const bp = sim.breakpoints;
    expect(downsample(bp, 0)).toEqual([]);
    expect(downsample(bp, 1)).toEqual([bp[0]]);
    expect(downsample(bp, 2)).toEqual([bp[0], bp.at(-1)]);
    expect(downsample(bp, 3)).toHaveLength(3);
  });

  it('keeps a short throttle dip in a long, busy week', () => {
    const workload = Array.from({ length: 200 }, (_, i) => ({ durationSeconds: 3_000, demand: i === 123 ? 3_000 : 100 + (i % 7) * 10 }));
    const sim = simulateCredits({ type: 'gp2', sizeGiB: 100 }, workload, 'saa-c02', { initialBalance: 0, maxPoints: 50 });
    expect(sim.breakpoints.length).toBeGreaterThan(50);
    expect(sim.points.length).toBeLessThanOrEqual(50);
    expect(sim.throttledPeriods).toEqual([{ start: 371_000, end: 372_000 }]);
    expect(sim.points.some((p) => p.t === 371_000 && p.delivered === 300)).toBe(true);
  });
});
