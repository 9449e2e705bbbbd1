/**
 * Which limit sets each delivered figure: the size ratio, the type's ceiling, the I/O size, a
 * minimum or what was provisioned. Sentences name the rule and its numbers (sources as in
 * size-based.ts and provisioned.ts).
 */
import { GP2_MODEL, HDD_MODEL, IO_SIZE, volumeSpec } from '../catalog/volume-specs';
import { fmt } from '../format';
import type { Edition, Volume } from '../types';
import { volumePerformance } from './performance';
import { gp2ThroughputCapMiBps } from './size-based';

export type LimitKind = 'size-ratio' | 'type-ceiling' | 'io-size' | 'minimum' | 'provisioned';

export interface Limit {
  kind: LimitKind;
  text: string;
}

export interface PerformanceExplanation {
  iops: Limit;
  throughput: Limit;
  /** The I/O size the IOPS figures assume, in KiB. */
  quotedIoKiB: number;
  /** The largest single I/O the type counts as one operation, in KiB. */
  maxIoKiB: number;
}

export function explainPerformance(volume: Volume, edition: Edition): PerformanceExplanation {
  const { type, sizeGiB } = volume;
  const spec = volumeSpec(type, edition);
  const p = volumePerformance(volume, edition);
  const hdd = spec.family === 'hdd';
  const io = { quotedIoKiB: hdd ? IO_SIZE.quotedHddKiB : IO_SIZE.quotedSsdKiB, maxIoKiB: hdd ? IO_SIZE.hddMaxKiB : IO_SIZE.ssdMaxKiB };

  if (type === 'gp2') {
    const iops: Limit = p.baselineIops === GP2_MODEL.minBaselineIops
      ? { kind: 'minimum', text: `Every gp2 volume gets at least ${fmt(GP2_MODEL.minBaselineIops)} IOPS (sizes up to 33.33 GiB).` }
      : p.baselineIops === spec.maxIops
        ? { kind: 'type-ceiling', text: `gp2 tops out at ${fmt(spec.maxIops)} IOPS, reached at 5,334 GiB.` }
        : { kind: 'size-ratio', text: `gp2 earns ${GP2_MODEL.iopsPerGiB} IOPS per GiB: ${fmt(sizeGiB)} GiB x 3 = ${fmt(p.baselineIops)} IOPS.` };
    const cap = gp2ThroughputCapMiBps(sizeGiB);
    const throughput: Limit = p.baselineThroughputMiBps < cap
      ? { kind: 'io-size', text: `Baseline IOPS x ${IO_SIZE.ssdMaxKiB} KiB I/O = ${fmt(p.baselineThroughputMiBps, 2)} MiB/s; bursting lifts it to ${fmt(p.burstThroughputMiBps)} MiB/s.` }
      : { kind: 'type-ceiling', text: sizeGiB <= GP2_MODEL.smallVolumeMaxGiB
        ? `gp2 volumes up to 170 GiB top out at 128 MiB/s.`
        : `gp2 tops out at 250 MiB/s (at 334 GiB and above without credits).` };
    return { iops, throughput, ...io };
  }

  if (type === 'st1' || type === 'sc1') {
    const m = HDD_MODEL[type];
    const throughput: Limit = p.baselineThroughputMiBps >= m.maxBaselineMiBps
      ? { kind: 'type-ceiling', text: `${type} baseline tops out at ${fmt(m.maxBaselineMiBps)} MiB/s.` }
      : { kind: 'size-ratio', text: `${type} earns ${m.baselineMiBpsPerTiB} MiB/s per TiB baseline and ${m.burstMiBpsPerTiB} MiB/s per TiB burst (burst capped at ${fmt(m.maxBurstMiBps)} MiB/s).` };
    const iops: Limit = p.burstIops >= spec.maxIops
      ? { kind: 'type-ceiling', text: `${type} allows at most ${fmt(spec.maxIops)} IOPS of 1 MiB.` }
      : { kind: 'io-size', text: `HDD I/O counts in 1 MiB units, so IOPS equal MiB/s here.` };
    return { iops, throughput, ...io };
  }

  const name = type === 'io2-block-express' ? 'io2 Block Express' : type;
  const iops: Limit = { kind: 'provisioned', text: `${name} delivers the ${fmt(p.baselineIops)} IOPS you provision; ${fmt(spec.iopsPerGiB ?? 0)} per GiB and ${fmt(spec.maxIops)} per volume at most.` };
  let throughput: Limit;
  if (type === 'gp3') {
    throughput = { kind: 'provisioned', text: `gp3 delivers the ${fmt(p.baselineThroughputMiBps)} MiB/s you provision (125 included; at most ${spec.throughputPerIopsMiBps} MiB/s per IOPS).` };
  } else if (spec.throughputPerIopsMiBps !== undefined) {
    throughput = p.baselineThroughputMiBps >= spec.maxThroughputMiBps
      ? { kind: 'type-ceiling', text: `${name} tops out at ${fmt(spec.maxThroughputMiBps)} MiB/s.` }
      : { kind: 'io-size', text: `${name} moves ${spec.throughputPerIopsMiBps} MiB/s per provisioned IOPS.` };
  } else if (p.baselineIops <= IO_SIZE.provisionedHighIopsFrom) {
    throughput = p.baselineThroughputMiBps >= IO_SIZE.provisionedLowMaxMiBps
      ? { kind: 'type-ceiling', text: `Up to 32,000 IOPS, ${name} tops out at 500 MiB/s (reached at 2,000 IOPS of 256 KiB).` }
      : { kind: 'io-size', text: `${fmt(p.baselineIops)} IOPS x 256 KiB I/O = ${fmt(p.baselineThroughputMiBps, 2)} MiB/s.` };
  } else {
    throughput = { kind: 'io-size', text: `Above 32,000 IOPS, ${name} moves 16 KiB per provisioned IOPS: ${fmt(p.baselineThroughputMiBps, 2)} MiB/s (1,000 MiB/s at 64,000).` };
  }
  return { iops, throughput, ...io };
}
