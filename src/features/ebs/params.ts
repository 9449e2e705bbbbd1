/**
 * The EBS explorer's inputs, declared once: the volume (type, size, provisioned IOPS and throughput,
 * whose ranges are the type's and so the domain's), the instance it is attached to (from the
 * edition's table), how many such volumes, the hours billed, the chart's metric, the calculation
 * toggle and the need the comparison answers. The interface's ranges (count, hours, the need) are
 * UI limits, not AWS limits (docs/model.md). `clampVolume` settles a volume and says what it moved.
 * `#/ebs?type=gp3&size=500&iops=6000&throughput=250&instance=m5.large&count=1&hours=720&chart=iops&calc=0`
 * The need: `needSize`, `needIops`, `needThroughput`, `needIo` (KiB per I/O), `needPattern` (random or sequential).
 */
import {
  IO_PATTERNS, VOLUME_TYPES, clampVolume, firstInstanceName, instanceTypesFor, volumeSpec,
  type Edition, type EnvelopeMetric, type IoPattern, type VolumeType,
} from '../../domain';
import { choice, flag, optionalNumber, whole, type InputsOf } from '../../store/params';
import { defineViewState, type Change, type RefineContext, type Refined } from '../../store/view-state';
import { linkNotes } from './link-notes';

/** IOPS a provisioned type starts at when chosen (then kept within what the size allows). A UI choice. */
export const STARTING_IOPS: Partial<Record<VolumeType, number>> = {
  gp3: 3_000, io1: 3_000, io2: 3_000, 'io2-block-express': 3_000,
};

const namesIn = (edition: Edition) => instanceTypesFor(edition).map((i) => i.name);
/** The instance names each edition's table lists, made once (the choice's values are read on every change). */
const INSTANCE_NAMES: Readonly<Record<Edition, readonly string[]>> = { 'saa-c02': namesIn('saa-c02'), current: namesIn('current') };

const CHART_METRICS: readonly EnvelopeMetric[] = ['iops', 'throughput'];

const params = {
  type: choice<VolumeType>({
    key: 'type', label: 'Type', values: VOLUME_TYPES, default: 'gp2', lowercase: true,
    what: `an EBS volume type (${VOLUME_TYPES.join(', ')})`,
  }),
  // The size, IOPS and throughput ranges are the volume type's: clampVolume keeps them.
  sizeGiB: whole({ key: 'size', label: 'Size', unit: 'GiB', default: 100, examples: [1, 4, 125, 500, 1_000, 16_384, 65_536] }),
  iops: optionalNumber({ key: 'iops', label: 'IOPS', unit: 'IOPS', default: undefined, examples: [100, 3_000, 16_000, 64_000, 80_000, 256_000] }),
  throughputMiBps: optionalNumber({ key: 'throughput', label: 'Throughput', unit: 'MiB/s', default: undefined, examples: [125, 250, 1_000, 2_000, 4_000] }),
  instance: choice<string>({
    key: 'instance', label: 'Instance', values: (e) => INSTANCE_NAMES[e], default: 'm5.large',
    what: () => "in this edition's instance table", fallback: firstInstanceName,
  }),
  volumeCount: whole({ key: 'count', label: 'Attached volumes', unit: 'volumes', default: 1, min: 1, max: 16 }),
  hoursPerMonth: whole({ key: 'hours', label: 'Hours the volume exists this month', unit: 'h', default: 720, min: 1, max: 744 }),
  chartMetric: choice<EnvelopeMetric>({ key: 'chart', label: 'Chart', values: CHART_METRICS, default: 'iops', what: 'iops or throughput' }),
  showCalculation: flag({ key: 'calc', label: 'Calculation', default: false }),
  needSizeGiB: whole({ key: 'needSize', label: 'Capacity', unit: 'GiB', default: 500, min: 1, max: 65_536 }),
  needIops: whole({ key: 'needIops', label: 'Sustained I/O rate', unit: 'IOPS', default: 6_000, min: 0, max: 256_000 }),
  needThroughputMiBps: whole({ key: 'needThroughput', label: 'Sustained throughput', unit: 'MiB/s', default: 250, min: 0, max: 4_000 }),
  // 4 KiB (a small database page) to 1 MiB (the largest I/O HDD counts as one): a UI range.
  needIoKiB: whole({ key: 'needIo', label: 'I/O size', unit: 'KiB', default: 16, min: 4, max: 1_024, examples: [4, 16, 64, 256, 1_024] }),
  needPattern: choice<IoPattern>({ key: 'needPattern', label: 'Access pattern', values: IO_PATTERNS, default: 'random', what: 'random or sequential' }),
};

export type EbsInputs = InputsOf<typeof params>;

/** HDD volumes are rated in MiB/s (their IOPS are 1 MiB I/Os), so their chart opens on throughput. */
export const isHdd = (type: VolumeType, edition: Edition) => volumeSpec(type, edition).family === 'hdd';

/**
 * The volume kept inside its type's rules, each move named; for a link, also what it set that the
 * type does not use, and an HDD volume's chart on throughput unless the link names the chart.
 */
function refine(candidate: EbsInputs, ctx: RefineContext<EbsInputs>): Refined<EbsInputs> {
  const { type, sizeGiB, iops, throughputMiBps } = candidate;
  const { volume, adjustments } = clampVolume({ type, sizeGiB, iops, throughputMiBps }, ctx.edition);
  const inputs: EbsInputs = { ...candidate, type: volume.type, sizeGiB: volume.sizeGiB, iops: volume.iops, throughputMiBps: volume.throughputMiBps };
  const changes: Change<EbsInputs>[] = [];
  if (ctx.mode === 'link') {
    changes.push(...linkNotes(volume, ctx));
    if (!ctx.given('chartMetric') && isHdd(volume.type, ctx.edition)) inputs.chartMetric = 'throughput';
  }
  changes.push(...adjustments);
  return { inputs, changes };
}

export const ebsState = defineViewState({ id: 'ebs', params, refine });
