/**
 * Free play's actions replayed through the block engine, without captions: the frames, the actions
 * kept and the ones refused (with why). The URL codec and the store use it to validate a link and
 * count its steps; free-play.ts adds the captions. Limits: FREE_PLAY_LIMITS (interface choices).
 */
import type { BlockAction, BlockFrame } from './blocks';
import { applyBlockAction, emptyFrame } from './blocks';
import { FREE_PLAY_LIMITS } from './free-play-machine';

export interface RefusedAction { index: number; action: BlockAction; reason: string }

export interface Replay {
  /** The size actually used, after clamping. */
  sizeGiB: number;
  /** The empty volume, then the frame after each kept action. */
  frames: BlockFrame[];
  /** The kept actions with their index in the input list. */
  kept: { actionIndex: number; action: BlockAction }[];
  refused: RefusedAction[];
  /** Sentences for inputs that were changed (size clamped, actions beyond the limit left out). */
  problems: string[];
}

/** A whole size within free play's limits, and a sentence when `sizeGiB` had to change. */
export function clampFreePlaySize(sizeGiB: number): { sizeGiB: number; problems: string[] } {
  const { minSizeGiB, maxSizeGiB } = FREE_PLAY_LIMITS;
  if (!Number.isFinite(sizeGiB)) {
    return { sizeGiB: minSizeGiB, problems: [`The size ${String(sizeGiB)} is not a number of GiB: free play uses ${minSizeGiB} GiB.`] };
  }
  const clamped = Math.min(maxSizeGiB, Math.max(minSizeGiB, Math.round(sizeGiB)));
  if (clamped === sizeGiB) return { sizeGiB, problems: [] };
  return { sizeGiB: clamped, problems: [`Free play draws ${minSizeGiB} to ${maxSizeGiB} whole GiB: ${String(sizeGiB)} GiB became ${clamped} GiB.`] };
}

/**
 * Runs `actions` on a new volume of `sizeGiB` (clamped). Each refused action is skipped, named with
 * its index and reason, and does not stop the run; the frame after it is the frame before it.
 */
export function replayActions(sizeGiB: number, actions: readonly BlockAction[]): Replay {
  const size = clampFreePlaySize(sizeGiB);
  const problems = [...size.problems];
  const list = Array.isArray(actions) ? actions : [];
  if (list.length > FREE_PLAY_LIMITS.maxActions) {
    problems.push(`Free play runs at most ${FREE_PLAY_LIMITS.maxActions} actions; the last ${list.length - FREE_PLAY_LIMITS.maxActions} were left out.`);
  }
  const frames = [emptyFrame(size.sizeGiB)];
  const kept: Replay['kept'] = [];
  const refused: RefusedAction[] = [];
  list.slice(0, FREE_PLAY_LIMITS.maxActions).forEach((action, actionIndex) => {
    const result = applyBlockAction(frames[frames.length - 1]!, action);
    if (!result.ok) {
      refused.push({ index: actionIndex, action, reason: result.reason });
      return;
    }
    kept.push({ actionIndex, action });
    frames.push(result.frame);
  });
  return { sizeGiB: size.sizeGiB, frames, kept, refused, problems };
}
