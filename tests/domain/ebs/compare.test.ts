/**
 * Every type side by side for one need, at baseline (bursting not counted): the smallest
 * configuration that meets it, its monthly cost in us-east-1, and the cheapest row.
 */
import { describe, expect, it } from 'vitest';
import {
  EDITIONS, compareTypes, monthlyCost, smallestConfiguration, volumeTypesFor, type Edition, type Need, type Volume,
} from '../../../src/domain';
import { meetsNeed, oneStepSmaller } from '../support/need';

function expectMinimal(v: Volume, need: Need, edition: Edition): void {
  expect(meetsNeed(v, need, edition)).toBe(true);
  for (const smaller of oneStepSmaller(v)) expect(meetsNeed(smaller, need, edition)).toBe(false);
}

const byType = (need: Need, edition: Edition) => Object.fromEntries(compareTypes(need, edition).map((r) => [r.type, r]));

describe('compare types for 100 GiB, 3,000 IOPS and 125 MiB/s', () => {
  const need: Need = { sizeGiB: 100, iops: 3_000, throughputMiBps: 125 };

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

  it.each(EDITIONS)('in %s rules out st1 and sc1: HDD IOPS count 1 MiB I/Os, at most 500 and 192 sustained', (edition) => {
    const rows = byType(need, edition);
    expect(rows.st1).toMatchObject({ meets: false, cheapest: false, reason: 'st1 sustains at most 500 IOPS (1 MiB I/O)' });
    expect(rows.sc1).toMatchObject({ meets: false, reason: 'sc1 sustains at most 192 IOPS (1 MiB I/O)' });
  });
});

describe('compare types for 2 TiB streamed at 80 MiB/s', () => {
  const need: Need = { sizeGiB: 2_048, iops: 0, throughputMiBps: 80 };

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
    const need: Need = { sizeGiB: 1, iops: 20_000, throughputMiBps: 0 };
    expect(smallestConfiguration('gp2', need, 'saa-c02')).toBe('gp2 sustains at most 16,000 IOPS');
    expect(smallestConfiguration('gp3', need, 'saa-c02')).toBe('gp3 allows at most 16,000 IOPS');
    expect(smallestConfiguration('gp3', need, 'current')).toEqual({ type: 'gp3', sizeGiB: 40, iops: 20_000, throughputMiBps: 125 });
  });

  it('1,500 MiB/s: beyond gp3 and io1/io2 in 2021 (1,000), within Block Express and gp3 today', () => {
    const need: Need = { sizeGiB: 10, iops: 0, throughputMiBps: 1_500 };
    expect(smallestConfiguration('gp3', need, 'saa-c02')).toBe('gp3 moves at most 1,000 MiB/s');
    expect(smallestConfiguration('io1', need, 'saa-c02')).toBe('io1 moves at most 1,000 MiB/s');
    expect(smallestConfiguration('io2', need, 'saa-c02')).toBe('io2 moves at most 1,000 MiB/s');
    expect(smallestConfiguration('gp2', need, 'saa-c02')).toBe('gp2 sustains at most 250 MiB/s');
    expect(smallestConfiguration('io2-block-express', need, 'saa-c02')).toEqual({ type: 'io2-block-express', sizeGiB: 10, iops: 5_860 });
    expect(smallestConfiguration('gp3', need, 'current')).toEqual({ type: 'gp3', sizeGiB: 12, iops: 6_000, throughputMiBps: 1_500 });
  });

  it('20,000 GiB: beyond the 16 TiB types, within gp3 today', () => {
    const need: Need = { sizeGiB: 20_000, iops: 0, throughputMiBps: 0 };
    const rows = byType(need, 'current');
    expect(rows.gp2).toMatchObject({ meets: false, reason: 'gp2 volumes hold at most 16,384 GiB' });
    expect(rows.st1?.reason).toBe('st1 volumes hold at most 16,384 GiB');
    expect(rows.io1?.reason).toBe('io1 volumes hold at most 16,384 GiB');
    expect(rows.gp3).toMatchObject({ meets: true, cheapest: true, volume: { sizeGiB: 20_000 } });
  });

  it('marks nothing cheapest when no type meets the need', () => {
    const rows = compareTypes({ sizeGiB: 100, iops: 300_000, throughputMiBps: 0 }, 'current');
    expect(rows.every((r) => !r.meets && !r.cheapest && r.reason)).toBe(true);
  });
});

describe('the configuration offered', () => {
  const needs: Need[] = [
    { sizeGiB: 100, iops: 3_000, throughputMiBps: 125 },
    { sizeGiB: 1, iops: 10_000, throughputMiBps: 125 },
    { sizeGiB: 1, iops: 3_000, throughputMiBps: 600 },
    { sizeGiB: 50, iops: 40_000, throughputMiBps: 900 },
    { sizeGiB: 500, iops: 1_000, throughputMiBps: 200 },
    { sizeGiB: 2_048, iops: 0, throughputMiBps: 80 },
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
    expect(smallestConfiguration('gp3', { sizeGiB: 1, iops: 3_000, throughputMiBps: 600 }, 'saa-c02'))
      .toEqual({ type: 'gp3', sizeGiB: 1, iops: 3_000, throughputMiBps: 600 });
  });

  it('for gp3 rounds throughput up to whole MiB/s and provisions the IOPS that allow it: 750.01 -> 751 at 3,004 IOPS', () => {
    expect(smallestConfiguration('gp3', { sizeGiB: 1, iops: 0, throughputMiBps: 750.01 }, 'saa-c02'))
      .toEqual({ type: 'gp3', sizeGiB: 7, iops: 3_004, throughputMiBps: 751 });
  });

  it('for 10,000 IOPS on gp3 is 20 GiB (500 IOPS per GiB)', () => {
    expect(smallestConfiguration('gp3', { sizeGiB: 1, iops: 10_000, throughputMiBps: 125 }, 'saa-c02'))
      .toEqual({ type: 'gp3', sizeGiB: 20, iops: 10_000, throughputMiBps: 125 });
  });

  it('for 400 MiB/s on io1 is 1,600 IOPS of 256 KiB in 32 GiB (50 IOPS per GiB)', () => {
    expect(smallestConfiguration('io1', { sizeGiB: 1, iops: 0, throughputMiBps: 400 }, 'saa-c02'))
      .toEqual({ type: 'io1', sizeGiB: 32, iops: 1_600 });
  });

  it('for 600 MiB/s on io1 is 38,400 IOPS (16 KiB each above 32,000) in 768 GiB', () => {
    expect(smallestConfiguration('io1', { sizeGiB: 1, iops: 0, throughputMiBps: 600 }, 'current'))
      .toEqual({ type: 'io1', sizeGiB: 768, iops: 38_400 });
  });

  it('is priced for the seconds asked for', () => {
    const need: Need = { sizeGiB: 2_000, iops: 3_000, throughputMiBps: 125 };
    const gp3 = compareTypes(need, 'saa-c02', { seconds: 43_200 }).find((r) => r.type === 'gp3');
    expect(gp3?.monthlyUsd).toBeCloseTo(monthlyCost({ type: 'gp3', sizeGiB: 2_000 }, { seconds: 43_200 }).totalUsd, 12);
    expect(gp3?.monthlyUsd).toBeCloseTo(2.667, 3);
  });
});
