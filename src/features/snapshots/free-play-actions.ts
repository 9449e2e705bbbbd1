/**
 * Free play's list of actions as the view's state keeps it: replayed through the domain's block
 * engine (`replayActions`), the actions it keeps and why it left the others out, how many steps
 * they make, and the text form of the blocks chosen for the next write (`sel=3.7-9`).
 */
import { WALKTHROUGH_STEP_COUNT, encodeActions, parseActions, replayActions, type BlockAction, type Replay } from '../../domain';

// The refinement, the step's range and an intent ask about the same list in turn: one replay kept.
let last: { sizeGiB: number; play: readonly BlockAction[]; replay: Replay } | null = null;

export function replayOf(sizeGiB: number, play: readonly BlockAction[]): Replay {
  if (last && last.sizeGiB === sizeGiB && last.play === play) return last.replay;
  const replay = replayActions(sizeGiB, play);
  last = { sizeGiB, play, replay };
  return replay;
}

/** The actions the engine keeps on a volume of `sizeGiB`, and a sentence for each it left out. */
export function keptActions(sizeGiB: number, play: readonly BlockAction[]): { actions: BlockAction[]; refused: string[] } {
  const replay = replayOf(sizeGiB, play);
  return {
    actions: replay.kept.map((k) => k.action),
    // Named by its code, not its position: a link's unreadable parts are dropped before replay, so
    // positions here would not match the parts of the link a person counts.
    refused: [...replay.problems, ...replay.refused.map((r) => `action "${encodeActions([r.action])}" was left out: ${r.reason}`)],
  };
}

/** The walkthrough's steps, or free play's: the empty volume, then one per kept action. */
export function stepCountOf(sizeGiB: number, play: readonly BlockAction[] | null): number {
  return play === null ? WALKTHROUGH_STEP_COUNT : replayOf(sizeGiB, play).frames.length;
}

/** The blocks `3.7-9` names, and whether all of it could be read. */
export function readBlockList(raw: string): { blocks: readonly number[]; readable: boolean } {
  const read = parseActions(`w${raw}`);
  const first = read.actions[0];
  return { blocks: first?.kind === 'write' ? first.blocks : [], readable: read.problems.length === 0 };
}

export function formatBlockList(blocks: readonly number[]): string {
  return encodeActions([{ kind: 'write', blocks }]).slice(1);
}
