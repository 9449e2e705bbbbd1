/**
 * The free-play control machine: which kind of block action is allowed, from the number of live
 * snapshots alone (shared/aws-facts.md §4; drawn in docs/state-machines.md). Built with the stepper
 * kit, so every state x event pair is a next state or a stated refusal (isTotal).
 *
 *   empty   the volume holds no data, no live snapshot
 *   data    the volume holds data, no live snapshot
 *   snapN   N live snapshots, 1 <= N <= FREE_PLAY_LIMITS.maxSnapshots (4)
 *
 *   write: empty|data -> data, snapN -> snapN        snapshot: data -> snap1, snapN -> snapN+1 (not past 4)
 *   delete: snap1 -> data, snapN -> snapN-1          restore, copy: snapN -> snapN
 *
 * The control state is derived from a frame (controlStateOf), never stored. The block engine
 * (blocks.ts) consults this table first, then checks the action's parameters (block indexes, which
 * snapshot). Limits are interface choices so the drawing fits, not AWS figures: AWS keeps far more
 * snapshots per volume and would also snapshot an empty volume (storing 0 GiB).
 */
import type { Machine } from '../stepper/machine';
import type { BlockFrame } from './blocks';
import { FREE_PLAY_LIMITS } from './step-counts';

/** Interface limits of free play (not AWS figures), kept in step-counts.ts: snapshots kept, size in GiB (= blocks), actions run. */
export { FREE_PLAY_LIMITS };

export type FreePlayState = 'empty' | 'data' | 'snap1' | 'snap2' | 'snap3' | 'snap4';
export type FreePlayEvent = 'write' | 'snapshot' | 'delete' | 'restore' | 'copy';

export const FREE_PLAY_STATES: readonly FreePlayState[] = ['empty', 'data', 'snap1', 'snap2', 'snap3', 'snap4'];
export const FREE_PLAY_EVENTS: readonly FreePlayEvent[] = ['write', 'snapshot', 'delete', 'restore', 'copy'];

/** Why free play refuses to snapshot an empty volume (AWS would take it and store nothing). */
const EMPTY_SNAPSHOT = 'Nothing to snapshot yet: a snapshot stores only the blocks written, and this volume holds none, so it would upload 0 GiB. Free play skips it: write some blocks first.';
const NO_DELETE = { refused: 'There is no snapshot to delete.' };
const NO_RESTORE = { refused: 'There is no snapshot to restore from.' };
const NO_COPY = { refused: 'There is no snapshot to copy to another Region.' };

export const FREE_PLAY_MACHINE: Machine<FreePlayState, FreePlayEvent> = {
  states: FREE_PLAY_STATES,
  events: FREE_PLAY_EVENTS,
  initial: 'empty',
  transitions: {
    empty: {
      write: { to: 'data' }, snapshot: { refused: EMPTY_SNAPSHOT },
      delete: NO_DELETE, restore: NO_RESTORE, copy: NO_COPY,
    },
    data: { write: { to: 'data' }, snapshot: { to: 'snap1' }, delete: NO_DELETE, restore: NO_RESTORE, copy: NO_COPY },
    snap1: { write: { to: 'snap1' }, snapshot: { to: 'snap2' }, delete: { to: 'data' }, restore: { to: 'snap1' }, copy: { to: 'snap1' } },
    snap2: { write: { to: 'snap2' }, snapshot: { to: 'snap3' }, delete: { to: 'snap1' }, restore: { to: 'snap2' }, copy: { to: 'snap2' } },
    snap3: { write: { to: 'snap3' }, snapshot: { to: 'snap4' }, delete: { to: 'snap2' }, restore: { to: 'snap3' }, copy: { to: 'snap3' } },
    snap4: {
      write: { to: 'snap4' },
      snapshot: { refused: `Free play keeps at most ${FREE_PLAY_LIMITS.maxSnapshots} snapshots so the drawing fits: delete one first.` },
      delete: { to: 'snap3' }, restore: { to: 'snap4' }, copy: { to: 'snap4' },
    },
  },
};

const SNAP_STATES: readonly FreePlayState[] = ['snap1', 'snap2', 'snap3', 'snap4'];

/** The control state of a frame: the number of live snapshots, or whether the volume holds data. */
export function controlStateOf(frame: Pick<BlockFrame, 'snapshots' | 'usedGiB'>): FreePlayState {
  const live = frame.snapshots.length;
  if (live === 0) return frame.usedGiB > 0 ? 'data' : 'empty';
  return SNAP_STATES[Math.min(live, SNAP_STATES.length) - 1] ?? 'snap4';
}
