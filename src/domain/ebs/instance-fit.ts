/**
 * Several identical volumes on one instance: what they add up to, what the instance lets through,
 * and which side is the bottleneck. Instance limits are in MB/s (10^6 bytes); volumes in MiB/s:
 * 1 MB/s = 10^6 / 2^20 MiB/s = 0.9537 MiB/s. Source: catalog/instance-limits.ts (UG21/UG23).
 */
import type { InstanceEbsLimit, InstanceType } from '../catalog/instance-limits';
import { BYTES_PER_MB, BYTES_PER_MIB, type Edition, type Volume } from '../types';
import { volumePerformance } from './performance';

export const mbpsToMiBps = (mbPerSecond: number) => (mbPerSecond * BYTES_PER_MB) / BYTES_PER_MIB;

export type Bottleneck = 'volumes' | 'instance' | 'balanced';

export interface FitFigure {
  volumes: number;
  instance: number;
  delivered: number;
  bottleneck: Bottleneck;
}

export interface InstanceFit {
  iops: FitFigure;
  throughputMiBps: FitFigure;
  /** The same figures while volumes and instance both burst (equal to the above when neither can). */
  burstIops: FitFigure;
  burstThroughputMiBps: FitFigure;
}

function figure(volumes: number, instance: number): FitFigure {
  const bottleneck: Bottleneck = volumes < instance ? 'volumes' : volumes > instance ? 'instance' : 'balanced';
  return { volumes, instance, delivered: Math.min(volumes, instance), bottleneck };
}

export function instanceFit(volume: Volume, count: number, instance: InstanceType, edition: Edition): InstanceFit {
  const p = volumePerformance(volume, edition);
  const base: InstanceEbsLimit = instance.baseline;
  const burst: InstanceEbsLimit = instance.burst ?? instance.baseline;
  return {
    iops: figure(p.baselineIops * count, base.iops),
    throughputMiBps: figure(p.baselineThroughputMiBps * count, mbpsToMiBps(base.throughputMBps)),
    burstIops: figure(p.burstIops * count, burst.iops),
    burstThroughputMiBps: figure(p.burstThroughputMiBps * count, mbpsToMiBps(burst.throughputMBps)),
  };
}

/** Volume types an instance could not use in an edition (UG21: Block Express was a preview on R5b only; plain io2 not on R5b). */
export function instanceSupportsType(volumeType: Volume['type'], instance: InstanceType, edition: Edition): { ok: boolean; reason?: string } {
  if (edition !== 'saa-c02') return { ok: true };
  const r5b = instance.name.startsWith('r5b.');
  if (volumeType === 'io2-block-express' && !r5b) return { ok: false, reason: 'In 2021 io2 Block Express was a preview on R5b instances only (UG21): not available on this instance.' };
  if (volumeType === 'io2' && r5b) return { ok: false, reason: 'In 2021 io2 was not available on R5b; R5b took io2 Block Express (UG21).' };
  return { ok: true };
}
