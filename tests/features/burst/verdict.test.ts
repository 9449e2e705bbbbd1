import { describe, expect, it } from 'vitest';
import { simulateCredits, type Volume, type WorkloadSegment } from '../../../src/domain';
import { throttleBreakdown, verdict } from '../../../src/features/burst/verdict';

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

  it('blames a snapshot in progress for holding an HDD volume to its baseline', () => {
    const st1: Volume = { type: 'st1', sizeGiB: 1_024 };
    const { text, sim } = say(st1, [{ durationSeconds: 3_600, demand: 200 }], { snapshot: true });
    expect(text).toBe('This 1,024 GiB st1 volume is held to its 40 MiB/s baseline by the snapshot in progress: from 00:00 it serves 40 of the 200 MiB/s it asks for until 01:00.');
    expect(throttleBreakdown(sim, true).snapshot).toBe(3_600);
  });
});
