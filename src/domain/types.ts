/**
 * The vocabulary every domain module shares.
 *
 * Units live in names: GiB and TiB are 2^30 and 2^40 bytes, MiB/s is 2^20 bytes per second,
 * MB/s (instance limits) is 10^6 bytes per second. AWS quotes EBS performance in GiB, TiB and MiB/s
 * and bills "GB-month" where its pricing page defines GB as 1024^3 bytes (shared/aws-facts.md, unit note).
 */

/** Which set of figures: the 2021 exam-era documentation or today's AWS. */
export type Edition = 'saa-c02' | 'current';
export const EDITIONS: readonly Edition[] = ['saa-c02', 'current'];

export type VolumeType = 'gp2' | 'gp3' | 'io1' | 'io2' | 'io2-block-express' | 'st1' | 'sc1';
export const VOLUME_TYPES: readonly VolumeType[] = ['gp2', 'gp3', 'io1', 'io2', 'io2-block-express', 'st1', 'sc1'];

/** A volume as a person configures it. IOPS and throughput are read only where the type provisions them. */
export interface Volume {
  readonly type: VolumeType;
  readonly sizeGiB: number;
  readonly iops?: number;
  readonly throughputMiBps?: number;
}

export type VolumeField = 'type' | 'sizeGiB' | 'iops' | 'throughputMiBps';

export function isEdition(value: unknown): value is Edition {
  return value === 'saa-c02' || value === 'current';
}

export function isVolumeType(value: unknown): value is VolumeType {
  return typeof value === 'string' && (VOLUME_TYPES as readonly string[]).includes(value);
}

/** Bytes in the binary and decimal units the model converts between. */
export const GIB_PER_TIB = 1024;
export const KIB_PER_MIB = 1024;
export const BYTES_PER_MIB = 1_048_576;
export const BYTES_PER_MB = 1_000_000;
