/**
 * EBS snapshot and Fast Snapshot Restore (FSR) prices and limits, us-east-1
 * (shared/aws-facts.md §3.2, §3.3 example 8, §4).
 *
 *   standard snapshot storage   $0.05   per GB-month
 *   archive snapshot storage    $0.0125 per GB-month (restore $0.03 per GB, 90-day minimum)
 *   FSR                         $0.75   per DSU-hour = per snapshot per AZ per hour,
 *                               billed per minute with a 60-minute minimum
 *   FSR quota                   50 snapshots per Region (saa-c02) -> 5 (current, since 2022-09-16)
 *   FSR optimisation            60 minutes per TiB of snapshot
 *   FSR full benefit (current)  snapshots of 16 TiB or less; volumes up to 64,000 IOPS and 1,000 MiB/s
 *                               (docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-fast-snapshot-restore.html)
 *   Provisioned Rate for Volume Initialization (current edition only; it did not exist in 2021):
 *                               chosen per volume from 100 to 300 MiB/s (aws-facts §11); priced per GB
 *                               of full snapshot size at a rate that scales with the chosen MiB/s.
 *                               PRICE25 example 12 gives only the 300 MiB/s price, $0.0036 per GB
 *                               (100 volumes x 10 GB x $0.0036 = $3.60). ASSUMPTION, not published:
 *                               the price is proportional to the rate, usdPerGB = 0.0036 x rate / 300
 *                               (100 MiB/s -> $0.0012 per GB). Delivered within 10 % of the chosen
 *                               rate 99 % of the time; 5,000 MiB/s cumulative per Region.
 *
 * GB-month is AWS's billing unit; the pricing page defines GB as 1024^3 bytes (PRICE25).
 */
import type { Edition } from '../types';

export type SnapshotTier = 'standard' | 'archive';

export interface SnapshotPrices {
  readonly usdPerGBMonth: Readonly<Record<SnapshotTier, number>>;
  readonly archiveRestoreUsdPerGB: number;
  readonly archiveMinimumDays: number;
  readonly fsrUsdPerDsuHour: number;
  readonly fsrMinimumMinutes: number;
}

export const SNAPSHOT_PRICES: SnapshotPrices = {
  usdPerGBMonth: { standard: 0.05, archive: 0.0125 },
  archiveRestoreUsdPerGB: 0.03,
  archiveMinimumDays: 90,
  fsrUsdPerDsuHour: 0.75,
  fsrMinimumMinutes: 60,
};

export interface FsrLimits {
  /** Snapshots that may have FSR enabled per Region (snapshots, not snapshot-AZ pairs). */
  readonly snapshotsPerRegion: number;
  /** Minutes to optimise a snapshot for FSR, per TiB of snapshot size. */
  readonly optimisationMinutesPerTiB: number;
  /** The largest credit bucket of one snapshot-AZ pair. */
  readonly maxBucketCredits: number;
  /**
   * Where FSR gives its full benefit (current documentation only; null where the era's text names
   * none): snapshots up to this size, volumes up to these IOPS and MiB/s.
   */
  readonly fullBenefit: null | { readonly maxSnapshotGiB: number; readonly maxIops: number; readonly maxThroughputMiBps: number; readonly source: string };
  readonly source: string;
}

export const FSR_LIMITS: Readonly<Record<Edition, FsrLimits>> = {
  'saa-c02': {
    snapshotsPerRegion: 50, optimisationMinutesPerTiB: 60, maxBucketCredits: 10, fullBenefit: null,
    source: 'UG21 ebs-fast-snapshot-restore.md ("up to 50 snapshots for fast snapshot restore per Region", 2020-07-30 to 2022-07-05)',
  },
  current: {
    snapshotsPerRegion: 5, optimisationMinutesPerTiB: 60, maxBucketCredits: 10,
    fullBenefit: {
      maxSnapshotGiB: 16_384, maxIops: 64_000, maxThroughputMiBps: 1_000,
      source: 'docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-fast-snapshot-restore.html (snapshots of 16 TiB or less; full benefit up to 64,000 IOPS and 1,000 MiB/s)',
    },
    source: 'UG23 ebs-fast-snapshot-restore.md (commit 597474a, 2022-09-16: "up to 5 snapshots"); docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-fast-snapshot-restore.html',
  },
};

/** The Provisioned Rate for Volume Initialization: a volume created from a snapshot downloads it at a rate chosen per volume. */
export interface VolumeInitializationRate {
  /** The rates a volume may be given, in MiB/s (aws-facts §11: 100 to 300). */
  readonly minMiBps: number;
  readonly maxMiBps: number;
  /** The rate PRICE25 example 12 prices, and the explorer's default. */
  readonly pricedAtMiBps: number;
  /** USD per GB of full snapshot size at `pricedAtMiBps`, charged once per volume created (PRICE25 example 12). */
  readonly usdPerGBAtPriced: number;
  /** The delivered rate is within this share of the chosen rate 99 % of the time. */
  readonly deliveredWithin: number;
  /** The Region-wide cumulative limit of every volume initialising at a provisioned rate, MiB/s. */
  readonly regionLimitMiBps: number;
  /** Said wherever a price below `pricedAtMiBps` is shown: AWS's example gives only the 300 MiB/s price. */
  readonly priceAssumption: string;
  readonly source: string;
}

/** null in saa-c02: the feature did not exist in 2021 (SDK documents it as a 2025 feature). */
export const VOLUME_INITIALIZATION_RATE: Readonly<Record<Edition, VolumeInitializationRate | null>> = {
  'saa-c02': null,
  current: {
    minMiBps: 100, maxMiBps: 300, pricedAtMiBps: 300, usdPerGBAtPriced: 0.0036,
    deliveredWithin: 0.1, regionLimitMiBps: 5_000,
    priceAssumption: 'Assumed: AWS says the price scales with the chosen rate but its example prices only 300 MiB/s ($0.0036 per GB), so a lower rate is priced in proportion.',
    source: 'EBS User Guide, Initialize Amazon EBS volumes (docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-initialize.html); PRICE25 example 12 (100 volumes x 10 GB full snapshot size x $0.0036/GB at 300 MiB/s = $3.60); SDK CreateVolume',
  },
};

/** Where each snapshot price comes from, shown beside the calculation. */
export const SNAPSHOT_PRICE_SOURCES = {
  storage: 'docs.aws.amazon.com/ebs/latest/userguide/snapshot-archive-pricing.html; PRICE25 example 10',
  fsr: 'PRICE25 example 8 (US-East (N. Virginia)); UG21/UG23 ebs-fast-snapshot-restore.md',
  initializationRate: 'PRICE25 example 12; SDK CreateVolume (2025); docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-initialize.html',
  restore: 'UG21/UG23 ebs-fast-snapshot-restore.md; UG21 ebs-initialize.md; UG21 EBSSnapshots.md; PRICE25 examples 8 and 12',
  volume: 'aws-facts §3.2; PRICE25 examples 1 and 2 (gp3 $0.08, gp2 $0.10 per GB-month); you pay for the provisioned size, not the data on it',
} as const;
