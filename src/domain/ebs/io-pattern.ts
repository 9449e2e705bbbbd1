/**
 * How a volume counts a need's I/Os, from the I/O size and the access pattern
 * (UG21 ebs-io-characteristics.md; shared/aws-facts.md §1.2).
 *
 *   unit       = 256 KiB for SSD, 1,024 KiB (1 MiB) for HDD: the largest I/O counted as one
 *   moved      = IOPS x I/O size / 1,024                               MiB/s the I/Os carry
 *   sequential = IOPS x I/O size / unit    contiguous I/Os are merged up to the unit, larger ones split
 *   random     = IOPS x ceil(I/O size / unit)   each counts as at least one I/O, larger ones split
 *
 * HDD counts every I/O of 1 MiB or less as one 1 MiB I/O credit, so random small I/O would spend a
 * whole MiB of an st1 or sc1 volume's throughput on each request: HDD is ruled out for it.
 */
import { IO_SIZE } from '../catalog/volume-specs';
import { fmt } from '../format';

export type IoPattern = 'random' | 'sequential';
export const IO_PATTERNS: readonly IoPattern[] = ['random', 'sequential'];

/** The largest I/O a volume family counts as one operation, in KiB. */
export const ioUnitKiB = (family: 'ssd' | 'hdd'): number => (family === 'hdd' ? IO_SIZE.hddMaxKiB : IO_SIZE.ssdMaxKiB);

/** MiB/s that `iops` requests of `ioSizeKiB` carry. */
export const movedMiBps = (iops: number, ioSizeKiB: number): number => (iops * ioSizeKiB) / 1_024;

/** The I/Os per second a family counts for the need (a rate: merged I/Os need not be whole). */
export function countedIops(family: 'ssd' | 'hdd', iops: number, ioSizeKiB: number, pattern: IoPattern): number {
  const unit = ioUnitKiB(family);
  return pattern === 'sequential' ? (iops * ioSizeKiB) / unit : iops * Math.ceil(ioSizeKiB / unit);
}

/** Why an HDD volume does not serve the need, or null when it may. */
export function hddRefusal(type: string, ioSizeKiB: number, pattern: IoPattern): string | null {
  if (pattern !== 'random' || ioSizeKiB >= IO_SIZE.hddMaxKiB) return null;
  return `${type} counts every I/O of 1 MiB or less as one 1 MiB I/O, and merges only sequential ones: `
    + `each random ${fmt(ioSizeKiB)} KiB I/O would spend 1 MiB of its throughput. HDD suits large sequential I/O; small random I/O needs SSD`;
}
