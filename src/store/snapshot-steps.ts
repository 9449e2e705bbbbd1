/**
 * How many steps the snapshot view's inputs make, and which free play actions the engine keeps.
 * Uses the caption-free parts of the domain and the installed engine (snapshot-engine.ts) so the
 * store stays small; the view builds the explained steps itself. Without the engine (a link read
 * before the view loaded), every action counts as kept until the view reconciles.
 */
import { encodeActions } from '../domain/snapshots/action-codec';
import type { BlockAction } from '../domain/snapshots/blocks';
import { WALKTHROUGH_STEP_COUNT } from '../domain/snapshots/step-counts';
import type { WalkthroughFigures } from '../domain/snapshots/walkthrough-figures';
import { snapshotEngine } from './snapshot-engine';

/** The walkthrough's steps, or free play's: the empty volume, then one per kept action. */
export function snapshotStepCount(figures: WalkthroughFigures, play: readonly BlockAction[] | null): number {
  if (play === null) return WALKTHROUGH_STEP_COUNT;
  const engine = snapshotEngine();
  return engine ? engine.replayActions(figures.sizeGiB, play).frames.length : play.length + 1;
}

/** The actions free play keeps (those the engine accepts), and why the others were left out. */
export function keptActions(figures: WalkthroughFigures, play: readonly BlockAction[]): { actions: BlockAction[]; refused: string[] } {
  const engine = snapshotEngine();
  if (!engine) return { actions: [...play], refused: [] };
  const replay = engine.replayActions(figures.sizeGiB, play);
  return {
    actions: replay.kept.map((k) => k.action),
    // Named by its code, not its position: a link's unreadable parts are dropped before replay, so
    // positions here would not match the parts of the link a person counts.
    refused: [...replay.problems, ...replay.refused.map((r) => `action "${encodeActions([r.action])}" was left out: ${r.reason}`)],
  };
}
