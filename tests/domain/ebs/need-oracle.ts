/**
 * An independent oracle for compareTypes with the I/O size and access pattern (aws-facts §1.2):
 * SSD counts an I/O up to 256 KiB as one, HDD up to 1 MiB; sequential I/Os merge up to that size,
 * random ones do not; larger I/Os split. Throughput is IOPS x I/O size, so a need asking more MiB/s
 * than its IOPS carry is read as more I/Os of that size: max(IOPS, MiB/s x 1,024 / I/O KiB). The
 * volume must also carry the MiB/s the I/Os move, and HDD never serves random I/O below 1 MiB.
 */
import { baselineOf, validateVolume, volumeSpec, type Edition, type Need, type Volume } from '../../../src/domain';

export { oneStepSmaller } from '../support/need';

export function meetsNeed(v: Volume, need: Need, edition: Edition): boolean {
  if (validateVolume(v, edition).length > 0 || v.sizeGiB < need.sizeGiB) return false;
  const hdd = volumeSpec(v.type, edition).family === 'hdd';
  if (hdd && need.pattern === 'random' && need.ioSizeKiB < 1_024) return false;
  const unit = hdd ? 1_024 : 256;
  const ios = Math.max(need.iops, (need.throughputMiBps * 1_024) / need.ioSizeKiB);
  const counted = need.pattern === 'sequential' ? (ios * need.ioSizeKiB) / unit : ios * Math.ceil(need.ioSizeKiB / unit);
  const moved = (need.iops * need.ioSizeKiB) / 1_024;
  const b = baselineOf(v, edition);
  return b.iops >= counted - 1e-9 && b.throughputMiBps >= Math.max(need.throughputMiBps, moved) - 1e-9;
}
