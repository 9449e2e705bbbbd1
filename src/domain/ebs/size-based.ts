/**
 * Performance of the types whose performance follows size alone: gp2, st1 and sc1.
 *
 * gp2 (UG21 ebs-volume-types.md):
 *   baseline IOPS = min(16,000, max(100, 3 x GiB)); burst IOPS = max(baseline, 3,000)
 *   throughput    = min(cap, IOPS x 256 KiB), cap = 128 MiB/s up to 170 GiB, 250 MiB/s above
 *   credit bucket = 5,400,000 I/O credits; burst lasts bucket / (3,000 - baseline) s,
 *                   an empty bucket refills in bucket / baseline s.
 * st1/sc1 (UG21 hdd tables):
 *   baseline MiB/s = min(cap, rate x TiB); burst MiB/s likewise; IOPS = MiB/s / 1 MiB per I/O, capped;
 *   bucket = 1 TiB of throughput credits per TiB of size (sizeGiB x 1,024 MiB).
 */
import { GP2_MODEL, HDD_MODEL, IO_SIZE, volumeSpec } from '../catalog/volume-specs';
import { GIB_PER_TIB, KIB_PER_MIB } from '../types';

export function gp2BaselineIops(sizeGiB: number): number {
  const { iopsPerGiB, minBaselineIops } = GP2_MODEL;
  return Math.min(volumeSpec('gp2', 'saa-c02').maxIops, Math.max(minBaselineIops, iopsPerGiB * sizeGiB));
}

export function gp2BurstIops(sizeGiB: number): number {
  return Math.max(gp2BaselineIops(sizeGiB), GP2_MODEL.burstIops);
}

/** The most gp2 can move at this size, credits or not. */
export function gp2ThroughputCapMiBps(sizeGiB: number): number {
  return sizeGiB <= GP2_MODEL.smallVolumeMaxGiB
    ? GP2_MODEL.smallVolumeThroughputMiBps
    : volumeSpec('gp2', 'saa-c02').maxThroughputMiBps;
}

/** Throughput at a given IOPS rate with the largest SSD I/O (256 KiB), within the size cap. */
export function gp2ThroughputMiBps(sizeGiB: number, iops: number): number {
  return Math.min(gp2ThroughputCapMiBps(sizeGiB), (iops * IO_SIZE.ssdMaxKiB) / KIB_PER_MIB);
}

export function gp2BurstSeconds(sizeGiB: number, balance: number = GP2_MODEL.bucketCredits): number | null {
  const baseline = gp2BaselineIops(sizeGiB);
  return baseline < GP2_MODEL.burstIops ? balance / (GP2_MODEL.burstIops - baseline) : null;
}

export function gp2RefillSeconds(sizeGiB: number): number | null {
  const baseline = gp2BaselineIops(sizeGiB);
  return baseline < GP2_MODEL.burstIops ? GP2_MODEL.bucketCredits / baseline : null;
}

export type HddType = 'st1' | 'sc1';

export function hddBaselineMiBps(type: HddType, sizeGiB: number): number {
  const m = HDD_MODEL[type];
  return Math.min(m.maxBaselineMiBps, (m.baselineMiBpsPerTiB * sizeGiB) / GIB_PER_TIB);
}

export function hddBurstMiBps(type: HddType, sizeGiB: number): number {
  const m = HDD_MODEL[type];
  return Math.min(m.maxBurstMiBps, (m.burstMiBpsPerTiB * sizeGiB) / GIB_PER_TIB);
}

/** HDD I/Os are counted at 1 MiB, so IOPS equal MiB/s up to the type's IOPS ceiling. */
export function hddIops(type: HddType, throughputMiBps: number): number {
  return Math.min(volumeSpec(type, 'saa-c02').maxIops, (throughputMiBps * KIB_PER_MIB) / IO_SIZE.hddMaxKiB);
}

/** Throughput credits a full st1/sc1 bucket holds, in MiB: 1 TiB of credits per TiB of size. */
export function hddBucketMiB(sizeGiB: number): number {
  return sizeGiB * KIB_PER_MIB;
}
