/**
 * An independent oracle for compareTypes: whether a volume is valid and meets a need at baseline,
 * and the volumes one step smaller (one GiB, one IOPS, one MiB/s less) that a minimal answer
 * must not be able to replace it with.
 */
import { baselineOf, validateVolume, type Edition, type Need, type Volume } from '../../../src/domain';

export function meetsNeed(v: Volume, need: Need, edition: Edition): boolean {
  if (validateVolume(v, edition).length > 0 || v.sizeGiB < need.sizeGiB) return false;
  const b = baselineOf(v, edition);
  return b.iops >= need.iops && b.throughputMiBps >= need.throughputMiBps;
}

export function oneStepSmaller(v: Volume): Volume[] {
  const smaller: Volume[] = [{ ...v, sizeGiB: v.sizeGiB - 1 }];
  if (v.iops !== undefined) smaller.push({ ...v, iops: v.iops - 1 });
  if (v.throughputMiBps !== undefined) smaller.push({ ...v, throughputMiBps: v.throughputMiBps - 1 });
  return smaller;
}
