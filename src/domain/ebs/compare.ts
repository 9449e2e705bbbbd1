/**
 * Every type side by side for one need (capacity in GiB, sustained IOPS of a given I/O size and
 * access pattern, sustained MiB/s): the smallest configuration that meets it at baseline (bursting
 * not counted) and its monthly cost.
 *
 * Each type is sized for the need as it counts it (io-pattern.ts, aws-facts §1.2): the I/Os it
 * counts (merged or split at 256 KiB for SSD, 1 MiB for HDD) and at least the MiB/s the I/Os carry.
 * HDD is ruled out for random I/O smaller than 1 MiB, with the reason.
 *
 * Size-based types (gp2, st1, sc1): the smallest whole size whose baseline meets the need, found by
 * bisection since baseline never falls as size grows. Provisioned types: the fewest IOPS that give
 * the IOPS and the throughput, the smallest size that allows those IOPS, and gp3's throughput.
 * Every answer is checked with validateVolume and volumePerformance before it is offered.
 */
import { volumeSpec, volumeTypesFor } from '../catalog/volume-specs';
import { fmt } from '../format';
import type { Edition, Volume, VolumeType } from '../types';
import { monthlyCost, type CostOptions } from './cost';
import { baselineOf } from './performance';
import { countedIops, hddRefusal, ioUnitKiB, movedMiBps, type IoPattern } from './io-pattern';
import { ioIopsForThroughput, isProvisioned, maxIopsAt } from './provisioned';
import { validateVolume } from './rules';

export interface Need {
  sizeGiB: number;
  iops: number;
  throughputMiBps: number;
  /** The size of each I/O the IOPS figure counts, in KiB. */
  ioSizeKiB: number;
  pattern: IoPattern;
}

/** The need as one volume family counts it: its own I/Os, and at least the MiB/s they carry. */
export interface SizedNeed {
  sizeGiB: number;
  iops: number;
  throughputMiBps: number;
  /** The largest I/O the family counts as one, in KiB. */
  ioUnitKiB: number;
}

export function sizedNeed(family: 'ssd' | 'hdd', need: Need): SizedNeed {
  return {
    sizeGiB: need.sizeGiB,
    iops: countedIops(family, need.iops, need.ioSizeKiB, need.pattern),
    throughputMiBps: Math.max(need.throughputMiBps, movedMiBps(need.iops, need.ioSizeKiB)),
    ioUnitKiB: ioUnitKiB(family),
  };
}

export interface CompareRow {
  type: VolumeType;
  meets: boolean;
  /** Why it cannot meet the need, when it cannot. */
  reason?: string;
  volume?: Volume;
  /** The need as this type counts it. */
  sized: SizedNeed;
  baselineIops?: number;
  baselineThroughputMiBps?: number;
  monthlyUsd?: number;
  cheapest: boolean;
}

const meets = (v: Volume, need: SizedNeed, edition: Edition) => {
  const b = baselineOf(v, edition);
  return b.iops >= need.iops && b.throughputMiBps >= need.throughputMiBps;
};

function sizeBased(type: VolumeType, need: SizedNeed, edition: Edition): Volume | string {
  const s = volumeSpec(type, edition);
  let lo = Math.max(s.minSizeGiB, Math.ceil(need.sizeGiB));
  let hi = s.maxSizeGiB;
  if (lo > hi) return `${type} volumes hold at most ${fmt(hi)} GiB`;
  if (!meets({ type, sizeGiB: hi }, need, edition)) {
    const top = baselineOf({ type, sizeGiB: hi }, edition);
    return top.iops < need.iops
      ? `${type} sustains at most ${fmt(top.iops)} IOPS${s.family === 'hdd' ? ' (1 MiB I/O)' : ''}`
      : `${type} sustains at most ${fmt(top.throughputMiBps)} MiB/s`;
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets({ type, sizeGiB: mid }, need, edition)) hi = mid;
    else lo = mid + 1;
  }
  return { type, sizeGiB: lo };
}

function provisioned(type: VolumeType, need: SizedNeed, edition: Edition): Volume | string {
  const s = volumeSpec(type, edition);
  if (need.throughputMiBps > s.maxThroughputMiBps) return `${type} moves at most ${fmt(s.maxThroughputMiBps)} MiB/s`;
  // gp3 throughput is set in whole MiB/s, so the IOPS must allow the rounded-up figure.
  const forThroughput = type === 'gp3'
    ? Math.ceil(Math.ceil(need.throughputMiBps) / (s.throughputPerIopsMiBps ?? 1))
    : ioIopsForThroughput(s, need.throughputMiBps);
  const iops = Math.max(s.minIops ?? 0, Math.ceil(need.iops), forThroughput);
  if (iops > s.maxIops) return `${type} allows at most ${fmt(s.maxIops)} IOPS`;
  // gp3's included 3,000 IOPS come at any size; only IOPS above them need 500 per GiB.
  const sizeForIops = iops <= (s.includedIops ?? 0) ? 0 : Math.ceil(iops / (s.iopsPerGiB ?? 1));
  let sizeGiB = Math.max(s.minSizeGiB, Math.ceil(need.sizeGiB), sizeForIops);
  while (sizeGiB <= s.maxSizeGiB && maxIopsAt(s, sizeGiB) < iops) sizeGiB += 1;
  if (sizeGiB > s.maxSizeGiB) return `${type} volumes hold at most ${fmt(s.maxSizeGiB)} GiB`;
  return type === 'gp3'
    ? { type, sizeGiB, iops, throughputMiBps: Math.max(s.includedThroughputMiBps ?? 0, Math.ceil(need.throughputMiBps)) }
    : { type, sizeGiB, iops };
}

export function smallestConfiguration(type: VolumeType, need: Need, edition: Edition): Volume | string {
  const spec = volumeSpec(type, edition);
  if (spec.family === 'hdd') {
    const refusal = hddRefusal(type, need.ioSizeKiB, need.pattern);
    if (refusal) return refusal;
  }
  const sized = sizedNeed(spec.family, need);
  const found = isProvisioned(spec) ? provisioned(type, sized, edition) : sizeBased(type, sized, edition);
  if (typeof found === 'string') return found;
  if (validateVolume(found, edition).length > 0 || !meets(found, sized, edition)) return `${type} cannot meet this need`;
  return found;
}

export function compareTypes(need: Need, edition: Edition, options: CostOptions = {}): CompareRow[] {
  const rows: CompareRow[] = volumeTypesFor(edition).map((type) => {
    const found = smallestConfiguration(type, need, edition);
    const sized = sizedNeed(volumeSpec(type, edition).family, need);
    if (typeof found === 'string') return { type, meets: false, reason: found, sized, cheapest: false };
    const b = baselineOf(found, edition);
    return {
      type, meets: true, volume: found, sized, baselineIops: b.iops, baselineThroughputMiBps: b.throughputMiBps,
      monthlyUsd: monthlyCost(found, options).totalUsd, cheapest: false,
    };
  });
  const best = Math.min(...rows.filter((r) => r.meets).map((r) => r.monthlyUsd ?? Infinity));
  return rows.map((r) => (r.meets && r.monthlyUsd === best ? { ...r, cheapest: true } : r));
}
