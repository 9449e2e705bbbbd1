/**
 * The snapshot view's inputs and intents: the walkthrough's figures, free play's actions, the step
 * indexes, and the billing settings. Frames, storage and costs are derived by the domain.
 */
import type { StateCreator } from 'zustand';
import type { SnapshotTier } from '../domain';
import type { BlockAction } from '../domain/snapshots/blocks';
import { RESTORE_STEP_COUNT } from '../domain/snapshots/step-counts';
import { clampFigures, walkthroughActions, type WalkthroughFigures } from '../domain/snapshots/walkthrough-figures';
import type { AppState } from './app-state';
import { clampStep, wholeWithin } from './step-index';
import { DEFAULT_SNAPSHOTS, SNAPSHOT_UI_LIMITS, type SnapshotInputs } from './snapshot-defaults';
import { withNoticeItems } from './app-slice';
import { snapshotEngine } from './snapshot-engine';
import { keptActions, snapshotStepCount } from './snapshot-steps';

export interface SnapshotSlice {
  snapshots: SnapshotInputs;
  snapshotMessages: string[];
  goToSnapshotStep: (step: number) => void;
  goToRestoreStep: (step: number) => void;
  setSnapshotFigures: (patch: Partial<WalkthroughFigures>) => void;
  startFreePlay: () => void;
  leaveFreePlay: () => void;
  toggleBlock: (block: number) => void;
  playAction: (action: BlockAction) => void;
  undoAction: () => void;
  reconcileFreePlay: () => void;
  setSnapshotTier: (tier: SnapshotTier) => void;
  setDaysKept: (days: number) => void;
  setFsrAzs: (azs: number) => void;
  setFsrMinutes: (minutes: number) => void;
}

const NONE: string[] = [];

export const createSnapshotSlice: StateCreator<AppState, [], [], SnapshotSlice> = (set, get) => {
  const update = (next: SnapshotInputs, messages: string[] = NONE) => {
    const count = snapshotStepCount(next.figures, next.play);
    set({ snapshots: { ...next, step: clampStep(next.step, count) }, snapshotMessages: messages.length ? messages : NONE });
  };
  return {
    snapshots: DEFAULT_SNAPSHOTS,
    snapshotMessages: NONE,
    goToSnapshotStep: (step) => {
      const s = get().snapshots;
      const next = clampStep(step, snapshotStepCount(s.figures, s.play));
      if (next !== s.step) set({ snapshots: { ...s, step: next } });
    },
    goToRestoreStep: (restoreStep) => set({ snapshots: { ...get().snapshots, restoreStep: clampStep(restoreStep, RESTORE_STEP_COUNT) } }),
    setSnapshotFigures: (patch) => {
      const s = get().snapshots;
      const { figures, problems } = clampFigures({ ...s.figures, ...patch });
      const size = figures.sizeGiB;
      // Free play keeps every action: those a smaller volume cannot take are skipped, and come back when it grows.
      const play = s.play;
      const skipped = play === null ? 0 : play.length - keptActions(figures, play).actions.length;
      const dropped = skipped ? [`${skipped} action(s) do not fit a ${size} GiB volume and are skipped until it is larger.`] : [];
      // In free play only the size is on screen: the walkthrough's figures follow it silently.
      const shown = s.play === null ? problems : problems.filter((p) => p.startsWith('The volume size'));
      update({ ...s, figures, play, selected: s.selected.filter((b) => b < size) }, [...shown, ...dropped]);
    },
    startFreePlay: () => {
      const s = get().snapshots;
      if (s.play !== null) return;
      // Free play starts from the picture on screen: the walkthrough's actions up to this step.
      update({ ...s, play: walkthroughActions(s.figures).slice(0, s.step) });
    },
    leaveFreePlay: () => {
      const s = get().snapshots;
      if (s.play === null) return;
      update({ ...s, play: null, selected: [], step: 0 });
    },
    toggleBlock: (block) => {
      const s = get().snapshots;
      if (block < 0 || block >= s.figures.sizeGiB) return;
      const selected = s.selected.includes(block) ? s.selected.filter((b) => b !== block) : [...s.selected, block].sort((a, b) => a - b);
      set({ snapshots: { ...s, selected } });
    },
    playAction: (action) => {
      const s = get().snapshots;
      if (s.play === null) return;
      // Acting from an earlier step replaces what came after it, as in any editor's history.
      const play = [...keptActions(s.figures, s.play).actions.slice(0, s.step), action];
      const run = snapshotEngine()?.replayActions(s.figures.sizeGiB, play);
      const refusal = run?.refused.find((r) => r.index === play.length - 1);
      if (refusal) return update(s, [refusal.reason]);
      update({ ...s, play, selected: action.kind === 'write' ? [] : s.selected, step: play.length });
    },
    undoAction: () => {
      const s = get().snapshots;
      if (s.play === null) return;
      const kept = keptActions(s.figures, s.play).actions;
      if (!kept.length) return;
      update({ ...s, play: kept.slice(0, -1), step: kept.length - 1 });
    },
    reconcileFreePlay: () => {
      const s = get().snapshots;
      if (!s.unchecked || !snapshotEngine()) return;
      const kept = s.play === null ? { actions: null, refused: [] } : keptActions(s.figures, s.play);
      const next: SnapshotInputs = { ...s, play: kept.actions };
      delete next.unchecked;
      const count = snapshotStepCount(next.figures, next.play);
      const step = clampStep(next.step, count);
      const items = kept.refused.map((r) => `play: ${r}`);
      if (step !== next.step) items.push(`step ${next.step + 1} is past the last of the ${count} steps free play kept: used ${count}`);
      set({
        snapshots: { ...next, step },
        notices: withNoticeItems(get().notices, 'Some values in the link could not be used', items),
      });
    },
    setSnapshotTier: (tier) => set({ snapshots: { ...get().snapshots, tier } }),
    setDaysKept: (days) => set({ snapshots: { ...get().snapshots, daysKept: wholeWithin(days, SNAPSHOT_UI_LIMITS.daysKept) } }),
    setFsrAzs: (azs) => set({ snapshots: { ...get().snapshots, fsrAzs: wholeWithin(azs, SNAPSHOT_UI_LIMITS.fsrAzs) } }),
    setFsrMinutes: (minutes) => set({ snapshots: { ...get().snapshots, fsrMinutes: wholeWithin(minutes, SNAPSHOT_UI_LIMITS.fsrMinutes) } }),
  };
};
