/**
 * The same workload on gp3, which has no credits: what its included performance serves, and the
 * smallest gp3 that serves the peak, each with its monthly cost (ebs/cost.ts).
 *
 *   included: gp3 of the same size at 3,000 IOPS and 125 MiB/s (facts §1.3; UG21);
 *             limit L = 3,000 for a gp2 workload (IOPS), 125 for an st1/sc1 workload (MiB/s);
 *             delivered = min(demand, L) at all times;  throttled = time with demand > L;
 *             served = sum min(demand, L) x duration / sum demand x duration   (1 if nothing is demanded)
 *   peak:     smallestConfiguration('gp3', need) with need = the volume's size and the workload's
 *             highest demand as IOPS of random 16 KiB I/O (gp2; so 16,000 IOPS carry 250 MiB/s)
 *             or MiB/s of sequential 1 MiB I/O (st1/sc1): IOPS = max(3,000, ceil(IOPS),
 *             4 x ceil(MiB/s)) since throughput <= 0.25 MiB/s per IOPS; size grown to ceil(IOPS / 500)
 *             when IOPS exceed 3,000; checked by validateVolume. None when the type's ceilings
 *             (16,000 IOPS / 1,000 MiB/s in 2021; 80,000 / 2,000 now) are below the peak.
 *   costs:    monthlyCost(volume, { seconds }) (default a 30-day month).
 */
import { volumeSpec } from '../catalog/volume-specs';
import { clampVolume } from '../ebs/clamp';
import { smallestConfiguration, type Need } from '../ebs/compare';
import { monthlyCost, type CostOptions } from '../ebs/cost';
import { fmt } from '../format';
import type { Edition, Volume } from '../types';
import { creditBucket } from './bucket';
import type { Gp3Comparison, WorkloadSegment } from './types';
import { assertWorkload } from './workload';

export function gp3Comparison(
  volume: Volume,
  workload: readonly WorkloadSegment[],
  edition: Edition,
  options: { seconds?: number } = {},
): Gp3Comparison {
  const { unit } = creditBucket(volume, edition);
  assertWorkload(workload);
  const hdd = unit === 'MiB/s';
  const cost: CostOptions = options.seconds === undefined ? {} : { seconds: options.seconds };
  const spec = volumeSpec('gp3', edition);

  const included = clampVolume(
    { type: 'gp3', sizeGiB: volume.sizeGiB, iops: spec.includedIops, throughputMiBps: spec.includedThroughputMiBps },
    edition,
  ).volume;
  const limit = (hdd ? included.throughputMiBps : included.iops) ?? 0;
  let demanded = 0;
  let served = 0;
  let throttledSeconds = 0;
  let peak = 0;
  for (const { durationSeconds: d, demand } of workload) {
    if (d <= 0) continue;
    demanded += demand * d;
    served += Math.min(demand, limit) * d;
    if (demand > limit) throttledSeconds += d;
    peak = Math.max(peak, demand);
  }

  // A gp2 workload's IOPS are taken as random 16 KiB I/Os, the size SSD IOPS maxima are quoted at
  // (facts §1.2); an st1/sc1 workload is MiB/s of large sequential I/O.
  const need: Need = hdd
    ? { sizeGiB: volume.sizeGiB, iops: 0, throughputMiBps: peak, ioSizeKiB: 1_024, pattern: 'sequential' }
    : { sizeGiB: volume.sizeGiB, iops: peak, throughputMiBps: 0, ioSizeKiB: 16, pattern: 'random' };
  const found = smallestConfiguration('gp3', need, edition);
  const peakResult: Gp3Comparison['peak'] = typeof found === 'string'
    ? { volume: null, reason: `No gp3 volume serves a peak of ${fmt(peak)} ${unit}: ${found}`, monthlyUsd: null }
    : { volume: found, monthlyUsd: monthlyCost(found, cost).totalUsd };

  return {
    included: {
      volume: included,
      limit,
      throttledSeconds,
      servedFraction: demanded > 0 ? served / demanded : 1,
      monthlyUsd: monthlyCost(included, cost).totalUsd,
    },
    peak: peakResult,
    original: { monthlyUsd: monthlyCost(volume, cost).totalUsd },
  };
}
