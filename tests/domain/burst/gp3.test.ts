/**
 * The same workload on gp3: its included 3,000 IOPS and 125 MiB/s (facts §1.3), the smallest gp3
 * that meets the peak, and the monthly costs (PRICE25: gp2 $0.10, gp3 $0.08/GB-month, $0.005 per
 * IOPS above 3,000, $0.04 per MiB/s above 125, st1 $0.045).
 */
import { describe, expect, it } from 'vitest';
import { gp3Comparison, presetWorkload, validateVolume, type Volume } from '../../../src/domain';

const gp2 = (sizeGiB: number): Volume => ({ type: 'gp2', sizeGiB });

describe('gp3 comparison', () => {
  it('serves the 100 GiB gp2 nightly batch in full at the included 3,000 IOPS, for $8 against gp2\'s $10', () => {
    const v = gp2(100);
    const c = gp3Comparison(v, presetWorkload('nightly-batch', v, 'saa-c02'), 'saa-c02');
    expect(c.included.volume).toEqual({ type: 'gp3', sizeGiB: 100, iops: 3_000, throughputMiBps: 125 });
    expect(c.included).toMatchObject({ limit: 3_000, throttledSeconds: 0, servedFraction: 1 });
    expect(c.included.monthlyUsd).toBeCloseTo(8, 9);
    expect(c.original.monthlyUsd).toBeCloseTo(10, 9);
    expect(c.peak.volume).toEqual(c.included.volume);
  });

  it('meets a 10,000-IOPS peak with gp3 at 20 GiB and 10,000 IOPS (500 IOPS per GiB) moving 157 MiB/s of 16 KiB I/O, or at the volume\'s size if larger', () => {
    const workload = [{ durationSeconds: 600, demand: 10_000 }, { durationSeconds: 3_000, demand: 100 }];
    const small = gp3Comparison(gp2(10), workload, 'saa-c02');
    // 10,000 x 16 KiB = 156.25 MiB/s, set as 157 whole MiB/s: 32 above the included 125.
    expect(small.peak.volume).toEqual({ type: 'gp3', sizeGiB: 20, iops: 10_000, throughputMiBps: 157 });
    expect(small.peak.monthlyUsd).toBeCloseTo(20 * 0.08 + 7_000 * 0.005 + 32 * 0.04, 9);
    const large = gp3Comparison(gp2(100), workload, 'saa-c02');
    expect(large.peak.volume).toEqual({ type: 'gp3', sizeGiB: 100, iops: 10_000, throughputMiBps: 157 });
    expect(large.peak.monthlyUsd).toBeCloseTo(100 * 0.08 + 7_000 * 0.005 + 32 * 0.04, 9);
    expect(large.included).toMatchObject({ throttledSeconds: 600 });
    expect(large.included.servedFraction).toBeCloseTo((600 * 3_000 + 3_000 * 100) / (600 * 10_000 + 3_000 * 100), 12);
  });

  it('meets 500 MiB/s from st1 with gp3 at 500 MiB/s: that needs 2,000 IOPS at 0.25 MiB/s per IOPS, within the included 3,000', () => {
    const st1: Volume = { type: 'st1', sizeGiB: 2_048 };
    const c = gp3Comparison(st1, [{ durationSeconds: 3_600, demand: 500 }], 'saa-c02');
    expect(c.included).toMatchObject({ limit: 125, throttledSeconds: 3_600, servedFraction: 0.25 });
    expect(c.peak.volume).toEqual({ type: 'gp3', sizeGiB: 2_048, iops: 3_000, throughputMiBps: 500 });
    expect((c.peak.volume?.iops ?? 0) * 0.25).toBeGreaterThanOrEqual(500);
    expect(c.peak.monthlyUsd).toBeCloseTo(2_048 * 0.08 + 375 * 0.04, 9);
    expect(c.original.monthlyUsd).toBeCloseTo(2_048 * 0.045, 9);
  });

  it('says why no gp3 meets a 20,000-IOPS peak in 2021, and finds one today', () => {
    const workload = [{ durationSeconds: 600, demand: 20_000 }];
    const then = gp3Comparison(gp2(100), workload, 'saa-c02');
    expect(then.peak).toEqual({ volume: null, reason: expect.stringMatching(/peak of 20,000 IOPS.*16,000 IOPS/), monthlyUsd: null });
    const now = gp3Comparison(gp2(100), workload, 'current');
    expect(now.peak.volume).toEqual({ type: 'gp3', sizeGiB: 100, iops: 20_000, throughputMiBps: 313 });
  });

  it('offers only gp3 volumes that validate', () => {
    for (const demand of [0, 2_999, 3_001, 7_777.5, 16_000]) {
      const c = gp3Comparison(gp2(7), [{ durationSeconds: 60, demand }], 'saa-c02');
      expect(validateVolume(c.included.volume, 'saa-c02')).toEqual([]);
      expect(c.peak.volume && validateVolume(c.peak.volume, 'saa-c02')).toEqual([]);
      expect(c.peak.volume?.iops).toBeGreaterThanOrEqual(demand);
    }
  });

  it('prices the time given instead of a whole month', () => {
    const c = gp3Comparison(gp2(100), [{ durationSeconds: 60, demand: 0 }], 'saa-c02', { seconds: 1_296_000 });
    expect(c.included.monthlyUsd).toBeCloseTo(4, 9);
    expect(c.original.monthlyUsd).toBeCloseTo(5, 9);
  });

  it('serves everything when nothing is demanded, and refuses a volume without credits', () => {
    expect(gp3Comparison(gp2(100), [], 'saa-c02').included.servedFraction).toBe(1);
    expect(() => gp3Comparison({ type: 'gp3', sizeGiB: 100 }, [], 'saa-c02')).toThrow(/not gp3/);
  });
});
