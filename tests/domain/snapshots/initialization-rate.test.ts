import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampInitializationRate, fsrBenefit, initializationRate, restoreSteps, volumeStorageCost, VOLUME_INITIALIZATION_RATE,
} from '../../../src/domain';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the provisioned initialization rate (current edition, aws-facts §11)', () => {
  it('is chosen from 100 to 300 MiB/s and does not exist in saa-c02', () => {
    expect(VOLUME_INITIALIZATION_RATE.current).toMatchObject({ minMiBps: 100, maxMiBps: 300, pricedAtMiBps: 300, usdPerGBAtPriced: 0.0036 });
    expect(initializationRate(10, 'saa-c02', 200)).toBeNull();
    expect(clampInitializationRate(50, 'current')).toBe(100);
    expect(clampInitializationRate(999, 'current')).toBe(300);
    expect(clampInitializationRate(150.4, 'current')).toBe(150);
    expect(clampInitializationRate(150, 'saa-c02')).toBeNull();
    expect(() => initializationRate(10, 'current', 99)).toThrow(/100 to 300 MiB\/s/);
    expect(() => initializationRate(10, 'current', 301)).toThrow(/100 to 300 MiB\/s/);
  });

  it('prices 300 MiB/s as PRICE25 example 12 and a lower rate in proportion, flagged as an assumption', () => {
    const at300 = initializationRate(10, 'current', 300)!;
    expect(at300).toMatchObject({ mibps: 300, usdPerGB: 0.0036, priceAssumed: false });
    expect(100 * at300.usd).toBeCloseTo(3.6, 10);
    const at100 = initializationRate(10, 'current', 100)!;
    expect(at100.seconds).toBeCloseTo(102.4, 10);
    expect(at100.usdPerGB).toBeCloseTo(0.0012, 10);
    expect(at100.usd).toBeCloseTo(0.012, 10);
    expect(at100.priceAssumed).toBe(true);
    expect(VOLUME_INITIALIZATION_RATE.current?.priceAssumption).toMatch(/^Assumed/);
  });

  it('takes longer and costs less the lower the rate: time x rate is the data, price / rate is constant', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 64 }), fc.integer({ min: 100, max: 300 }), (gib, mibps) => {
      const r = initializationRate(gib, 'current', mibps)!;
      return Math.abs(r.seconds * mibps - gib * 1024) < 1e-6 && Math.abs(r.usdPerGB / mibps - 0.0036 / 300) < 1e-12;
    }));
  });

  it('draws the chosen rate in the restore comparison: 10 GiB at 100 MiB/s ready after 102.4 s', () => {
    const steps = restoreSteps({ sizeGiB: 40, usedBlocks: range(0, 9), readOrder: [0, 2], rateMiBps: 100 }, 'current');
    const lane = steps[1]!.lanes.find((l) => l.method === 'rate')!;
    expect(lane.seconds).toBeCloseTo(102.4, 10);
    expect(lane.caption).toContain('at 100 MiB/s');
    expect(lane.caption).toContain('price assumed in proportion to the rate');
    const at300 = restoreSteps({ sizeGiB: 40, usedBlocks: range(0, 9), readOrder: [0, 2] }, 'current')[1]!.lanes.find((l) => l.method === 'rate')!;
    expect(at300.caption).not.toContain('assumed');
  });
});

describe('FSR full benefit (current edition, aws-facts §11)', () => {
  it('is offered for snapshots of 16 TiB or less, in full up to 64,000 IOPS and 1,000 MiB/s', () => {
    expect(fsrBenefit({ snapshotGiB: 16_384, iops: 64_000, throughputMiBps: 1_000 }, 'current')).toEqual({ offered: true, full: true, reasons: [] });
    const big = fsrBenefit({ snapshotGiB: 16_385 }, 'current')!;
    expect(big.offered).toBe(false);
    expect(big.reasons[0]).toMatch(/16,384 GiB \(16 TiB\) or less/);
    const fast = fsrBenefit({ snapshotGiB: 100, iops: 80_000, throughputMiBps: 2_000 }, 'current')!;
    expect(fast).toMatchObject({ offered: true, full: false });
    expect(fast.reasons).toHaveLength(2);
  });

  it('names no limit in saa-c02 (the 2021 text has none)', () => {
    expect(fsrBenefit({ snapshotGiB: 40 }, 'saa-c02')).toBeNull();
  });
});

describe('the volume\'s own storage', () => {
  it('bills the provisioned size of every volume at its type\'s GB-month price (aws-facts §3.2)', () => {
    expect(volumeStorageCost(40, 1, 'gp2', 30).usd).toBeCloseTo(4, 10);
    expect(volumeStorageCost(40, 1, 'gp3', 30).usd).toBeCloseTo(3.2, 10);
    expect(volumeStorageCost(40, 2, 'gp2', 15)).toMatchObject({ gbMonths: 40, usdPerGBMonth: 0.1 });
    expect(volumeStorageCost(40, 0, 'gp3', 30).usd).toBe(0);
  });
});
