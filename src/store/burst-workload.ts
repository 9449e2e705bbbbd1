/**
 * A burst view's workload: a preset's segments (from the domain) or the person's own, and the
 * presets a volume type has.
 */
import type { BurstVolumeType, Edition, PresetId, WorkloadSegment } from '../domain';
import { presetWorkload, WORKLOAD_PRESETS } from '../domain/burst/presets';
import type { BurstInputs } from './burst-defaults';

export function applies(preset: PresetId, type: BurstVolumeType): boolean {
  return WORKLOAD_PRESETS.some((p) => p.id === preset && p.appliesTo.includes(type));
}

/** The preset a volume type starts with: the nightly batch, which every type has. */
export function firstPresetFor(type: BurstVolumeType): PresetId {
  return applies('nightly-batch', type) ? 'nightly-batch' : WORKLOAD_PRESETS.find((p) => p.appliesTo.includes(type))?.id ?? 'steady';
}

/** The segments the view simulates: the preset's, or the person's own. */
export function workloadOf(inputs: BurstInputs, edition: Edition): WorkloadSegment[] {
  if (inputs.preset === 'custom') return inputs.segments;
  const preset = applies(inputs.preset, inputs.volume.type) ? inputs.preset : firstPresetFor(inputs.volume.type);
  return presetWorkload(preset, inputs.volume, edition);
}

export const totalSecondsOf = (segments: readonly WorkloadSegment[]) => segments.reduce((a, s) => a + s.durationSeconds, 0);

