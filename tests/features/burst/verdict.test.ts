import { describe, expect, it } from 'vitest';
import {
  fullScanSeconds, presetWorkload, scanFinishSeconds, simulateCredits, worstCaseScanSeconds, type Volume, type WorkloadSegment,
} from '../../../src/domain';
import { scanVerdict, throttleBreakdown, verdict } from '../../../src/features/burst/verdict';

const gp2 = (sizeGiB: number): Volume => ({ type: 'gp2', sizeGiB });
const say = (v: Volume, w: WorkloadSegment[], options: { initialBalance?: number; snapshot?: boolean } = {}) => {
  const sim = simulateCredits(v, w, 'saa-c02', { initialBalance: options.initialBalance, snapshotInProgress: options.snapshot });
  return { sim, text: verdict(sim, w, { sizeGiB: v.sizeGiB, type: v.type, workloadName: 'workload', snapshot: options.snapshot ?? false }) };
};

describe('the verdict', () => {
  it('names the burst cap when demand is above it, with what is really delivered', () => {
    const { text, sim } = say(gp2(100), [{ durationSeconds: 86_400, demand: 5_000 }]);
    expect(text).toBe('This 100 GiB gp2 volume is asked for more than its 3,000 IOPS burst rate from 00:00: it serves 3,000 of the 5,000 IOPS it asks for until 24:00.');
    // 2,000 s at the cap while credits last (5.4 M / (3,000 - 300)), then out of credits for the rest of the day.
    expect(throttleBreakdown(sim, false)).toEqual({ cap: 2_000, credits: 84_400, snapshot: 0 });
  });

  it('says when the credits run out and what the baseline then serves', () => {
    const { text } = say(gp2(100), [{ durationSeconds: 3_600, demand: 150 }, { durationSeconds: 14_400, demand: 3_000 }, { durationSeconds: 68_400, demand: 150 }]);
    expect(text).toBe("This 100 GiB gp2 volume runs out of credits 33 min into the workload's 01:00 stretch and serves 300 of the 3,000 IOPS it asks for until 05:00.");
  });

  it('tells an empty start apart from credits that never run out', () => {
    expect(say(gp2(100), [{ durationSeconds: 3_600, demand: 0 }], { initialBalance: 0 }).text)
      .toBe('This 100 GiB gp2 volume serves all of the workload: its credits run low but demand never outruns what it can deliver.');
    expect(say(gp2(100), [{ durationSeconds: 3_600, demand: 1_000 }], { initialBalance: 0 }).text)
      .toMatch(/^This 100 GiB gp2 volume starts with an empty bucket and serves 300 of the 1,000 IOPS/);
  });

  it('says a snapshot in progress may drop an HDD volume as far as its baseline (AWS\'s words), the worst case shown', () => {
    const st1: Volume = { type: 'st1', sizeGiB: 1_024 };
    const { text, sim } = say(st1, [{ durationSeconds: 3_600, demand: 200 }], { snapshot: true });
    expect(text).toBe('This 1,024 GiB st1 volume may drop as far as its 40 MiB/s baseline while the snapshot is in progress (the worst case, shown here): from 00:00 it serves 40 of the 200 MiB/s it asks for until 01:00.');
    expect(text).not.toMatch(/is held to its/);
    expect(throttleBreakdown(sim, true).snapshot).toBe(3_600);
  });
});

describe('the full-volume scan verdict: a scan does not give up (facts §1.7)', () => {
  const st1 = { type: 'st1' as const, sizeGiB: 1_024 };
  const scanOf = (snapshot: boolean) => ({
    finishSeconds: scanFinishSeconds(st1, 'saa-c02', { snapshotInProgress: snapshot }),
    fullSeconds: fullScanSeconds(st1, 'saa-c02'),
    designFloorSeconds: worstCaseScanSeconds(st1, 'saa-c02'),
  });
  const simOf = (snapshot: boolean) => simulateCredits(st1, presetWorkload('full-scan', st1, 'saa-c02'), 'saa-c02', { snapshotInProgress: snapshot });

  it('with a snapshot, the worst case: reads at 40 of 250 MiB/s and finishes at 07:16, 7.28 h instead of 1.17 h', () => {
    expect(scanVerdict(simOf(true), scanOf(true), { sizeGiB: 1_024, type: 'st1', snapshot: true })).toBe(
      'This 1,024 GiB st1 volume may drop as far as its 40 MiB/s baseline while the snapshot is in progress. '
      + 'In that worst case the scan reads 40 of the 250 MiB/s it asks for and finishes at 07:16, 7.28 h instead of 1.17 h.');
  });

  it('from a full bucket: finishes at 01:09, 1.17 h, and 1.31 h at the design floor', () => {
    expect(scanVerdict(simOf(false), scanOf(false), { sizeGiB: 1_024, type: 'st1', snapshot: false })).toBe(
      'This 1,024 GiB st1 volume reads itself at its 250 MiB/s burst rate: the scan finishes at 01:09, 1.17 h (1.31 h at the design floor of 90% of burst 99% of the time).');
  });
});
