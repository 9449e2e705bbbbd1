import { memo, useCallback } from 'react';
import { RangeField } from '../../components/range-field';
import { Section } from '../../components/section';
import { Stepper } from '../../components/stepper';
import { FREE_PLAY_LIMITS } from '../../domain/snapshots/free-play';
import { selectSnapshotFigures, selectSnapshotMessages } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { BlockPicker } from './block-picker';
import { CELL_LEGEND, CellSwatch, TouchedSwatch } from './block-grid';
import { FreePlayBar } from './free-play-bar';
import { RegionStage } from './region-stage';
import { useSnapshotSteps } from './use-snapshot-steps';

const TAB = 'rounded-md px-3 py-1.5 text-sm font-medium aria-pressed:bg-teal-700 aria-pressed:text-white dark:aria-pressed:bg-teal-400 dark:aria-pressed:text-slate-950 border border-slate-300 dark:border-slate-600';

const FigureControls = memo(function FigureControls() {
  const figures = useAppStore(selectSnapshotFigures);
  const setFigures = useAppStore((s) => s.setSnapshotFigures);
  const onSize = useCallback((sizeGiB: number) => setFigures({ sizeGiB }), [setFigures]);
  const onUsed = useCallback((writtenGiB: number) => setFigures({ writtenGiB }), [setFigures]);
  const onChanged = useCallback((changedGiB: number) => setFigures({ changedGiB }), [setFigures]);
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <RangeField label="Volume size" unit="GiB" value={figures.sizeGiB} min={FREE_PLAY_LIMITS.minSizeGiB} max={FREE_PLAY_LIMITS.maxSizeGiB} onChange={onSize} />
      <RangeField label="Data written" unit="GiB" value={figures.writtenGiB} min={1} max={figures.sizeGiB} onChange={onUsed} />
      <RangeField label="Changed before the second snapshot" unit="GiB" value={figures.changedGiB} min={1} max={figures.writtenGiB} onChange={onChanged} />
    </div>
  );
});

export function WalkthroughPanel() {
  const { steps, index, step, freePlay, figures } = useSnapshotSteps();
  const goTo = useAppStore((s) => s.goToSnapshotStep);
  const startFreePlay = useAppStore((s) => s.startFreePlay);
  const leaveFreePlay = useAppStore((s) => s.leaveFreePlay);
  const setSize = useAppStore((s) => s.setSnapshotFigures);
  const messages = useAppStore(selectSnapshotMessages);
  return (
    <Section title="Snapshots, block by block">
      <div className="mb-3 flex flex-wrap items-center gap-2" role="group" aria-label="Mode">
        <button type="button" className={TAB} aria-pressed={!freePlay} onClick={leaveFreePlay}>Guided walkthrough</button>
        <button type="button" className={TAB} aria-pressed={freePlay} onClick={startFreePlay}>Free play</button>
        <span className="text-xs text-slate-600 dark:text-slate-400">One drawn block is 1 GiB (the EBS direct APIs move snapshot data in 512 KiB blocks).</span>
      </div>
      {freePlay ? (
        <div className="mb-3 max-w-xs">
          <RangeField label="Volume size" unit="GiB" value={figures.sizeGiB} min={FREE_PLAY_LIMITS.minSizeGiB} max={FREE_PLAY_LIMITS.maxSizeGiB}
            onChange={(sizeGiB) => setSize({ sizeGiB })} />
        </div>
      ) : <div className="mb-3"><FigureControls /></div>}
      {messages.length ? (
        <ul role="status" className="mb-3 list-disc space-y-1 rounded-md bg-amber-50 py-2 pl-8 pr-3 text-sm dark:bg-amber-950/40">
          {messages.map((m) => <li key={m}>{m}</li>)}
        </ul>
      ) : null}
      <Stepper label="Snapshot steps" steps={steps} index={index} onIndex={goTo}>
        <RegionStage frame={step.frame} volumePicker={freePlay ? <BlockPicker frame={step.frame} /> : undefined} />
        <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
          {CELL_LEGEND.map((l) => <li key={l.kind}><CellSwatch kind={l.kind} /> {l.label}</li>)}
          <li><TouchedSwatch /> copied, written or fetched at this step</li>
          {freePlay ? <li><span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full bg-white align-middle ring-2 ring-slate-900" /> chosen for the next write</li> : null}
        </ul>
        {freePlay ? <FreePlayBar frame={step.frame} atEnd={index === steps.length - 1} canUndo={steps.length > 1} /> : null}
      </Stepper>
    </Section>
  );
}
