import { memo } from 'react';
import { WORKLOAD_PRESETS, type PresetId } from '../../domain';
import { ChoiceGroup } from '../../components/choice-group';
import { NumberField } from '../../components/number-field';
import { RangeField } from '../../components/range-field';
import { selectBurstMessages, selectBurstPreset, selectBurstVolume, selectSnapshotInProgress, selectStartBalance } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { clock } from './time-format';
import { segmentStarts, useSimulation } from './use-simulation';

const percentLabel = (v: number) => `${v}% of a full bucket`;

function SegmentTable() {
  const { workload, sim, totalSeconds } = useSimulation();
  const edit = useAppStore((s) => s.editSegment);
  const add = useAppStore((s) => s.addSegment);
  const remove = useAppStore((s) => s.removeSegment);
  const days = totalSeconds > 86_400;
  const starts = segmentStarts(workload);
  return (
    <div className="max-h-96 overflow-auto rounded-md border border-slate-200 dark:border-slate-700">
      <table className="w-full text-sm">
        <caption className="sr-only">Workload segments: when each starts, how long it lasts and what it demands</caption>
        <thead className="sticky top-0 bg-white dark:bg-slate-900">
          <tr className="text-left text-xs uppercase text-slate-600 dark:text-slate-400">
            <th scope="col" className="p-2 font-medium">Starts</th>
            <th scope="col" className="p-2 font-medium">Minutes</th>
            <th scope="col" className="p-2 font-medium">Demand ({sim.unit})</th>
            <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {workload.map((segment, i) => (
            <SegmentRow key={`${i}-${starts[i] ?? 0}`} index={i} segment={segment} at={starts[i] ?? 0} days={days} unit={sim.unit}
              only={workload.length <= 1} edit={edit} add={add} remove={remove} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface SegmentRowProps {
  index: number;
  segment: { durationSeconds: number; demand: number };
  at: number;
  days: boolean;
  unit: string;
  only: boolean;
  edit: (index: number, patch: { durationSeconds?: number; demand?: number }) => void;
  add: (afterIndex: number) => void;
  remove: (index: number) => void;
}

/** One segment; memoised, so a change elsewhere (the size, say) does not redraw every row. */
const SegmentRow = memo(function SegmentRow({ index: i, segment, at, days, unit, only, edit, add, remove }: SegmentRowProps) {
  const name = `segment ${i + 1} (from ${clock(at, days)})`;
  return (
    <tr className="border-t border-slate-200 align-top dark:border-slate-700">
      <th scope="row" className="p-1.5 text-left font-medium tabular-nums">{clock(at, days)}</th>
      <td className="p-1.5"><SegmentNumber label={`Length of ${name}`} unit="min" value={segment.durationSeconds / 60} min={1} max={10_080}
        onChange={(minutes) => edit(i, { durationSeconds: Math.round(minutes * 60) })} /></td>
      <td className="p-1.5"><SegmentNumber label={`Demand of ${name}`} unit={unit} value={segment.demand} min={0} max={1_000_000}
        onChange={(demand) => edit(i, { demand })} /></td>
      <td className="whitespace-nowrap p-1.5 text-right">
        <button type="button" onClick={() => add(i)} aria-label={`Add a segment after ${name}`}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-600">Add</button>{' '}
        <button type="button" onClick={() => remove(i)} aria-label={`Remove ${name}`} disabled={only}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs disabled:opacity-40 dark:border-slate-600">Remove</button>
      </td>
    </tr>
  );
});

/** A compact number box for a table cell (the label is read by screen readers only). */
function SegmentNumber(props: { label: string; unit: string; value: number; min: number; max: number; onChange: (v: number) => void }) {
  return (
    <div className="w-20 [&_label]:sr-only">
      <NumberField label={props.label} unit={props.unit} value={Math.round(props.value * 100) / 100} min={props.min} max={props.max} onChange={props.onChange} />
    </div>
  );
}

export function WorkloadEditor() {
  const volume = useAppStore(selectBurstVolume);
  const preset = useAppStore(selectBurstPreset);
  const start = useAppStore(selectStartBalance);
  const snapshot = useAppStore(selectSnapshotInProgress);
  const messages = useAppStore(selectBurstMessages);
  const choose = useAppStore((s) => s.chooseWorkloadPreset);
  const setStart = useAppStore((s) => s.setStartBalance);
  const toggleSnapshot = useAppStore((s) => s.toggleSnapshot);
  const presets = WORKLOAD_PRESETS.filter((p) => p.appliesTo.includes(volume.type)).map((p) => ({ value: p.id, label: p.label, description: p.description }));
  const hdd = volume.type !== 'gp2';
  return (
    <div className="space-y-4">
      <ChoiceGroup<PresetId | 'custom'> legend="Workload" columns value={preset}
        choices={preset === 'custom' ? [...presets, { value: 'custom', label: 'Custom', description: 'your own segments' }] : presets}
        onChange={(id) => id !== 'custom' && choose(id)} />
      <RangeField label="Balance at the start" unit="%" value={start} min={0} max={100} onChange={setStart} valueLabel={percentLabel} />
      {hdd ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" checked={snapshot} onChange={toggleSnapshot} className="mt-1" />
          <span>A snapshot is in progress: st1/sc1 performance may drop to the baseline while it runs (UG21).</span>
        </label>
      ) : null}
      <div>
        <h3 className="text-sm font-medium">Segments</h3>
        <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">Change a duration or a demand, or drag a demand line on the chart; editing a preset makes it a custom workload.</p>
        <SegmentTable />
      </div>
      <div aria-live="polite" className="space-y-1">
        {messages.map((m) => <p key={m} className="rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100">{m}</p>)}
      </div>
    </div>
  );
}
