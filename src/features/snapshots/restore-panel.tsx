import { memo, useMemo } from 'react';
import { Section } from '../../components/section';
import { Stepper } from '../../components/stepper';
import { formatNumber } from '../../components/format';
import { RangeField } from '../../components/range-field';
import { clampInitializationRate, restoreFigures, restoreSteps, type RestoreLane, type RestoreMethod } from '../../domain';
import { useActions, useEdition, useInput } from '../../store/view-hooks';
import { boundsOf } from '../../store/view-state';
import { snapshotsActions } from './actions';
import { CellSwatch, TouchedSwatch } from './block-grid';
import { gridColumns } from './cell-kinds';
import { snapshotsState } from './params';
import { RestoreFacts } from './restore-facts';
import { RestoreTimeline } from './restore-timeline';
import { StepWords, useTitlesOnly } from '../../components/step-words';
import { readOrderOf, restoreSourceOf } from './snapshot-steps';
import { useSnapshotSteps } from './use-snapshot-steps';

const METHOD_TITLE: Record<RestoreMethod, string> = {
  lazy: 'Lazy loading (the default)',
  initialise: 'Read every block first (dd or fio)',
  fsr: 'Fast Snapshot Restore',
  rate: 'Provisioned initialisation rate',
};

const Lane = memo(function Lane({ lane, used, columns }: { lane: RestoreLane; used: ReadonlySet<number>; columns: number }) {
  const fetched = new Set([...lane.reads.filter((r) => r.from === 's3').map((r) => r.block), ...lane.fetchedBlocks]);
  const ready = lane.initialised.filter((v, i) => v && used.has(i)).length;
  return (
    <li className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <p className="text-sm font-semibold">{METHOD_TITLE[lane.method]}</p>
      <div role="img" aria-label={`${ready} of ${used.size} GiB of data initialised${lane.reads.length ? `; ${lane.reads.filter((r) => r.from === 's3').length} reads fetched from S3` : ''}.`}
        className="my-2 inline-grid gap-0.5" style={{ gridTemplateColumns: `repeat(${columns}, max-content)` }}>
        {lane.initialised.map((init, i) => {
          const cls = !used.has(i) ? 'bg-slate-300 dark:bg-slate-600' : init ? 'bg-sky-600 dark:bg-sky-400' : 'cell-pending bg-sky-200 dark:bg-sky-700';
          return <span key={i} className={`cell h-3 w-3 rounded-sm ${cls}`} data-flash={fetched.has(i) ? '' : undefined} />;
        })}
      </div>
      <p className="text-xs">{lane.caption}</p>
    </li>
  );
});

/** Restore, side by side: the same snapshot restored four ways, stepped together. */
export function RestorePanel() {
  const { step: walk, figures, freePlay } = useSnapshotSteps();
  const edition = useEdition();
  const index = useInput(snapshotsState, 'restoreStep');
  const chosenRate = useInput(snapshotsState, 'initRateMiBps');
  const { goToRestoreStep: goTo, setInitRate } = useActions(snapshotsActions);
  // The rate is a current-edition input; saa-c02 has none (null).
  const rateMiBps = clampInitializationRate(chosenRate, edition) ?? undefined;
  const [rateMin, rateMax] = boundsOf(snapshotsState.params.initRateMiBps, null, edition);
  // Most steps restore the same blocks: keyed on their list, the comparison is not rebuilt per step.
  // Before the walkthrough's first snapshot, it shows the snapshot step 3 will take (blocks 1 to W).
  const source = restoreSourceOf(walk.frame) ?? (freePlay ? null : Array.from({ length: figures.writtenGiB }, (_, i) => i));
  const usedKey = source?.join(',') ?? '';
  const usedBlocks = useMemo(() => (usedKey ? usedKey.split(',').map(Number) : []), [usedKey]);
  const steps = useMemo(
    () => restoreSteps({ sizeGiB: figures.sizeGiB, usedBlocks, readOrder: readOrderOf(usedBlocks), rateMiBps }, edition),
    [figures.sizeGiB, usedBlocks, edition, rateMiBps],
  );
  const used = useMemo(() => new Set(usedBlocks), [usedBlocks]);
  const f = useMemo(() => restoreFigures(figures.sizeGiB, usedBlocks.length, edition, rateMiBps), [figures.sizeGiB, usedBlocks.length, edition, rateMiBps]);
  const current = steps[Math.min(index, steps.length - 1)]!;
  const titles = useTitlesOnly(steps);
  if (source === null) {
    return (
      <Section title="Restore, side by side">
        <p className="text-sm">Take a snapshot first: this compares the ways a volume comes back from the latest snapshot.</p>
      </Section>
    );
  }
  const fromWhat = walk.frame.restored ? `snapshot ${walk.frame.restored.fromSnapshot}`
    : walk.frame.snapshots.length ? `snapshot ${walk.frame.snapshots[walk.frame.snapshots.length - 1]!.id}` : 'the first snapshot (step 3)';
  return (
    <Section title="Restore, side by side">
      <p className="mb-3 text-sm">
        A new volume created from {fromWhat}, which holds {formatNumber(usedBlocks.length)} GiB of data.
      </p>
      <RestoreTimeline figures={f} usedGiB={usedBlocks.length} />
      {rateMiBps !== undefined ? (
        <div className="mb-3 max-w-sm">
          <RangeField label={snapshotsState.params.initRateMiBps.label} unit="MiB/s" value={rateMiBps} min={rateMin} max={rateMax} onChange={setInitRate}
            hint="Current AWS only: chosen per volume from 100 to 300 MiB/s." />
        </div>
      ) : null}
      <ul aria-label="Legend" className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-xs">
        <li><CellSwatch kind="free" /> never written: needs no initialisation</li>
        <li><CellSwatch kind="pending" /> still only in S3: its first read waits for S3</li>
        <li><CellSwatch kind="used" /> initialised: reads come from EBS</li>
        <li><TouchedSwatch /> fetched from S3 at this step</li>
      </ul>
      <Stepper label="Restore steps" steps={titles} index={current.index} onIndex={goTo}>
        <StepWords index={current.index} explanation={current.explanation} />
        <ul className={`grid gap-2 sm:grid-cols-2 ${current.lanes.length > 3 ? 'xl:grid-cols-4' : 'xl:grid-cols-3'}`}>
          {current.lanes.map((lane) => <Lane key={lane.method} lane={lane} used={used} columns={gridColumns(figures.sizeGiB)} />)}
        </ul>
      </Stepper>
      <RestoreFacts f={f} sizeGiB={figures.sizeGiB} edition={edition} />
    </Section>
  );
}
