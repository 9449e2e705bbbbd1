/**
 * The burst-credit view's intents. The workload is a preset's id until the person edits a segment;
 * then it becomes 'custom' and the view holds the segments themselves (checked by the refinement).
 */
import { MAX_SEGMENTS, MAX_WORKLOAD_SECONDS, MIN_SEGMENT_SECONDS, type BurstVolumeType, type PresetId, type WorkloadSegment } from '../../domain';
import { defineActions } from '../../store/view-hooks';
import { burstState } from './params';
import { NO_SEGMENTS, firstPresetFor, totalSecondsOf, workloadOf } from './workload';

const unitOf = (type: BurstVolumeType) => (type === 'gp2' ? 'IOPS' : 'MiB/s');

export const burstActions = defineActions(burstState, (view) => {
  const current = () => workloadOf(view.inputs(), view.edition());
  const withSegments = (segments: readonly WorkloadSegment[]) => view.commit({ preset: 'custom', segments });
  return {
    chooseBurstType: (type: BurstVolumeType) => {
      const b = view.inputs();
      if (type === b.type) return;
      // A custom workload's demand is in IOPS for gp2 and MiB/s for HDD: a switch between the two starts the preset again.
      if (b.preset !== 'custom' || unitOf(type) === unitOf(b.type)) return view.commit({ type });
      view.commit({ type, preset: firstPresetFor(type), segments: NO_SEGMENTS },
        [`Your custom workload was in ${unitOf(b.type)}; ${type} works in ${unitOf(type)}, so its nightly batch is shown instead.`]);
    },
    resizeBurstVolume: (sizeGiB: number) => view.commit({ sizeGiB }),
    chooseWorkloadPreset: (preset: PresetId) => view.commit({ preset, segments: NO_SEGMENTS }),
    editSegment: (index: number, patch: Partial<WorkloadSegment>) => withSegments(current().map((s, i) => (i === index ? { ...s, ...patch } : s))),
    addSegment: (afterIndex: number) => {
      const segments = current();
      if (segments.length >= MAX_SEGMENTS) return view.commit({}, [`A workload holds at most ${MAX_SEGMENTS} segments.`]);
      const total = totalSecondsOf(segments);
      if (total > MAX_WORKLOAD_SECONDS - MIN_SEGMENT_SECONDS) return view.commit({}, ['A workload lasts at most 7 days: shorten a segment first.']);
      const template = segments[afterIndex] ?? segments[segments.length - 1] ?? { durationSeconds: 3600, demand: 0 };
      const added = { durationSeconds: Math.min(3600, MAX_WORKLOAD_SECONDS - total), demand: template.demand };
      withSegments([...segments.slice(0, afterIndex + 1), added, ...segments.slice(afterIndex + 1)]);
    },
    removeSegment: (index: number) => {
      const segments = current();
      if (segments.length <= 1) return view.commit({}, ['A workload needs at least one segment.']);
      withSegments(segments.filter((_, i) => i !== index));
    },
    // Moving the playhead (and playing) leaves what the last change said on screen.
    movePlayhead: (seconds: number) => view.commit({ playheadSeconds: seconds }, undefined, { keepMessages: true }),
    setStartBalance: (percent: number) => view.commit({ startBalancePercent: percent }),
    toggleSnapshot: () => view.commit({ snapshotInProgress: !view.inputs().snapshotInProgress }),
  };
});

export type BurstActions = ReturnType<typeof burstActions>;
