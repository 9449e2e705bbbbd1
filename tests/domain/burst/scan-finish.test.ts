/**
 * A full-volume scan does not give up (facts §1.7): it finishes when every MiB is read, so work a
 * snapshot or an empty bucket holds back is carried forward.
 */
import { describe, expect, it } from 'vitest';
import { EDITIONS, fullScanSeconds, hddFirstRowRemark, scanFinishSeconds, worstCaseScanSeconds } from '../../../src/domain';

const TIB = 1_024;

describe.each(EDITIONS)('scanFinishSeconds in %s', (edition) => {
  it('from a full bucket is fullScanSeconds: 1 TiB st1 reads 1,048,576 MiB at 250 MiB/s in 4,194 s (1.17 h)', () => {
    const st1 = { type: 'st1' as const, sizeGiB: TIB };
    expect(scanFinishSeconds(st1, edition)).toBeCloseTo(fullScanSeconds(st1, edition), 6);
    expect((scanFinishSeconds(st1, edition) / 3_600).toFixed(2)).toBe('1.17');
  });

  it('with a snapshot in progress, the worst case, reads at the 40 MiB/s baseline: 26,214 s (7.28 h)', () => {
    const s = scanFinishSeconds({ type: 'st1', sizeGiB: TIB }, edition, { snapshotInProgress: true });
    expect(s).toBeCloseTo(1_048_576 / 40, 6);
    expect((s / 3_600).toFixed(2)).toBe('7.28');
  });

  it('from an empty bucket bursts only on what it earns: sc1 1 TiB at its 12 MiB/s baseline, 24.27 h', () => {
    const s = scanFinishSeconds({ type: 'sc1', sizeGiB: TIB }, edition, { initialBalance: 0 });
    expect(s).toBeCloseTo(1_048_576 / 12, 3);
  });

  it('at the design floor is longer than from a full bucket but shorter than held to the baseline', () => {
    const st1 = { type: 'st1' as const, sizeGiB: 5 * TIB };
    expect(worstCaseScanSeconds(st1, edition)).toBeGreaterThan(scanFinishSeconds(st1, edition));
    expect(worstCaseScanSeconds(st1, edition)).toBeLessThan(scanFinishSeconds(st1, edition, { snapshotInProgress: true }));
  });

  it('refuses gp2', () => {
    expect(() => scanFinishSeconds({ type: 'gp2', sizeGiB: 100 }, edition)).toThrow(/st1 and sc1 only/);
  });
});

describe('AWS\'s first st1/sc1 table row (facts §1.7)', () => {
  it('says 0.125 TiB is 128 GiB where 125 GiB gives 4.88 / 30.5 MiB/s', () => {
    expect(hddFirstRowRemark({ type: 'st1', sizeGiB: 125 }, 'saa-c02'))
      .toBe("AWS's 0.125 TiB row is 128 GiB (st1 5 / 31 MiB/s); at 125 GiB the same per-TiB rates give 4.88 / 30.5 MiB/s.");
    expect(hddFirstRowRemark({ type: 'sc1', sizeGiB: 125 }, 'current'))
      .toBe("AWS's 0.125 TiB row is 128 GiB (sc1 1.5 / 10 MiB/s); at 125 GiB the same per-TiB rates give 1.46 / 9.8 MiB/s.");
  });

  it('says nothing from 128 GiB up, nor for SSD', () => {
    expect(hddFirstRowRemark({ type: 'st1', sizeGiB: 128 }, 'saa-c02')).toBeNull();
    expect(hddFirstRowRemark({ type: 'gp2', sizeGiB: 100 }, 'saa-c02')).toBeNull();
  });
});
