/**
 * The EBS explorer's inputs and the intents that change them. Everything shown is derived from
 * these by domain functions; `ebsAdjustments` says what the rules changed after the last intent
 * (for example IOPS lowered when the size shrank).
 */
import type { StateCreator } from 'zustand';
import type { Adjustment, Edition, Need, Volume, VolumeType } from '../domain';
import { volumeSpec } from '../domain/catalog/volume-specs';
import { clampVolume } from '../domain/ebs/clamp';
import type { AppState } from './app-state';
import { DEFAULT_EBS, HOURS, NEED_LIMITS, STARTING_IOPS, VOLUME_COUNT, type ChartMetric, type EbsInputs } from './ebs-defaults';

export interface EbsSlice {
  ebs: EbsInputs;
  ebsAdjustments: string[];
  chooseVolumeType: (type: VolumeType) => void;
  resizeVolume: (sizeGiB: number) => void;
  setIops: (iops: number) => void;
  setThroughput: (throughputMiBps: number) => void;
  adoptConfiguration: (volume: Volume) => void;
  chooseInstance: (name: string) => void;
  setVolumeCount: (count: number) => void;
  setHoursPerMonth: (hours: number) => void;
  toggleCalculation: () => void;
  setChartMetric: (metric: ChartMetric) => void;
  setNeed: (need: Partial<Need>) => void;
}

const UNITS: Record<Adjustment['field'], string> = { type: '', sizeGiB: ' GiB', iops: ' IOPS', throughputMiBps: ' MiB/s' };
const LABELS: Record<Adjustment['field'], string> = { type: 'Type', sizeGiB: 'Size', iops: 'IOPS', throughputMiBps: 'Throughput' };

export function describeAdjustment(a: Adjustment): string {
  const to = typeof a.to === 'number' ? a.to.toLocaleString('en-US') : a.to;
  return `${LABELS[a.field]} set to ${to}${UNITS[a.field]}: ${a.reason}.`;
}

// One shared empty list, so clearing adjustments does not wake every subscriber with a new array.
const NONE: string[] = [];

/**
 * HDD volumes are rated in MiB/s (their IOPS are 1 MiB I/Os), so their chart opens on throughput;
 * coming back to an SSD type, it opens on IOPS again.
 */
function chartMetricFor(type: VolumeType, current: ChartMetric, edition: Edition, previous?: VolumeType): ChartMetric {
  const hdd = (t: VolumeType) => volumeSpec(t, edition).family === 'hdd';
  if (hdd(type)) return 'throughput';
  return previous !== undefined && hdd(previous) ? 'iops' : current;
}

const bound = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));

export const createEbsSlice: StateCreator<AppState, [], [], EbsSlice> = (set, get) => {
  const withVolume = (candidate: Volume, edition: Edition, report: boolean) => {
    const { volume, adjustments } = clampVolume(candidate, edition);
    set({ ebs: { ...get().ebs, volume }, ebsAdjustments: report && adjustments.length ? adjustments.map(describeAdjustment) : NONE });
  };
  const patch = (p: Partial<EbsInputs>) => set({ ebs: { ...get().ebs, ...p }, ebsAdjustments: NONE });
  return {
    ebs: DEFAULT_EBS,
    ebsAdjustments: NONE,
    chooseVolumeType: (type) => {
      const { ebs, edition } = get();
      if (type === ebs.volume.type) return;
      withVolume({ type, sizeGiB: ebs.volume.sizeGiB, iops: STARTING_IOPS[type] }, edition, true);
      const chartMetric = chartMetricFor(type, ebs.chartMetric, edition, ebs.volume.type);
      if (chartMetric !== ebs.chartMetric) set({ ebs: { ...get().ebs, chartMetric } });
    },
    resizeVolume: (sizeGiB) => {
      const { ebs, edition } = get();
      withVolume({ ...ebs.volume, sizeGiB }, edition, true);
    },
    setIops: (iops) => {
      const { ebs, edition } = get();
      withVolume({ ...ebs.volume, iops }, edition, true);
    },
    setThroughput: (throughputMiBps) => {
      const { ebs, edition } = get();
      withVolume({ ...ebs.volume, throughputMiBps }, edition, true);
    },
    adoptConfiguration: (candidate) => {
      const { volume, adjustments } = clampVolume(candidate, get().edition);
      const parts = [`${volume.sizeGiB.toLocaleString('en-US')} GiB`];
      if (volume.iops !== undefined) parts.push(`${volume.iops.toLocaleString('en-US')} IOPS`);
      if (volume.throughputMiBps !== undefined) parts.push(`${volume.throughputMiBps.toLocaleString('en-US')} MiB/s`);
      set({
        ebs: { ...get().ebs, volume, chartMetric: chartMetricFor(volume.type, get().ebs.chartMetric, get().edition, get().ebs.volume.type) },
        ebsAdjustments: [`Now showing the compared ${volume.type} volume: ${parts.join(', ')}.`, ...adjustments.map(describeAdjustment)],
      });
    },
    chooseInstance: (instance) => patch({ instance }),
    setVolumeCount: (count) => patch({ volumeCount: bound(count, VOLUME_COUNT.min, VOLUME_COUNT.max) }),
    setHoursPerMonth: (hours) => patch({ hoursPerMonth: bound(hours, HOURS.min, HOURS.max) }),
    toggleCalculation: () => patch({ showCalculation: !get().ebs.showCalculation }),
    setChartMetric: (chartMetric) => patch({ chartMetric }),
    setNeed: (need) => {
      const next = { ...get().ebs.need, ...need };
      patch({
        need: {
          sizeGiB: bound(next.sizeGiB, NEED_LIMITS.sizeGiB.min, NEED_LIMITS.sizeGiB.max),
          iops: bound(next.iops, NEED_LIMITS.iops.min, NEED_LIMITS.iops.max),
          throughputMiBps: bound(next.throughputMiBps, NEED_LIMITS.throughputMiBps.min, NEED_LIMITS.throughputMiBps.max),
        },
      });
    },
  };
};
