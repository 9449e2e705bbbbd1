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
 *   Provisioned Rate for Volume Initialization (current edition only; it did not exist in 2021):
 *                               300 MB/s, $0.0036 per GB of full snapshot size
 *                               (PRICE25 example 12: 100 volumes x 10 GB x $0.0036 = $3.60; SDK 2025)
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
  readonly source: string;
}

export const FSR_LIMITS: Readonly<Record<Edition, FsrLimits>> = {
  'saa-c02': {
    snapshotsPerRegion: 50, optimisationMinutesPerTiB: 60, maxBucketCredits: 10,
    source: 'UG21 ebs-fast-snapshot-restore.md ("up to 50 snapshots for fast snapshot restore per Region", 2020-07-30 to 2022-07-05)',
  },
  current: {
    snapshotsPerRegion: 5, optimisationMinutesPerTiB: 60, maxBucketCredits: 10,
    source: 'UG23 ebs-fast-snapshot-restore.md (commit 597474a, 2022-09-16: "up to 5 snapshots"); docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-fast-snapshot-restore.html',
  },
};

/** The Provisioned Rate for Volume Initialization: a volume created from a snapshot downloads it at this rate. */
export interface VolumeInitializationRate {
  /** The rate PRICE25 example 12 provisions, in MB/s (the page's MB: 1024^2 bytes, as its GB is 1024^3). */
  readonly mbps: number;
  /** USD per GB of full snapshot size, charged once per volume created. */
  readonly usdPerGB: number;
  readonly source: string;
}

/** null in saa-c02: the feature did not exist in 2021 (SDK documents it as a 2025 feature). */
export const VOLUME_INITIALIZATION_RATE: Readonly<Record<Edition, VolumeInitializationRate | null>> = {
  'saa-c02': null,
  current: {
    mbps: 300, usdPerGB: 0.0036,
    source: 'PRICE25 example 12 (100 volumes x 10 GB full snapshot size x $0.0036/GB at 300 MB/s = $3.60); SDK CreateVolume "Volume Initialization Rate"',
  },
};

/** Where each snapshot price comes from, shown beside the calculation. */
export const SNAPSHOT_PRICE_SOURCES = {
  storage: 'docs.aws.amazon.com/ebs/latest/userguide/snapshot-archive-pricing.html; PRICE25 example 10',
  fsr: 'PRICE25 example 8 (US-East (N. Virginia)); UG21/UG23 ebs-fast-snapshot-restore.md',
  initializationRate: 'PRICE25 example 12; SDK CreateVolume (2025)',
} as const;
