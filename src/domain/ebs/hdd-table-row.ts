/**
 * AWS's st1/sc1 tables start at a 0.125 TiB row, which is 128 GiB (0.125 x 1,024), while the
 * smallest volume is 125 GiB (facts §1.7). Below 128 GiB the same per-TiB rates give a little less
 * than the row: st1 125 GiB = 125 / 1,024 TiB x 40 = 4.88 and x 250 = 30.52 MiB/s against the
 * row's 5 / 31; sc1 1.46 / 9.77 against 1.5 / 10.
 */
import { fmt } from '../format';
import type { Edition, Volume } from '../types';
import { volumePerformance } from './performance';

/** AWS's first table row, in GiB. */
export const HDD_FIRST_ROW_GIB = 128;

/** The one-line remark for an st1/sc1 volume below AWS's first table row, or null. */
export function hddFirstRowRemark(volume: Volume, edition: Edition): string | null {
  if ((volume.type !== 'st1' && volume.type !== 'sc1') || volume.sizeGiB >= HDD_FIRST_ROW_GIB) return null;
  const here = volumePerformance(volume, edition);
  const row = volumePerformance({ type: volume.type, sizeGiB: HDD_FIRST_ROW_GIB }, edition);
  return `AWS's 0.125 TiB row is ${HDD_FIRST_ROW_GIB} GiB (${volume.type} ${fmt(row.baselineThroughputMiBps, 1)} / ${fmt(row.burstThroughputMiBps, 0)} MiB/s); `
    + `at ${fmt(volume.sizeGiB)} GiB the same per-TiB rates give ${fmt(here.baselineThroughputMiBps, 2)} / ${fmt(here.burstThroughputMiBps, 1)} MiB/s.`;
}
