import { memo, useCallback, useRef } from 'react';
import { RangeField } from '../../components/range-field';
import { Section } from '../../components/section';
import { Stepper } from '../../components/stepper';
import { useActions, useEdition, useViewMessages } from '../../store/view-hooks';
import { boundsOf } from '../../store/view-state';
import { snapshotsActions } from './actions';
import { BlockPicker } from './block-picker';
import { CELL_LEGEND, CellSwatch, TouchedSwatch } from './block-grid';
import { FreePlayBar } from './free-play-bar';
import { snapshotsState } from './params';
import { RegionStage } from './region-stage';
import { StepWords, useTitlesOnly } from '../../components/step-words';
import { useRevealChange } from '../../components/use-reveal-change';
import { useSnapshotFigures, useSnapshotSteps } from './use-snapshot-steps';

const TAB = 'rounded-md px-3 py-1.5 text-sm font-medium aria-pressed:bg-teal-700 aria-pressed:text-white dark:aria-pressed:bg-teal-400 dark:aria-pressed:text-slate-950 border border-slate-300 dark:border-slate-600';

const { sizeGiB: SIZE, writtenGiB: WRITTEN, changedGiB: CHANGED } = snapshotsState.params;

/** One of the figures, its slider bounds from the declaration (the domain's limits, given the figures). */
function FigureField({ param, field }: { param: typeof SIZE; field: 'sizeGiB' | 'writtenGiB' | 'changedGiB' }) {
  const figures = useSnapshotFigures();
  const edition = useEdition();
  const { setSnapshotFigures } = useActions(snapshotsActions);
  const onChange = useCallback((value: number) => setSnapshotFigures({ [field]: value }), [setSnapshotFigures, field]);
  const [min, max] = boundsOf(param, figures, edition);
  return <RangeField label={param.label} unit={param.unit ?? ''} value={figures[field]} min={min} max={max} onChange={onChange} />;
}

const FigureControls = memo(function FigureControls() {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <FigureField param={SIZE} field="sizeGiB" />
      <FigureField param={WRITTEN} field="writtenGiB" />
      <FigureField param={CHANGED} field="changedGiB" />
    </div>
  );
});

function Messages({ messages, className = '' }: { messages: readonly string[]; className?: string }) {
  return messages.length ? (
    <ul role="status" className={`list-disc space-y-1 rounded-md bg-amber-50 py-2 pl-8 pr-3 text-sm dark:bg-amber-950/40 ${className}`}>
      {messages.map((m) => <li key={m}>{m}</li>)}
    </ul>
  ) : null;
}

export function WalkthroughPanel() {
  const { steps, index, step, freePlay } = useSnapshotSteps();
  const { goToSnapshotStep: goTo, startFreePlay, leaveFreePlay } = useActions(snapshotsActions);
  const messages = useViewMessages(snapshotsState);
  const titles = useTitlesOnly(steps);
  const stage = useRef<HTMLDivElement>(null);
  useRevealChange(stage, index);
  return (
    <Section title="Snapshots, block by block">
      <div className="mb-3 flex flex-wrap items-center gap-2" role="group" aria-label="Mode">
        <button type="button" className={TAB} aria-pressed={!freePlay} onClick={leaveFreePlay}>Guided walkthrough</button>
        <button type="button" className={TAB} aria-pressed={freePlay} onClick={startFreePlay}>Free play</button>
      </div>
      {/* In free play the messages are said beside its buttons (FreePlayBar), where the person acted. */}
      {!freePlay ? <Messages messages={messages} className="mb-3" /> : null}
      <Stepper label="Snapshot steps" steps={titles} index={index} onIndex={goTo}>
        <StepWords index={index} explanation={step.explanation} />
        <div ref={stage}><RegionStage frame={step.frame} volumePicker={freePlay ? <BlockPicker frame={step.frame} /> : undefined} /></div>
        <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
          {CELL_LEGEND.map((l) => <li key={l.kind}><CellSwatch kind={l.kind} /> {l.label}</li>)}
          <li><TouchedSwatch /> copied, written or fetched at this step</li>
          <li>One drawn block is 1 GiB (the EBS direct APIs move snapshot data in 512 KiB blocks).</li>
          {freePlay ? <li><span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full bg-white align-middle ring-2 ring-slate-900" /> chosen for the next write</li> : null}
        </ul>
        {freePlay ? <FreePlayBar frame={step.frame} atEnd={index === steps.length - 1} canUndo={steps.length > 1}
          messages={<Messages messages={messages} />} stepNumber={index + 1} lastStep={steps.length} /> : null}
      </Stepper>
      {/* The figures come after the drawing: the first screen shows the picture, not three sliders. */}
      {freePlay ? (
        <div className="mt-4 max-w-xs"><FigureField param={SIZE} field="sizeGiB" /></div>
      ) : <div className="mt-4"><FigureControls /></div>}
    </Section>
  );
}
