/**
 * Cost against the PRICE25 worked examples (shared/aws-facts.md §3.3): a 2,000 GB volume for 12 h
 * = 43,200 s of a 30-day month (2,592,000 s), i.e. 1/60 of the monthly price. Per-second billing
 * with a 60-second minimum (§3.1). Prices are not edition-dependent: one us-east-1 table (§3.2).
 */
import { describe, expect, it } from 'vitest';
import {
  BILLING, EBS_PRICE_SOURCES, PRICES_AS_OF, VOLUME_TYPES, billedFraction, costLines, ebsPrices, monthlyCost,
  type EbsPriceTable,
} from '../../../src/domain';

const TWELVE_HOURS = 43_200;
const at12h = { seconds: TWELVE_HOURS };

describe('billed fraction', () => {
  it('prorates over a 30-day month of 2,592,000 s: 12 h is 1/60', () => {
    expect(BILLING.secondsPerMonth).toBe(2_592_000);
    expect(billedFraction(TWELVE_HOURS)).toBe(1 / 60);
  });

  it('defaults to the whole month', () => {
    expect(billedFraction()).toBe(1);
  });

  it('bills at least 60 seconds', () => {
    expect(BILLING.minimumSeconds).toBe(60);
    expect(billedFraction(1)).toBe(60 / 2_592_000);
    expect(billedFraction(0)).toBe(billedFraction(60));
    expect(billedFraction(61)).toBe(61 / 2_592_000);
  });
});

describe('gp3 cost (PRICE25 example 1)', () => {
  const cost = monthlyCost({ type: 'gp3', sizeGiB: 2_000, iops: 10_000, throughputMiBps: 500 }, at12h);

  it('storage: $0.08 x 2,000 GB / 60 = $2.667', () => {
    expect(cost.storageUsd).toBeCloseTo(2.667, 3);
  });

  it('IOPS: 7,000 above the free 3,000 x $0.005 / 60 = $0.583', () => {
    expect(cost.iopsUsd).toBeCloseTo(0.583, 3);
  });

  it('throughput: 375 MB/s above the free 125 x $0.04 / 60 = $0.25', () => {
    // PRICE25's example prints $0.375 because it uses $0.06 per MB/s-month "in a region that
    // charges" that; our us-east-1 table uses $0.040 (third-party saisci.com, aws-facts.md §3.2).
    expect(ebsPrices.gp3.throughputPerMiBpsMonth).toBe(0.04);
    expect(cost.throughputUsd).toBeCloseTo((375 * 0.04) / 60, 12);
    expect(cost.throughputUsd).toBeCloseTo(0.25, 12);
    expect(cost.totalUsd).toBeCloseTo(2.667 + 0.583 + 0.25, 2);
  });

  it('reproduces the example\'s $0.375 and $3.625 total with the $0.06 price', () => {
    const prices: EbsPriceTable = { ...ebsPrices, gp3: { ...ebsPrices.gp3, throughputPerMiBpsMonth: 0.06 } };
    const c = monthlyCost({ type: 'gp3', sizeGiB: 2_000, iops: 10_000, throughputMiBps: 500 }, { ...at12h, prices });
    expect(c.throughputUsd).toBeCloseTo(0.375, 12);
    expect(c.totalUsd).toBeCloseTo(3.625, 3);
  });

  it('charges nothing for the included 3,000 IOPS and 125 MiB/s', () => {
    const c = monthlyCost({ type: 'gp3', sizeGiB: 100 });
    expect(c).toEqual({ storageUsd: 8, iopsUsd: 0, throughputUsd: 0, totalUsd: 8 });
    expect(costLines({ type: 'gp3', sizeGiB: 100, iops: 3_000, throughputMiBps: 125 }).map((l) => l.item)).toEqual(['storage']);
  });
});

describe('gp2, st1 and sc1 cost (PRICE25 examples 2, 5, 6)', () => {
  it.each([
    ['gp2', 3.33], ['st1', 1.5], ['sc1', 0.5],
  ] as const)('%s 2,000 GB for 12 h costs $%f, storage only', (type, usd) => {
    const c = monthlyCost({ type, sizeGiB: 2_000 }, at12h);
    expect(c.storageUsd).toBeCloseTo(usd, 2);
    expect(c.iopsUsd + c.throughputUsd).toBe(0);
    expect(c.totalUsd).toBe(c.storageUsd);
  });

  it('gp2 100 GiB for the default full month costs $0.10 x 100 = $10', () => {
    expect(monthlyCost({ type: 'gp2', sizeGiB: 100 }).totalUsd).toBeCloseTo(10, 12);
    expect(monthlyCost({ type: 'gp2', sizeGiB: 100 }, { seconds: 2_592_000 }).totalUsd).toBeCloseTo(10, 12);
  });

  it('gp2 for 1 second is billed as 60 seconds', () => {
    expect(monthlyCost({ type: 'gp2', sizeGiB: 100 }, { seconds: 1 }).totalUsd).toBeCloseTo((10 * 60) / 2_592_000, 15);
  });
});

describe('io2 cost (PRICE25 example 3)', () => {
  it('2,000 GB with 1,000 IOPS for 12 h: storage $4.167, IOPS $1.083', () => {
    const c = monthlyCost({ type: 'io2', sizeGiB: 2_000, iops: 1_000 }, at12h);
    expect(c.storageUsd).toBeCloseTo(4.167, 3);
    expect(c.iopsUsd).toBeCloseTo(1.083, 3);
  });

  it('60,000 IOPS are tiered per volume: (0.065 x 32,000 + 0.046 x 28,000) / 60 = $56.133', () => {
    const c = monthlyCost({ type: 'io2', sizeGiB: 2_000, iops: 60_000 }, at12h);
    expect(c.iopsUsd).toBeCloseTo(56.133, 3);
    const lines = costLines({ type: 'io2', sizeGiB: 2_000, iops: 60_000 }, at12h).filter((l) => l.item === 'iops');
    expect(lines.map((l) => [l.label, l.quantity, l.unitPriceUsd])).toEqual([
      ['IOPS 1 to 32,000', 32_000, 0.065], ['IOPS 32,001 to 60,000', 28_000, 0.046],
    ]);
  });

  it('ten volumes of 1,000 IOPS pay the first tier each: 10 x $1.083 = $10.83', () => {
    expect(10 * monthlyCost({ type: 'io2', sizeGiB: 2_000, iops: 1_000 }, at12h).iopsUsd).toBeCloseTo(10.83, 2);
  });

  it('bills IOPS above 64,000 at the third tier, $0.032 (third-party awsnegotiations.com)', () => {
    const lines = costLines({ type: 'io2', sizeGiB: 256, iops: 100_000 }).filter((l) => l.item === 'iops');
    expect(lines.map((l) => [l.quantity, l.unitPriceUsd])).toEqual([[32_000, 0.065], [32_000, 0.046], [36_000, 0.032]]);
  });

  it('bills io2 Block Express at the io2 rate', () => {
    const v = { sizeGiB: 2_000, iops: 60_000 };
    expect(monthlyCost({ type: 'io2-block-express', ...v }, at12h)).toEqual(monthlyCost({ type: 'io2', ...v }, at12h));
  });
});

describe('io1 cost (PRICE25 example 4)', () => {
  it('2,000 GB with 1,000 IOPS for 12 h: $4.167 + $1.083 = $5.25', () => {
    const c = monthlyCost({ type: 'io1', sizeGiB: 2_000, iops: 1_000 }, at12h);
    expect(c.storageUsd).toBeCloseTo(4.167, 3);
    expect(c.iopsUsd).toBeCloseTo(1.083, 3);
    expect(c.totalUsd).toBeCloseTo(5.25, 3);
  });

  it('bills the 100 IOPS minimum when no IOPS are given: 100 x $0.065 = $6.50 a month', () => {
    expect(monthlyCost({ type: 'io1', sizeGiB: 100 }).iopsUsd).toBeCloseTo(6.5, 12);
  });

  it('does not tier io1 IOPS: 64,000 x $0.065', () => {
    expect(monthlyCost({ type: 'io1', sizeGiB: 1_280, iops: 64_000 }).iopsUsd).toBeCloseTo(4_160, 9);
  });
});

describe('cost lines', () => {
  it('show quantity x unit price x share of the month for every line', () => {
    const lines = costLines({ type: 'gp3', sizeGiB: 2_000, iops: 10_000, throughputMiBps: 500 }, at12h);
    expect(lines.map((l) => [l.item, l.quantity, l.unit, l.unitPriceUsd])).toEqual([
      ['storage', 2_000, 'GB-month', 0.08], ['iops', 7_000, 'IOPS-month', 0.005], ['throughput', 375, 'MiB/s-month', 0.04],
    ]);
    for (const l of lines) {
      expect(l.fractionOfMonth).toBe(1 / 60);
      expect(l.usd).toBeCloseTo(l.quantity * l.unitPriceUsd * l.fractionOfMonth, 12);
    }
  });

  it('add up to the monthly cost for every type', () => {
    for (const type of VOLUME_TYPES) {
      const v = { type, sizeGiB: 500, iops: 4_000 };
      const sum = costLines(v, at12h).reduce((a, l) => a + l.usd, 0);
      expect(monthlyCost(v, at12h).totalUsd).toBeCloseTo(sum, 12);
    }
  });
});

describe('price table', () => {
  it('holds the us-east-1 prices of aws-facts.md §3.2, each with a source and a date', () => {
    expect(Object.fromEntries(VOLUME_TYPES.map((t) => [t, ebsPrices[t].storagePerGBMonth]))).toEqual({
      gp2: 0.1, gp3: 0.08, io1: 0.125, io2: 0.125, 'io2-block-express': 0.125, st1: 0.045, sc1: 0.015,
    });
    expect(ebsPrices.gp3).toMatchObject({ freeIops: 3_000, freeThroughputMiBps: 125 });
    for (const t of ['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1']) expect(EBS_PRICE_SOURCES[t]).toBeTruthy();
    expect(PRICES_AS_OF).toMatch(/2025/);
  });

  it('makes gp3 20% cheaper per GB than gp2', () => {
    expect(1 - ebsPrices.gp3.storagePerGBMonth / ebsPrices.gp2.storagePerGBMonth).toBeCloseTo(0.2, 12);
  });
});

describe('a whole month', () => {
  const gp2 = { type: 'gp2', sizeGiB: 100 } as const;

  it.each([720, 730, 744])('is never billed above the monthly rate: 100 GiB gp2 kept %i h costs 10 USD', (hours) => {
    expect(monthlyCost(gp2, { seconds: hours * 3_600 }).totalUsd).toBeCloseTo(10, 12);
  });

  it('prorates less than a month over a 30-day month: 360 h is half, 5 USD', () => {
    expect(monthlyCost(gp2, { seconds: 360 * 3_600 }).totalUsd).toBeCloseTo(5, 12);
    expect(BILLING.hoursPerMonth).toBe(720);
  });

  it('caps every line, not only storage: a gp3 with 6,000 IOPS and 250 MiB/s for 744 h costs its monthly 8 + 15 + 5 USD', () => {
    const lines = costLines({ type: 'gp3', sizeGiB: 100, iops: 6_000, throughputMiBps: 250 }, { seconds: 744 * 3_600 });
    expect(lines.map((l) => l.fractionOfMonth)).toEqual([1, 1, 1]);
    expect(lines.reduce((a, l) => a + l.usd, 0)).toBeCloseTo(28, 12);
  });
});
