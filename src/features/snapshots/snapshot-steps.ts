/**
 * The explained steps of the snapshot view: the guided walkthrough's, or free play's (the empty
 * volume first, then one step per action the engine kept), and the view's choices for the restore
 * comparison.
 */
import { emptyFrame, runFreePlay, snapshotWalkthrough, type BlockAction, type BlockFrame, type WalkthroughFigures } from '../../domain';

export interface SnapshotViewStep {
  title: string;
  explanation: string;
  frame: BlockFrame;
}

export function snapshotStepsFor(figures: WalkthroughFigures, play: readonly BlockAction[] | null): SnapshotViewStep[] {
  if (play === null) return snapshotWalkthrough(figures);
  const run = runFreePlay(figures.sizeGiB, play);
  const start: SnapshotViewStep = {
    title: 'An empty volume',
    explanation: `Free play on an empty ${run.sizeGiB} GiB volume: choose blocks and write them, take and delete snapshots in any order, restore or copy one.`,
    frame: emptyFrame(run.sizeGiB),
  };
  return [start, ...run.steps];
}

/** The blocks the restore comparison restores: the restored volume's, else the latest snapshot's; null before any snapshot. */
export function restoreSourceOf(frame: BlockFrame): readonly number[] | null {
  const versions = frame.restored?.versions ?? frame.snapshots[frame.snapshots.length - 1]?.versions;
  return versions ? versions.flatMap((v, i) => (v > 0 ? [i] : [])) : null;
}

/** The application's reads in the restore comparison: every other block that holds data (a UI choice). */
export function readOrderOf(usedBlocks: readonly number[]): number[] {
  return usedBlocks.filter((_, i) => i % 2 === 0);
}
