/**
 * The burst-credit view's inputs and the intents that change them. The workload is a preset's id
 * (its segments come from the domain) until the person edits a segment; then it becomes 'custom'
 * and the store holds the segments themselves.
 */
import type { StateCreator } from 'zustand';
import type { BurstVolumeType, PresetId, WorkloadSegment } from '../domain';
import { MAX_SEGMENTS, MAX_WORKLOAD_SECONDS, MIN_SEGMENT_SECONDS, validateWorkload } from '../domain/burst/workload';
import { clampVolume } from '../domain/ebs/clamp';
import type { AppState } from './app-state';
import { DEFAULT_BURST, type BurstInputs } from './burst-defaults';
import { applies, firstPresetFor, totalSecondsOf, workloadOf } from './burst-workload';

export interface BurstSlice {
  burst: BurstInputs;
  burstMessages: string[];
  chooseBurstType: (type: BurstVolumeType) => void;
  resizeBurstVolume: (sizeGiB: number) => void;
  chooseWorkloadPreset: (preset: PresetId) => void;
  editSegment: (index: number, patch: Partial<WorkloadSegment>) => void;
  addSegment: (afterIndex: number) => void;
  removeSegment: (index: number) => void;
  movePlayhead: (seconds: number) => void;
  setStartBalance: (percent: number) => void;
  toggleSnapshot: () => void;
}

const NONE: string[] = [];

export const createBurstSlice: StateCreator<AppState, [], [], BurstSlice> = (set, get) => {
  const update = (burst: BurstInputs, messages: string[] = NONE) => {
    const total = totalSecondsOf(workloadOf(burst, get().edition));
    set({ burst: { ...burst, playheadSeconds: Math.min(burst.playheadSeconds, total) }, burstMessages: messages.length ? messages : NONE });
  };
  const withSegments = (segments: WorkloadSegment[]) => {
    const checked = validateWorkload(segments);
    update({ ...get().burst, preset: 'custom', segments: checked.segments }, checked.problems);
  };
  const current = () => workloadOf(get().burst, get().edition);
  return {
    burst: DEFAULT_BURST,
    burstMessages: NONE,
    chooseBurstType: (type) => {
      const b = get().burst;
      if (type === b.volume.type) return;
      const { volume, adjustments } = clampVolume({ type, sizeGiB: b.volume.sizeGiB }, get().edition);
      const preset = b.preset === 'custom' || applies(b.preset, type) ? b.preset : firstPresetFor(type);
      // A custom workload's demand is in IOPS for gp2 and MiB/s for HDD: a switch between the two starts the preset again.
      const unitChanged = (type === 'gp2') !== (b.volume.type === 'gp2');
      const dropCustom = unitChanged && preset === 'custom';
      update(
        { ...b, volume: { type, sizeGiB: volume.sizeGiB }, preset: dropCustom ? firstPresetFor(type) : preset },
        [
          ...adjustments.map((a) => `Size set to ${a.to.toLocaleString('en-US')} GiB: ${a.reason}.`),
          ...(dropCustom ? [`Your custom workload was in ${b.volume.type === 'gp2' ? 'IOPS' : 'MiB/s'}; ${type} works in ${type === 'gp2' ? 'IOPS' : 'MiB/s'}, so its nightly batch is shown instead.`] : []),
        ],
      );
    },
    resizeBurstVolume: (sizeGiB) => {
      const b = get().burst;
      const { volume, adjustments } = clampVolume({ type: b.volume.type, sizeGiB }, get().edition);
      update({ ...b, volume: { type: b.volume.type, sizeGiB: volume.sizeGiB } },
        adjustments.map((a) => `Size set to ${a.to.toLocaleString('en-US')} GiB: ${a.reason}.`));
    },
    chooseWorkloadPreset: (preset) => update({ ...get().burst, preset, segments: [] }),
    editSegment: (index, patch) => {
      const segments = current().map((s, i) => (i === index ? { ...s, ...patch } : s));
      withSegments(segments);
    },
    addSegment: (afterIndex) => {
      const segments = current();
      if (segments.length >= MAX_SEGMENTS) return update(get().burst, [`A workload holds at most ${MAX_SEGMENTS} segments.`]);
      const total = totalSecondsOf(segments);
      if (total > MAX_WORKLOAD_SECONDS - MIN_SEGMENT_SECONDS) return update(get().burst, ['A workload lasts at most 7 days: shorten a segment first.']);
      const template = segments[afterIndex] ?? segments[segments.length - 1] ?? { durationSeconds: 3600, demand: 0 };
      const added = { durationSeconds: Math.min(3600, MAX_WORKLOAD_SECONDS - total), demand: template.demand };
      withSegments([...segments.slice(0, afterIndex + 1), added, ...segments.slice(afterIndex + 1)]);
    },
    removeSegment: (index) => {
      const segments = current();
      if (segments.length <= 1) return update(get().burst, ['A workload needs at least one segment.']);
      withSegments(segments.filter((_, i) => i !== index));
    },
    movePlayhead: (seconds) => {
      const b = get().burst;
      const total = totalSecondsOf(current());
      const playheadSeconds = Math.min(total, Math.max(0, seconds));
      if (playheadSeconds !== b.playheadSeconds) set({ burst: { ...b, playheadSeconds } });
    },
    setStartBalance: (percent) => update({ ...get().burst, startBalancePercent: Math.min(100, Math.max(0, Math.round(percent))) }),
    toggleSnapshot: () => update({ ...get().burst, snapshotInProgress: !get().burst.snapshotInProgress }),
  };
};
