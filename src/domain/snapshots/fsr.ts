/**
 * Fast Snapshot Restore (FSR): volume-creation credit buckets, cost, quota and optimisation time
 * (shared/aws-facts.md §3.2, §3.3 example 8, §4; UG21 & UG23 ebs-fast-snapshot-restore.md; PRICE25).
 *
 * One credit bucket per snapshot per AZ; each volume created with FSR spends one credit.
 *   saa-c02 (UG21): bucket = MAX(1, MIN(10, FLOOR(1024 / sizeGiB))), refill = MIN(10, 1024 / sizeGiB) per hour
 *   current (UG23): bucket = MAX(1, MIN(10, 1024 / sizeGiB)) (no FLOOR), same refill; the bucket starts at 0
 *   100 GiB -> 10 (2021); 128 GiB -> 8, 8/h; 1,024 GiB -> 1; 4,096 GiB -> 1, 0.25/h
 *
 * Cost: $0.75 per snapshot per AZ per hour enabled, billed per (whole, rounded-up) minute with a
 * 60-minute minimum for each snapshot-AZ pair: usd = snapshots x azs x 0.75 x max(60, ceil(min)) / 60.
 *   1 x 3 AZ x 90 min -> $3.375; 1 x 1 x 45 min -> $0.75; 3 x 2 x 150 min -> $11.25;
 *   1 x 1 x 720 h -> $540; 2 x 3 x 720 h -> $3,240.
 * Quota: 50 snapshots per Region (saa-c02) / 5 (current). Optimising: 60 minutes per TiB.
 * Lead time (current): the bucket starts at 0 credits when FSR is enabled, so the first volume that
 * gets FSR waits for the first credit as well as for the optimisation:
 *   lead = max(optimising minutes, 60 / refill per hour)
 *   40 GiB: optimising 2.34375 min (140.6 s), refill MIN(10, 25.6) = 10/h -> first credit after 6 min -> lead 6 min
 *   128 GiB: refill 8/h -> first credit after 7.5 min (aws-facts: "first credit after 8 minutes", rounded)
 * While optimising, a volume created from the snapshot gets only part of FSR's benefit.
 * saa-c02: the 2021 guide does not say how full the bucket starts, so the lead is the optimisation only.
 * Full benefit (current documentation, aws-facts §11): FSR is offered only for snapshots of 16 TiB
 * (16,384 GiB) or less, and a volume gets its full benefit only up to 64,000 IOPS and 1,000 MiB/s;
 * above that it is initialised beyond those figures like any other volume.
 */
import { FSR_LIMITS, SNAPSHOT_PRICES } from '../catalog/snapshot-prices';
import type { Edition } from '../types';

export interface FsrCreditBucket {
  /** Volume-creation credits the bucket holds at most (one volume per credit). */
  readonly bucketSize: number;
  /** Credits added per hour. */
  readonly refillCreditsPerHour: number;
}

export interface FsrUsage {
  readonly snapshots: number;
  readonly azs: number;
  /** Minutes FSR stays enabled on each snapshot-AZ pair. */
  readonly enabledMinutes: number;
}

function assertPositiveSize(sizeGiB: number): void {
  if (!Number.isFinite(sizeGiB) || sizeGiB <= 0) throw new Error(`A snapshot needs a positive size in GiB, not ${String(sizeGiB)}`);
}

/** The credit bucket of one snapshot in one AZ, by edition. */
export function fsrCreditBucket(snapshotSizeGiB: number, edition: Edition): FsrCreditBucket {
  assertPositiveSize(snapshotSizeGiB);
  const max = FSR_LIMITS[edition].maxBucketCredits;
  const ratio = 1024 / snapshotSizeGiB;
  const fill = edition === 'saa-c02' ? Math.floor(ratio) : ratio;
  return { bucketSize: Math.max(1, Math.min(max, fill)), refillCreditsPerHour: Math.min(max, ratio) };
}

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) throw new Error(`${what} must be a whole number, 0 or more, not ${String(value)}`);
}

/** USD for FSR on `snapshots` x `azs` pairs for `enabledMinutes` each (0 minutes = never enabled = $0). */
export function fsrCost(usage: FsrUsage): number {
  const { snapshots, azs, enabledMinutes } = usage;
  assertCount(snapshots, 'Snapshots');
  assertCount(azs, 'AZs');
  if (!Number.isFinite(enabledMinutes) || enabledMinutes < 0) throw new Error(`Enabled minutes must be 0 or more, not ${String(enabledMinutes)}`);
  if (enabledMinutes === 0) return 0;
  const billedMinutes = Math.max(SNAPSHOT_PRICES.fsrMinimumMinutes, Math.ceil(enabledMinutes));
  return (snapshots * azs * SNAPSHOT_PRICES.fsrUsdPerDsuHour * billedMinutes) / 60;
}

/** How many snapshots may have FSR enabled per Region (snapshots, not snapshot-AZ pairs). */
export function fsrQuota(edition: Edition): number {
  return FSR_LIMITS[edition].snapshotsPerRegion;
}

/** Minutes to optimise a snapshot of `snapshotSizeGiB` for FSR (60 per TiB). */
export function fsrOptimisationMinutes(snapshotSizeGiB: number, edition: Edition): number {
  assertPositiveSize(snapshotSizeGiB);
  return (snapshotSizeGiB / 1024) * FSR_LIMITS[edition].optimisationMinutesPerTiB;
}

export interface FsrBenefit {
  /** FSR can be enabled on the snapshot at all (16 TiB or less). */
  readonly offered: boolean;
  /** The restored volume gets FSR's full benefit (offered, and within 64,000 IOPS and 1,000 MiB/s). */
  readonly full: boolean;
  /** Each limit crossed, in words. */
  readonly reasons: readonly string[];
}

/**
 * Whether FSR gives its full benefit to a volume of `iops` and `throughputMiBps` restored from a
 * snapshot of `snapshotGiB`, in the edition's documentation; null where the era's text names no limit (saa-c02).
 *   16,384 GiB, 64,000 IOPS, 1,000 MiB/s -> full; 16,385 GiB -> not offered; 80,000 IOPS -> offered, not full.
 */
export function fsrBenefit(volume: { snapshotGiB: number; iops?: number; throughputMiBps?: number }, edition: Edition): FsrBenefit | null {
  assertPositiveSize(volume.snapshotGiB);
  const limits = FSR_LIMITS[edition].fullBenefit;
  if (limits === null) return null;
  const reasons: string[] = [];
  const offered = volume.snapshotGiB <= limits.maxSnapshotGiB;
  if (!offered) reasons.push(`FSR is offered only for snapshots of ${limits.maxSnapshotGiB.toLocaleString('en-US')} GiB (16 TiB) or less.`);
  if ((volume.iops ?? 0) > limits.maxIops) reasons.push(`Above ${limits.maxIops.toLocaleString('en-US')} IOPS the volume is initialised beyond that like any other.`);
  if ((volume.throughputMiBps ?? 0) > limits.maxThroughputMiBps) reasons.push(`Above ${limits.maxThroughputMiBps.toLocaleString('en-US')} MiB/s the volume is initialised beyond that like any other.`);
  return { offered, full: reasons.length === 0, reasons };
}

export interface FsrLeadTime {
  /** Minutes the snapshot spends optimising (60 per TiB). */
  readonly optimisingMinutes: number;
  /** Minutes from enabling until the bucket's first credit (it starts at 0), or null where the era's text does not say (saa-c02). */
  readonly firstCreditMinutes: number | null;
  /** Minutes to enable FSR ahead of creating a volume for it to get FSR's full benefit. */
  readonly leadMinutes: number;
}

/** How long before creating a volume FSR must be enabled: the optimisation and, today, the first credit. */
export function fsrLeadTime(snapshotSizeGiB: number, edition: Edition): FsrLeadTime {
  const optimisingMinutes = fsrOptimisationMinutes(snapshotSizeGiB, edition);
  const firstCreditMinutes = edition === 'current' ? 60 / fsrCreditBucket(snapshotSizeGiB, edition).refillCreditsPerHour : null;
  return { optimisingMinutes, firstCreditMinutes, leadMinutes: Math.max(optimisingMinutes, firstCreditMinutes ?? 0) };
}
