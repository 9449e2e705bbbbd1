/**
 * The guided snapshot walkthrough: SNAPSHOT_MACHINE's STANDARD_SNAPSHOT_SCENARIO (lifecycle.ts),
 * each step drawn by the block engine (blocks.ts), captions quoting the figures
 * (shared/aws-facts.md §3.3 example 7, §4; UG21 EBSSnapshots.md).
 *
 * Figures, whole GiB (1 block = 1 GiB): size S in [4, 64], written W in [1, S], changed C in [1, W];
 * the notes' example 40 / 10 / 4 by default. Blocks 0 .. W-1 are written; C blocks in the middle of
 * them (from floor((W - C) / 2)) are overwritten. Storage after each snapshot step:
 *   snapshot 1: W          snapshot 2: W + C          delete snapshot 1: W (frees C, keeps W - C)
 *   40 / 10 / 4 -> 10, 14, 10 GiB;  64 / 20 / 5 -> 20, 25, 20 GiB.
 * Then a restore of snapshot 2 in another AZ and a copy of snapshot 2 to another Region.
 * The limits are interface choices (the free-play drawing's), not AWS figures.
 */
import type { BlockAction, BlockFrame } from './blocks';
import { applyBlockAction, emptyFrame } from './blocks';
import type { SnapshotEvent, SnapshotState } from './lifecycle';
import { standardSnapshotSteps } from './lifecycle';
import { clampFigures, DEFAULT_WALKTHROUGH_FIGURES, walkthroughActions, type WalkthroughFigures } from './walkthrough-figures';

export type { WalkthroughFigures } from './walkthrough-figures';
export { clampFigures, DEFAULT_WALKTHROUGH_FIGURES, WALKTHROUGH_LIMITS, walkthroughActions } from './walkthrough-figures';
export { WALKTHROUGH_STEP_COUNT } from './step-counts';

const TITLES: Partial<Record<`${SnapshotState}:${SnapshotEvent}`, string>> = {
  'no-volume:create-volume': 'Create a volume',
  'volume:write': 'Write data',
  'written:snapshot': 'First snapshot',
  'snapshotted:change-blocks': 'Change some blocks',
  'changed:snapshot': 'Second snapshot',
  'chained:delete-snapshot': 'Delete the first snapshot',
  'snapshotted:restore-other-az': 'Restore in another AZ',
  'restored:copy-region': 'Copy to another Region',
};

export interface WalkthroughStep {
  index: number;
  event: SnapshotEvent;
  from: SnapshotState;
  to: SnapshotState;
  /** The block action drawn at this step; null for 'create-volume'. */
  action: BlockAction | null;
  title: string;
  explanation: string;
  frame: BlockFrame;
}

/** The 8 steps of the standard scenario for `f` (clamped), each with its block frame. */
export function snapshotWalkthrough(f: WalkthroughFigures = DEFAULT_WALKTHROUGH_FIGURES): WalkthroughStep[] {
  const figures = clampFigures(f).figures;
  const steps = standardSnapshotSteps({ volumeSizeGiB: figures.sizeGiB, writtenGiB: figures.writtenGiB, changedGiB: figures.changedGiB });
  const actions = walkthroughActions(figures);
  let frame = emptyFrame(figures.sizeGiB);
  return steps.map((step) => {
    const action = step.index === 0 ? null : actions[step.index - 1] ?? null;
    if (action !== null) {
      const result = applyBlockAction(frame, action);
      if (!result.ok) throw new Error(`Walkthrough step ${step.index + 1} is refused by the block engine: ${result.reason}`);
      frame = result.frame;
    }
    return {
      index: step.index, event: step.event, from: step.from, to: step.to, action,
      title: TITLES[`${step.from}:${step.event}`] ?? step.event,
      explanation: step.explanation,
      frame,
    };
  });
}
