/**
 * Per-volume limits of every EBS volume type, in both editions.
 *
 * Sizes in GiB, IOPS at the I/O size the type quotes (16 KiB for SSD, 1 MiB for HDD), throughput
 * in MiB/s. Every row names its source in shared/aws-facts.md (§1.1–1.7, §2).
 */
import type { Edition, VolumeType } from '../types';

export interface VolumeSpec {
  readonly type: VolumeType;
  readonly label: string;
  readonly family: 'ssd' | 'hdd';
  readonly minSizeGiB: number;
  readonly maxSizeGiB: number;
  /** Per-volume ceilings of the type. */
  readonly maxIops: number;
  readonly maxThroughputMiBps: number;
  /** Provisioned types: the lowest IOPS that can be set and the most per GiB of size. */
  readonly minIops?: number;
  readonly iopsPerGiB?: number;
  /** gp3: included at any size; throughput can be raised at most this much per provisioned IOPS. */
  readonly includedIops?: number;
  readonly includedThroughputMiBps?: number;
  readonly throughputPerIopsMiBps?: number;
  readonly bootable: boolean;
  readonly multiAttach: boolean;
  readonly source: string;
}

const GP2: VolumeSpec = {
  type: 'gp2', label: 'gp2 General Purpose SSD', family: 'ssd',
  minSizeGiB: 1, maxSizeGiB: 16_384, maxIops: 16_000, maxThroughputMiBps: 250,
  bootable: true, multiAttach: false,
  source: 'UG21 ebs-volume-types.md; SDK CreateVolume (1-16,384 GiB)',
};

const GP3_2021: VolumeSpec = {
  type: 'gp3', label: 'gp3 General Purpose SSD', family: 'ssd',
  minSizeGiB: 1, maxSizeGiB: 16_384, maxIops: 16_000, maxThroughputMiBps: 1_000,
  minIops: 3_000, iopsPerGiB: 500, includedIops: 3_000, includedThroughputMiBps: 125, throughputPerIopsMiBps: 0.25,
  bootable: true, multiAttach: false,
  source: 'UG21 ebs-volume-types.md (gp3: 3,000 IOPS and 125 MiB/s included, 500 IOPS/GiB, 0.25 MiB/s per IOPS)',
};

const GP3_NOW: VolumeSpec = {
  ...GP3_2021,
  maxSizeGiB: 65_536, maxIops: 80_000, maxThroughputMiBps: 2_000,
  source: 'SDK CreateVolume (gp3 1-65,536 GiB, 3,000-80,000 IOPS, 125-2,000 MiB/s); ratios unchanged per third-party jayendrapatil.com/tag/ebs-io1/ (Sept 2025)',
};

const IO1: VolumeSpec = {
  type: 'io1', label: 'io1 Provisioned IOPS SSD', family: 'ssd',
  minSizeGiB: 4, maxSizeGiB: 16_384, maxIops: 64_000, maxThroughputMiBps: 1_000,
  minIops: 100, iopsPerGiB: 50,
  bootable: true, multiAttach: true,
  source: 'UG21 ebs-volume-types.md (io1 4 GiB-16 TiB, 100-64,000 IOPS on Nitro, 50:1); SDK CreateVolume',
};

const IO2_2021: VolumeSpec = {
  type: 'io2', label: 'io2 Provisioned IOPS SSD', family: 'ssd',
  minSizeGiB: 4, maxSizeGiB: 16_384, maxIops: 64_000, maxThroughputMiBps: 1_000,
  minIops: 100, iopsPerGiB: 500,
  bootable: true, multiAttach: true,
  source: 'UG21 ebs-volume-types.md (io2 4 GiB-16 TiB, 100-64,000 IOPS on Nitro, 500:1)',
};

const BLOCK_EXPRESS_2021: VolumeSpec = {
  type: 'io2-block-express', label: 'io2 Block Express', family: 'ssd',
  minSizeGiB: 4, maxSizeGiB: 65_536, maxIops: 256_000, maxThroughputMiBps: 4_000,
  minIops: 100, iopsPerGiB: 1_000, throughputPerIopsMiBps: 0.256,
  bootable: true, multiAttach: false,
  source: 'UG21 ebs-volume-types.md (Block Express preview on R5b: up to 64 TiB, 256,000 IOPS at 1,000:1, 4,000 MiB/s at 0.256 MiB/s per IOPS, no Multi-Attach); SDK (4 GiB minimum, 100 IOPS minimum)',
};

const BLOCK_EXPRESS_NOW: VolumeSpec = {
  ...BLOCK_EXPRESS_2021,
  multiAttach: true,
  source: 'UG23 provisioned-iops.md (Block Express with Multi-Attach); SDK CreateVolume (io2 4-65,536 GiB, 100-256,000 IOPS); docs.amazonaws.cn/en_us/AWSEC2/latest/UserGuide/provisioned-iops.html (every io2 is Block Express)',
};

const ST1: VolumeSpec = {
  type: 'st1', label: 'st1 Throughput Optimized HDD', family: 'hdd',
  minSizeGiB: 125, maxSizeGiB: 16_384, maxIops: 500, maxThroughputMiBps: 500,
  bootable: false, multiAttach: false,
  source: 'UG21 ebs-volume-types.md (st1 125 GiB-16 TiB, 500 IOPS at 1 MiB, 500 MiB/s, not a boot volume)',
};

const SC1: VolumeSpec = {
  type: 'sc1', label: 'sc1 Cold HDD', family: 'hdd',
  minSizeGiB: 125, maxSizeGiB: 16_384, maxIops: 250, maxThroughputMiBps: 250,
  bootable: false, multiAttach: false,
  source: 'UG21 ebs-volume-types.md (sc1 125 GiB-16 TiB, 250 IOPS at 1 MiB, 250 MiB/s, not a boot volume)',
};

export const VOLUME_SPECS: Readonly<Record<Edition, Readonly<Record<VolumeType, VolumeSpec>>>> = {
  'saa-c02': {
    gp2: GP2, gp3: GP3_2021, io1: IO1, io2: IO2_2021, 'io2-block-express': BLOCK_EXPRESS_2021, st1: ST1, sc1: SC1,
  },
  // Every io2 volume is Block Express today, so `io2` and `io2-block-express` share one row.
  current: {
    gp2: GP2, gp3: GP3_NOW, io1: IO1,
    io2: { ...BLOCK_EXPRESS_NOW, type: 'io2', label: 'io2 Block Express' },
    'io2-block-express': BLOCK_EXPRESS_NOW, st1: ST1, sc1: SC1,
  },
};

export function volumeSpec(type: VolumeType, edition: Edition): VolumeSpec {
  return VOLUME_SPECS[edition][type];
}

/** The types a person chooses from: in `current` io2 and io2 Block Express are one type. */
export function volumeTypesFor(edition: Edition): readonly VolumeType[] {
  return edition === 'current'
    ? ['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1']
    : ['gp2', 'gp3', 'io1', 'io2', 'io2-block-express', 'st1', 'sc1'];
}

/** gp2's size-based model (UG21 ebs-volume-types.md; UG23 general-purpose.md). */
export const GP2_MODEL = {
  iopsPerGiB: 3,
  minBaselineIops: 100,
  burstIops: 3_000,
  bucketCredits: 5_400_000,
  /** At or below this size throughput tops out at 128 MiB/s; above it 250 MiB/s (while credits last below 334 GiB). */
  smallVolumeMaxGiB: 170,
  smallVolumeThroughputMiBps: 128,
  source: 'UG21 ebs-volume-types.md: baseline max(100, 3 x GiB) up to 16,000; burst 3,000 below 1 TiB; 5.4 million credits; 128/250 MiB/s by size',
} as const;

/** st1/sc1 throughput per TiB of size and the credit bucket (UG21 ebs-volume-types.md, hdd tables). */
export const HDD_MODEL: Readonly<Record<'st1' | 'sc1', {
  baselineMiBpsPerTiB: number; burstMiBpsPerTiB: number; maxBaselineMiBps: number; maxBurstMiBps: number; source: string;
}>> = {
  st1: { baselineMiBpsPerTiB: 40, burstMiBpsPerTiB: 250, maxBaselineMiBps: 500, maxBurstMiBps: 500, source: 'UG21 ebs-volume-types.md (st1 40/250 MiB/s per TiB, caps 500/500)' },
  sc1: { baselineMiBpsPerTiB: 12, burstMiBpsPerTiB: 80, maxBaselineMiBps: 192, maxBurstMiBps: 250, source: 'UG21 ebs-volume-types.md (sc1 12/80 MiB/s per TiB, baseline tops out at 192 at 16 TiB, burst cap 250)' },
};

/** I/O size accounting (UG21 ebs-io-characteristics.md). */
export const IO_SIZE = {
  ssdMaxKiB: 256,
  hddMaxKiB: 1_024,
  quotedSsdKiB: 16,
  quotedHddKiB: 1_024,
  /** io1/io2 above 32,000 IOPS get 16 KiB of throughput per provisioned IOPS. */
  provisionedHighIopsKiB: 16,
  provisionedHighIopsFrom: 32_000,
  /** io1/io2 at or below 32,000 IOPS: up to 500 MiB/s at 256 KiB I/O. */
  provisionedLowMaxMiBps: 500,
  source: 'UG21 ebs-io-characteristics.md and ebs-volume-types.md (io1/io2 throughput rule)',
} as const;

export const MULTI_ATTACH = {
  maxInstances: 16,
  source: 'UG21/UG23 ebs-volumes-multi.md; SDK: up to 16 Nitro instances in the same Availability Zone',
} as const;
