/**
 * The burst view's workload: a preset's segments (from the domain) or the person's own, the presets
 * a volume type has, and the link's text for a custom workload (`3600x150,14400x3000`: seconds x
 * demand, IOPS for gp2, MiB/s for st1/sc1).
 */
import { WORKLOAD_PRESETS, presetWorkload, type BurstVolumeType, type Edition, type PresetId, type WorkloadSegment } from '../../domain';

export type WorkloadChoice = PresetId | 'custom';

export interface WorkloadInputs {
  type: BurstVolumeType;
  sizeGiB: number;
  preset: WorkloadChoice;
  /** Only read when preset is 'custom'. */
  segments: readonly WorkloadSegment[];
}

/** The segments of a preset workload: none of its own (one array, so a preset keeps its identity). */
export const NO_SEGMENTS: readonly WorkloadSegment[] = [];

export function applies(preset: PresetId, type: BurstVolumeType): boolean {
  return WORKLOAD_PRESETS.some((p) => p.id === preset && p.appliesTo.includes(type));
}

/** The preset a volume type starts with: the nightly batch, which every type has. */
export function firstPresetFor(type: BurstVolumeType): PresetId {
  return applies('nightly-batch', type) ? 'nightly-batch' : WORKLOAD_PRESETS.find((p) => p.appliesTo.includes(type))?.id ?? 'steady';
}

/**
 * The size a workload's segments depend on: gp2 presets are the same at every size (IOPS tables),
 * st1/sc1 presets follow the volume's own baseline and burst. Memoising on this keeps a gp2
 * workload's identity while only the size moves.
 */
export function workloadSizeGiB(type: BurstVolumeType, sizeGiB: number): number {
  return type === 'gp2' ? 100 : sizeGiB;
}

/** The segments the view simulates: the preset's, or the person's own. */
export function workloadOf(inputs: WorkloadInputs, edition: Edition): readonly WorkloadSegment[] {
  if (inputs.preset === 'custom') return inputs.segments;
  const preset = applies(inputs.preset, inputs.type) ? inputs.preset : firstPresetFor(inputs.type);
  return presetWorkload(preset, { type: inputs.type, sizeGiB: workloadSizeGiB(inputs.type, inputs.sizeGiB) }, edition);
}

export const totalSecondsOf = (segments: readonly { durationSeconds: number }[]) => segments.reduce((a, s) => a + s.durationSeconds, 0);

export function formatSegments(segments: readonly WorkloadSegment[]): string {
  return segments.map((s) => `${s.durationSeconds}x${s.demand}`).join(',');
}

const SEGMENT = /^\s*(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)\s*$/;

/** `seconds x demand` pairs; a part that is not one is named and left out (the refinement then checks the limits). */
export function parseSegments(raw: string): { value: readonly WorkloadSegment[]; problems: string[] } {
  const problems: string[] = [];
  const parsed: WorkloadSegment[] = [];
  raw.split(',').filter((p) => p.trim() !== '').forEach((part, i) => {
    const m = SEGMENT.exec(part);
    if (m) parsed.push({ durationSeconds: Number(m[1]), demand: Number(m[2]) });
    else problems.push(`segment ${i + 1} "${part}" is not duration x demand (seconds x IOPS or MiB/s): left out`);
  });
  return { value: parsed.length ? parsed : NO_SEGMENTS, problems };
}
