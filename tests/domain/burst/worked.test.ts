/**
 * Worked numbers of the credit simulation from shared/aws-facts.md: the gp2 burst table (§1.4) as
 * simulated burst and refill times, and the st1/sc1 bucket, snapshot rule and scan times (§1.7).
 */
import { describe, expect, it } from 'vitest';
import {
  EDITIONS, fullScanSeconds, simulateCredits, stateAt, volumePerformance, worstCaseScanSeconds,
  type Edition, type Volume,
} from '../../../src/domain';

const BUCKET = 5_400_000;
const TIB = 1_024;
const gp2 = (sizeGiB: number): Volume => ({ type: 'gp2', sizeGiB });
const eventTimes = (sim: ReturnType<typeof simulateCredits>, kind: 'empty' | 'full' | 'segment') =>
  sim.events.filter((e) => e.kind === kind).map((e) => e.atSeconds);

describe.each(EDITIONS)('gp2 burst table as a simulation (%s)', (edition: Edition) => {
  it.each([
    // burst: seconds from full at 3,000 IOPS; refill: seconds from empty at 0 IOPS; shown: as printed in the title
    { size: 1, baseline: 100, burstSeconds: 5_400_000 / 2_900, refillSeconds: 54_000, burst: '1,862', refill: '54,000' },
    { size: 100, baseline: 300, burstSeconds: 2_000, refillSeconds: 18_000, burst: '2,000', refill: '18,000' },
    { size: 250, baseline: 750, burstSeconds: 2_400, refillSeconds: 7_200, burst: '2,400', refill: '7,200' },
    { size: 334, baseline: 1_002, burstSeconds: 5_400_000 / 1_998, refillSeconds: 5_400_000 / 1_002, burst: '2,702.7', refill: '5,389.2' },
    { size: 500, baseline: 1_500, burstSeconds: 3_600, refillSeconds: 3_600, burst: '3,600', refill: '3,600' },
    { size: 750, baseline: 2_250, burstSeconds: 7_200, refillSeconds: 2_400, burst: '7,200', refill: '2,400' },
  ])('$size GiB (baseline $baseline IOPS): a full bucket at 3,000 IOPS empties after $burst s; an empty one at rest refills after $refill s',
    ({ size, baseline, burstSeconds, refillSeconds }) => {
      const drain = simulateCredits(gp2(size), [{ durationSeconds: 20_000, demand: 3_000 }], edition);
      expect(drain.baseline).toBe(baseline);
      expect(drain.usesCredits).toBe(true);
      expect(drain.firstEmptySeconds).toBeCloseTo(burstSeconds, 9);
      expect(eventTimes(drain, 'empty')).toHaveLength(1);
      expect(eventTimes(drain, 'empty')[0]).toBeCloseTo(burstSeconds, 9);
      expect(drain.throttledSeconds).toBeCloseTo(20_000 - burstSeconds, 6);
      expect(stateAt(drain, burstSeconds).balance).toBeCloseTo(0, 6);

      const refill = simulateCredits(gp2(size), [{ durationSeconds: 60_000, demand: 0 }], edition, { initialBalance: 0 });
      expect(eventTimes(refill, 'full')).toHaveLength(1);
      expect(eventTimes(refill, 'full')[0]).toBeCloseTo(refillSeconds, 9);
      expect(refill.refilledSeconds).toBeCloseTo(refillSeconds, 9);
      expect(refill.firstEmptySeconds).toBe(0);
      expect(refill.breakpoints.at(-1)?.balance).toBe(BUCKET);
    });

  it('bursts 1,862 s at 1 GiB (5,400,000 / 2,900), not the 1,802 s the 2021 table printed', () => {
    const sim = simulateCredits(gp2(1), [{ durationSeconds: 3_600, demand: 3_000 }], edition);
    expect(Math.round(sim.firstEmptySeconds ?? 0)).toBe(1_862);
  });

  it('matches volumePerformance for the burst duration and the refill time', () => {
    for (const size of [1, 50, 100, 334, 990]) {
      const perf = volumePerformance(gp2(size), edition);
      const drain = simulateCredits(gp2(size), [{ durationSeconds: 604_800, demand: 3_000 }], edition);
      const refill = simulateCredits(gp2(size), [{ durationSeconds: 604_800, demand: 0 }], edition, { initialBalance: 0 });
      expect(drain.firstEmptySeconds).toBeCloseTo(perf.burstDurationSeconds ?? NaN, 6);
      expect(refill.refilledSeconds).toBeCloseTo(perf.refillSeconds ?? NaN, 6);
    }
  });

  it.each([1_000, 5_334, 16_384])('%i GiB never uses credits: the balance never moves and delivery stops at the baseline', (size) => {
    const sim = simulateCredits(gp2(size), [{ durationSeconds: 3_600, demand: 20_000 }, { durationSeconds: 3_600, demand: 0 }], edition,
      { initialBalance: 1_000_000 });
    expect(sim.usesCredits).toBe(false);
    expect(sim.events.every((e) => e.kind === 'segment')).toBe(true);
    expect(sim.breakpoints.every((p) => p.balance === 1_000_000)).toBe(true);
    expect(sim.breakpoints[0]?.delivered).toBe(Math.min(20_000, sim.baseline));
    expect(sim.firstEmptySeconds).toBeNull();
  });
});

describe('gp2 delivery', () => {
  it('serves demand above 3,000 IOPS at 3,000 while credits last: that time counts as throttled too', () => {
    const sim = simulateCredits(gp2(100), [{ durationSeconds: 1_000, demand: 4_000 }], 'saa-c02');
    expect(sim.breakpoints[0]).toMatchObject({ demand: 4_000, delivered: 3_000 });
    expect(sim.throttledSeconds).toBe(1_000);
    expect(sim.throttledPeriods).toEqual([{ start: 0, end: 1_000 }]);
    expect(sim.servedFraction).toBeCloseTo(0.75, 12);
  });

  it('keeps a full bucket full below the baseline and records no full event for it', () => {
    const sim = simulateCredits(gp2(100), [{ durationSeconds: 3_600, demand: 100 }], 'saa-c02');
    expect(sim.events).toEqual([{ atSeconds: 0, kind: 'segment' }]);
    expect(sim.breakpoints.map((p) => p.balance)).toEqual([BUCKET, BUCKET]);
    expect(sim.refilledSeconds).toBeNull();
  });

  it('reads the balance between events exactly: half the bucket after 1,000 s at 3,000 IOPS on 100 GiB', () => {
    const sim = simulateCredits(gp2(100), [{ durationSeconds: 3_000, demand: 3_000 }], 'saa-c02');
    expect(stateAt(sim, 1_000)).toEqual({ t: 1_000, demand: 3_000, delivered: 3_000, balance: 2_700_000, balancePercent: 50 });
    expect(stateAt(sim, 2_500)).toMatchObject({ delivered: 300, balance: 0 });
    expect(stateAt(sim, -5).t).toBe(0);
    expect(stateAt(sim, 1e9)).toMatchObject({ t: 3_000, balance: 0 });
  });

  it('starts from the chosen balance, clamped to the bucket', () => {
    const half = simulateCredits(gp2(100), [{ durationSeconds: 5_000, demand: 3_000 }], 'saa-c02', { initialBalance: 2_700_000 });
    expect(half.firstEmptySeconds).toBe(1_000);
    const over = simulateCredits(gp2(100), [{ durationSeconds: 60, demand: 0 }], 'saa-c02', { initialBalance: 9e9 });
    expect(over.breakpoints[0]?.balance).toBe(BUCKET);
  });

  it('gives a single point and full service for an empty workload', () => {
    const sim = simulateCredits(gp2(100), [], 'saa-c02');
    expect(sim.totalSeconds).toBe(0);
    expect(sim.breakpoints).toEqual([{ t: 0, demand: 0, delivered: 0, balance: BUCKET, balancePercent: 100 }]);
    expect(sim.servedFraction).toBe(1);
  });

  it('refuses volume types without a credit bucket and workloads that are not numbers', () => {
    expect(() => simulateCredits({ type: 'gp3', sizeGiB: 100 }, [], 'saa-c02')).toThrow(/gp2, st1 and sc1 .* not gp3/);
    expect(() => simulateCredits({ type: 'io1', sizeGiB: 100, iops: 1_000 }, [], 'saa-c02')).toThrow(/not io1/);
    expect(() => simulateCredits(gp2(100), [{ durationSeconds: 60, demand: NaN }], 'saa-c02')).toThrow(/segment 1: demand/);
    expect(() => simulateCredits(gp2(100), [{ durationSeconds: -1, demand: 0 }], 'saa-c02')).toThrow(/segment 1: duration/);
  });
});

describe.each(EDITIONS)('st1 and sc1 throughput credits (%s)', (edition: Edition) => {
  it('holds 1 TiB of credits per TiB: a full 1 TiB st1 bursts at 250 MiB/s for 1,048,576 / 210 s', () => {
    const sim = simulateCredits({ type: 'st1', sizeGiB: TIB }, [{ durationSeconds: 10_000, demand: 500 }], edition);
    expect(sim).toMatchObject({ unit: 'MiB/s', bucketSize: 1_048_576, baseline: 40, burst: 250, usesCredits: true });
    expect(sim.breakpoints[0]?.delivered).toBe(250);
    expect(sim.firstEmptySeconds).toBeCloseTo(1_048_576 / 210, 9);
    expect(stateAt(sim, 9_000).delivered).toBe(40);
  });

  it('holds an HDD volume to its baseline while a snapshot is in progress, and credits still accrue', () => {
    const busy = simulateCredits({ type: 'st1', sizeGiB: TIB }, [{ durationSeconds: 3_600, demand: 250 }], edition, { snapshotInProgress: true });
    expect(busy.breakpoints[0]?.delivered).toBe(40);
    expect(busy.throttledSeconds).toBe(3_600);
    expect(busy.breakpoints.every((p) => p.balance === 1_048_576)).toBe(true);
    const idle = simulateCredits({ type: 'sc1', sizeGiB: TIB }, [{ durationSeconds: 100_000, demand: 0 }], edition,
      { snapshotInProgress: true, initialBalance: 0 });
    expect(idle.refilledSeconds).toBeCloseTo(1_048_576 / 12, 9);
  });

  it('ignores the snapshot toggle for gp2', () => {
    const sim = simulateCredits(gp2(100), [{ durationSeconds: 60, demand: 3_000 }], edition, { snapshotInProgress: true });
    expect(sim.breakpoints[0]?.delivered).toBe(3_000);
  });

  it('uses no credits on st1 from 12.5 TiB, where baseline and burst are both 500 MiB/s', () => {
    const sim = simulateCredits({ type: 'st1', sizeGiB: 12_800 }, [{ durationSeconds: 600, demand: 600 }], edition);
    expect(sim.usesCredits).toBe(false);
    expect(sim.breakpoints[0]?.delivered).toBe(500);
  });

  const hours = (type: 'st1' | 'sc1', tib: number) => fullScanSeconds({ type, sizeGiB: tib * TIB }, edition) / 3_600;

  it.each([
    ['st1', 1, 1.17], ['st1', 5, 2.91], ['st1', 16, 9.32],
    ['sc1', 1, 3.64], ['sc1', 5, 5.83], ['sc1', 16, 18.64],
  ] as const)('scans a full %s volume of %i TiB in %f hours (UG21 scan-time table)', (type, tib, expected) => {
    expect(hours(type, tib).toFixed(2)).toBe(expected.toFixed(2));
  });

  it('scans at burst throughout, because a full bucket holds the whole volume', () => {
    expect(fullScanSeconds({ type: 'st1', sizeGiB: TIB }, edition)).toBeCloseTo(1_048_576 / 250, 9);
    expect(fullScanSeconds({ type: 'sc1', sizeGiB: 125 }, edition)).toBeCloseTo((125 * 1_024) / (80 * 125 / 1_024), 9);
  });

  it('takes 3.27 h (st1) and 6.54 h (sc1) for 5 TiB in the worst case: 90 % of burst 99 % of the time', () => {
    expect((worstCaseScanSeconds({ type: 'st1', sizeGiB: 5 * TIB }, edition) / 3_600).toFixed(2)).toBe('3.27');
    expect((worstCaseScanSeconds({ type: 'sc1', sizeGiB: 5 * TIB }, edition) / 3_600).toFixed(2)).toBe('6.54');
  });

  it('has no scan time for gp2', () => {
    expect(() => fullScanSeconds(gp2(100), edition)).toThrow(/st1 and sc1 only/);
  });
});
