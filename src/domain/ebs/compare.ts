/**
 * Every type side by side for one need (capacity in GiB, sustained IOPS of a given I/O size and
 * access pattern, sustained MiB/s): the smallest configuration that meets it at baseline (bursting
 * not counted) and its monthly cost.
 *
 * Each type is sized for the need as it counts it (io-pattern.ts, aws-facts §1.2): throughput is
 * IOPS x I/O size, so the need's I/Os a second at its I/O size are
 *   ioIops = max(IOPS asked, MiB/s asked x 1,024 / I/O size KiB)
 * (MiB/s above what the IOPS carry means larger I/Os or more of them; we size for more at that size),
 * and each type counts them its own way (merged or split at 256 KiB for SSD, 1 MiB for HDD), at
 * least the MiB/s they carry. HDD is ruled out for random I/O smaller than 1 MiB, with the reason.
 * A refusal names the limit that binds, IOPS first, and how a derived figure was reached
 * ("100,000 x 16 KiB = 1,563 MiB/s > 1,000").
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
  /** The I/Os a second this family counts. */
  iops: number;
  throughputMiBps: number;
  /** The largest I/O the family counts as one, in KiB. */
  ioUnitKiB: number;
  /** I/Os a second of the need's own size: the IOPS asked, or more when the MiB/s asked needs more at that size. */
  ioIops: number;
  ioSizeKiB: number;
  pattern: IoPattern;
  /** Which input set ioIops: the IOPS asked, or the MiB/s asked over the I/O size. */
  iopsFrom: 'iops' | 'throughput';
  /** Which input set throughputMiBps: the MiB/s asked, or the IOPS asked x the I/O size. */
  throughputFrom: 'throughput' | 'iops';
}

/** I/Os a second of `ioSizeKiB` that carry `throughputMiBps`. */
export const iopsForMiBps = (throughputMiBps: number, ioSizeKiB: number): number => (throughputMiBps * 1_024) / ioSizeKiB;

export function sizedNeed(family: 'ssd' | 'hdd', need: Need): SizedNeed {
  const byThroughput = iopsForMiBps(need.throughputMiBps, need.ioSizeKiB);
  const ioIops = Math.max(need.iops, byThroughput);
  const moved = movedMiBps(need.iops, need.ioSizeKiB);
  return {
    sizeGiB: need.sizeGiB,
    iops: countedIops(family, ioIops, need.ioSizeKiB, need.pattern),
    throughputMiBps: Math.max(need.throughputMiBps, moved),
    ioUnitKiB: ioUnitKiB(family),
    ioIops,
    ioSizeKiB: need.ioSizeKiB,
    pattern: need.pattern,
    iopsFrom: byThroughput > need.iops ? 'throughput' : 'iops',
    throughputFrom: moved > need.throughputMiBps ? 'iops' : 'throughput',
  };
}

const unitText = (kib: number) => (kib >= 1_024 ? `${fmt(kib / 1_024)} MiB` : `${fmt(kib)} KiB`);

/** How the counted IOPS were reached, when they are not simply the IOPS asked ("250 MiB/s / 16 KiB = 16,000 IOPS"), else ''. */
export function iopsDerivation(n: SizedNeed): string {
  const asked = n.iopsFrom === 'throughput'
    ? `${fmt(n.throughputMiBps, 1)} MiB/s / ${fmt(n.ioSizeKiB)} KiB = ${fmt(n.ioIops)} I/Os of ${fmt(n.ioSizeKiB)} KiB`
    : `${fmt(n.ioIops)} I/Os of ${fmt(n.ioSizeKiB)} KiB`;
  if (Math.abs(n.iops - n.ioIops) < 1e-9) return n.iopsFrom === 'throughput' ? asked : '';
  const how = n.pattern === 'sequential' ? 'merged or split' : 'each split';
  return `${asked}, ${how} into ${fmt(n.iops, 1)} I/Os of ${unitText(n.ioUnitKiB)}`;
}

/** How the MiB/s were reached, when the IOPS asked carry more than the MiB/s asked ("100,000 x 16 KiB = 1,563 MiB/s"), else ''. */
export function throughputDerivation(n: SizedNeed): string {
  return n.throughputFrom === 'iops' ? `${fmt(n.ioIops)} x ${fmt(n.ioSizeKiB)} KiB = ${fmt(n.throughputMiBps)} MiB/s` : '';
}

/** "gp3 allows at most 16,000 IOPS", with the derivation that binds when there is one. */
function refusal(limit: string, derivation: string, cap: number): string {
  return derivation ? `${limit}: ${derivation} > ${fmt(cap)}` : limit;
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
      ? refusal(`${type} sustains at most ${fmt(top.iops)} IOPS${s.family === 'hdd' ? ' (1 MiB I/O)' : ''}`, iopsDerivation(need), top.iops)
      : refusal(`${type} sustains at most ${fmt(top.throughputMiBps)} MiB/s`, throughputDerivation(need), top.throughputMiBps);
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
  // The IOPS ceiling first: it is the limit that binds when many small I/Os also carry too many MiB/s.
  if (need.iops > s.maxIops) return refusal(`${type} allows at most ${fmt(s.maxIops)} IOPS`, iopsDerivation(need), s.maxIops);
  if (need.throughputMiBps > s.maxThroughputMiBps) {
    return refusal(`${type} moves at most ${fmt(s.maxThroughputMiBps)} MiB/s`, throughputDerivation(need), s.maxThroughputMiBps);
  }
  // gp3 throughput is set in whole MiB/s, so the IOPS must allow the rounded-up figure.
  const forThroughput = type === 'gp3'
    ? Math.ceil(Math.ceil(need.throughputMiBps) / (s.throughputPerIopsMiBps ?? 1))
    : ioIopsForThroughput(s, need.throughputMiBps);
  const iops = Math.max(s.minIops ?? 0, Math.ceil(need.iops), forThroughput);
  if (iops > s.maxIops) {
    return `${type} allows at most ${fmt(s.maxIops)} IOPS: ${fmt(need.throughputMiBps, 1)} MiB/s needs ${fmt(forThroughput)} IOPS on ${type}`;
  }
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
