/**
 * The EBS explorer's intents. Each is a patch settled by the declaration and clampVolume, whose
 * adjustments are shown beside the controls ("IOPS set to 1,000 IOPS: ..."). A new type starts at
 * its starting IOPS and opens the chart on throughput for HDD, on IOPS again coming back to SSD.
 */
import { clampVolume, type Edition, type EnvelopeMetric, type Need, type Volume, type VolumeType } from '../../domain';
import { show } from '../../store/params';
import { defineActions } from '../../store/view-hooks';
import { phrase } from '../../store/view-state';
import { ebsState, isHdd, STARTING_IOPS, type EbsInputs } from './params';

function chartMetricFor(type: VolumeType, { type: previous, chartMetric }: EbsInputs, edition: Edition): EnvelopeMetric {
  if (isHdd(type, edition)) return 'throughput';
  return isHdd(previous, edition) ? 'iops' : chartMetric;
}

function configuration(v: Volume): string {
  const parts = [show(v.sizeGiB, 'GiB')];
  if (v.iops !== undefined) parts.push(show(v.iops, 'IOPS'));
  if (v.throughputMiBps !== undefined) parts.push(show(v.throughputMiBps, 'MiB/s'));
  return parts.join(', ');
}

export const ebsActions = defineActions(ebsState, (view) => ({
  chooseVolumeType: (type: VolumeType) => {
    const now = view.inputs();
    if (type === now.type) return;
    view.commit({ type, iops: STARTING_IOPS[type], throughputMiBps: undefined, chartMetric: chartMetricFor(type, now, view.edition()) });
  },
  resizeVolume: (sizeGiB: number) => view.commit({ sizeGiB }),
  setIops: (iops: number) => view.commit({ iops }),
  setThroughput: (throughputMiBps: number) => view.commit({ throughputMiBps }),
  /** A configuration from the comparison, announced first with the figures it lands on, then what the rules moved. */
  adoptConfiguration: (candidate: Volume) => {
    const { volume, adjustments } = clampVolume(candidate, view.edition());
    const { type, sizeGiB, iops, throughputMiBps } = volume;
    view.commit(
      { type, sizeGiB, iops, throughputMiBps, chartMetric: chartMetricFor(type, view.inputs(), view.edition()) },
      [`Now showing the compared ${type} volume: ${configuration(volume)}.`, ...phrase(ebsState, adjustments, 'intent')],
    );
  },
  chooseInstance: (instance: string) => view.commit({ instance }),
  setVolumeCount: (volumeCount: number) => view.commit({ volumeCount }),
  setHoursPerMonth: (hoursPerMonth: number) => view.commit({ hoursPerMonth }),
  toggleCalculation: () => view.commit({ showCalculation: !view.inputs().showCalculation }),
  setChartMetric: (chartMetric: EnvelopeMetric) => view.commit({ chartMetric }),
  setNeed: (need: Partial<Need>) => view.commit({
    ...(need.sizeGiB !== undefined && { needSizeGiB: need.sizeGiB }),
    ...(need.iops !== undefined && { needIops: need.iops }),
    ...(need.throughputMiBps !== undefined && { needThroughputMiBps: need.throughputMiBps }),
    ...(need.ioSizeKiB !== undefined && { needIoKiB: need.ioSizeKiB }),
    ...(need.pattern !== undefined && { needPattern: need.pattern }),
  }),
}));
