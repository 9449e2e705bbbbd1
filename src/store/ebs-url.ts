/**
 * The EBS explorer's part of the URL: `#/ebs?type=gp3&size=500&iops=6000&throughput=250&...`.
 * Decoding validates every value with the domain (clampVolume) and reports what it replaced.
 */
import type { Edition, Volume } from '../domain';
import { firstInstanceName, isInstanceName } from '../domain/catalog/instance-names';
import { volumeSpec } from '../domain/catalog/volume-specs';
import { clampVolume } from '../domain/ebs/clamp';
import { provisions } from '../domain/ebs/rules';
import { isVolumeType, VOLUME_TYPES } from '../domain/types';
import { HOURS, NEED_LIMITS, VOLUME_COUNT, type ChartMetric, type EbsInputs } from './ebs-defaults';
import { readChoice, readFlag, readNumber, readRawNumber, unknownKeys } from './url-params';

const KEYS = ['type', 'size', 'iops', 'throughput', 'instance', 'count', 'hours', 'chart', 'calc', 'needSize', 'needIops', 'needThroughput'] as const;
const CHART_METRICS: readonly ChartMetric[] = ['iops', 'throughput'];
const FIELD_KEY = { type: 'type', sizeGiB: 'size', iops: 'iops', throughputMiBps: 'throughput' } as const;
const FIELD_UNIT = { type: '', sizeGiB: ' GiB', iops: ' IOPS', throughputMiBps: ' MiB/s' } as const;

export function encodeEbs(inputs: EbsInputs, params: URLSearchParams, edition: Edition): void {
  const { volume } = inputs;
  const p = provisions(volume.type, edition);
  params.set('type', volume.type);
  params.set('size', String(volume.sizeGiB));
  if (p.iops && volume.iops !== undefined) params.set('iops', String(volume.iops));
  if (p.throughput && volume.throughputMiBps !== undefined) params.set('throughput', String(volume.throughputMiBps));
  params.set('instance', inputs.instance);
  params.set('count', String(inputs.volumeCount));
  params.set('hours', String(inputs.hoursPerMonth));
  params.set('chart', inputs.chartMetric);
  params.set('calc', inputs.showCalculation ? '1' : '0');
  params.set('needSize', String(inputs.need.sizeGiB));
  params.set('needIops', String(inputs.need.iops));
  params.set('needThroughput', String(inputs.need.throughputMiBps));
}

function decodeVolume(params: URLSearchParams, base: Volume, edition: Edition, problems: string[]): Volume {
  const rawType = params.get('type')?.toLowerCase() ?? null;
  let type = base.type;
  if (rawType !== null) {
    if (isVolumeType(rawType)) type = rawType;
    else problems.push(`type "${rawType}" is not an EBS volume type (${VOLUME_TYPES.join(', ')}): used ${base.type}`);
  }
  const size = readRawNumber(params, 'size');
  const iops = readRawNumber(params, 'iops');
  const throughput = readRawNumber(params, 'throughput');
  const sameType = type === base.type;
  const candidate: Volume = {
    type,
    sizeGiB: size.value ?? base.sizeGiB,
    iops: iops.value ?? (sameType ? base.iops : undefined),
    throughputMiBps: throughput.value ?? (sameType ? base.throughputMiBps : undefined),
  };
  const { volume, adjustments } = clampVolume(candidate, edition);
  const p = provisions(volume.type, edition);
  if (size.problem) problems.push(`${size.problem}: used ${volume.sizeGiB.toLocaleString('en-US')} GiB`);
  if (iops.raw !== undefined && !p.iops) {
    problems.push(`iops ${iops.raw}: ${volume.type} sets IOPS by size, so the link's value was ignored`);
  } else if (iops.problem) {
    problems.push(`${iops.problem}: used ${(volume.iops ?? 0).toLocaleString('en-US')} IOPS`);
  }
  if (throughput.raw !== undefined && !p.throughput) {
    problems.push(`throughput ${throughput.raw}: ${volume.type} does not provision throughput, so the link's value was ignored`);
  } else if (throughput.problem) {
    problems.push(`${throughput.problem}: used ${(volume.throughputMiBps ?? 0).toLocaleString('en-US')} MiB/s`);
  }
  for (const a of adjustments) {
    problems.push(`${FIELD_KEY[a.field]} ${String(a.from)}: ${a.reason}; used ${a.to.toLocaleString('en-US')}${FIELD_UNIT[a.field]}`);
  }
  return volume;
}

/** Values missing from the URL keep `base`; every value present is validated. */
export function decodeEbs(params: URLSearchParams, base: EbsInputs, edition: Edition): { inputs: EbsInputs; problems: string[] } {
  const problems: string[] = unknownKeys(params, [...KEYS, 'edition']);
  const volume = decodeVolume(params, base.volume, edition, problems);
  const instanceRaw = params.get('instance');
  let instance = base.instance;
  if (!isInstanceName(base.instance, edition)) {
    instance = firstInstanceName(edition);
    if (instanceRaw === null) problems.push(`instance ${base.instance} is not in this edition's instance table: used ${instance}`);
  }
  if (instanceRaw !== null) {
    if (isInstanceName(instanceRaw, edition)) instance = instanceRaw;
    else problems.push(`instance "${instanceRaw}" is not in this edition's instance table: used ${instance}`);
  }
  const reads = {
    count: readNumber(params, 'count', base.volumeCount, { ...VOLUME_COUNT, integer: true, unit: 'volumes' }),
    hours: readNumber(params, 'hours', base.hoursPerMonth, { ...HOURS, integer: true, unit: 'h' }),
    // HDD volumes are rated in MiB/s: a link to one that does not name the chart opens it on throughput.
    chart: readChoice(params, 'chart', CHART_METRICS, volumeSpec(volume.type, edition).family === 'hdd' && !params.has('chart') ? 'throughput' : base.chartMetric, 'iops or throughput'),
    calc: readFlag(params, 'calc', base.showCalculation),
    needSize: readNumber(params, 'needSize', base.need.sizeGiB, { ...NEED_LIMITS.sizeGiB, integer: true, unit: 'GiB' }),
    needIops: readNumber(params, 'needIops', base.need.iops, { ...NEED_LIMITS.iops, integer: true, unit: 'IOPS' }),
    needThroughput: readNumber(params, 'needThroughput', base.need.throughputMiBps, { ...NEED_LIMITS.throughputMiBps, integer: true, unit: 'MiB/s' }),
  };
  for (const r of Object.values(reads)) if (r.problem) problems.push(r.problem);
  return {
    inputs: {
      volume, instance,
      volumeCount: reads.count.value, hoursPerMonth: reads.hours.value,
      chartMetric: reads.chart.value, showCalculation: reads.calc.value,
      need: { sizeGiB: reads.needSize.value, iops: reads.needIops.value, throughputMiBps: reads.needThroughput.value },
    },
    problems,
  };
}
