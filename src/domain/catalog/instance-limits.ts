/**
 * Per-instance EBS limits from the EBS-optimized instance tables (shared/aws-facts.md §2).
 * Bandwidth in Mbps and throughput in MB/s are decimal (10^6), as AWS prints them; IOPS at 16 KiB.
 * An instance with `burst` can exceed its baseline for a while; the others sustain one figure.
 */
import type { Edition } from '../types';

export interface InstanceEbsLimit {
  readonly bandwidthMbps: number;
  readonly throughputMBps: number;
  readonly iops: number;
}

export interface InstanceType {
  readonly name: string;
  readonly editions: readonly Edition[];
  readonly baseline: InstanceEbsLimit;
  readonly burst?: InstanceEbsLimit;
  readonly nitro: boolean;
  readonly note?: string;
  readonly source: string;
}

export const INSTANCE_TYPES: readonly InstanceType[] = [
  {
    name: 'm5.large', editions: ['saa-c02', 'current'], nitro: true,
    baseline: { bandwidthMbps: 650, throughputMBps: 81.25, iops: 3_600 },
    burst: { bandwidthMbps: 4_750, throughputMBps: 593.75, iops: 18_750 },
    source: 'UG21/UG23 ebs-optimized.md (m5.large row)',
  },
  {
    name: 'c5.18xlarge', editions: ['saa-c02', 'current'], nitro: true,
    baseline: { bandwidthMbps: 19_000, throughputMBps: 2_375, iops: 80_000 },
    note: 'The notes\' older "80,000 IOPS and 2,375 MB/s per instance" is this row (also m5.24xlarge).',
    source: 'UG21 ebs-optimized.md (c5.18xlarge / m5.24xlarge row)',
  },
  {
    name: 'c6gn.16xlarge', editions: ['saa-c02', 'current'], nitro: true,
    baseline: { bandwidthMbps: 38_000, throughputMBps: 4_750, iops: 160_000 },
    note: 'The notes\' io2 "160,000 IOPS and 4,750 MB/s" matches this row: the best a 2021 instance could do with plain io2.',
    source: 'UG21 ebs-optimized.md (c6gn.16xlarge row)',
  },
  {
    name: 'r5b.24xlarge', editions: ['saa-c02', 'current'], nitro: true,
    baseline: { bandwidthMbps: 60_000, throughputMBps: 7_500, iops: 260_000 },
    note: 'The 2021 maximum: the notes\' "260,000 IOPS and 7,500 MB/s".',
    source: 'UG21/UG23 ebs-optimized.md (r5b.24xlarge row)',
  },
  {
    name: 'm6in.32xlarge', editions: ['current'], nitro: true,
    baseline: { bandwidthMbps: 80_000, throughputMBps: 10_000, iops: 350_000 },
    note: 'The 2023 maximum in the EBS-optimized table (also c6in, m6idn, r6in, r6idn .32xlarge).',
    source: 'UG23 ebs-optimized.md (m6in.32xlarge row)',
  },
];

/**
 * The current edition's table is dated: its highest row is the 2023 table's, and newer instance
 * families go higher (shared/aws-facts.md §2 and §11: third-party re:Invent 2025 summaries, UNVERIFIED).
 */
export const NEWER_INSTANCES = {
  highestRow: 'm6in.32xlarge',
  asOf: '2023',
  text: 'The highest row here is the 2023 table\'s (350,000 IOPS, 10,000 MB/s). Newer instance families go higher: third-party re:Invent 2025 summaries quote up to 720,000 IOPS and 150 Gbps (unverified).',
  source: 'UG23 ebs-optimized.md (the 2023 table); today\'s table at docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html (the newer figures are third-party and UNVERIFIED)',
} as const;

export function instanceTypesFor(edition: Edition): readonly InstanceType[] {
  return INSTANCE_TYPES.filter((i) => i.editions.includes(edition));
}

export function findInstanceType(name: string, edition: Edition): InstanceType | undefined {
  return instanceTypesFor(edition).find((i) => i.name === name);
}
