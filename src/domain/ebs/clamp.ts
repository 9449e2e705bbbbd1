/**
 * Bring any volume inside the rules of an edition, saying what moved and why. Used for values from
 * a URL, for a type or edition switch and for a size change that leaves IOPS out of range.
 * Sizes, IOPS and gp3 throughput are rounded to whole numbers, then clamped to provisioningRange.
 */
import { volumeSpec, volumeTypesFor } from '../catalog/volume-specs';
import type { Edition, Volume, VolumeField, VolumeType } from '../types';
import { isProvisioned } from './provisioned';
import { provisioningRange, validateVolume } from './rules';

export interface Adjustment {
  field: VolumeField;
  from: number | string;
  to: number | string;
  reason: string;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function reasonFor(volume: Volume, edition: Edition, field: VolumeField, fallback: string): string {
  return validateVolume(volume, edition).find((i) => i.field === field)?.message ?? fallback;
}

export function clampVolume(input: Volume, edition: Edition): { volume: Volume; adjustments: Adjustment[] } {
  const adjustments: Adjustment[] = [];
  let type: VolumeType = input.type;
  if (!volumeTypesFor(edition).includes(type)) {
    adjustments.push({ field: 'type', from: type, to: 'io2', reason: 'Every io2 volume is Block Express today, so it is listed as io2' });
    type = 'io2';
  }
  const spec = volumeSpec(type, edition);

  // A value that is not a number at all cannot be clamped: the size falls to the minimum, IOPS and
  // throughput to their defaults.
  const roundedSize = Number.isFinite(input.sizeGiB) ? Math.round(input.sizeGiB) : spec.minSizeGiB;
  const sizeGiB = clamp(roundedSize, spec.minSizeGiB, spec.maxSizeGiB);
  if (sizeGiB !== input.sizeGiB) {
    adjustments.push({ field: 'sizeGiB', from: input.sizeGiB, to: sizeGiB,
      reason: reasonFor({ type, sizeGiB: roundedSize }, edition, 'sizeGiB', 'Sizes are whole GiB') });
  }
  if (!isProvisioned(spec)) return { volume: { type, sizeGiB }, adjustments };

  const range = provisioningRange(type, sizeGiB, edition);
  let iops = range.minIops;
  if (input.iops !== undefined && Number.isFinite(input.iops)) {
    iops = clamp(Math.round(input.iops), range.minIops, range.maxIops);
    if (iops !== input.iops) {
      adjustments.push({ field: 'iops', from: input.iops, to: iops,
        reason: reasonFor({ type, sizeGiB, iops: Math.round(input.iops) }, edition, 'iops', 'IOPS are whole numbers') });
    }
  }
  if (spec.includedThroughputMiBps === undefined) return { volume: { type, sizeGiB, iops }, adjustments };

  const tpRange = provisioningRange(type, sizeGiB, edition, iops);
  let throughputMiBps = tpRange.minThroughputMiBps;
  if (input.throughputMiBps !== undefined && Number.isFinite(input.throughputMiBps)) {
    throughputMiBps = clamp(Math.round(input.throughputMiBps), tpRange.minThroughputMiBps, tpRange.maxThroughputMiBps);
    if (throughputMiBps !== input.throughputMiBps) {
      adjustments.push({ field: 'throughputMiBps', from: input.throughputMiBps, to: throughputMiBps,
        reason: reasonFor({ type, sizeGiB, iops, throughputMiBps: Math.round(input.throughputMiBps) }, edition, 'throughputMiBps', 'Throughput is a whole number of MiB/s') });
    }
  }
  return { volume: { type, sizeGiB, iops, throughputMiBps }, adjustments };
}
