import type { Gp3Comparison } from '../../domain';
import { formatNumber, formatUsd } from '../../components/format';
import { formatDuration } from './time-format';

/**
 * "The same workload on gp3" in sentences. When gp3 at its included figures already meets the peak,
 * the smallest gp3 for the peak is that same volume: it is said once, not twice.
 */
export function gp3Lines(gp3: Gp3Comparison, volume: { type: string; sizeGiB: number }, unit: string): string[] {
  const { included, peak, original } = gp3;
  const same = `gp3 of the same size (${formatNumber(volume.sizeGiB)} GiB) at its included ${formatNumber(included.limit)} ${unit}`;
  const against = `against ${formatUsd(original.monthlyUsd)} for this ${volume.type} volume`;
  const p = peak.volume;
  const v = included.volume;
  if (p && p.sizeGiB === v.sizeGiB && p.iops === v.iops && p.throughputMiBps === v.throughputMiBps) {
    return [`${same} serves all of it and already meets the peak, with no credits to run out: ${formatUsd(included.monthlyUsd)} a month ${against}.`];
  }
  return [
    `${same}: serves ${formatNumber(included.servedFraction * 100, 1)}%, throttled for ${formatDuration(included.throttledSeconds)}, ${formatUsd(included.monthlyUsd)} a month ${against}.`,
    p
      ? `gp3 that meets the peak: ${formatNumber(p.sizeGiB)} GiB, ${formatNumber(p.iops ?? 0)} IOPS, ${formatNumber(p.throughputMiBps ?? 0)} MiB/s, ${formatUsd(peak.monthlyUsd ?? 0)} a month.`
      // The reason already says that no gp3 serves the peak, and why.
      : `${peak.reason ?? 'No gp3 volume serves the peak'}.`,
  ];
}
