/**
 * A type's performance envelope against size, for the chart: for gp2, st1 and sc1 the baseline and
 * burst; for provisioned types the least and the most that can be provisioned. Sizes are sampled
 * evenly on a log scale, plus every landmark, so each kink of the curve is drawn where it is.
 */
import { GP2_MODEL, HDD_MODEL, IO_SIZE, volumeSpec } from '../catalog/volume-specs';
import { fmt } from '../format';
import type { Edition, VolumeType } from '../types';
import { volumePerformance } from './performance';
import { gp3MaxThroughputAt, ioThroughputMiBps, isProvisioned, maxIopsAt } from './provisioned';
import { GIB_PER_TIB, KIB_PER_MIB } from '../types';

export type EnvelopeMetric = 'iops' | 'throughput';

export interface EnvelopePoint {
  sizeGiB: number;
  lower: number;
  upper: number;
}

export interface Landmark {
  sizeGiB: number;
  label: string;
}

export function envelopeLabels(type: VolumeType, edition: Edition): { lower: string; upper: string } {
  return isProvisioned(volumeSpec(type, edition))
    ? { lower: type === 'gp3' ? 'Included' : 'Least you can provision', upper: 'Most you can provision' }
    : { lower: 'Baseline', upper: 'Burst' };
}

export function landmarks(type: VolumeType, edition: Edition, metric: EnvelopeMetric): Landmark[] {
  const s = volumeSpec(type, edition);
  if (type === 'gp2') {
    return metric === 'iops'
      ? [
          { sizeGiB: GP2_MODEL.minBaselineIops / GP2_MODEL.iopsPerGiB, label: '33.33 GiB: above this, 3 IOPS per GiB' },
          { sizeGiB: GP2_MODEL.burstIops / GP2_MODEL.iopsPerGiB, label: '1,000 GiB: baseline reaches 3,000, no more bursting' },
          { sizeGiB: Math.ceil(s.maxIops / GP2_MODEL.iopsPerGiB), label: '5,334 GiB: 16,000 IOPS maximum' },
        ]
      : [
          { sizeGiB: GP2_MODEL.smallVolumeMaxGiB, label: '170 GiB: above this, up to 250 MiB/s' },
          { sizeGiB: 334, label: '334 GiB: 250 MiB/s without credits' },
        ];
  }
  if (type === 'st1' || type === 'sc1') {
    const m = HDD_MODEL[type];
    const tib = (gib: number) => `${fmt(gib / GIB_PER_TIB, 3)} TiB`;
    const burstCapAt = (m.maxBurstMiBps / m.burstMiBpsPerTiB) * GIB_PER_TIB;
    const marks = [{ sizeGiB: burstCapAt, label: `${tib(burstCapAt)}: burst reaches its ${m.maxBurstMiBps} MiB/s cap` }];
    const baseCapAt = (m.maxBaselineMiBps / m.baselineMiBpsPerTiB) * GIB_PER_TIB;
    if (baseCapAt < s.maxSizeGiB) marks.push({ sizeGiB: baseCapAt, label: `${tib(baseCapAt)}: baseline reaches its ${m.maxBaselineMiBps} MiB/s cap` });
    return marks;
  }
  const perGiB = s.iopsPerGiB ?? 1;
  const maxIopsSize = Math.ceil(s.maxIops / perGiB);
  const iopsMark = { sizeGiB: maxIopsSize, label: `${fmt(maxIopsSize)} GiB: ${fmt(s.maxIops)} IOPS possible` };
  if (metric === 'iops') return [iopsMark];
  if (type === 'gp3') {
    const iopsForMax = s.maxThroughputMiBps / (s.throughputPerIopsMiBps ?? 1);
    const size = Math.ceil(iopsForMax / perGiB);
    return [{ sizeGiB: size, label: `${fmt(size)} GiB: ${fmt(s.maxThroughputMiBps)} MiB/s possible (${fmt(iopsForMax)} IOPS)` }];
  }
  if (s.throughputPerIopsMiBps !== undefined) {
    // Block Express: 0.256 MiB/s per IOPS reaches 4,000 MiB/s at 15,625 IOPS, so at 16 GiB, the first
    // whole size whose 16,000 IOPS (UG21's figure) reach it.
    const size = Math.ceil(s.maxThroughputMiBps / s.throughputPerIopsMiBps / perGiB);
    return [{ sizeGiB: size, label: `${fmt(size)} GiB: ${fmt(s.maxThroughputMiBps)} MiB/s possible (${fmt(size * perGiB)} IOPS)` }];
  }
  // io1/io2: 256 KiB per I/O reaches 500 MiB/s at 2,000 IOPS; from 32,000 IOPS 16 KiB per IOPS climbs to the ceiling.
  const lowCapIops = (IO_SIZE.provisionedLowMaxMiBps * KIB_PER_MIB) / IO_SIZE.ssdMaxKiB;
  return [
    { sizeGiB: lowCapIops / perGiB, label: `${fmt(lowCapIops / perGiB)} GiB: ${fmt(IO_SIZE.provisionedLowMaxMiBps)} MiB/s (${fmt(lowCapIops)} IOPS)` },
    { sizeGiB: IO_SIZE.provisionedHighIopsFrom / perGiB, label: `${fmt(IO_SIZE.provisionedHighIopsFrom / perGiB)} GiB: 32,000 IOPS, then 16 KiB per IOPS` },
    { sizeGiB: maxIopsSize, label: `${fmt(maxIopsSize)} GiB: ${fmt(s.maxThroughputMiBps)} MiB/s possible` },
  ];
}

function valuesAt(type: VolumeType, edition: Edition, sizeGiB: number, metric: EnvelopeMetric): [number, number] {
  const s = volumeSpec(type, edition);
  if (!isProvisioned(s)) {
    const p = volumePerformance({ type, sizeGiB }, edition);
    return metric === 'iops' ? [p.baselineIops, p.burstIops] : [p.baselineThroughputMiBps, p.burstThroughputMiBps];
  }
  const top = maxIopsAt(s, sizeGiB);
  const least = s.minIops ?? 0;
  if (metric === 'iops') return [least, top];
  return type === 'gp3'
    ? [s.includedThroughputMiBps ?? 0, Math.max(s.includedThroughputMiBps ?? 0, gp3MaxThroughputAt(s, top))]
    : [ioThroughputMiBps(s, least), ioThroughputMiBps(s, top)];
}

export function performanceEnvelope(type: VolumeType, edition: Edition, metric: EnvelopeMetric, samples = 96): EnvelopePoint[] {
  const s = volumeSpec(type, edition);
  const lo = Math.log(s.minSizeGiB);
  const hi = Math.log(s.maxSizeGiB);
  const sizes = new Set<number>();
  for (let i = 0; i < samples; i++) sizes.add(Math.round(Math.exp(lo + ((hi - lo) * i) / (samples - 1))));
  for (const m of [...landmarks(type, edition, 'iops'), ...landmarks(type, edition, 'throughput')]) {
    if (m.sizeGiB >= s.minSizeGiB && m.sizeGiB <= s.maxSizeGiB) {
      sizes.add(m.sizeGiB);
      sizes.add(Math.max(s.minSizeGiB, Math.floor(m.sizeGiB - 1e-9)));
    }
  }
  return [...sizes].sort((a, b) => a - b).map((sizeGiB) => {
    const [lower, upper] = valuesAt(type, edition, sizeGiB, metric);
    return { sizeGiB, lower, upper };
  });
}
