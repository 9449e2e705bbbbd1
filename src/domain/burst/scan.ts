/**
 * Time to read a whole st1/sc1 volume once, from a full bucket (facts §1.7; UG21 hdd tables).
 *
 *   data S = GiB x 1,024 MiB;  bucket B = GiB x 1,024 MiB (the same figure: "a full bucket contains
 *   enough tokens for a full volume scan");  baseline r, burst p in MiB/s.
 *   Credits drain at p - r while bursting, so a full bucket lasts T = B / (p - r) and reads p x T.
 *     p x T >= S:  scan = S / p
 *     otherwise:   scan = T + (S - p x T) / r
 *   Since p / (p - r) > 1 and B = S, the first case always holds: a scan runs at burst throughout.
 *   Where p = r (st1 from 12.5 TiB) the scan is S / r.
 *
 * Worked (UG21 table "ST1/SC1 scan time with burst", hours): st1 1 TiB 1.17, 5 TiB 2.91, 16 TiB 9.32;
 * sc1 1 TiB 3.64, 5 TiB 5.83, 16 TiB 18.64. The worst case divides by the design target, 90 % of
 * burst throughput 99 % of the time: 5 TiB st1 3.27 h, sc1 6.54 h.
 */
import { hddBucketMiB } from '../ebs/size-based';
import type { Edition, Volume } from '../types';
import { creditBucket } from './bucket';

/** st1/sc1 are designed to deliver this share of burst throughput this share of the time (UG21). */
export const HDD_DESIGN_TARGET = {
  shareOfBurst: 0.9,
  shareOfTime: 0.99,
  source: 'UG21 ebs-volume-types.md: "90% of burst throughput 99% of the time"; worst-case scan time = scan time / (0.90 x 0.99)',
} as const;

export function fullScanSeconds(volume: Volume, edition: Edition): number {
  const bucket = creditBucket(volume, edition);
  if (bucket.unit !== 'MiB/s') {
    throw new Error(`A full-volume scan is modelled for st1 and sc1 only, not ${volume.type}`);
  }
  const data = hddBucketMiB(volume.sizeGiB);
  const { bucketSize, baseline, burst } = bucket;
  if (burst <= baseline) return data / baseline;
  const burstSeconds = bucketSize / (burst - baseline);
  if (burst * burstSeconds >= data) return data / burst;
  return burstSeconds + (data - burst * burstSeconds) / baseline;
}

/** The scan time at the design target's floor: fullScanSeconds / (0.90 x 0.99). */
export function worstCaseScanSeconds(volume: Volume, edition: Edition): number {
  return fullScanSeconds(volume, edition) / (HDD_DESIGN_TARGET.shareOfBurst * HDD_DESIGN_TARGET.shareOfTime);
}
