/**
 * Provisioned performance of gp3, io1, io2 and io2 Block Express.
 *
 * gp3: IOPS from 3,000 (included) to min(ceiling, max(3,000, 500 x GiB));
 *      throughput from 125 MiB/s (included) to min(ceiling, 0.25 MiB/s x provisioned IOPS).
 * io1/io2 (UG21): IOPS from 100 to min(ceiling, ratio x GiB), ratio 50 (io1) or 500 (io2);
 *      throughput up to 32,000 IOPS = min(500, IOPS x 256 KiB); above = min(1,000, IOPS x 16 KiB).
 * io2 Block Express: IOPS up to min(256,000, 1,000 x GiB); throughput = min(4,000, 0.256 x IOPS).
 */
import { IO_SIZE, type VolumeSpec } from '../catalog/volume-specs';
import { KIB_PER_MIB } from '../types';

export function isProvisioned(spec: VolumeSpec): boolean {
  return spec.iopsPerGiB !== undefined;
}

/** The lowest IOPS that can be set (gp3's included 3,000; 100 for io1/io2). */
export function minIopsOf(spec: VolumeSpec): number {
  return spec.minIops ?? 0;
}

/** The most IOPS the size allows: the per-GiB ratio, never below the included IOPS, within the ceiling. */
export function maxIopsAt(spec: VolumeSpec, sizeGiB: number): number {
  const ratio = spec.iopsPerGiB ?? 0;
  const floor = spec.includedIops ?? minIopsOf(spec);
  return Math.min(spec.maxIops, Math.max(floor, Math.floor(ratio * sizeGiB)));
}

/** gp3 throughput can be provisioned up to this much at the given IOPS. */
export function gp3MaxThroughputAt(spec: VolumeSpec, iops: number): number {
  return Math.min(spec.maxThroughputMiBps, Math.floor((spec.throughputPerIopsMiBps ?? 0) * iops));
}

/** io1, io2 and Block Express: the throughput that follows from provisioned IOPS. */
export function ioThroughputMiBps(spec: VolumeSpec, iops: number): number {
  if (spec.throughputPerIopsMiBps !== undefined) {
    return Math.min(spec.maxThroughputMiBps, spec.throughputPerIopsMiBps * iops);
  }
  if (iops <= IO_SIZE.provisionedHighIopsFrom) {
    return Math.min(IO_SIZE.provisionedLowMaxMiBps, (iops * IO_SIZE.ssdMaxKiB) / KIB_PER_MIB);
  }
  return Math.min(spec.maxThroughputMiBps, (iops * IO_SIZE.provisionedHighIopsKiB) / KIB_PER_MIB);
}

/** The fewest provisioned IOPS whose throughput reaches `throughputMiBps` (Infinity if none can). */
export function ioIopsForThroughput(spec: VolumeSpec, throughputMiBps: number): number {
  if (throughputMiBps > spec.maxThroughputMiBps) return Infinity;
  if (spec.throughputPerIopsMiBps !== undefined) return Math.ceil(throughputMiBps / spec.throughputPerIopsMiBps);
  if (throughputMiBps <= IO_SIZE.provisionedLowMaxMiBps) {
    return Math.ceil((throughputMiBps * KIB_PER_MIB) / IO_SIZE.ssdMaxKiB);
  }
  return Math.ceil((throughputMiBps * KIB_PER_MIB) / IO_SIZE.provisionedHighIopsKiB);
}
