/**
 * Incremental snapshot storage, deletion and GB-month cost, with the worked numbers of
 * docs/model.md (facts §3.2, §3.3 example 10, §4).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { archiveStorageCost, gbMonths, snapshotMonthlyCost, snapshotStorage, storedAfterDeletingOldest } from '../../../src/domain';
import { assertProperty } from '../support/property';

describe('snapshotStorage', () => {
  it('stores 10 + 4 + 2 = 16 GiB for A 10 GiB full, B 4 GiB changed, C 2 GiB added', () => {
    expect(snapshotStorage([{ changedGiB: 10 }, { changedGiB: 4 }, { changedGiB: 0, addedGiB: 2 }]))
      .toEqual({ storedPerSnapshotGiB: [10, 4, 2], totalStoredGiB: 16 });
  });

  it('bills 100 GB, then 5 GB more when the data grows to 105 GB', () => {
    expect(snapshotStorage([{ changedGiB: 100 }, { changedGiB: 0, addedGiB: 5 }]).totalStoredGiB).toBe(105);
  });

  it('stores nothing for no snapshots and refuses a negative change', () => {
    expect(snapshotStorage([])).toEqual({ storedPerSnapshotGiB: [], totalStoredGiB: 0 });
    expect(() => snapshotStorage([{ changedGiB: -1 }])).toThrow(/changedGiB/);
  });

  it('stores the sum of the entries, whatever the history (fixed seed)', () => {
    const entry = fc.record({ changedGiB: fc.integer({ min: 0, max: 16_384 }), addedGiB: fc.integer({ min: 0, max: 1_000 }) });
    assertProperty(fc.property(fc.array(entry, { maxLength: 20 }), (history) =>
      snapshotStorage(history).totalStoredGiB === history.reduce((a, e) => a + e.changedGiB + e.addedGiB, 0)));
  });
});

describe('storedAfterDeletingOldest', () => {
  it('frees only the 4 GiB the second snapshot replaced: 14 GiB -> 10 GiB', () => {
    expect(storedAfterDeletingOldest([{ changedGiB: 10 }, { changedGiB: 4 }]))
      .toEqual({ storedPerSnapshotGiB: [10], totalStoredGiB: 10 });
  });

  it('frees everything when the only snapshot is deleted, and refuses when there is none', () => {
    expect(storedAfterDeletingOldest([{ changedGiB: 10 }]).totalStoredGiB).toBe(0);
    expect(() => storedAfterDeletingOldest([])).toThrow('There is no snapshot to delete');
  });
});

describe('GB-months and snapshot cost', () => {
  it('counts 20 GB kept for half a 30-day month as 10 GB-months', () => {
    expect(gbMonths(20, 15)).toBe(10);
    expect(gbMonths(20, 15.5, 31)).toBe(10);
  });

  it('charges 10 GB-months $0.50 in standard and $0.125 in archive', () => {
    expect(snapshotMonthlyCost(10)).toBeCloseTo(0.5, 10);
    expect(snapshotMonthlyCost(10, 'archive')).toBeCloseTo(0.125, 10);
  });

  it('charges a 200 GB archived snapshot $2.50 a month (PRICE25 example 10)', () => {
    expect(snapshotMonthlyCost(gbMonths(200, 30), 'archive')).toBeCloseTo(2.5, 10);
  });
});

describe('archived snapshot storage', () => {
  it('bills PRICE25 example 10: 200 GB for a 30-day month is $2.50 a month, but at least 90 days: $7.50', () => {
    expect(archiveStorageCost(200, 90).usd).toBeCloseTo(7.5, 10);
    expect(archiveStorageCost(200, 30)).toEqual({ billedDays: 90, usd: expect.closeTo(7.5, 10) as number, thisMonthUsd: expect.closeTo(2.5, 10) as number, laterUsd: expect.closeTo(5, 10) as number });
    expect(archiveStorageCost(200, 120).usd).toBeCloseTo(10, 10);
  });

  it('charges the rest of the 90 days when deleted after 70 d 11 h: the remaining 19 d 12 h cost $1.625', () => {
    const kept = 70 + 11 / 24;
    const used = snapshotMonthlyCost(gbMonths(200, kept), 'archive');
    const remaining = snapshotMonthlyCost(gbMonths(200, 19.5), 'archive');
    expect(remaining).toBeCloseTo(1.625, 10);
    expect(archiveStorageCost(200, kept).usd).toBeCloseTo(used + snapshotMonthlyCost(gbMonths(200, 90 - kept), 'archive'), 10);
  });

  it('keeps this month apart from the minimum committed: 20 GB for 15 days is $0.125 this month, $0.75 committed for 90 days', () => {
    const cost = archiveStorageCost(20, 15);
    expect(cost.thisMonthUsd).toBeCloseTo(0.125, 10);
    expect(cost.usd).toBeCloseTo(0.75, 10);
    expect(cost.laterUsd).toBeCloseTo(0.625, 10);
    expect(archiveStorageCost(20, 120).laterUsd).toBe(0);
  });
});
