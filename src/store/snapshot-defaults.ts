/**
 * Starting point of the snapshot view (UI choices, docs/model.md "Interface choices"): the notes'
 * 40 GiB volume holding 10 GiB, 4 GiB changed; a whole month of storage in the standard tier; FSR on
 * one snapshot in 3 AZs for 90 minutes (PRICE25 FSR example 1, $3.375).
 */
import type { SnapshotTier } from '../domain';
import type { BlockAction } from '../domain/snapshots/blocks';
import type { WalkthroughFigures } from '../domain/snapshots/walkthrough-figures';

export interface SnapshotInputs {
  figures: WalkthroughFigures;
  /** null: the guided walkthrough. A list: free play, the person's own actions in order. */
  play: readonly BlockAction[] | null;
  /** Free play: the blocks chosen to change with the next write. */
  selected: readonly number[];
  /** Index into the steps (walkthrough steps, or free play's empty volume followed by one step per action). */
  step: number;
  restoreStep: number;
  tier: SnapshotTier;
  /** Days of a 30-day month the snapshots are kept, for GB-months. */
  daysKept: number;
  fsrAzs: number;
  fsrMinutes: number;
  /** Free play read from a link before the block engine loaded: to be replayed by reconcileFreePlay. */
  unchecked?: boolean;
}

export const DEFAULT_SNAPSHOTS: SnapshotInputs = {
  figures: { sizeGiB: 40, writtenGiB: 10, changedGiB: 4 },
  play: null,
  selected: [],
  step: 0,
  restoreStep: 0,
  tier: 'standard',
  daysKept: 30,
  fsrAzs: 3,
  fsrMinutes: 90,
};

/** Interface ranges: up to 3 AZs are drawn; FSR for up to a 30-day month. */
export const SNAPSHOT_UI_LIMITS = { daysKept: [1, 30], fsrAzs: [1, 3], fsrMinutes: [1, 43_200] } as const;
