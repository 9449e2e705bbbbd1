/**
 * Restoring a snapshot side by side: lazy loading, dd / fio, FSR and the provisioned initialization
 * rate (facts §3.2, §3.3 examples 8 and 12, §4), with the rate's worked numbers and FSR's figures
 * taken from fsr.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VOLUME_INITIALIZATION_RATE } from '../../../src/domain/catalog/snapshot-prices';
import { fsrCreditBucket, fsrOptimisationMinutes, fsrQuota } from '../../../src/domain';
import { restoreFigures, restoreMethodsFor, restoreSteps, type RestoreLane, type RestoreStep } from '../../../src/domain/snapshots/restore';
import { anyEdition, assertProperty } from '../support/property';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const laneOf = (step: RestoreStep | undefined, method: string): RestoreLane => step!.lanes.find((l) => l.method === method)!;

describe('the restore methods', () => {
  it('are lazy, initialise and FSR in 2021; today also the provisioned rate', () => {
    expect(restoreMethodsFor('saa-c02')).toEqual(['lazy', 'initialise', 'fsr']);
    expect(restoreMethodsFor('current')).toEqual(['lazy', 'initialise', 'fsr', 'rate']);
    expect(VOLUME_INITIALIZATION_RATE['saa-c02']).toBeNull();
  });
});

describe('restoreSteps on the notes\' 40 GiB volume holding 10 GiB', () => {
  const input = { sizeGiB: 40, usedBlocks: range(0, 9), readOrder: [3, 0, 3, 9, 20] };
  const steps = restoreSteps(input, 'current');

  it('has four steps, each with one lane per method', () => {
    expect(steps.map((s) => s.title)).toEqual([
      'Create a volume from the snapshot', 'Initialise before use', 'The application reads', 'The application reads again',
    ]);
    for (const step of steps) expect(step.lanes.map((l) => l.method)).toEqual(['lazy', 'initialise', 'fsr', 'rate']);
    expect(restoreSteps(input, 'saa-c02')[0]?.lanes.map((l) => l.method)).toEqual(['lazy', 'initialise', 'fsr']);
  });

  it('initialises every block of the FSR volume at creation, and only never-written blocks elsewhere', () => {
    expect(laneOf(steps[0], 'fsr').initialised.every(Boolean)).toBe(true);
    for (const method of ['lazy', 'initialise', 'rate']) {
      const init = laneOf(steps[0], method).initialised;
      expect(init.filter(Boolean)).toHaveLength(30);
      expect(init.slice(0, 10).some(Boolean)).toBe(false);
    }
  });

  it('has dd or fio read every block once, fetching the 10 GiB of data from S3', () => {
    const lane = laneOf(steps[1], 'initialise');
    expect(lane.reads).toHaveLength(40);
    expect(lane.reads.filter((r) => r.from === 's3').map((r) => r.block)).toEqual(range(0, 9));
    expect(lane.initialised.every(Boolean)).toBe(true);
    expect(lane.seconds).toBeNull();
  });

  it('downloads at 300 MiB/s with the provisioned rate: 10 x 1024 / 300 seconds', () => {
    const lane = laneOf(steps[1], 'rate');
    expect(lane.seconds).toBeCloseTo((10 * 1024) / 300, 10);
    expect(lane.fetchedBlocks).toEqual(range(0, 9));
    expect(lane.initialised.every(Boolean)).toBe(true);
    expect(lane.caption).toBe('10 GiB at 300 MiB/s: ready after 10 × 1,024 / 300 = 34.1 s, for $0.036.');
  });

  it('fetches a lazily loaded block from S3 on its first read only', () => {
    const lane = laneOf(steps[2], 'lazy');
    expect(lane.reads).toEqual([
      { block: 3, from: 's3' }, { block: 0, from: 's3' }, { block: 3, from: 'ebs' }, { block: 9, from: 's3' }, { block: 20, from: 'ebs' },
    ]);
    expect(lane.fetchedBlocks).toEqual([3, 0, 9]);
    expect(lane.caption).toBe('3 first reads wait for S3, "a significant increase in the latency"; 2 reads come from EBS.');
    expect(laneOf(steps[2], 'fsr').reads.every((r) => r.from === 'ebs')).toBe(true);
  });

  it('reads everything from EBS the second time', () => {
    for (const lane of steps[3]!.lanes) expect(lane.reads.every((r) => r.from === 'ebs')).toBe(true);
  });

  it('refuses a block that is not on the volume', () => {
    expect(() => restoreSteps({ sizeGiB: 4, usedBlocks: [4], readOrder: [] }, 'current')).toThrow(/Block 4 is not on a 4 GiB volume/);
  });
});

describe('restore invariants (fixed seed)', () => {
  const anyInput = fc.integer({ min: 1, max: 64 }).chain((sizeGiB) => fc.record({
    sizeGiB: fc.constant(sizeGiB),
    usedBlocks: fc.uniqueArray(fc.integer({ min: 0, max: sizeGiB - 1 }), { maxLength: sizeGiB }),
    readOrder: fc.array(fc.integer({ min: 0, max: sizeGiB - 1 }), { maxLength: 80 }),
  }));

  it('reads each used block from S3 exactly once on the lazy lane when the application reads them all', () => {
    assertProperty(fc.property(anyInput, anyEdition, (input, edition) => {
      const readOrder = [...input.usedBlocks, ...input.readOrder];
      const steps = restoreSteps({ ...input, readOrder }, edition);
      const s3 = steps.flatMap((s) => laneOf(s, 'lazy').reads.filter((r) => r.from === 's3').map((r) => r.block));
      return s3.length === input.usedBlocks.length && new Set(s3).size === s3.length && s3.every((b) => input.usedBlocks.includes(b));
    }));
  });

  it('never fetches a block twice, never fetches a never-written one, and all reads come from EBS in the last step', () => {
    assertProperty(fc.property(anyInput, anyEdition, (input, edition) => {
      const steps = restoreSteps(input, edition);
      return steps[0]!.lanes.every((lane) => {
        const fetched = steps.flatMap((s) => laneOf(s, lane.method).fetchedBlocks);
        return new Set(fetched).size === fetched.length && fetched.every((b) => input.usedBlocks.includes(b));
      }) && steps[3]!.lanes.every((l) => l.reads.every((r) => r.from === 'ebs'));
    }));
  });
});

describe('restoreFigures', () => {
  it('takes FSR\'s bucket, quota and optimisation time from fsr.ts, at $0.75 per snapshot per AZ per hour', () => {
    for (const edition of ['saa-c02', 'current'] as const) {
      const f = restoreFigures(300, 10, edition);
      expect(f.fsrBucket).toEqual(fsrCreditBucket(300, edition));
      expect(f.fsrQuota).toBe(fsrQuota(edition));
      expect(f.fsrOptimisationMinutes).toBe(fsrOptimisationMinutes(300, edition));
      expect(f.fsrUsdPerHourPerAz).toBe(0.75);
    }
  });

  it('gives the provisioned rate today only: 10 GiB in 10 x 1024 / 300 s for $0.036', () => {
    expect(restoreFigures(40, 10, 'saa-c02').rate).toBeNull();
    const rate = restoreFigures(40, 10, 'current').rate;
    expect(rate?.mibps).toBe(300);
    expect(rate?.priceAssumed).toBe(false);
    expect(rate?.seconds).toBeCloseTo((10 * 1024) / 300, 10);
    expect(rate?.usd).toBeCloseTo(0.036, 10);
  });

  it('charges 100 volumes of 10 GB $3.60 at the provisioned rate (PRICE25 example 12)', () => {
    expect(100 * (restoreFigures(40, 10, 'current').rate?.usd ?? 0)).toBeCloseTo(3.6, 10);
  });
});
