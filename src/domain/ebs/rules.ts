/**
 * What each type allows: sizes, provisionable IOPS and throughput, and the checks that name the
 * rule a value breaks. Sizes are whole GiB, IOPS and gp3 throughput whole numbers.
 *
 * provisioningRange(type, size) is the envelope at that size; given the volume's IOPS as well it is
 * the throughput range at those IOPS (gp3's 0.25 MiB/s per IOPS). validateVolume accepts a volume
 * exactly when its size is in the rules, its IOPS in provisioningRange(type, size) and its throughput
 * in provisioningRange(type, size, edition, iops). Types that do not provision a figure have
 * min = max = the delivered baseline.
 */
import { volumeSpec } from '../catalog/volume-specs';
import { fmt } from '../format';
import type { Edition, Volume, VolumeField, VolumeType } from '../types';
import { isVolumeType } from '../types';
import { gp3MaxThroughputAt, ioThroughputMiBps, isProvisioned, maxIopsAt, minIopsOf } from './provisioned';
import { baselineOf } from './performance';

export interface VolumeRules {
  minSizeGiB: number;
  maxSizeGiB: number;
  maxIops: number;
  maxThroughputMiBps: number;
  bootable: boolean;
  multiAttach: boolean;
}

export interface ProvisioningRange {
  minIops: number;
  maxIops: number;
  minThroughputMiBps: number;
  maxThroughputMiBps: number;
}

export interface VolumeIssue {
  field: VolumeField;
  message: string;
}

export function volumeRules(type: VolumeType, edition: Edition): VolumeRules {
  const s = volumeSpec(type, edition);
  return {
    minSizeGiB: s.minSizeGiB, maxSizeGiB: s.maxSizeGiB, maxIops: s.maxIops,
    maxThroughputMiBps: s.maxThroughputMiBps, bootable: s.bootable, multiAttach: s.multiAttach,
  };
}

/** Whether a person sets IOPS / throughput for this type (else they follow from size or IOPS). */
export function provisions(type: VolumeType, edition: Edition): { iops: boolean; throughput: boolean } {
  const s = volumeSpec(type, edition);
  return { iops: isProvisioned(s), throughput: s.includedThroughputMiBps !== undefined };
}

export function provisioningRange(type: VolumeType, sizeGiB: number, edition: Edition, iops?: number): ProvisioningRange {
  const s = volumeSpec(type, edition);
  if (!isProvisioned(s)) {
    const b = baselineOf({ type, sizeGiB }, edition);
    return { minIops: b.iops, maxIops: b.iops, minThroughputMiBps: b.throughputMiBps, maxThroughputMiBps: b.throughputMiBps };
  }
  const minIops = minIopsOf(s);
  const maxIops = maxIopsAt(s, sizeGiB);
  if (s.includedThroughputMiBps !== undefined) {
    return {
      minIops, maxIops,
      minThroughputMiBps: s.includedThroughputMiBps,
      maxThroughputMiBps: Math.max(s.includedThroughputMiBps, gp3MaxThroughputAt(s, iops ?? maxIops)),
    };
  }
  return {
    minIops, maxIops,
    minThroughputMiBps: ioThroughputMiBps(s, iops ?? minIops),
    maxThroughputMiBps: ioThroughputMiBps(s, iops ?? maxIops),
  };
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export function validateVolume(volume: Volume, edition: Edition): VolumeIssue[] {
  if (!isVolumeType(volume.type)) {
    return [{ field: 'type', message: `"${String(volume.type)}" is not an EBS volume type` }];
  }
  const s = volumeSpec(volume.type, edition);
  const name = volume.type === 'io2-block-express' ? 'io2 Block Express' : volume.type;
  const size = volume.sizeGiB;
  if (!Number.isFinite(size) || !Number.isInteger(size)) {
    return [{ field: 'sizeGiB', message: `Size must be a whole number of GiB` }];
  }
  if (size < s.minSizeGiB || size > s.maxSizeGiB) {
    return [{ field: 'sizeGiB', message: `${name} volumes are ${fmt(s.minSizeGiB)} to ${fmt(s.maxSizeGiB)} GiB` }];
  }
  const issues: VolumeIssue[] = [];
  const range = provisioningRange(volume.type, size, edition);
  const { iops } = volume;
  if (iops !== undefined) {
    if (!isProvisioned(s)) {
      if (!near(iops, range.minIops)) issues.push({ field: 'iops', message: `${name} IOPS follow size: ${fmt(range.minIops)} IOPS at ${fmt(size)} GiB` });
    } else if (!Number.isFinite(iops) || !Number.isInteger(iops)) {
      issues.push({ field: 'iops', message: 'IOPS must be a whole number' });
    } else if (iops < range.minIops) {
      issues.push({ field: 'iops', message: `${name} needs at least ${fmt(range.minIops)} IOPS` });
    } else if (iops > range.maxIops) {
      issues.push({ field: 'iops', message: range.maxIops < s.maxIops
        ? `${name} allows ${fmt(s.iopsPerGiB ?? 0)} IOPS per GiB: at ${fmt(size)} GiB at most ${fmt(range.maxIops)} IOPS`
        : `${name} allows at most ${fmt(s.maxIops)} IOPS per volume` });
    }
  }
  const tp = volume.throughputMiBps;
  if (tp !== undefined && issues.length === 0) {
    const atIops = provisioningRange(volume.type, size, edition, iops ?? range.minIops);
    if (s.includedThroughputMiBps === undefined) {
      if (!near(tp, atIops.minThroughputMiBps)) {
        issues.push({ field: 'throughputMiBps', message: `${name} throughput follows ${isProvisioned(s) ? 'IOPS' : 'size'}: ${fmt(atIops.minThroughputMiBps, 2)} MiB/s here` });
      }
    } else if (!Number.isFinite(tp) || !Number.isInteger(tp)) {
      issues.push({ field: 'throughputMiBps', message: 'Throughput must be a whole number of MiB/s' });
    } else if (tp < atIops.minThroughputMiBps) {
      issues.push({ field: 'throughputMiBps', message: `${name} includes ${fmt(atIops.minThroughputMiBps)} MiB/s; it cannot be set lower` });
    } else if (tp > atIops.maxThroughputMiBps) {
      const used = iops ?? range.minIops;
      issues.push({ field: 'throughputMiBps', message: atIops.maxThroughputMiBps < s.maxThroughputMiBps
        ? `${name} allows ${s.throughputPerIopsMiBps} MiB/s per IOPS: at ${fmt(used)} IOPS at most ${fmt(atIops.maxThroughputMiBps)} MiB/s`
        : `${name} allows at most ${fmt(s.maxThroughputMiBps)} MiB/s per volume` });
    }
  }
  return issues;
}
