/**
 * Delivered performance with the worked numbers of shared/aws-facts.md: the gp2 burst table (§1.4),
 * gp2 throughput by size, gp3 (§1.3), io1/io2/Block Express (§1.5, §1.6) and the st1/sc1 tables (§1.7).
 */
import { describe, expect, it } from 'vitest';
import { EDITIONS, baselineOf, volumePerformance, type Edition } from '../../../src/domain';

const TIB = 1_024;

describe.each(EDITIONS)('gp2 burst table (%s)', (edition: Edition) => {
  const perf = (sizeGiB: number) => volumePerformance({ type: 'gp2', sizeGiB }, edition);

  it.each([
    // size GiB, baseline IOPS, burst seconds at 3,000 IOPS, seconds to refill an empty bucket
    [1, 100, 1_862, 54_000],
    [100, 300, 2_000, 18_000],
    [250, 750, 2_400, 7_200],
    [334, 1_002, 2_703, 5_389],
    [500, 1_500, 3_600, 3_600],
    [750, 2_250, 7_200, 2_400],
  ])('%i GiB: baseline %i IOPS, bursts %i s, refills in %i s', (size, baseline, burstS, refillS) => {
    const p = perf(size);
    expect(p.baselineIops).toBe(baseline);
    expect(p.burstIops).toBe(3_000);
    expect(Math.round(p.burstDurationSeconds ?? NaN)).toBe(burstS);
    expect(Math.round(p.refillSeconds ?? NaN)).toBe(refillS);
  });

  it('at 1 GiB bursts 5,400,000 / (3,000 - 100) = 1,862 s: the 2021 table\'s 1,802 is a typo (corrected in 2022)', () => {
    expect(perf(1).burstDurationSeconds).toBeCloseTo(5_400_000 / 2_900, 9);
    expect(Math.round(perf(1).burstDurationSeconds ?? 0)).not.toBe(1_802);
  });

  it('at 334 GiB bursts about 2,703 s (5,400,000 / 1,998) and refills in about 5,389 s (5,400,000 / 1,002)', () => {
    expect(perf(334).burstDurationSeconds).toBeCloseTo(2_702.7, 1);
    expect(perf(334).refillSeconds).toBeCloseTo(5_389.2, 1);
  });

  it.each([
    [1_000, 3_000], [5_334, 16_000], [16_384, 16_000],
  ])('%i GiB: baseline %i IOPS, never bursts, so no burst or refill time', (size, baseline) => {
    const p = perf(size);
    expect(p.baselineIops).toBe(baseline);
    expect(p.burstIops).toBe(baseline);
    expect(p.burstDurationSeconds).toBeNull();
    expect(p.refillSeconds).toBeNull();
  });

  it('is 3 IOPS per GiB, at least 100 (not 100 + 3 per GiB), at most 16,000 from 5,334 GiB', () => {
    expect(perf(33).baselineIops).toBe(100);
    expect(perf(34).baselineIops).toBe(102);
    expect(perf(5_333).baselineIops).toBe(15_999);
    expect(perf(5_334).baselineIops).toBe(16_000);
  });
});

describe.each(EDITIONS)('gp2 throughput (%s)', (edition: Edition) => {
  const perf = (sizeGiB: number) => volumePerformance({ type: 'gp2', sizeGiB }, edition);

  it('at 100 GiB with an empty bucket moves 300 IOPS x 256 KiB = 75 MiB/s', () => {
    expect(perf(100).baselineThroughputMiBps).toBe(75);
  });

  it('tops out at 128 MiB/s up to 170 GiB, even while bursting', () => {
    expect(perf(100).burstThroughputMiBps).toBe(128);
    expect(perf(170).burstThroughputMiBps).toBe(128);
    expect(perf(170).baselineThroughputMiBps).toBe(127.5);
  });

  it('from 171 to 333 GiB reaches 250 MiB/s only while credits last', () => {
    expect(perf(171).burstThroughputMiBps).toBe(250);
    expect(perf(171).baselineThroughputMiBps).toBe(128.25);
    expect(perf(333).burstThroughputMiBps).toBe(250);
    expect(perf(333).baselineThroughputMiBps).toBe(249.75);
  });

  it('from 334 GiB delivers 250 MiB/s at baseline, credits or not', () => {
    expect(perf(334).baselineThroughputMiBps).toBe(250);
    expect(perf(16_384).baselineThroughputMiBps).toBe(250);
  });
});

describe('gp3 performance', () => {
  it.each(EDITIONS)('in %s delivers the included 3,000 IOPS and 125 MiB/s at any size when nothing is provisioned', (edition) => {
    for (const sizeGiB of [1, 6, 1_000, 16_384]) {
      expect(volumePerformance({ type: 'gp3', sizeGiB }, edition)).toEqual({
        baselineIops: 3_000, burstIops: 3_000, baselineThroughputMiBps: 125, burstThroughputMiBps: 125,
        burstDurationSeconds: null, refillSeconds: null,
      });
    }
  });

  it.each(EDITIONS)('in %s delivers what is provisioned, with no bursting', (edition) => {
    expect(baselineOf({ type: 'gp3', sizeGiB: 500, iops: 6_000, throughputMiBps: 500 }, edition))
      .toEqual({ iops: 6_000, throughputMiBps: 500 });
  });
});

describe.each(EDITIONS)('io1 performance (%s)', (edition: Edition) => {
  it.each([
    [100, 25], [2_000, 500], [32_000, 500], [48_000, 750], [64_000, 1_000],
  ])('at %i IOPS moves %i MiB/s (256 KiB I/O up to 500 MiB/s; 16 KiB per IOPS above 32,000)', (iops, mibps) => {
    const p = volumePerformance({ type: 'io1', sizeGiB: 1_280, iops }, edition);
    expect(p.baselineIops).toBe(iops);
    expect(p.burstIops).toBe(iops);
    expect(p.baselineThroughputMiBps).toBe(mibps);
    expect(p.burstDurationSeconds).toBeNull();
  });

  it('runs at its 100 IOPS minimum when none are given', () => {
    expect(baselineOf({ type: 'io1', sizeGiB: 100 }, edition)).toEqual({ iops: 100, throughputMiBps: 25 });
  });
});

describe('io2 performance', () => {
  it.each([
    [2_000, 500], [32_000, 500], [48_000, 750], [64_000, 1_000],
  ])('in saa-c02 follows the io1 throughput rule: %i IOPS -> %i MiB/s', (iops, mibps) => {
    expect(baselineOf({ type: 'io2', sizeGiB: 128, iops }, 'saa-c02').throughputMiBps).toBe(mibps);
  });

  it('in current follows Block Express: 0.256 MiB/s per IOPS, so 2,000 IOPS -> 512 MiB/s', () => {
    expect(baselineOf({ type: 'io2', sizeGiB: 128, iops: 2_000 }, 'current').throughputMiBps).toBeCloseTo(512, 9);
    expect(baselineOf({ type: 'io2', sizeGiB: 256, iops: 256_000 }, 'current').throughputMiBps).toBe(4_000);
  });
});

describe.each(EDITIONS)('io2 Block Express performance (%s)', (edition: Edition) => {
  it.each([
    [100, 25.6], [10_000, 2_560], [15_625, 4_000], [16_000, 4_000], [256_000, 4_000],
  ])('at %i IOPS moves %f MiB/s (0.256 MiB/s per IOPS, capped at 4,000)', (iops, mibps) => {
    const p = volumePerformance({ type: 'io2-block-express', sizeGiB: 256, iops }, edition);
    expect(p.baselineIops).toBe(iops);
    expect(p.baselineThroughputMiBps).toBeCloseTo(mibps, 9);
  });
});

describe.each(EDITIONS)('st1 and sc1 tables (%s)', (edition: Edition) => {
  it.each([
    // TiB, baseline MiB/s, burst MiB/s (the doc prints 31.25 rounded as 31)
    [0.125, 5, 31.25], [0.5, 20, 125], [1, 40, 250], [2, 80, 500], [3, 120, 500],
    [12, 480, 500], [12.5, 500, 500], [16, 500, 500],
  ])('st1 at %f TiB: %f MiB/s baseline, %f burst', (tib, base, burst) => {
    const p = volumePerformance({ type: 'st1', sizeGiB: tib * TIB }, edition);
    expect(p.baselineThroughputMiBps).toBe(base);
    expect(p.burstThroughputMiBps).toBe(burst);
  });

  it.each([
    [0.125, 1.5, 10], [0.5, 6, 40], [1, 12, 80], [2, 24, 160], [3, 36, 240],
    [3.125, 37.5, 250], [4, 48, 250], [16, 192, 250],
  ])('sc1 at %f TiB: %f MiB/s baseline, %f burst', (tib, base, burst) => {
    const p = volumePerformance({ type: 'sc1', sizeGiB: tib * TIB }, edition);
    expect(p.baselineThroughputMiBps).toBe(base);
    expect(p.burstThroughputMiBps).toBe(burst);
  });

  it('counts HDD I/O in 1 MiB units, so IOPS equal MiB/s up to 500 (st1) and 250 (sc1)', () => {
    const st1 = volumePerformance({ type: 'st1', sizeGiB: 1_024 }, edition);
    expect([st1.baselineIops, st1.burstIops]).toEqual([40, 250]);
    expect(volumePerformance({ type: 'st1', sizeGiB: 16_384 }, edition).burstIops).toBe(500);
    expect(volumePerformance({ type: 'sc1', sizeGiB: 16_384 }, edition).burstIops).toBe(250);
  });

  it('holds 1 TiB of credits per TiB: at 1 TiB st1 bursts 1,048,576 MiB / (250 - 40) s and refills in 1,048,576 / 40 s', () => {
    const p = volumePerformance({ type: 'st1', sizeGiB: 1_024 }, edition);
    expect(p.burstDurationSeconds).toBeCloseTo(1_048_576 / 210, 9);
    expect(p.refillSeconds).toBeCloseTo(26_214.4, 9);
    const sc1 = volumePerformance({ type: 'sc1', sizeGiB: 1_024 }, edition);
    expect(sc1.burstDurationSeconds).toBeCloseTo(1_048_576 / 68, 9);
  });

  it('has nothing to burst once baseline reaches the burst cap (st1 from 12.5 TiB)', () => {
    const p = volumePerformance({ type: 'st1', sizeGiB: 12_800 }, edition);
    expect(p.burstDurationSeconds).toBeNull();
    expect(p.refillSeconds).toBeNull();
  });
});
