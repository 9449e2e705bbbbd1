/**
 * The snapshot lifecycle as a total state machine, and its standard scenario
 * (shared/aws-facts.md §4; UG21 EBSSnapshots.md; PRICE25 example 7). Drawn in docs/state-machines.md.
 *
 * The machine follows one volume and at most two snapshots (a full one and an incremental one):
 *   no-volume -> volume (empty) -> written (data, no snapshot) -> snapshotted (one snapshot, volume
 *   unchanged since) -> changed (one snapshot, blocks changed since) -> chained (two snapshots) ->
 *   restored (a new volume in another AZ from the latest snapshot) -> copied (to another Region).
 * Every state x event pair is a next state or a stated refusal.
 *
 * Standard scenario, in GiB (captions take the figures; the notes' 40 / 10 / 4 by default): a 40 GiB
 * volume holding 10 GiB; first snapshot stores 10; 4 GiB change; second snapshot stores 4 (14 stored);
 * deleting the first frees the 4 GiB it alone held (10 stored); restore to another AZ; copy to another
 * Region. In general: size S, written W, changed C -> W; W + C; W (frees C, keeps W - C).
 * snapshots/walkthrough.ts draws these steps with the block engine.
 */
import type { Machine, Step } from '../stepper/machine';
import { runScenario } from '../stepper/machine';

export type SnapshotState = 'no-volume' | 'volume' | 'written' | 'snapshotted' | 'changed' | 'chained' | 'restored' | 'copied';
export type SnapshotEvent =
  | 'create-volume' | 'write' | 'snapshot' | 'change-blocks' | 'delete-snapshot' | 'restore-other-az' | 'copy-region';

export const SNAPSHOT_STATES: readonly SnapshotState[] = ['no-volume', 'volume', 'written', 'snapshotted', 'changed', 'chained', 'restored', 'copied'];
export const SNAPSHOT_EVENTS: readonly SnapshotEvent[] = [
  'create-volume', 'write', 'snapshot', 'change-blocks', 'delete-snapshot', 'restore-other-az', 'copy-region',
];

const ONE_VOLUME = { refused: 'The walkthrough follows one volume, and it already exists.' };
const NO_VOLUME_WRITE = { refused: 'There is no volume to write to: create one first.' };
const NO_SNAPSHOT_DELETE = { refused: 'There is no snapshot to delete.' };
const NO_SNAPSHOT_RESTORE = { refused: 'There is no snapshot to restore from.' };
const NO_SNAPSHOT_COPY = { refused: 'There is no snapshot to copy to another Region.' };
const UNCHANGED = { refused: 'Nothing changed since the latest snapshot: a new one would store 0 GiB.' };
const TWO_AT_MOST = { refused: 'The walkthrough keeps at most two snapshots: delete the older one first.' };
const FINISHED = { refused: 'The walkthrough ends with a restore and a copy: start again to change the volume.' };

export const SNAPSHOT_MACHINE: Machine<SnapshotState, SnapshotEvent> = {
  states: SNAPSHOT_STATES,
  events: SNAPSHOT_EVENTS,
  initial: 'no-volume',
  transitions: {
    'no-volume': {
      'create-volume': { to: 'volume' }, write: NO_VOLUME_WRITE,
      snapshot: { refused: 'There is no volume to snapshot.' },
      'change-blocks': { refused: 'There is no volume whose blocks could change.' },
      'delete-snapshot': NO_SNAPSHOT_DELETE, 'restore-other-az': NO_SNAPSHOT_RESTORE, 'copy-region': NO_SNAPSHOT_COPY,
    },
    volume: {
      'create-volume': ONE_VOLUME, write: { to: 'written' },
      snapshot: { refused: 'The volume holds no data yet: write some first.' },
      'change-blocks': { refused: 'No blocks are written yet, so none can change.' },
      'delete-snapshot': NO_SNAPSHOT_DELETE, 'restore-other-az': NO_SNAPSHOT_RESTORE, 'copy-region': NO_SNAPSHOT_COPY,
    },
    written: {
      'create-volume': ONE_VOLUME, write: { to: 'written' }, snapshot: { to: 'snapshotted' }, 'change-blocks': { to: 'written' },
      'delete-snapshot': NO_SNAPSHOT_DELETE, 'restore-other-az': NO_SNAPSHOT_RESTORE, 'copy-region': NO_SNAPSHOT_COPY,
    },
    snapshotted: {
      'create-volume': ONE_VOLUME, write: { to: 'changed' }, snapshot: UNCHANGED, 'change-blocks': { to: 'changed' },
      'delete-snapshot': { to: 'written' }, 'restore-other-az': { to: 'restored' }, 'copy-region': { to: 'copied' },
    },
    changed: {
      'create-volume': ONE_VOLUME, write: { to: 'changed' }, snapshot: { to: 'chained' }, 'change-blocks': { to: 'changed' },
      'delete-snapshot': { to: 'written' }, 'restore-other-az': { to: 'restored' }, 'copy-region': { to: 'copied' },
    },
    chained: {
      'create-volume': ONE_VOLUME, write: TWO_AT_MOST, snapshot: UNCHANGED, 'change-blocks': TWO_AT_MOST,
      'delete-snapshot': { to: 'snapshotted' }, 'restore-other-az': { to: 'restored' }, 'copy-region': { to: 'copied' },
    },
    restored: {
      'create-volume': ONE_VOLUME, write: FINISHED, snapshot: FINISHED, 'change-blocks': FINISHED, 'delete-snapshot': FINISHED,
      'restore-other-az': { to: 'restored' }, 'copy-region': { to: 'copied' },
    },
    copied: {
      'create-volume': ONE_VOLUME, write: FINISHED, snapshot: FINISHED, 'change-blocks': FINISHED, 'delete-snapshot': FINISHED,
      'restore-other-az': { to: 'restored' }, 'copy-region': { refused: 'The snapshot is already copied to the other Region.' },
    },
  },
};

/** The standard walkthrough: 40 GiB volume, 10 GiB written, two snapshots, delete, restore, copy. */
export const STANDARD_SNAPSHOT_SCENARIO: readonly SnapshotEvent[] = [
  'create-volume', 'write', 'snapshot', 'change-blocks', 'snapshot', 'delete-snapshot', 'restore-other-az', 'copy-region',
];

/** The GiB a scenario's captions quote: the volume's size, the data written, the data changed. */
export interface ScenarioFigures {
  readonly volumeSizeGiB: number;
  readonly writtenGiB: number;
  readonly changedGiB: number;
}

/** The numbers the standard scenario's captions quote by default (GiB): the notes' example. */
export const STANDARD_SCENARIO_FIGURES = { volumeSizeGiB: 40, writtenGiB: 10, changedGiB: 4 } as const satisfies ScenarioFigures;

type CaptionKey = `${SnapshotState}:${SnapshotEvent}`;

function captions(f: ScenarioFigures): Partial<Record<CaptionKey, string>> {
  const { volumeSizeGiB: size, writtenGiB: written, changedGiB: changed } = f;
  const notSize = written < size ? `, not the ${size} GiB size` : '';
  return {
    'no-volume:create-volume': `A new, empty ${size} GiB volume is created in one AZ. You pay for the ${size} GiB provisioned, not for the data on it.`,
    'volume:write': `An application writes ${written} GiB to the volume. ${size - written} GiB of the ${size} GiB are still never-written blocks.`,
    'written:snapshot': `The first snapshot copies only the ${written} GiB of written blocks to S3${notSize}. Snapshot storage: ${written} GiB.`,
    'snapshotted:change-blocks': `The application overwrites ${changed} GiB of the ${written} GiB. The snapshot still holds the old version of those blocks.`,
    'changed:snapshot': `The second snapshot is incremental: it stores only the ${changed} GiB changed since the first. Storage: ${written} + ${changed} = ${written + changed} GiB, yet each snapshot restores the whole volume.`,
    'chained:delete-snapshot': `Deleting the first snapshot frees only the ${changed} GiB of old blocks no other snapshot uses; the ${written - changed} GiB the second still references are kept. Storage: ${written} GiB.`,
    'snapshotted:restore-other-az': `A new volume is created from the snapshot in another AZ of the same Region, holding its ${written} GiB of data. It loads blocks lazily from S3, so first reads are slow unless initialised or FSR is enabled.`,
    'restored:copy-region': `The snapshot's ${written} GiB are copied to another Region for disaster recovery; the copy is charged for cross-Region data transfer and then stored there.`,
  };
}

/**
 * The caption of one step: a worked sentence quoting `figures` (the notes' 40 / 10 / 4 GiB by
 * default) for the standard scenario's transitions, a plain one otherwise.
 */
export function describeSnapshotStep(
  from: SnapshotState, event: SnapshotEvent, to: SnapshotState, figures: ScenarioFigures = STANDARD_SCENARIO_FIGURES,
): string {
  return captions(figures)[`${from}:${event}`] ?? `"${event}" takes the walkthrough from "${from}" to "${to}".`;
}

/** The standard scenario, run ahead of time into explained steps quoting `figures`. */
export function standardSnapshotSteps(figures: ScenarioFigures = STANDARD_SCENARIO_FIGURES): Step<SnapshotState, SnapshotEvent>[] {
  return runScenario(SNAPSHOT_MACHINE, STANDARD_SNAPSHOT_SCENARIO, (from, event, to) => describeSnapshotStep(from, event, to, figures));
}
