/**
 * The burst view's part of the URL:
 * `#/burst?type=gp2&size=100&preset=nightly-batch&t=5400&start=100&snapshot=0`, or with a custom
 * workload `segs=3600x150,14400x3000` (seconds x demand, IOPS for gp2, MiB/s for st1/sc1).
 */
import type { BurstVolumeType, Edition, PresetId, WorkloadSegment } from '../domain';
import { WORKLOAD_PRESETS } from '../domain/burst/presets';
import { applies, firstPresetFor, totalSecondsOf, workloadOf } from './burst-workload';
import { BURST_VOLUME_TYPES } from '../domain/burst/types';
import { MAX_WORKLOAD_SECONDS, validateWorkload } from '../domain/burst/workload';
import { clampVolume } from '../domain/ebs/clamp';
import type { BurstInputs } from './burst-defaults';
import { readChoice, readFlag, readNumber, readRawNumber, unknownKeys } from './url-params';

const KEYS = ['type', 'size', 'preset', 'segs', 't', 'start', 'snapshot'] as const;

export function encodeSegments(segments: readonly WorkloadSegment[]): string {
  return segments.map((s) => `${s.durationSeconds}x${s.demand}`).join(',');
}

const SEGMENT = /^\s*(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)\s*$/;

/** `seconds x demand` pairs; a part that is not one is named and left out. */
function parseSegments(raw: string): { segments: WorkloadSegment[]; problems: string[] } {
  const problems: string[] = [];
  const parsed: WorkloadSegment[] = [];
  raw.split(',').filter((p) => p.trim() !== '').forEach((part, i) => {
    const m = SEGMENT.exec(part);
    if (m) parsed.push({ durationSeconds: Number(m[1]), demand: Number(m[2]) });
    else problems.push(`segment ${i + 1} "${part}" is not duration x demand (seconds x ${'IOPS or MiB/s'}): left out`);
  });
  if (!parsed.length) return { segments: [], problems };
  const checked = validateWorkload(parsed);
  return { segments: checked.segments, problems: [...problems, ...checked.problems] };
}

export function encodeBurst(inputs: BurstInputs, params: URLSearchParams): void {
  params.set('type', inputs.volume.type);
  params.set('size', String(inputs.volume.sizeGiB));
  if (inputs.preset === 'custom') params.set('segs', encodeSegments(inputs.segments));
  else params.set('preset', inputs.preset);
  params.set('t', String(Math.round(inputs.playheadSeconds)));
  params.set('start', String(inputs.startBalancePercent));
  params.set('snapshot', inputs.snapshotInProgress ? '1' : '0');
}

export function decodeBurst(params: URLSearchParams, base: BurstInputs, edition: Edition): { inputs: BurstInputs; problems: string[] } {
  const problems = unknownKeys(params, [...KEYS, 'edition']);
  const type = readChoice<BurstVolumeType>(params, 'type', BURST_VOLUME_TYPES, base.volume.type, 'gp2, st1 or sc1');
  if (type.problem) problems.push(type.problem);
  const size = readRawNumber(params, 'size');
  const { volume, adjustments } = clampVolume({ type: type.value, sizeGiB: size.value ?? base.volume.sizeGiB }, edition);
  if (size.problem) problems.push(`${size.problem}: used ${volume.sizeGiB.toLocaleString('en-US')} GiB`);
  for (const a of adjustments) problems.push(`size ${String(a.from)}: ${a.reason}; used ${a.to.toLocaleString('en-US')} GiB`);

  let preset = base.preset;
  let segments = base.segments;
  const rawSegs = params.get('segs');
  if (rawSegs !== null) {
    const read = parseSegments(rawSegs);
    problems.push(...read.problems);
    if (read.segments.length) {
      preset = 'custom';
      segments = read.segments;
    } else {
      problems.push(`segs: no segment could be read: used the ${preset === 'custom' ? 'previous workload' : preset} preset`);
    }
  } else if (params.has('preset')) {
    const ids = WORKLOAD_PRESETS.filter((p) => applies(p.id, volume.type as BurstVolumeType)).map((p) => p.id);
    const read = readChoice<PresetId>(params, 'preset', ids, firstPresetFor(volume.type as BurstVolumeType), `a workload for ${volume.type}`);
    if (read.problem) problems.push(read.problem);
    preset = read.value;
  }
  if (preset !== 'custom' && !applies(preset, volume.type as BurstVolumeType)) {
    const fallback = firstPresetFor(volume.type as BurstVolumeType);
    problems.push(`preset "${preset}" does not apply to ${volume.type}: used ${fallback}`);
    preset = fallback;
  }
  const total = totalSecondsOf(workloadOf({ ...base, volume: { type: volume.type as BurstVolumeType, sizeGiB: volume.sizeGiB }, preset, segments }, edition));
  const playhead = readNumber(params, 't', Math.min(base.playheadSeconds, total), { min: 0, max: Math.min(MAX_WORKLOAD_SECONDS, total), integer: true, unit: 's' });
  const start = readNumber(params, 'start', base.startBalancePercent, { min: 0, max: 100, integer: true, unit: '%' });
  const snapshot = readFlag(params, 'snapshot', base.snapshotInProgress);
  for (const r of [playhead, start, snapshot]) if (r.problem) problems.push(r.problem);
  return {
    inputs: {
      volume: { type: volume.type as BurstVolumeType, sizeGiB: volume.sizeGiB },
      preset, segments,
      playheadSeconds: playhead.value, startBalancePercent: start.value, snapshotInProgress: snapshot.value,
    },
    problems,
  };
}

/** "Open in burst view" from the EBS explorer: the same volume, the burst view's other settings at their defaults. */
export function burstHrefFor(volume: { type: string; sizeGiB: number }, edition: Edition): string | null {
  if (!(BURST_VOLUME_TYPES as readonly string[]).includes(volume.type)) return null;
  return `#/burst?edition=${edition}&type=${volume.type}&size=${volume.sizeGiB}`;
}
