/**
 * Workload presets for the burst-credit explorer. The clock starts at 00:00 on a Monday; each preset
 * lasts 24 hours or 7 days. Demands are IOPS for gp2 and MiB/s for st1/sc1 (values chosen by the
 * explorer to show the bucket at work, not AWS figures); adjacent equal demands are merged. st1/sc1
 * demands are set from the volume's own baseline b and burst B (volumePerformance: st1 40 and 250,
 * sc1 12 and 80 MiB/s per TiB, capped; facts §1.7, UG21 ebs-volume-types.md), exactly, not rounded:
 * quiet b/2 (b/4 at night, b/10 at weekends), lunch b, busy (b + B)/2, batches and reports B. So a
 * quiet hour is always below the baseline (it refills the bucket), lunch spends nothing, and a batch
 * asks exactly the burst rate, never more, and all follow the size: 125 GiB st1 b = 4.88, B = 30.52;
 * 2,048 GiB b = 80, B = 500; 8,192 GiB b = 320, B = 500 (the burst cap).
 *
 *   steady             24 h at one demand
 *   nightly-batch      a batch from 01:00 to 05:00 at the burst rate, quiet otherwise
 *   boot-storm (gp2)   quiet until 08:00; 20-minute storms at 08:00 and 13:00
 *   business-hours-db  7 days: weekdays busy 09:00–17:00 with a quieter lunch, quiet weekends
 *   weekly-report      7 days of light load, a report on Sunday 02:00–05:00 at the burst rate
 *   full-scan (HDD)    the volume's own burst rate (at most st1 500, sc1 250 MiB/s) for the full-scan time
 *                      (scan.ts, rounded up to a whole second), then idle to the end of the day
 */
import type { Edition, Volume } from '../types';
import { isBurstVolumeType } from './bucket';
import { fullScanSeconds } from './scan';
import { volumePerformance } from '../ebs/performance';
import type { BurstVolumeType, PresetId, WorkloadPreset, WorkloadSegment } from './types';
import { mergeSegments } from './workload';

const DAY_SECONDS = 86_400;
const ALL: readonly BurstVolumeType[] = ['gp2', 'st1', 'sc1'];

export const WORKLOAD_PRESETS: readonly WorkloadPreset[] = [
  { id: 'steady', label: 'Steady load', appliesTo: ALL,
    description: 'The same demand all day. Above the baseline, the volume runs on credits until the bucket is empty.' },
  { id: 'nightly-batch', label: 'Nightly batch', appliesTo: ALL,
    description: 'A quiet day with a four-hour batch job from 01:00 to 05:00 at the burst rate.' },
  { id: 'boot-storm', label: 'Boot storm', appliesTo: ['gp2'],
    description: 'Quiet until 08:00, then 20 minutes at 3,000 IOPS as people log in, and again at 13:00 after lunch.' },
  { id: 'business-hours-db', label: 'Business-hours database', appliesTo: ALL,
    description: 'A database busy from 09:00 to 17:00 on weekdays, quieter at lunch, nearly idle at night and at weekends.' },
  { id: 'weekly-report', label: 'Weekly report', appliesTo: ALL,
    description: 'Light load all week, then a three-hour report on Sunday from 02:00 to 05:00 at the burst rate.' },
  { id: 'full-scan', label: 'Full-volume scan', appliesTo: ['st1', 'sc1'],
    description: 'Read the whole volume once as fast as it can burst, then stay idle for the rest of the day.' },
];

/** [minutes, demand] rows. */
type Rows = readonly (readonly [number, number])[];

const nightly = (quiet: number, batch: number): Rows => [[60, quiet], [240, batch], [1_140, quiet]];

const businessWeek = (night: number, busy: number, lunch: number, weekend: number): Rows => {
  const weekday: Rows = [[540, night], [180, busy], [60, lunch], [240, busy], [420, night]];
  return [...weekday, ...weekday, ...weekday, ...weekday, ...weekday, [2_880, weekend]];
};

const weeklyReport = (base: number, report: number): Rows => [[6 * 1_440, base], [120, base], [180, report], [1_140, base]];

/** gp2 presets in IOPS: the burst rate is 3,000 at every size below 1,000 GiB (UG21). */
const GP2_TABLES: Record<Exclude<PresetId, 'full-scan'>, Rows> = {
  steady: [[1_440, 1_000]],
  'nightly-batch': nightly(150, 3_000),
  'boot-storm': [[480, 50], [20, 3_000], [280, 200], [20, 3_000], [640, 200]],
  'business-hours-db': businessWeek(150, 1_500, 600, 100),
  'weekly-report': weeklyReport(200, 3_000),
};

/**
 * st1/sc1 presets follow the volume's own baseline b and burst B (MiB/s), which grow with size, so
 * a quiet hour is below the baseline and a batch asks for the burst rate at any size.
 */
function hddRows(id: Exclude<PresetId, 'full-scan' | 'boot-storm'>, b: number, B: number): Rows {
  // Not rounded: 0.1 MiB/s rounding asked sc1 125 GiB for 9.8 MiB/s against its 9.77 burst (throttled
  // as "above the burst rate") and put lunch at 4.9 above st1 125 GiB's 4.88 baseline.
  const between = (b + B) / 2;
  switch (id) {
    case 'steady': return [[1_440, between]];
    case 'nightly-batch': return nightly(b / 2, B);
    case 'business-hours-db': return businessWeek(b / 4, between, b, b / 10);
    case 'weekly-report': return weeklyReport(b / 2, B);
  }
}

export function presetsFor(type: BurstVolumeType): readonly WorkloadPreset[] {
  return WORKLOAD_PRESETS.filter((p) => p.appliesTo.includes(type));
}

/** The preset's segments for this volume; throws when the preset does not apply to its type. */
export function presetWorkload(id: PresetId, volume: Volume, edition: Edition): WorkloadSegment[] {
  const preset = WORKLOAD_PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`There is no workload preset called "${String(id)}"`);
  const { type } = volume;
  if (!isBurstVolumeType(type) || !preset.appliesTo.includes(type)) {
    throw new Error(`The ${preset.label.toLowerCase()} preset applies to ${preset.appliesTo.join(' and ')} volumes, not ${String(type)}`);
  }
  if (id === 'full-scan') {
    const scan = Math.ceil(fullScanSeconds(volume, edition));
    // A scan reads as fast as this volume can burst: its burst rate, which reaches the type's cap only at 2 TiB (st1) or 3.125 TiB (sc1).
    const rate = volumePerformance(volume, edition).burstThroughputMiBps;
    return mergeSegments([{ durationSeconds: scan, demand: rate }, { durationSeconds: Math.max(0, DAY_SECONDS - scan), demand: 0 }]);
  }
  const p = volumePerformance(volume, edition);
  const rows = type === 'gp2' ? GP2_TABLES[id] : hddRows(id as Exclude<PresetId, 'full-scan' | 'boot-storm'>, p.baselineThroughputMiBps, p.burstThroughputMiBps);
  return mergeSegments(rows.map(([minutes, demand]) => ({ durationSeconds: minutes * 60, demand })));
}
