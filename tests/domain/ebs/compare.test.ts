/**
 * Every type side by side for one need, at baseline (bursting not counted): the smallest
 * configuration that meets it, its monthly cost in us-east-1, and the cheapest row.
 */
import { describe, expect, it } from 'vitest';
import {
  EDITIONS, compareTypes, monthlyCost, sizedNeed, smallestConfiguration, volumeTypesFor, type Edition, type Need, type Volume,
} from '../../../src/domain';
import { meetsNeed, oneStepSmaller } from './need-oracle';

function expectMinimal(v: Volume, need: Need, edition: Edition): void {
  expect(meetsNeed(v, need, edition)).toBe(true);
  for (const smaller of oneStepSmaller(v)) expect(meetsNeed(smaller, need, edition)).toBe(false);
}

/** A need of random 16 KiB I/O unless said otherwise. */
const needOf = (sizeGiB: number, iops: number, throughputMiBps: number, ioSizeKiB = 16, pattern: Need['pattern'] = 'random'): Need =>
  ({ sizeGiB, iops, throughputMiBps, ioSizeKiB, pattern });

const byType = (need: Need, edition: Edition) => Object.fromEntries(compareTypes(need, edition).map((r) => [r.type, r]));

describe('compare types for 100 GiB and 3,000 IOPS of 16 KiB (3,000 x 16 KiB = 46.875 MiB/s)', () => {
  const need: Need = needOf(100, 3_000, 46.875);

  it.each(EDITIONS)('in %s finds gp3 100 GiB with its included performance cheapest at 8 USD a month', (edition) => {
    const rows = compareTypes(need, edition);
    expect(rows.map((r) => r.type)).toEqual(volumeTypesFor(edition));
    const cheapest = rows.filter((r) => r.cheapest);
    expect(cheapest).toHaveLength(1);
    expect(cheapest[0]).toMatchObject({
      type: 'gp3', meets: true, volume: { type: 'gp3', sizeGiB: 100, iops: 3_000, throughputMiBps: 125 },
      baselineIops: 3_000, baselineThroughputMiBps: 125,
    });
    expect(cheapest[0]?.monthlyUsd).toBeCloseTo(8, 9);
  });

  it.each(EDITIONS)('in %s needs gp2 at 1,000 GiB (3 IOPS per GiB) for 100 USD', (edition) => {
    const gp2 = byType(need, edition).gp2;
    expect(gp2?.volume).toEqual({ type: 'gp2', sizeGiB: 1_000 });
    expect(gp2?.monthlyUsd).toBeCloseTo(100, 9);
  });

  it.each(EDITIONS)('in %s gives io1 and io2 100 GiB with 3,000 IOPS: $12.50 + 3,000 x $0.065 = $207.50', (edition) => {
    const rows = byType(need, edition);
    for (const type of ['io1', 'io2'] as const) {
      expect(rows[type]?.volume).toEqual({ type, sizeGiB: 100, iops: 3_000 });
      expect(rows[type]?.monthlyUsd).toBeCloseTo(207.5, 9);
    }
  });

  it.each(EDITIONS)('in %s rules out st1 and sc1 for random 16 KiB I/O, saying why', (edition) => {
    const rows = byType(need, edition);
    expect(rows.st1).toMatchObject({ meets: false, cheapest: false });
    expect(rows.st1?.reason).toMatch(/^st1 counts every I\/O of 1 MiB or less as one 1 MiB I\/O.*random 16 KiB I\/O would spend 1 MiB/);
    expect(rows.sc1?.reason).toMatch(/small random I\/O needs SSD$/);
  });

  it('read as 1 MiB sequential I/O, st1 and sc1 still fall short: at most 500 and 192 sustained', () => {
    const rows = byType(needOf(100, 3_000, 125, 1_024, 'sequential'), 'saa-c02');
    expect(rows.st1).toMatchObject({ meets: false, reason: 'st1 sustains at most 500 IOPS (1 MiB I/O)' });
    expect(rows.sc1).toMatchObject({ meets: false, reason: 'sc1 sustains at most 192 IOPS (1 MiB I/O)' });
  });
});

describe('compare types for 2 TiB streamed at 80 MiB/s', () => {
  const need: Need = needOf(2_048, 0, 80, 1_024, 'sequential');

  it('finds st1 cheapest: 2 TiB x 40 MiB/s per TiB = 80 MiB/s for 2,048 x $0.045 = $92.16', () => {
    const rows = byType(need, 'saa-c02');
    expect(rows.st1).toMatchObject({ cheapest: true, volume: { type: 'st1', sizeGiB: 2_048 }, baselineThroughputMiBps: 80 });
    expect(rows.st1?.monthlyUsd).toBeCloseTo(92.16, 9);
  });

  it('needs sc1 at 6,827 GiB (12 MiB/s per TiB) for 80 MiB/s', () => {
    expect(byType(need, 'current').sc1?.volume).toEqual({ type: 'sc1', sizeGiB: 6_827 });
  });
});

describe('needs a type cannot meet', () => {
  it('20,000 IOPS: beyond gp2 (16,000) and 2021 gp3 (16,000), within gp3 today at 40 GiB', () => {
    const need: Need = needOf(1, 20_000, 0, 4);
    expect(smallestConfiguration('gp2', need, 'saa-c02')).toBe('gp2 sustains at most 16,000 IOPS');
    expect(smallestConfiguration('gp3', need, 'saa-c02')).toBe('gp3 allows at most 16,000 IOPS');
    expect(smallestConfiguration('gp3', need, 'current')).toEqual({ type: 'gp3', sizeGiB: 40, iops: 20_000, throughputMiBps: 125 });
  });

  it('1,500 MiB/s of 256 KiB I/O (6,000 IOPS): beyond gp3 and io1/io2 in 2021 (1,000), within Block Express and gp3 today', () => {
    const need: Need = needOf(10, 0, 1_500, 256);
    expect(smallestConfiguration('gp3', need, 'saa-c02')).toBe('gp3 moves at most 1,000 MiB/s');
    expect(smallestConfiguration('io1', need, 'saa-c02')).toBe('io1 moves at most 1,000 MiB/s');
    expect(smallestConfiguration('io2', need, 'saa-c02')).toBe('io2 moves at most 1,000 MiB/s');
    expect(smallestConfiguration('gp2', need, 'saa-c02')).toBe('gp2 sustains at most 250 MiB/s');
    expect(smallestConfiguration('io2-block-express', need, 'saa-c02')).toEqual({ type: 'io2-block-express', sizeGiB: 10, iops: 6_000 });
    expect(smallestConfiguration('gp3', need, 'current')).toEqual({ type: 'gp3', sizeGiB: 12, iops: 6_000, throughputMiBps: 1_500 });
  });

  it('20,000 GiB: beyond the 16 TiB types, within gp3 today', () => {
    const need: Need = needOf(20_000, 0, 0, 1_024, 'sequential');
    const rows = byType(need, 'current');
    expect(rows.gp2).toMatchObject({ meets: false, reason: 'gp2 volumes hold at most 16,384 GiB' });
    expect(rows.st1?.reason).toBe('st1 volumes hold at most 16,384 GiB');
    expect(rows.io1?.reason).toBe('io1 volumes hold at most 16,384 GiB');
    expect(rows.gp3).toMatchObject({ meets: true, cheapest: true, volume: { sizeGiB: 20_000 } });
  });

  it('marks nothing cheapest when no type meets the need', () => {
    const rows = compareTypes(needOf(100, 300_000, 0), 'current');
    expect(rows.every((r) => !r.meets && !r.cheapest && r.reason)).toBe(true);
  });
});

describe('the configuration offered', () => {
  const needs: Need[] = [
    needOf(100, 3_000, 125),
    needOf(1, 10_000, 125),
    needOf(1, 3_000, 600),
    needOf(50, 40_000, 900),
    needOf(500, 1_000, 200),
    needOf(2_048, 0, 80, 1_024, 'sequential'),
    needOf(4_000, 500, 150, 1_024, 'sequential'),
    needOf(4_000, 500, 150, 16, 'sequential'),
    needOf(100, 2_000, 0, 512, 'random'),
    needOf(100, 8_000, 0, 64, 'sequential'),
  ];

  it.each(EDITIONS)('in %s is minimal: one GiB, IOPS or MiB/s less fails the need', (edition) => {
    for (const need of needs) {
      for (const row of compareTypes(need, edition)) {
        if (row.volume) expectMinimal(row.volume, need, edition);
      }
    }
  });

  it('for gp3 within its included 3,000 IOPS is the smallest size asked for: 600 MiB/s fits in 1 GiB', () => {
    // 3,000 IOPS come at any size, and 0.25 MiB/s x 3,000 = 750 MiB/s (aws-facts.md §1.3).
    expect(smallestConfiguration('gp3', needOf(1, 0, 600, 256), 'saa-c02'))
      .toEqual({ type: 'gp3', sizeGiB: 1, iops: 3_000, throughputMiBps: 600 });
  });

  it('for gp3 rounds throughput up to whole MiB/s and provisions the IOPS that allow it: 750.01 -> 751 at 3,004 IOPS', () => {
    expect(smallestConfiguration('gp3', needOf(1, 0, 750.01, 256), 'saa-c02'))
      .toEqual({ type: 'gp3', sizeGiB: 7, iops: 3_004, throughputMiBps: 751 });
  });

  it('for 10,000 IOPS of 4 KiB on gp3 is 20 GiB (500 IOPS per GiB)', () => {
    expect(smallestConfiguration('gp3', needOf(1, 10_000, 0, 4), 'saa-c02'))
      .toEqual({ type: 'gp3', sizeGiB: 20, iops: 10_000, throughputMiBps: 125 });
  });

  it('for 400 MiB/s on io1 is 1,600 IOPS of 256 KiB in 32 GiB (50 IOPS per GiB)', () => {
    expect(smallestConfiguration('io1', needOf(1, 0, 400, 256), 'saa-c02'))
      .toEqual({ type: 'io1', sizeGiB: 32, iops: 1_600 });
  });

  it('for 600 MiB/s on io1 is 38,400 IOPS (16 KiB each above 32,000) in 768 GiB', () => {
    expect(smallestConfiguration('io1', needOf(1, 0, 600), 'current'))
      .toEqual({ type: 'io1', sizeGiB: 768, iops: 38_400 });
  });

  it('is priced for the seconds asked for', () => {
    const need: Need = needOf(2_000, 3_000, 46.875);
    const gp3 = compareTypes(need, 'saa-c02', { seconds: 43_200 }).find((r) => r.type === 'gp3');
    expect(gp3?.monthlyUsd).toBeCloseTo(monthlyCost({ type: 'gp3', sizeGiB: 2_000 }, { seconds: 43_200 }).totalUsd, 12);
    expect(gp3?.monthlyUsd).toBeCloseTo(2.667, 3);
  });
});

describe('compare types for 4,000 GiB, 500 IOPS and 150 MiB/s: the I/O size and pattern decide', () => {
  it.each(EDITIONS)('in %s, 1 MiB sequential I/O moves 500 MiB/s: st1 needs 12,800 GiB (576 USD), gp3 is cheapest at 335 USD', (edition) => {
    const rows = byType(needOf(4_000, 500, 150, 1_024, 'sequential'), edition);
    // 500 x 1 MiB = 500 MiB/s; st1 reaches 500 MiB/s baseline at 12.5 TiB (40 MiB/s per TiB), 12,800 x $0.045 = $576.
    expect(rows.st1).toMatchObject({ meets: true, cheapest: false, volume: { type: 'st1', sizeGiB: 12_800 }, baselineThroughputMiBps: 500 });
    expect(rows.st1?.monthlyUsd).toBeCloseTo(576, 9);
    expect(rows.st1?.sized).toMatchObject({ sizeGiB: 4_000, iops: 500, throughputMiBps: 500, ioUnitKiB: 1_024, ioIops: 500, iopsFrom: 'iops', throughputFrom: 'iops' });
    expect(rows.sc1?.reason).toBe('sc1 sustains at most 192 IOPS (1 MiB I/O)');
    // SSD splits each 1 MiB I/O into four of 256 KiB: 2,000 IOPS; gp3 4,000 GiB x $0.08 + 375 MiB/s x $0.04 = $335.
    expect(rows.gp3).toMatchObject({ cheapest: true, volume: { type: 'gp3', sizeGiB: 4_000, iops: 3_000, throughputMiBps: 500 } });
    expect(rows.gp3?.sized.iops).toBe(2_000);
    expect(rows.gp3?.monthlyUsd).toBeCloseTo(335, 9);
    expect(rows.gp2?.reason).toBe('gp2 sustains at most 250 MiB/s: 500 x 1,024 KiB = 500 MiB/s > 250');
  });

  it.each(EDITIONS)('in %s, 16 KiB random I/O rules HDD out; 150 MiB/s of 16 KiB is 9,600 IOPS and gp3 is cheapest at 354 USD', (edition) => {
    const rows = byType(needOf(4_000, 500, 150, 16, 'random'), edition);
    for (const type of ['st1', 'sc1'] as const) {
      expect(rows[type]).toMatchObject({ meets: false, cheapest: false });
      expect(rows[type]?.reason).toContain('each random 16 KiB I/O would spend 1 MiB of its throughput');
    }
    // 150 MiB/s x 1,024 / 16 KiB = 9,600 I/Os a second, more than the 500 asked (aws-facts §1.2: throughput = IOPS x I/O size).
    // 4,000 x $0.08 + (9,600 - 3,000) x $0.005 + (150 - 125) x $0.04 = $354; gp2 4,000 x $0.10 = $400 (9,600 / 3 = 3,200 GiB < 4,000).
    expect(rows.gp3?.sized).toMatchObject({ iops: 9_600, ioIops: 9_600, iopsFrom: 'throughput', throughputFrom: 'throughput' });
    expect(rows.gp3).toMatchObject({ cheapest: true, volume: { type: 'gp3', sizeGiB: 4_000, iops: 9_600, throughputMiBps: 150 } });
    expect(rows.gp3?.monthlyUsd).toBeCloseTo(354, 9);
    expect(rows.gp2?.monthlyUsd).toBeCloseTo(400, 9);
  });

  it('with 16 KiB sequential I/O HDD merges them into 1 MiB: st1 4,000 GiB (156.25 MiB/s) is cheapest at $180', () => {
    const rows = byType(needOf(4_000, 500, 150, 16, 'sequential'), 'saa-c02');
    // 150 MiB/s of 16 KiB = 9,600 I/Os a second, merged into 150 I/Os of 1 MiB; 4,000 GiB x 40 MiB/s per TiB = 156.25 MiB/s; 4,000 x $0.045 = $180.
    expect(rows.st1).toMatchObject({ cheapest: true, volume: { type: 'st1', sizeGiB: 4_000 } });
    expect(rows.st1?.sized.iops).toBe(150);
    expect(rows.st1?.monthlyUsd).toBeCloseTo(180, 9);
  });

  it('does not flip on the IOPS figure alone: random 16 KiB at 100 or 500 IOPS both leave HDD out', () => {
    for (const iops of [100, 500]) {
      const cheapest = compareTypes(needOf(4_000, iops, 150, 16, 'random'), 'saa-c02').find((r) => r.cheapest);
      expect(cheapest?.type).toBe('gp3');
    }
  });
});

describe('the I/Os a need carries (throughput = IOPS x I/O size, aws-facts §1.2)', () => {
  it('the defaults, 6,000 IOPS of 16 KiB random and 250 MiB/s, size each type for 250 MiB/s / 16 KiB = 16,000 IOPS', () => {
    // 6,000 x 16 KiB = 93.75 MiB/s only; 250 MiB/s of 16 KiB I/Os is 16,000 a second.
    const rows = byType(needOf(500, 6_000, 250), 'saa-c02');
    expect(rows.gp3?.sized).toMatchObject({ ioIops: 16_000, iops: 16_000, iopsFrom: 'throughput', throughputMiBps: 250 });
    expect(rows.gp3?.volume).toEqual({ type: 'gp3', sizeGiB: 500, iops: 16_000, throughputMiBps: 250 });
    // gp2 needs a 16,000 IOPS baseline: 5,334 GiB (3 IOPS per GiB); io1 16,000 IOPS fit in 500 GiB at 50:1 (320 GiB).
    expect(rows.gp2?.volume).toEqual({ type: 'gp2', sizeGiB: 5_334 });
    expect(rows.io1?.volume).toEqual({ type: 'io1', sizeGiB: 500, iops: 16_000 });
  });

  it('keeps the IOPS asked when they carry more than the MiB/s asked: 6,000 x 64 KiB = 375 MiB/s', () => {
    const sized = sizedNeed('ssd', needOf(500, 6_000, 250, 64));
    expect(sized).toMatchObject({ ioIops: 6_000, iops: 6_000, throughputMiBps: 375, iopsFrom: 'iops', throughputFrom: 'iops' });
  });
});

describe('a refusal names the limit that binds', () => {
  it('100,000 IOPS of 16 KiB at 250 MiB/s in 2021: the IOPS ceilings, not 1,000 MiB/s', () => {
    const rows = byType(needOf(500, 100_000, 250), 'saa-c02');
    expect(rows.gp3?.reason).toBe('gp3 allows at most 16,000 IOPS');
    expect(rows.io1?.reason).toBe('io1 allows at most 64,000 IOPS');
    expect(rows.io2?.reason).toBe('io2 allows at most 64,000 IOPS');
    expect(rows.gp2?.reason).toBe('gp2 sustains at most 16,000 IOPS');
  });

  it('shows the derived MiB/s when they bind: 15,000 x 128 KiB = 1,875 MiB/s > 1,000', () => {
    expect(smallestConfiguration('gp3', needOf(500, 15_000, 250, 128), 'saa-c02')).toBe('gp3 moves at most 1,000 MiB/s: 15,000 x 128 KiB = 1,875 MiB/s > 1,000');
  });

  it('shows the derived IOPS when they bind: 500 MiB/s / 16 KiB = 32,000 I/Os > 16,000', () => {
    expect(smallestConfiguration('gp3', needOf(500, 1_000, 500), 'saa-c02')).toBe('gp3 allows at most 16,000 IOPS: 500 MiB/s / 16 KiB = 32,000 I/Os of 16 KiB > 16,000');
  });

  it('shows the split when large random I/Os bind: 10,000 of 512 KiB count as 20,000', () => {
    expect(smallestConfiguration('gp3', needOf(500, 10_000, 0, 512), 'saa-c02'))
      .toBe('gp3 allows at most 16,000 IOPS: 10,000 I/Os of 512 KiB, each split into 20,000 I/Os of 256 KiB > 16,000');
  });
});
