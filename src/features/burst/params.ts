/**
 * The burst-credit view's inputs, declared once: the volume (type and size), the workload (a preset,
 * or the person's own segments when it is 'custom'), the playhead (kept within the workload), the
 * balance at the start and whether a snapshot is in progress. The simulation itself is derived.
 * `#/burst?type=gp2&size=100&preset=nightly-batch&t=5400&start=100&snapshot=0`, or with a custom
 * workload `segs=3600x150,14400x3000` in place of `preset`.
 */
import {
  BURST_VOLUME_TYPES, WORKLOAD_PRESETS, clampVolume, validateWorkload, type BurstVolumeType, type Edition, type WorkloadSegment,
} from '../../domain';
import { choice, flag, list, num, whole, type InputsOf } from '../../store/params';
import { defineViewState, type Change, type RefineContext, type Refined } from '../../store/view-state';
import {
  NO_SEGMENTS, applies, firstPresetFor, formatSegments, parseSegments, totalSecondsOf, workloadOf, type WorkloadChoice, type WorkloadInputs,
} from './workload';

const WORKLOAD_CHOICES: readonly WorkloadChoice[] = [...WORKLOAD_PRESETS.map((p) => p.id), 'custom'];

const params = {
  type: choice<BurstVolumeType>({ key: 'type', label: 'Volume type', values: BURST_VOLUME_TYPES, default: 'gp2', what: 'gp2, st1 or sc1' }),
  // The size's range is the volume type's (clampVolume); a size that is not whole is rounded there, with its reason.
  sizeGiB: num({ key: 'size', label: 'Size', unit: 'GiB', default: 100, examples: [1, 100, 125, 999, 1_000, 2_048, 16_384] }),
  preset: choice<WorkloadChoice>({
    key: 'preset', label: 'Workload', values: WORKLOAD_CHOICES, default: 'nightly-batch', what: 'a workload preset',
    omit: (i: WorkloadInputs) => i.preset === 'custom',
  }),
  segments: list<readonly WorkloadSegment[]>({
    key: 'segs', label: 'Segments', default: NO_SEGMENTS, parse: parseSegments, format: formatSegments,
    omit: (i: WorkloadInputs) => i.preset !== 'custom',
    examples: [
      [{ durationSeconds: 3_600, demand: 150 }, { durationSeconds: 14_400, demand: 3_000 }, { durationSeconds: 68_400, demand: 150 }],
      [{ durationSeconds: 60, demand: 0 }],
      [{ durationSeconds: 604_800, demand: 1_000_000 }],
      [{ durationSeconds: 3_600, demand: 12.5 }, { durationSeconds: 7_200, demand: 250 }],
      Array.from({ length: 200 }, (_, i) => ({ durationSeconds: 3_024, demand: i % 2 ? 3_000 : 100 })),
    ],
  }),
  playheadSeconds: whole({
    key: 't', label: 'Playhead', unit: 's', default: 0,
    range: (i: WorkloadInputs, edition: Edition) => [0, totalSecondsOf(workloadOf(i, edition))],
  }),
  startBalancePercent: whole({ key: 'start', label: 'Balance at the start', unit: '%', default: 100, min: 0, max: 100 }),
  snapshotInProgress: flag({ key: 'snapshot', label: 'Snapshot in progress', default: false }),
};

export type BurstInputs = InputsOf<typeof params>;

/**
 * The domain's rules over a combination: the size within the type's range (clampVolume), a preset
 * the type has, a custom workload within the explorer's limits (validateWorkload), and a link's
 * `segs` read in place of its preset.
 */
function refine(c: BurstInputs, ctx: RefineContext<BurstInputs>): Refined<BurstInputs> {
  const changes: Change<BurstInputs>[] = [];
  const link = ctx.mode === 'link';
  const { volume, adjustments } = clampVolume({ type: c.type, sizeGiB: c.sizeGiB }, ctx.edition);
  for (const a of adjustments) if (a.field === 'sizeGiB') changes.push({ field: 'sizeGiB', from: a.from, to: a.to, reason: a.reason });

  const segsGiven = link && ctx.given('segments');
  let preset = c.preset;
  let segments = c.segments;
  if (segsGiven) preset = segments.length ? 'custom' : preset === 'custom' ? firstPresetFor(c.type) : preset;
  if (preset === 'custom') {
    const checked = validateWorkload(segments);
    // A clean workload keeps its identity, so the simulation is not redone for the playhead.
    if (checked.problems.length) {
      segments = checked.segments;
      changes.push(...checked.problems);
    }
    if (!segments.length) {
      preset = firstPresetFor(c.type);
      if (link && !segsGiven) changes.push(`preset "custom" needs its segments in segs: used ${preset}`);
    }
  } else if (!applies(preset, c.type)) {
    const fallback = firstPresetFor(c.type);
    if (link) changes.push(`preset "${preset}" does not apply to ${c.type}: used ${fallback}`);
    preset = fallback;
  }
  if (segsGiven && !c.segments.length) changes.push(`segs: no segment could be read: used the ${preset} preset`);
  if (preset !== 'custom') segments = NO_SEGMENTS;
  // A snapshot holds st1/sc1 to their baseline (UG21); gp2 has no such rule, so the flag does not carry over to them.
  let snapshotInProgress = c.snapshotInProgress;
  if (c.type === 'gp2' && snapshotInProgress) {
    snapshotInProgress = false;
    if (link && ctx.given('snapshotInProgress')) changes.push('snapshot only applies to st1 and sc1: ignored');
  }
  return { inputs: { ...c, sizeGiB: volume.sizeGiB, preset, segments, snapshotInProgress }, changes };
}

export const burstState = defineViewState({ id: 'burst', params, refine });
