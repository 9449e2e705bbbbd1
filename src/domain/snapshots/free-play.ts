/**
 * Free play: a person's own list of block actions, run ahead of time through the block engine into
 * steps (HOUSE_STYLE: trace + cursor), with refused actions skipped and named
 * (shared/aws-facts.md §4; the engine's equations are in blocks.ts, its control machine in
 * free-play-machine.ts, the text form of actions in action-codec.ts).
 *
 *   size      clamped to whole GiB in [FREE_PLAY_LIMITS.minSizeGiB, maxSizeGiB] = [4, 64] (1 block = 1 GiB)
 *   actions   at most FREE_PLAY_LIMITS.maxActions (200) are run
 *   step k    frame_k = applyBlockAction(frame_k-1, action) for each accepted action, frame_-1 = emptyFrame(size)
 *
 * Limits are interface choices so the drawing fits, not AWS figures. Never throws.
 */
import type { BlockAction, BlockFrame } from './blocks';
import { describeBlockAction } from './block-captions';
import { replayActions, type RefusedAction } from './replay';

export type { RefusedAction } from './replay';
export { clampFreePlaySize, replayActions } from './replay';

export type { FreePlayState, FreePlayEvent } from './free-play-machine';
export { FREE_PLAY_MACHINE, FREE_PLAY_STATES, FREE_PLAY_EVENTS, FREE_PLAY_LIMITS, controlStateOf } from './free-play-machine';
export { encodeActions, parseActions, encodeBlockList } from './action-codec';

export interface PlayStep {
  /** Position among the steps (0 = the first accepted action). */
  index: number;
  /** Position of the action in the list given to runFreePlay. */
  actionIndex: number;
  action: BlockAction;
  title: string;
  explanation: string;
  frame: BlockFrame;
}

export interface FreePlayRun {
  /** The size actually used, after clamping. */
  sizeGiB: number;
  /** The empty volume before the first step. */
  start: BlockFrame;
  steps: PlayStep[];
  refused: RefusedAction[];
  /** Sentences for inputs that were changed (size clamped, actions beyond the limit left out). */
  problems: string[];
}

/**
 * Runs `actions` on a new volume of `sizeGiB` (clamped) and explains each kept one. Each refused
 * action is skipped, named with its index and reason, and does not stop the run.
 */
export function runFreePlay(sizeGiB: number, actions: readonly BlockAction[]): FreePlayRun {
  const replay = replayActions(sizeGiB, actions);
  const steps = replay.kept.map(({ actionIndex, action }, index): PlayStep => {
    const caption = describeBlockAction(replay.frames[index]!, replay.frames[index + 1]!, action);
    return { index, actionIndex, action, ...caption, frame: replay.frames[index + 1]! };
  });
  return { sizeGiB: replay.sizeGiB, start: replay.frames[0]!, steps, refused: replay.refused, problems: replay.problems };
}
