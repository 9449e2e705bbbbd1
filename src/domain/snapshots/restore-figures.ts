/**
 * The figures beside the restore comparison: FSR's credit bucket, quota, optimisation time, price
 * and limits, and the Provisioned Rate for Volume Initialization (shared/aws-facts.md §3.2, §3.3
 * examples 8 and 12, §4, §11; UG21 & UG23 ebs-fast-snapshot-restore.md; PRICE25; SDK).
 *
 *   FSR bucket, quota, optimisation, lead time fsr.ts, from the snapshot's size (the source volume's GiB)
 *   FSR price                                  $0.75 per snapshot per AZ per hour (PRICE25 ex. 8)
 *   rate R (current edition only, R in [100, 300] MiB/s, 300 by default)
 *                                              seconds = usedGiB x 1024 / R
 *                                              usdPerGB = $0.0036 x R / 300   (ASSUMPTION below R = 300)
 *                                              usd     = usedGiB x usdPerGB
 *   10 GiB at 300 -> 10 x 1024 / 300 = 34.13 s, $0.036; PRICE25 ex. 12: 100 volumes x 10 GB -> $3.60
 *   10 GiB at 100 -> 102.4 s, $0.012 (assumed price)
 *
 * AWS says the price "scales with the chosen MiB/s" but prices only 300 MiB/s (aws-facts §11), so a
 * price below 300 is proportional by assumption and flagged `priceAssumed`.
 * 1 GiB = 1,024 MiB. The full snapshot size is taken as the GiB of data the snapshot holds (its used
 * blocks); the pricing page's GB is 1024^3 bytes, so a GiB of data is a GB of bill.
 * AWS publishes no rate for lazy loading or for dd / fio, so those lanes have no duration.
 */
import { SNAPSHOT_PRICES, VOLUME_INITIALIZATION_RATE } from '../catalog/snapshot-prices';
import type { Edition } from '../types';
import { fsrCreditBucket, fsrLeadTime, fsrOptimisationMinutes, fsrQuota, type FsrCreditBucket, type FsrLeadTime } from './fsr';

/** MiB per GiB. */
export const MB_PER_GIB = 1024;

export interface InitializationRateFigures {
  /** The rate chosen, MiB/s. */
  mibps: number;
  /** Seconds until every block holding data is downloaded. */
  seconds: number;
  /** USD per GB of full snapshot size at this rate. */
  usdPerGB: number;
  /** USD for one volume created at this rate. */
  usd: number;
  /** True when the price is the proportional assumption (any rate but the one PRICE25 prices). */
  priceAssumed: boolean;
}

export interface RestoreFigures {
  fsrBucket: FsrCreditBucket;
  fsrQuota: number;
  fsrOptimisationMinutes: number;
  /** How far ahead FSR must be enabled: optimisation and (current) the first credit of a bucket that starts at 0. */
  fsrLead: FsrLeadTime;
  fsrUsdPerHourPerAz: number;
  /** null where the edition has no Provisioned Rate for Volume Initialization (saa-c02). */
  rate: null | InitializationRateFigures;
}

/** The chosen rate kept within 100 to 300 MiB/s (whole MiB/s), or null in saa-c02. */
export function clampInitializationRate(mibps: number, edition: Edition): number | null {
  const table = VOLUME_INITIALIZATION_RATE[edition];
  if (table === null) return null;
  const whole = Number.isFinite(mibps) ? Math.round(mibps) : table.pricedAtMiBps;
  return Math.min(table.maxMiBps, Math.max(table.minMiBps, whole));
}

/** Download time and price of a volume restored at the provisioned rate `mibps` (300 by default), or null in saa-c02. */
export function initializationRate(usedGiB: number, edition: Edition, mibps?: number): InitializationRateFigures | null {
  if (!Number.isFinite(usedGiB) || usedGiB < 0) throw new Error(`Used GiB must be 0 or more, not ${String(usedGiB)}`);
  const table = VOLUME_INITIALIZATION_RATE[edition];
  if (table === null) return null;
  const rate = mibps ?? table.pricedAtMiBps;
  if (!Number.isFinite(rate) || rate < table.minMiBps || rate > table.maxMiBps) {
    throw new Error(`A provisioned initialization rate is ${table.minMiBps} to ${table.maxMiBps} MiB/s, not ${String(mibps)}`);
  }
  const usdPerGB = rate === table.pricedAtMiBps ? table.usdPerGBAtPriced : (table.usdPerGBAtPriced * rate) / table.pricedAtMiBps;
  return { mibps: rate, seconds: (usedGiB * MB_PER_GIB) / rate, usdPerGB, usd: usedGiB * usdPerGB, priceAssumed: rate !== table.pricedAtMiBps };
}

/** The restore comparison's figures for a snapshot of a `sizeGiB` volume holding `usedGiB`, at the provisioned rate `mibps`. */
export function restoreFigures(sizeGiB: number, usedGiB: number, edition: Edition, mibps?: number): RestoreFigures {
  return {
    fsrBucket: fsrCreditBucket(sizeGiB, edition),
    fsrQuota: fsrQuota(edition),
    fsrOptimisationMinutes: fsrOptimisationMinutes(sizeGiB, edition),
    fsrLead: fsrLeadTime(sizeGiB, edition),
    fsrUsdPerHourPerAz: SNAPSHOT_PRICES.fsrUsdPerDsuHour,
    rate: initializationRate(usedGiB, edition, mibps),
  };
}
