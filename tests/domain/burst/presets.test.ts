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
    // Exactly, not rounded: 500 GiB st1 is 500 / 1,024 x 40 = 19.53 and x 250 = 122.07 MiB/s (122.1 would be above its burst).
    expect(presetWorkload('nightly-batch', { type: 'st1', sizeGiB: 500 }, 'saa-c02').map((s) => s.demand)).toEqual([9.765625, 122.0703125, 9.765625]);
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

describe('st1 and sc1 presets follow the volume (at the burst rate, quiet below the baseline)', () => {
  const nightly = (type: 'st1' | 'sc1', sizeGiB: number) => {
    const v: Volume = { type, sizeGiB };
    const w = presetWorkload('nightly-batch', v, 'saa-c02');
    return { w, sim: simulateCredits(v, w, 'saa-c02') };
  };

  it('asks a 125 GiB st1 for its own 30.52 MiB/s burst, not 250, and 2.44 quiet below its 4.88 baseline', () => {
    // 125 / 1,024 TiB x 40 = 4.8828 baseline, x 250 = 30.5176 burst (UG21 st1 rates per TiB).
    const { w, sim } = nightly('st1', 125);
    expect(w.map((s) => s.demand)).toEqual([125 / 1_024 * 20, 125 / 1_024 * 250, 125 / 1_024 * 20]);
    expect(w[1]!.demand).toBeCloseTo(30.5176, 4);
    expect(w[0]!.demand).toBeLessThan(sim.baseline);
    // Full for the first hour, empty 128,000 / (30.5176 - 4.8828) s into the batch, at the baseline until 05:00.
    expect(sim.firstEmptySeconds).toBeCloseTo(3_600 + 128_000 / (30.517578125 - 4.8828125), 6);
    expect(sim.throttledPeriods).toHaveLength(1);
    expect(sim.throttledSeconds).toBeCloseTo(18_000 - 8_593.2, 0);
    expect(sim.throttledSeconds).toBeLessThan(3 * 3_600);
    // The quiet day refills it at 2.44 MiB/s net.
    expect(sim.refilledSeconds).toBeCloseTo(18_000 + 128_000 / 2.44140625, 6);
  });

  it('asks a 2,048 GiB st1 for 500 MiB/s (its burst, not 250) and 40 quiet against its 80 baseline', () => {
    const { w, sim } = nightly('st1', 2_048);
    expect(w.map((s) => s.demand)).toEqual([40, 500, 40]);
    expect(sim.firstEmptySeconds).toBeCloseTo(3_600 + 2_097_152 / 420, 6);
    expect(sim.throttledSeconds).toBeCloseTo(18_000 - (3_600 + 2_097_152 / 420), 6);
  });

  it('asks an 8,192 GiB st1 for 500 MiB/s (the burst cap) and 160 quiet: its bucket never empties', () => {
    const { w, sim } = nightly('st1', 8_192);
    expect(w.map((s) => s.demand)).toEqual([160, 500, 160]);
    expect(sim.firstEmptySeconds).toBeNull();
    expect(sim.throttledSeconds).toBe(0);
  });

  it('asks a 125 GiB sc1 for exactly its 9.77 MiB/s burst (never the 9.8 that rounding gave) and nothing above it', () => {
    const { w, sim } = nightly('sc1', 125);
    expect(w.map((s) => s.demand)).toEqual([125 / 1_024 * 6, 125 / 1_024 * 80, 125 / 1_024 * 6]);
    // 128,000 MiB at 9.7656 - 1.4648 = 8.3008 MiB/s net lasts 15,420 s, longer than the 4-hour batch.
    expect(sim.firstEmptySeconds).toBeNull();
    expect(sim.throttledSeconds).toBe(0);
  });

  it('keeps every quiet stretch below the baseline and every demand at or below the burst rate, at every size', () => {
    for (const type of ['st1', 'sc1'] as const) {
      for (const sizeGiB of [125, 127, 500, 777, 1_024, 2_048, 3_200, 8_192, 12_800, 16_384]) {
        const v: Volume = { type, sizeGiB };
        const { baseline, burst } = simulateCredits(v, [], 'saa-c02');
        for (const p of presetsFor(type)) {
          const w = presetWorkload(p.id, v, 'saa-c02');
          for (const s of w) expect(s.demand).toBeLessThanOrEqual(burst);
          if (p.id !== 'full-scan' && p.id !== 'steady') expect(Math.min(...w.map((s) => s.demand))).toBeLessThan(baseline || Infinity);
          if (p.id === 'nightly-batch' || p.id === 'weekly-report') expect(Math.max(...w.map((s) => s.demand))).toBe(burst);
          expect(simulateCredits(v, w, 'saa-c02').throttledPeriods.every((t) => t.end - t.start < 24 * 3_600)).toBe(true);
        }
      }
    }
  });
});
