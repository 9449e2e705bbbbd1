/**
 * How many steps the snapshot view's inputs make, and which free play actions the engine keeps.
 * Uses the caption-free parts of the domain (walkthrough-figures, replay) so the store stays small;
 * the view builds the explained steps itself.
 */
import { encodeActions } from '../domain/snapshots/action-codec';
import type { BlockAction } from '../domain/snapshots/blocks';
import { replayActions } from '../domain/snapshots/replay';
import { WALKTHROUGH_STEP_COUNT } from '../domain/snapshots/step-counts';
import type { WalkthroughFigures } from '../domain/snapshots/walkthrough-figures';

/** The walkthrough's steps, or free play's: the empty volume, then one per kept action. */
export function snapshotStepCount(figures: WalkthroughFigures, play: readonly BlockAction[] | null): number {
  return play === null ? WALKTHROUGH_STEP_COUNT : replayActions(figures.sizeGiB, play).frames.length;
}

/** The actions free play keeps (those the engine accepts), and why the others were left out. */
export function keptActions(figures: WalkthroughFigures, play: readonly BlockAction[]): { actions: BlockAction[]; refused: string[] } {
  const replay = replayActions(figures.sizeGiB, play);
  return {
    actions: replay.kept.map((k) => k.action),
    // Named by its code, not its position: a link's unreadable parts are dropped before replay, so
    // positions here would not match the parts of the link a person counts.
    refused: [...replay.problems, ...replay.refused.map((r) => `action "${encodeActions([r.action])}" was left out: ${r.reason}`)],
  };
}
