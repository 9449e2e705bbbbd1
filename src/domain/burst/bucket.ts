/**
 * The credit bucket of a volume that bursts: its unit, size, baseline and burst rate.
 *
 *   gp2      unit IOPS;  bucket = 5,400,000 I/O credits;  baseline = min(16,000, max(100, 3 x GiB));
 *            burst = max(baseline, 3,000)                       (facts §1.4; UG21, UG23 general-purpose.md)
 *   st1/sc1  unit MiB/s; bucket = GiB x 1,024 MiB (1 TiB of throughput credits per TiB of size);
 *            baseline and burst = min(cap, rate per TiB x TiB)  (facts §1.7; UG21 hdd tables)
 *
 * A bucket is used only while burst > baseline: gp2 below 1,000 GiB; st1 below 12.5 TiB (where
 * both rates reach their 500 MiB/s cap); sc1 always. The figures come from volumePerformance.
 */
import { GP2_MODEL } from '../catalog/volume-specs';
import { volumePerformance } from '../ebs/performance';
import { hddBucketMiB } from '../ebs/size-based';
import type { Edition, Volume } from '../types';
import { BURST_VOLUME_TYPES, type BurstVolumeType, type CreditSimulation } from './types';

export interface CreditBucket {
  type: BurstVolumeType;
  unit: CreditSimulation['unit'];
  /** I/O credits (gp2) or MiB of throughput credits (st1/sc1). */
  bucketSize: number;
  /** IOPS (gp2) or MiB/s (st1/sc1). */
  baseline: number;
  burst: number;
  usesCredits: boolean;
}

export function isBurstVolumeType(value: unknown): value is BurstVolumeType {
  return typeof value === 'string' && (BURST_VOLUME_TYPES as readonly string[]).includes(value);
}

/** The bucket of a gp2, st1 or sc1 volume; any other type (or a size that is not positive) throws. */
export function creditBucket(volume: Volume, edition: Edition): CreditBucket {
  const { type, sizeGiB } = volume;
  if (!isBurstVolumeType(type)) {
    throw new Error(`Burst credits are modelled for gp2, st1 and sc1 volumes only, not ${String(type)}: ${String(type)} has no credit bucket`);
  }
  if (!Number.isFinite(sizeGiB) || sizeGiB <= 0) {
    throw new Error(`A ${type} volume needs a positive size in GiB, not ${String(sizeGiB)}`);
  }
  const perf = volumePerformance(volume, edition);
  if (type === 'gp2') {
    const baseline = perf.baselineIops;
    const burst = perf.burstIops;
    return { type, unit: 'IOPS', bucketSize: GP2_MODEL.bucketCredits, baseline, burst, usesCredits: burst > baseline };
  }
  const baseline = perf.baselineThroughputMiBps;
  const burst = perf.burstThroughputMiBps;
  return { type, unit: 'MiB/s', bucketSize: hddBucketMiB(sizeGiB), baseline, burst, usesCredits: burst > baseline };
}
