/**
 * The figures beside the restore comparison: FSR's credit bucket, quota, optimisation time and
 * price, and the Provisioned Rate for Volume Initialization (shared/aws-facts.md §3.2, §3.3
 * examples 8 and 12, §4; UG21 & UG23 ebs-fast-snapshot-restore.md; PRICE25; SDK).
 *
 *   FSR bucket, quota, optimisation minutes    fsr.ts, from the snapshot's size (the source volume's GiB)
 *   FSR price                                  $0.75 per snapshot per AZ per hour (PRICE25 ex. 8)
 *   rate (current edition only)                seconds = usedGiB x 1024 / 300 MB/s
 *                                              usd     = usedGiB x $0.0036 per GB of full snapshot size
 *   10 GiB -> 10 x 1024 / 300 = 34.13 s, $0.036; PRICE25 ex. 12: 100 volumes x 10 GB -> $3.60
 *
 * The pricing page's GB is 1024^3 bytes, so its MB is taken as 1024^2 bytes: 1 GiB = 1,024 MB.
 * The full snapshot size is taken as the GiB of data the snapshot holds (its used blocks).
 * AWS publishes no rate for lazy loading or for dd / fio, so those lanes have no duration.
 */
import { SNAPSHOT_PRICES, VOLUME_INITIALIZATION_RATE } from '../catalog/snapshot-prices';
import type { Edition } from '../types';
import { fsrCreditBucket, fsrOptimisationMinutes, fsrQuota, type FsrCreditBucket } from './fsr';

/** MB per GiB under PRICE25's GB = 1024^3 bytes. */
export const MB_PER_GIB = 1024;

export interface InitializationRateFigures {
  mbps: number;
  /** Seconds until every block holding data is downloaded. */
  seconds: number;
  /** USD for one volume created at this rate. */
  usd: number;
}

export interface RestoreFigures {
  fsrBucket: FsrCreditBucket;
  fsrQuota: number;
  fsrOptimisationMinutes: number;
  fsrUsdPerHourPerAz: number;
  /** null where the edition has no Provisioned Rate for Volume Initialization (saa-c02). */
  rate: null | InitializationRateFigures;
}

/** Download time and price of a volume restored at the provisioned rate, or null in saa-c02. */
export function initializationRate(usedGiB: number, edition: Edition): InitializationRateFigures | null {
  if (!Number.isFinite(usedGiB) || usedGiB < 0) throw new Error(`Used GiB must be 0 or more, not ${String(usedGiB)}`);
  const rate = VOLUME_INITIALIZATION_RATE[edition];
  if (rate === null) return null;
  return { mbps: rate.mbps, seconds: (usedGiB * MB_PER_GIB) / rate.mbps, usd: usedGiB * rate.usdPerGB };
}

/** The restore comparison's figures for a snapshot of a `sizeGiB` volume holding `usedGiB`. */
export function restoreFigures(sizeGiB: number, usedGiB: number, edition: Edition): RestoreFigures {
  return {
    fsrBucket: fsrCreditBucket(sizeGiB, edition),
    fsrQuota: fsrQuota(edition),
    fsrOptimisationMinutes: fsrOptimisationMinutes(sizeGiB, edition),
    fsrUsdPerHourPerAz: SNAPSHOT_PRICES.fsrUsdPerDsuHour,
    rate: initializationRate(usedGiB, edition),
  };
}
