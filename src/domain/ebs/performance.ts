/**
 * Delivered performance of a volume: baseline and burst IOPS and throughput, and for the types with
 * a credit bucket (gp2, st1, sc1) how long a full bucket lasts at the burst rate and how long an
 * empty one takes to refill at the baseline rate. Formulas in size-based.ts and provisioned.ts.
 */
import { volumeSpec } from '../catalog/volume-specs';
import type { Edition, Volume } from '../types';
import { ioThroughputMiBps, minIopsOf } from './provisioned';
import {
  gp2BaselineIops, gp2BurstIops, gp2BurstSeconds, gp2RefillSeconds, gp2ThroughputMiBps,
  hddBaselineMiBps, hddBucketMiB, hddBurstMiBps, hddIops,
} from './size-based';

export interface VolumePerformance {
  baselineIops: number;
  burstIops: number;
  baselineThroughputMiBps: number;
  burstThroughputMiBps: number;
  /** From a full bucket at the burst rate; null when the volume never bursts. */
  burstDurationSeconds: number | null;
  /** From an empty bucket to full at the baseline rate; null when there is no bucket to use. */
  refillSeconds: number | null;
}

/** The IOPS a provisioned volume runs at when none are given: gp3's included 3,000, io's 100. */
export function provisionedIops(volume: Volume, edition: Edition): number {
  return volume.iops ?? minIopsOf(volumeSpec(volume.type, edition));
}

export function volumePerformance(volume: Volume, edition: Edition): VolumePerformance {
  const { type, sizeGiB } = volume;
  const spec = volumeSpec(type, edition);
  if (type === 'gp2') {
    const baselineIops = gp2BaselineIops(sizeGiB);
    const burstIops = gp2BurstIops(sizeGiB);
    return {
      baselineIops, burstIops,
      baselineThroughputMiBps: gp2ThroughputMiBps(sizeGiB, baselineIops),
      burstThroughputMiBps: gp2ThroughputMiBps(sizeGiB, burstIops),
      burstDurationSeconds: gp2BurstSeconds(sizeGiB),
      refillSeconds: gp2RefillSeconds(sizeGiB),
    };
  }
  if (type === 'st1' || type === 'sc1') {
    const base = hddBaselineMiBps(type, sizeGiB);
    const burst = hddBurstMiBps(type, sizeGiB);
    const bucket = hddBucketMiB(sizeGiB);
    return {
      baselineIops: hddIops(type, base), burstIops: hddIops(type, burst),
      baselineThroughputMiBps: base, burstThroughputMiBps: burst,
      burstDurationSeconds: burst > base ? bucket / (burst - base) : null,
      refillSeconds: burst > base ? bucket / base : null,
    };
  }
  const iops = provisionedIops(volume, edition);
  const throughput = type === 'gp3'
    ? volume.throughputMiBps ?? spec.includedThroughputMiBps ?? 0
    : ioThroughputMiBps(spec, iops);
  return {
    baselineIops: iops, burstIops: iops,
    baselineThroughputMiBps: throughput, burstThroughputMiBps: throughput,
    burstDurationSeconds: null, refillSeconds: null,
  };
}

/** Sustained IOPS and MiB/s only. */
export function baselineOf(volume: Volume, edition: Edition): { iops: number; throughputMiBps: number } {
  const p = volumePerformance(volume, edition);
  return { iops: p.baselineIops, throughputMiBps: p.baselineThroughputMiBps };
}
