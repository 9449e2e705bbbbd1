/**
 * The snapshot view's intents: steps, the walkthrough's figures, free play's actions and the billing
 * settings. Each is a patch settled by the declaration and its refinement (params.ts); free play's
 * refusals are the engine's own sentences, shown beside the controls.
 */
import { encodeActions, walkthroughActions, type BlockAction, type SnapshotTier, type SnapshotVolumeType, type WalkthroughFigures } from '../../domain';
import { defineActions } from '../../store/view-hooks';
import { keptActions, replayOf } from './free-play-actions';
import { snapshotsState, type SnapshotInputs } from './params';

const figuresOf = (i: SnapshotInputs): WalkthroughFigures => ({ sizeGiB: i.sizeGiB, writtenGiB: i.writtenGiB, changedGiB: i.changedGiB });

/** What acting from an earlier step cut off, so Undo can bring it back (per store: defineActions makes these once per store). */
interface CutOff { before: readonly BlockAction[]; beforeStep: number; after: string }

const stepsWord = (from: number, to: number) => (from === to ? `step ${from}` : `steps ${from} to ${to}`);

export const snapshotsActions = defineActions(snapshotsState, (view) => {
  let cut: CutOff | null = null;
  return {
    goToSnapshotStep: (step: number) => view.commit({ step }),
    goToRestoreStep: (restoreStep: number) => view.commit({ restoreStep }),
    /** Free play keeps every action: those a smaller volume cannot take are skipped, and come back when it grows. */
    setSnapshotFigures: (patch: Partial<WalkthroughFigures>) => view.commit(patch),
    startFreePlay: () => {
      const i = view.inputs();
      if (i.play !== null) return;
      // Free play starts from the picture on screen: the walkthrough's actions up to this step.
      view.commit({ play: walkthroughActions(figuresOf(i)).slice(0, i.step) });
    },
    leaveFreePlay: () => {
      if (view.inputs().play === null) return;
      view.commit({ play: null, selected: [], step: 0 });
    },
    toggleBlock: (block: number) => {
      const { play, selected, sizeGiB } = view.inputs();
      if (play === null || !Number.isInteger(block) || block < 0 || block >= sizeGiB) return;
      view.commit({ selected: selected.includes(block) ? selected.filter((b) => b !== block) : [...selected, block].sort((a, b) => a - b) });
    },
    playAction: (action: BlockAction) => {
      const i = view.inputs();
      if (i.play === null) return;
      // Acting from an earlier step replaces what came after it, as in any editor's history.
      const kept = keptActions(i.sizeGiB, i.play).actions;
      const play = [...kept.slice(0, i.step), action];
      const refusal = replayOf(i.sizeGiB, play).refused.find((r) => r.index === play.length - 1);
      if (refusal) return view.commit({}, [refusal.reason]);
      const dropped = kept.length - i.step;
      cut = dropped > 0 ? { before: i.play, beforeStep: i.step, after: encodeActions(play) } : null;
      // Steps are counted from 1 on screen: the empty volume is step 1, action k is step k + 1.
      const said = dropped > 0
        ? [`Acting at step ${i.step + 1} replaced ${stepsWord(i.step + 2, kept.length + 1)} (${encodeActions(kept.slice(i.step))}). Undo last action brings ${dropped === 1 ? 'it' : 'them'} back.`]
        : undefined;
      view.commit({ play, selected: action.kind === 'write' ? [] : i.selected, step: play.length }, said);
    },
    undoAction: () => {
      const i = view.inputs();
      if (i.play === null) return;
      // Undo right after acting from an earlier step brings back the whole list it replaced.
      if (cut && encodeActions(i.play) === cut.after) {
        const { before, beforeStep } = cut;
        cut = null;
        return view.commit({ play: before, step: beforeStep }, ['The replaced steps are back.']);
      }
      cut = null;
      const kept = keptActions(i.sizeGiB, i.play).actions;
      if (!kept.length) return;
      view.commit({ play: kept.slice(0, -1), step: kept.length - 1 });
    },
    setSnapshotTier: (tier: SnapshotTier) => view.commit({ tier }),
    setDaysKept: (daysKept: number) => view.commit({ daysKept }),
    setFsrAzs: (fsrAzs: number) => view.commit({ fsrAzs }),
    setFsrMinutes: (fsrMinutes: number) => view.commit({ fsrMinutes }),
    setVolumeType: (volumeType: SnapshotVolumeType) => view.commit({ volumeType }),
    setInitRate: (initRateMiBps: number) => view.commit({ initRateMiBps }),
  };
});
