/**
 * The snapshot view's part of the URL:
 * `#/snapshots?size=40&used=10&changed=4&step=3&rstep=1&tier=standard&days=30&fsraz=3&fsrmin=90`,
 * and in free play also `play=w0-9,s,w2-5,s` (the engine's action codes) with `sel=3.7` (blocks chosen to change).
 */
import type { SnapshotTier } from '../domain';
import { encodeActions, parseActions } from '../domain/snapshots/action-codec';
import { RESTORE_STEP_COUNT } from '../domain/snapshots/step-counts';
import { clampFigures } from '../domain/snapshots/walkthrough-figures';
import { DEFAULT_SNAPSHOTS, SNAPSHOT_UI_LIMITS, type SnapshotInputs } from './snapshot-defaults';
import { snapshotEngine } from './snapshot-engine';
import { keptActions, snapshotStepCount } from './snapshot-steps';
import { readChoice, readNumber, readRawNumber, unknownKeys } from './url-params';

const KEYS = ['size', 'used', 'changed', 'play', 'sel', 'step', 'rstep', 'tier', 'days', 'fsraz', 'fsrmin'] as const;
const TIERS: readonly SnapshotTier[] = ['standard', 'archive'];

export function encodeSnapshots(inputs: SnapshotInputs, params: URLSearchParams): void {
  params.set('size', String(inputs.figures.sizeGiB));
  // Written in free play too: a size below the default data written clamps the figures, and a link
  // without them would read the defaults back and report that they had to change.
  params.set('used', String(inputs.figures.writtenGiB));
  params.set('changed', String(inputs.figures.changedGiB));
  if (inputs.play !== null) {
    params.set('play', encodeActions(inputs.play));
    if (inputs.selected.length) params.set('sel', encodeActions([{ kind: 'write', blocks: inputs.selected }]).slice(1));
  }
  params.set('step', String(inputs.step + 1));
  params.set('rstep', String(inputs.restoreStep + 1));
  params.set('tier', inputs.tier);
  params.set('days', String(inputs.daysKept));
  params.set('fsraz', String(inputs.fsrAzs));
  params.set('fsrmin', String(inputs.fsrMinutes));
}

export function decodeSnapshots(params: URLSearchParams, base: SnapshotInputs): { inputs: SnapshotInputs; problems: string[] } {
  const problems = unknownKeys(params, [...KEYS, 'edition']);
  const size = readRawNumber(params, 'size');
  const used = readRawNumber(params, 'used');
  const changed = readRawNumber(params, 'changed');
  for (const r of [size, used, changed]) if (r.problem) problems.push(r.problem);
  const clamped = clampFigures({
    sizeGiB: size.value ?? base.figures.sizeGiB,
    writtenGiB: used.value ?? base.figures.writtenGiB,
    changedGiB: changed.value ?? base.figures.changedGiB,
  });
  problems.push(...clamped.problems);
  const figures = clamped.figures;

  let play = base.play;
  let selected = base.selected;
  const rawPlay = params.get('play');
  if (rawPlay !== null) {
    const read = parseActions(rawPlay);
    problems.push(...read.problems.map((p) => `play: ${p}`));
    const kept = keptActions(figures, read.actions);
    problems.push(...kept.refused.map((r) => `play: ${r}`));
    play = kept.actions;
  }
  if (play !== null) {
    const rawSel = params.get('sel');
    if (rawSel !== null) {
      const read = parseActions(`w${rawSel}`);
      const blocks = read.actions[0]?.kind === 'write' ? read.actions[0].blocks : [];
      selected = blocks.filter((b) => b < figures.sizeGiB);
      if (read.problems.length || selected.length < blocks.length) problems.push(`sel "${rawSel}" is not a list of blocks 0 to ${figures.sizeGiB - 1}: used ${selected.join(', ') || 'none'}`);
    }
  } else {
    if (params.has('sel')) problems.push('sel only applies in free play (with play=...): ignored');
    selected = [];
  }

  const count = snapshotStepCount(figures, play);
  const step = readNumber(params, 'step', Math.min(base.step, count - 1) + 1, { min: 1, max: count, integer: true });
  const rcount = RESTORE_STEP_COUNT;
  const rstep = readNumber(params, 'rstep', Math.min(base.restoreStep, rcount - 1) + 1, { min: 1, max: rcount, integer: true });
  const tier = readChoice<SnapshotTier>(params, 'tier', TIERS, base.tier, 'standard or archive');
  const [dMin, dMax] = SNAPSHOT_UI_LIMITS.daysKept;
  const days = readNumber(params, 'days', base.daysKept, { min: dMin, max: dMax, integer: true, unit: 'days' });
  const [aMin, aMax] = SNAPSHOT_UI_LIMITS.fsrAzs;
  const azs = readNumber(params, 'fsraz', base.fsrAzs, { min: aMin, max: aMax, integer: true, unit: 'AZs' });
  const [mMin, mMax] = SNAPSHOT_UI_LIMITS.fsrMinutes;
  const minutes = readNumber(params, 'fsrmin', base.fsrMinutes, { min: mMin, max: mMax, integer: true, unit: 'minutes' });
  for (const r of [step, rstep, tier, days, azs, minutes]) if (r.problem) problems.push(r.problem);
  return {
    inputs: {
      ...DEFAULT_SNAPSHOTS, figures, play, selected,
      ...(play !== null && !snapshotEngine() && (rawPlay !== null || base.unchecked) ? { unchecked: true } : {}),
      step: step.value - 1, restoreStep: rstep.value - 1,
      tier: tier.value, daysKept: days.value, fsrAzs: azs.value, fsrMinutes: minutes.value,
    },
    problems,
  };
}
