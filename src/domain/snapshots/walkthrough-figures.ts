/**
 * The guided snapshot walkthrough's figures and block actions, without captions, so the URL codec can
 * validate and count them cheaply (walkthrough.ts draws and explains them).
 *
 * Figures, whole GiB (1 block = 1 GiB): size S in [4, 64], written W in [1, S], changed C in [1, W].
 * Blocks 0 .. W-1 are written; C blocks in the middle of them (from floor((W - C) / 2)) are overwritten.
 * The limits are interface choices (the free-play drawing's), not AWS figures.
 */
import type { BlockAction } from './blocks';
import { FREE_PLAY_LIMITS } from './step-counts';

export interface WalkthroughFigures { sizeGiB: number; writtenGiB: number; changedGiB: number }

/** The notes' example: a 40 GiB volume holding 10 GiB, 4 GiB changed (lifecycle.ts STANDARD_SCENARIO_FIGURES). */
export const DEFAULT_WALKTHROUGH_FIGURES: WalkthroughFigures = { sizeGiB: 40, writtenGiB: 10, changedGiB: 4 };

/** [min, max] of each figure; written and changed depend on the figure before them. */
export const WALKTHROUGH_LIMITS = {
  sizeGiB: [FREE_PLAY_LIMITS.minSizeGiB, FREE_PLAY_LIMITS.maxSizeGiB] as const,
  writtenGiB: (sizeGiB: number): readonly [number, number] => [1, sizeGiB],
  changedGiB: (writtenGiB: number): readonly [number, number] => [1, writtenGiB],
};

function clampOne(value: number, [min, max]: readonly [number, number], fallback: number, name: string, problems: string[]): number {
  const base = Number.isFinite(value) ? Math.round(value) : fallback;
  const clamped = Math.min(max, Math.max(min, base));
  if (clamped !== value) problems.push(`The ${name} must be a whole number of GiB from ${min} to ${max}: ${String(value)} became ${clamped}.`);
  return clamped;
}

/** Figures within the limits (whole GiB), and a sentence for each one that had to change. Never throws. */
export function clampFigures(f: WalkthroughFigures): { figures: WalkthroughFigures; problems: string[] } {
  const problems: string[] = [];
  const d = DEFAULT_WALKTHROUGH_FIGURES;
  const sizeGiB = clampOne(f.sizeGiB, WALKTHROUGH_LIMITS.sizeGiB, d.sizeGiB, 'volume size', problems);
  const writtenGiB = clampOne(f.writtenGiB, WALKTHROUGH_LIMITS.writtenGiB(sizeGiB), d.writtenGiB, 'data written', problems);
  const changedGiB = clampOne(f.changedGiB, WALKTHROUGH_LIMITS.changedGiB(writtenGiB), d.changedGiB, 'data changed', problems);
  return { figures: { sizeGiB, writtenGiB, changedGiB }, problems };
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/**
 * The block actions of steps 2 to 8 (step 1 creates the volume): write, snapshot, change, snapshot,
 * delete snapshot 1, restore snapshot 2, copy snapshot 2. Figures are clamped first.
 */
export function walkthroughActions(f: WalkthroughFigures): BlockAction[] {
  const { writtenGiB: w, changedGiB: c } = clampFigures(f).figures;
  return [
    { kind: 'write', blocks: range(0, w) },
    { kind: 'snapshot' },
    { kind: 'write', blocks: range(Math.floor((w - c) / 2), c) },
    { kind: 'snapshot' },
    { kind: 'delete', snapshot: 1 },
    { kind: 'restore', snapshot: 2 },
    { kind: 'copy', snapshot: 2 },
  ];
}
