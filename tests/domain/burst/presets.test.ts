/**
 * Workload presets: their length, the types they apply to, their shape, and what they do to the
 * bucket on the volumes the explorer starts with.
 */
import { describe, expect, it } from 'vitest';
import {
  BURST_VOLUME_TYPES, WORKLOAD_PRESETS, presetWorkload, presetsFor, simulateCredits, type BurstVolumeType, type Volume,
} from '../../../src/domain';

const DAY = 86_400;
const WEEK = 604_800;
const sizeFor: Record<BurstVolumeType, number> = { gp2: 100, st1: 1_024, sc1: 1_024 };
const total = (segments: { durationSeconds: number }[]) => segments.reduce((a, s) => a + s.durationSeconds, 0);

describe('workload presets', () => {
  const cases = WORKLOAD_PRESETS.flatMap((p) => p.appliesTo.map((type) => [p.id, type] as const));

  it.each(cases)('%s on %s lasts a day or a week, in whole seconds, with adjacent demands merged', (id, type) => {
    const segments = presetWorkload(id, { type, sizeGiB: sizeFor[type] }, 'saa-c02');
    const expected = id === 'business-hours-db' || id === 'weekly-report' ? WEEK : DAY;
    expect(total(segments)).toBe(expected);
    for (const [i, s] of segments.entries()) {
      expect(Number.isInteger(s.durationSeconds) && s.durationSeconds > 0).toBe(true);
      expect(s.demand).toBeGreaterThanOrEqual(0);
      if (i > 0) expect(s.demand).not.toBe(segments[i - 1]?.demand);
    }
  });

  it('offers the boot storm for gp2 only and the full-volume scan for st1 and sc1 only', () => {
    expect(presetsFor('gp2').map((p) => p.id)).toEqual(['steady', 'nightly-batch', 'boot-storm', 'business-hours-db', 'weekly-report']);
    expect(presetsFor('st1').map((p) => p.id)).toEqual(['steady', 'nightly-batch', 'business-hours-db', 'weekly-report', 'full-scan']);
    expect(() => presetWorkload('boot-storm', { type: 'st1', sizeGiB: 500 }, 'saa-c02')).toThrow(/gp2 volumes, not st1/);
    expect(() => presetWorkload('full-scan', { type: 'gp2', sizeGiB: 500 }, 'saa-c02')).toThrow(/st1 and sc1 volumes, not gp2/);
    expect(() => presetWorkload('steady', { type: 'gp3', sizeGiB: 500 }, 'saa-c02')).toThrow(/not gp3/);
  });

  it('gives every preset a label and a description that are sentences', () => {
    for (const p of WORKLOAD_PRESETS) {
      expect(p.label.length).toBeGreaterThan(3);
      expect(p.description).toMatch(/^[A-Z].*\.$/);
      expect(p.appliesTo.every((t) => BURST_VOLUME_TYPES.includes(t))).toBe(true);
    }
  });

  it('follows the clock: the nightly batch runs from 01:00 to 05:00', () => {
    expect(presetWorkload('nightly-batch', { type: 'gp2', sizeGiB: 100 }, 'saa-c02')).toEqual([
      { durationSeconds: 3_600, demand: 150 }, { durationSeconds: 14_400, demand: 3_000 }, { durationSeconds: 68_400, demand: 150 },
    ]);
    // HDD demands follow the volume: 1 TiB sc1 has a 12 MiB/s baseline and an 80 MiB/s burst (UG21).
    expect(presetWorkload('nightly-batch', { type: 'sc1', sizeGiB: 1_024 }, 'saa-c02').map((s) => s.demand)).toEqual([6, 80, 6]);
    expect(presetWorkload('nightly-batch', { type: 'st1', sizeGiB: 500 }, 'saa-c02').map((s) => s.demand)).toEqual([9.8, 122.1, 9.8]);
  });

  it('storms at 08:00 and 13:00 for 20 minutes each', () => {
    expect(presetWorkload('boot-storm', { type: 'gp2', sizeGiB: 100 }, 'saa-c02')).toEqual([
      { durationSeconds: 28_800, demand: 50 }, { durationSeconds: 1_200, demand: 3_000 }, { durationSeconds: 16_800, demand: 200 },
      { durationSeconds: 1_200, demand: 3_000 }, { durationSeconds: 38_400, demand: 200 },
    ]);
  });

  it('runs the business week Monday to Friday and a quiet weekend, nights merged across midnight', () => {
    const w = presetWorkload('business-hours-db', { type: 'st1', sizeGiB: 1_024 }, 'saa-c02');
    // 1 TiB st1: baseline 40, burst 250 MiB/s: nights 10, busy 145, lunch 40, weekends 4.
    expect(w.slice(0, 6)).toEqual([
      { durationSeconds: 9 * 3_600, demand: 10 }, { durationSeconds: 3 * 3_600, demand: 145 }, { durationSeconds: 3_600, demand: 40 },
      { durationSeconds: 4 * 3_600, demand: 145 }, { durationSeconds: 16 * 3_600, demand: 10 }, { durationSeconds: 3 * 3_600, demand: 145 },
    ]);
    expect(w.at(-1)).toEqual({ durationSeconds: 48 * 3_600, demand: 4 });
  });

  it('runs the weekly report on Sunday from 02:00 to 05:00', () => {
    expect(presetWorkload('weekly-report', { type: 'gp2', sizeGiB: 100 }, 'saa-c02')).toEqual([
      { durationSeconds: 6 * DAY + 7_200, demand: 200 }, { durationSeconds: 10_800, demand: 3_000 }, { durationSeconds: 68_400, demand: 200 },
    ]);
  });

  it('scans at the volume\'s own burst rate for the whole-second scan time, then idles to the end of the day', () => {
    // 1 TiB st1 bursts at 250 MiB/s (UG21): 1,048,576 MiB / 250 = 4,194.3 s, so 4,195 whole seconds.
    expect(presetWorkload('full-scan', { type: 'st1', sizeGiB: 1_024 }, 'saa-c02')).toEqual([
      { durationSeconds: 4_195, demand: 250 }, { durationSeconds: DAY - 4_195, demand: 0 },
    ]);
    expect(presetWorkload('full-scan', { type: 'sc1', sizeGiB: 16_384 }, 'saa-c02')).toEqual([
      { durationSeconds: 67_109, demand: 250 }, { durationSeconds: DAY - 67_109, demand: 0 },
    ]);
  });

  it('is never throttled and never empties the bucket: a full bucket holds the whole volume', () => {
    for (const v of [{ type: 'st1' as const, sizeGiB: 500 }, { type: 'sc1' as const, sizeGiB: 2_000 }, { type: 'st1' as const, sizeGiB: 16_384 }]) {
      const sim = simulateCredits(v, presetWorkload('full-scan', v, 'saa-c02'), 'saa-c02');
      expect(sim.throttledSeconds).toBe(0);
      expect(sim.firstEmptySeconds).toBeNull();
    }
  });
});

describe('presets on the bucket', () => {
  const gp2 = (sizeGiB: number): Volume => ({ type: 'gp2', sizeGiB });

  it('empties a 100 GiB gp2 bucket 2,000 s into the nightly batch (5,600 s), then refills at 150 IOPS by 54,000 s', () => {
    const v = gp2(100);
    const sim = simulateCredits(v, presetWorkload('nightly-batch', v, 'saa-c02'), 'saa-c02');
    expect(sim.events).toEqual([
      { atSeconds: 0, kind: 'segment' }, { atSeconds: 3_600, kind: 'segment' }, { atSeconds: 5_600, kind: 'empty' },
      { atSeconds: 18_000, kind: 'segment' }, { atSeconds: 54_000, kind: 'full' },
    ]);
    expect(sim.throttledPeriods).toEqual([{ start: 5_600, end: 18_000 }]);
    expect(sim.firstEmptySeconds).toBe(5_600);
    expect(sim.refilledSeconds).toBe(54_000);
  });

  it('throttles nothing on a 1,000 GiB gp2, whatever the preset', () => {
    const v = gp2(1_000);
    for (const p of presetsFor('gp2')) {
      const sim = simulateCredits(v, presetWorkload(p.id, v, 'saa-c02'), 'saa-c02');
      expect(sim.throttledSeconds).toBe(0);
      expect(sim.servedFraction).toBe(1);
    }
  });

  it('reads a whole 1 TiB st1 in one scan without emptying the bucket', () => {
    const v: Volume = { type: 'st1', sizeGiB: 1_024 };
    const sim = simulateCredits(v, presetWorkload('full-scan', v, 'saa-c02'), 'saa-c02');
    expect(sim.firstEmptySeconds).toBeNull();
    expect(sim.breakpoints[0]?.delivered).toBe(250);
    expect(4_195 * 250).toBeGreaterThanOrEqual(1_048_576);
  });
});
