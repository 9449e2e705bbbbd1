/**
 * A type's performance envelope against size, for the chart: for gp2, st1 and sc1 the baseline and
 * burst; for provisioned types the least and the most that can be provisioned. Sizes are sampled
 * evenly on a log scale, plus every landmark, so each kink of the curve is drawn where it is.
 */
import { GP2_MODEL, HDD_MODEL, volumeSpec } from '../catalog/volume-specs';
import type { Edition, VolumeType } from '../types';
import { volumePerformance } from './performance';
import { gp3MaxThroughputAt, ioThroughputMiBps, isProvisioned, maxIopsAt } from './provisioned';
import { GIB_PER_TIB } from '../types';

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
    const marks = [{ sizeGiB: (m.maxBurstMiBps / m.burstMiBpsPerTiB) * GIB_PER_TIB, label: `${m.maxBurstMiBps} MiB/s burst cap` }];
    const baseCapAt = (m.maxBaselineMiBps / m.baselineMiBpsPerTiB) * GIB_PER_TIB;
    if (baseCapAt < s.maxSizeGiB) marks.push({ sizeGiB: baseCapAt, label: `${m.maxBaselineMiBps} MiB/s baseline cap` });
    return marks;
  }
  const maxIopsSize = Math.ceil(s.maxIops / (s.iopsPerGiB ?? 1));
  if (metric === 'iops' || type !== 'gp3') {
    return [{ sizeGiB: maxIopsSize, label: `${maxIopsSize.toLocaleString('en-US')} GiB: ${s.maxIops.toLocaleString('en-US')} IOPS possible` }];
  }
  const iopsForMax = s.maxThroughputMiBps / (s.throughputPerIopsMiBps ?? 1);
  const size = Math.ceil(iopsForMax / (s.iopsPerGiB ?? 1));
  return [{ sizeGiB: size, label: `${size} GiB: ${s.maxThroughputMiBps.toLocaleString('en-US')} MiB/s possible (${iopsForMax.toLocaleString('en-US')} IOPS)` }];
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
