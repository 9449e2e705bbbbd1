/**
 * The snapshot view's inputs, declared once: the walkthrough's figures (a 40 GiB volume holding
 * 10 GiB, 4 GiB changed: the notes' example), free play's own actions and the blocks chosen for its
 * next write, the two step indexes (counted from 1 in the link), and the billing settings (a whole
 * month in the standard tier; FSR on one snapshot in 3 AZs for 90 minutes, PRICE25 FSR example 1).
 * `#/snapshots?size=40&used=10&changed=4&step=3&rstep=1&tier=standard&days=30&fsraz=3&fsrmin=90`,
 * and in free play also `play=w0-9,s,w2-5,s` (the engine's action codes) with `sel=3.7`; the volume's
 * type for its own storage price (`vtype=gp2`, the API default), and in the current edition the
 * provisioned initialization rate (`irate=300`, 100 to 300 MiB/s, aws-facts §11).
 *
 * The figures' ranges are the domain's (`WALKTHROUGH_LIMITS`, written within the size, changed
 * within the written); `clampFigures` keeps them and words what it changed. Free play is replayed
 * by the domain's block engine: a link's refused actions are left out and named at once.
 */
import {
  RESTORE_STEP_COUNT, SNAPSHOT_VOLUME_TYPES, VOLUME_INITIALIZATION_RATE, WALKTHROUGH_LIMITS, clampFigures, encodeActions,
  parseActions, walkthroughActions, type BlockAction, type SnapshotTier, type SnapshotVolumeType,
} from '../../domain';
import { choice, list, num, whole, type InputsOf } from '../../store/params';
import { defineViewState, type RefineContext, type Refined } from '../../store/view-state';
import { formatBlockList, keptActions, readBlockList, stepCountOf } from './free-play-actions';

const TIERS: readonly SnapshotTier[] = ['standard', 'archive'];
// The rate's declared range is today's (aws-facts §11); saa-c02 has no such rate and does not use it.
const RATE = VOLUME_INITIALIZATION_RATE.current!;
const NO_BLOCKS: readonly number[] = [];
type Play = readonly BlockAction[] | null;

const write = (...blocks: number[]): BlockAction => ({ kind: 'write', blocks });

const params = {
  // Numbers rather than whole: a fraction goes to clampFigures, which rounds it and says so.
  sizeGiB: num({ key: 'size', label: 'Volume size', unit: 'GiB', default: 40, range: () => WALKTHROUGH_LIMITS.sizeGiB }),
  writtenGiB: num({
    key: 'used', label: 'Data written', unit: 'GiB', default: 10,
    range: (i: { sizeGiB: number }) => WALKTHROUGH_LIMITS.writtenGiB(i.sizeGiB),
  }),
  changedGiB: num({
    key: 'changed', label: 'Changed before the second snapshot', unit: 'GiB', default: 4,
    range: (i: { writtenGiB: number }) => WALKTHROUGH_LIMITS.changedGiB(i.writtenGiB),
  }),
  /** null: the guided walkthrough. A list: free play, the person's own actions in order. */
  play: list<Play>({
    key: 'play', label: 'Free play', default: null,
    parse: (raw) => {
      const read = parseActions(raw);
      return { value: read.actions, problems: read.problems.map((p) => `play: ${p}`) };
    },
    format: (play) => encodeActions(play ?? []),
    omit: (i: { play: Play }) => i.play === null,
    examples: [
      null, [], [write(0, 1), { kind: 'snapshot' }],
      walkthroughActions({ sizeGiB: 40, writtenGiB: 10, changedGiB: 4 }),
      [write(63), { kind: 'snapshot' }, { kind: 'delete', snapshot: 1 }],
      [{ kind: 'delete', snapshot: 7 }],
      Array.from({ length: 200 }, (_, k) => write(k % 4)),
    ],
  }),
  /** Free play: the blocks chosen to change with the next write (checked against the size by `refine`). */
  selected: list<readonly number[]>({
    key: 'sel', label: 'Blocks chosen', default: NO_BLOCKS,
    parse: (raw) => ({ value: readBlockList(raw).blocks, problems: [] }),
    format: formatBlockList,
    omit: (i: { play: Play; selected: readonly number[] }) => i.play === null || !i.selected.length,
    examples: [NO_BLOCKS, [0], [1, 2, 3], [3, 7, 8, 9], [63], Array.from({ length: 64 }, (_, b) => b)],
  }),
  /** Into the walkthrough's steps, or free play's: the empty volume, then one per action kept. */
  step: whole({
    key: 'step', label: 'Step', default: 0, offset: 1,
    range: (i: { sizeGiB: number; play: Play }) => [0, stepCountOf(i.sizeGiB, i.play) - 1] as const,
  }),
  restoreStep: whole({ key: 'rstep', label: 'Restore step', default: 0, offset: 1, min: 0, max: RESTORE_STEP_COUNT - 1 }),
  tier: choice<SnapshotTier>({ key: 'tier', label: 'Storage tier', values: TIERS, default: 'standard', what: 'standard or archive' }),
  // Interface ranges: a 30-day month; up to 3 AZs are drawn; FSR for up to a 30-day month.
  // Units as symbols (d, AZ, min), so the kit's "used 1 d" reads right for 1 as for 3; the sliders say them in words.
  daysKept: whole({ key: 'days', label: 'Days kept this month', unit: 'd', default: 30, min: 1, max: 30 }),
  fsrAzs: whole({ key: 'fsraz', label: 'AZs with FSR enabled', unit: 'AZ', default: 3, min: 1, max: 3 }),
  fsrMinutes: whole({ key: 'fsrmin', label: 'Time FSR stays enabled', unit: 'min', default: 90, min: 1, max: 43_200 }),
  volumeType: choice<SnapshotVolumeType>({ key: 'vtype', label: 'Volume type', values: SNAPSHOT_VOLUME_TYPES, default: 'gp2', what: 'gp2 or gp3' }),
  /**
   * The Provisioned Rate for Volume Initialization, used in the current edition only; kept (and in
   * the link) in saa-c02 too, so switching the Figures back and forth never drops the person's rate.
   */
  initRateMiBps: whole({
    key: 'irate', label: 'Provisioned initialization rate', unit: 'MiB/s',
    default: RATE.pricedAtMiBps, min: RATE.minMiBps, max: RATE.maxMiBps,
  }),
};

export type SnapshotInputs = InputsOf<typeof params>;

/**
 * The figures within their limits; free play replayed. A link (or reset) keeps only the actions the
 * engine accepts and names the others, and opens at its last step unless it names one; an intent keeps every action, skipping those a smaller
 * volume cannot take until it grows again. A selection applies only in free play, on the volume.
 */
function refine(candidate: SnapshotInputs, ctx: RefineContext<SnapshotInputs>): Refined<SnapshotInputs> {
  const link = ctx.mode === 'link';
  const { figures, problems } = clampFigures(candidate);
  const size = figures.sizeGiB;
  const changes: string[] = [];
  let { play, selected, step } = candidate;
  if (play === null) {
    changes.push(...problems);
    if (link && ctx.given('selected')) changes.push('sel only applies in free play (with play=...): ignored');
    selected = NO_BLOCKS;
  } else {
    // In free play only the size is on screen: the walkthrough's figures follow it silently.
    changes.push(...(link ? problems : clampFigures({ sizeGiB: candidate.sizeGiB, writtenGiB: 1, changedGiB: 1 }).problems));
    const kept = keptActions(size, play);
    if (link || ctx.mode === 'reset') {
      if (kept.refused.length) play = kept.actions;
      changes.push(...kept.refused.map((r) => `play: ${r}`));
    } else if (ctx.mode === 'intent' && kept.actions.length < play.length) {
      changes.push(`${play.length - kept.actions.length} action(s) do not fit a ${size} GiB volume and are skipped until it is larger.`);
    }
    if (selected.some((b) => b >= size)) selected = selected.filter((b) => b < size);
    // A free-play link without a step opens at its last step: the picture it was shared for.
    if (link && !ctx.given('step')) step = keptActions(size, play).actions.length;
    const raw = link && ctx.given('selected') ? ctx.raw('selected') ?? '' : null;
    if (raw !== null) {
      const read = readBlockList(raw);
      if (!read.readable || selected.length < read.blocks.length) {
        changes.push(`sel "${raw}" is not a list of blocks 0 to ${size - 1}: used ${selected.join(', ') || 'none'}`);
      }
    }
  }
  return { inputs: { ...candidate, ...figures, play, selected, step }, changes };
}

export const snapshotsState = defineViewState({ id: 'snapshots', params, refine });
