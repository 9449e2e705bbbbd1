/**
 * Fast Snapshot Restore: credit buckets by edition, cost (PRICE25 example 8, EC2 UG FSR page),
 * quota and optimisation time (facts §3.2, §3.3, §4).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fsrCost, fsrCreditBucket, fsrOptimisationMinutes, fsrQuota } from '../../../src/domain';
import { fsrLeadTime } from '../../../src/domain/snapshots/fsr';
import { restoreFigures } from '../../../src/domain/snapshots/restore';
import { anyEdition, assertProperty } from '../support/property';

describe('fsrCreditBucket', () => {
  it('holds 10 credits refilled at 10 an hour for a 100 GiB snapshot (2021)', () => {
    expect(fsrCreditBucket(100, 'saa-c02')).toEqual({ bucketSize: 10, refillCreditsPerHour: 10 });
  });

  it('holds 8 credits refilled at 8 an hour for a 128 GiB snapshot, in both editions', () => {
    expect(fsrCreditBucket(128, 'current')).toEqual({ bucketSize: 8, refillCreditsPerHour: 8 });
    expect(fsrCreditBucket(128, 'saa-c02')).toEqual({ bucketSize: 8, refillCreditsPerHour: 8 });
  });

  it('holds 1 credit for 1,024 GiB, and still 1 (refilled at 0.25 an hour) for 4,096 GiB', () => {
    expect(fsrCreditBucket(1024, 'current')).toEqual({ bucketSize: 1, refillCreditsPerHour: 1 });
    expect(fsrCreditBucket(4096, 'current')).toEqual({ bucketSize: 1, refillCreditsPerHour: 0.25 });
    expect(fsrCreditBucket(4096, 'saa-c02')).toEqual({ bucketSize: 1, refillCreditsPerHour: 0.25 });
  });

  it('floors the bucket in 2021 but not today: 300 GiB holds 3 vs 1024/300', () => {
    expect(fsrCreditBucket(300, 'saa-c02').bucketSize).toBe(3);
    expect(fsrCreditBucket(300, 'current').bucketSize).toBeCloseTo(1024 / 300, 10);
  });

  it('stays within 1 to 10 credits and never grows with size (fixed seed)', () => {
    assertProperty(fc.property(anyEdition, fc.integer({ min: 1, max: 16_384 }), fc.integer({ min: 1, max: 16_384 }), (edition, a, b) => {
      const small = fsrCreditBucket(Math.min(a, b), edition).bucketSize;
      const large = fsrCreditBucket(Math.max(a, b), edition).bucketSize;
      return small >= 1 && small <= 10 && large >= 1 && large <= small;
    }));
  });

  it('refuses a size that is not positive', () => {
    expect(() => fsrCreditBucket(0, 'current')).toThrow(/positive size/);
  });
});

describe('fsrCost', () => {
  it('is $3.375 for 1 snapshot in 3 AZs for 90 minutes', () => {
    expect(fsrCost({ snapshots: 1, azs: 3, enabledMinutes: 90 })).toBeCloseTo(3.375, 10);
  });

  it('is $0.75 for 45 minutes: the 1-hour minimum', () => {
    expect(fsrCost({ snapshots: 1, azs: 1, enabledMinutes: 45 })).toBeCloseTo(0.75, 10);
  });

  it('is $11.25 for 3 snapshots in 2 AZs for 2.5 hours', () => {
    expect(fsrCost({ snapshots: 3, azs: 2, enabledMinutes: 150 })).toBeCloseTo(11.25, 10);
  });

  it('is $540 for 1 x 1 for 720 hours and $3,240 for 2 x 3 for 720 hours', () => {
    expect(fsrCost({ snapshots: 1, azs: 1, enabledMinutes: 720 * 60 })).toBeCloseTo(540, 10);
    expect(fsrCost({ snapshots: 2, azs: 3, enabledMinutes: 720 * 60 })).toBeCloseTo(3240, 10);
  });

  it('is $0 when never enabled and bills a started minute as a whole one', () => {
    expect(fsrCost({ snapshots: 1, azs: 1, enabledMinutes: 0 })).toBe(0);
    expect(fsrCost({ snapshots: 1, azs: 1, enabledMinutes: 60.2 })).toBeCloseTo(0.75 * 61 / 60, 10);
  });

  it('refuses a fractional number of snapshots', () => {
    expect(() => fsrCost({ snapshots: 1.5, azs: 1, enabledMinutes: 60 })).toThrow(/whole number/);
  });
});

describe('FSR quota and optimisation', () => {
  it('allows 50 snapshots per Region in 2021 and 5 today', () => {
    expect(fsrQuota('saa-c02')).toBe(50);
    expect(fsrQuota('current')).toBe(5);
  });

  it('takes 60 minutes per TiB to optimise: 2,048 GiB -> 120 minutes', () => {
    expect(fsrOptimisationMinutes(2048, 'current')).toBe(120);
  });
});

describe('fsrLeadTime', () => {
  it('waits for the first credit, not only the optimisation: a 40 GiB snapshot optimises in 140.6 s but its first credit comes after 6 min (current)', () => {
    const lead = fsrLeadTime(40, 'current');
    expect(lead.optimisingMinutes * 60).toBeCloseTo(140.625, 10);
    expect(lead.firstCreditMinutes).toBe(6);
    expect(lead.leadMinutes).toBe(6);
    expect(restoreFigures(40, 10, 'current').fsrLead).toEqual(lead);
  });

  it('is never shorter than the optimisation: 4,096 GiB optimises in 240 min and refills at 0.25 an hour (first credit after 240 min)', () => {
    expect(fsrLeadTime(4096, 'current')).toEqual({ optimisingMinutes: 240, firstCreditMinutes: 240, leadMinutes: 240 });
    expect(fsrLeadTime(128, 'current').firstCreditMinutes).toBe(7.5);
  });

  it('is the optimisation alone in 2021, whose guide does not say how full the bucket starts', () => {
    expect(fsrLeadTime(40, 'saa-c02')).toEqual({ optimisingMinutes: 2.34375, firstCreditMinutes: null, leadMinutes: 2.34375 });
  });
});
