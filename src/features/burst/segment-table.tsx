import { memo } from 'react';
import { MAX_DEMAND, MAX_WORKLOAD_SECONDS, MIN_SEGMENT_SECONDS, type WorkloadSegment } from '../../domain';
import { NumberField } from '../../components/number-field';
import { useActions } from '../../store/view-hooks';
import { burstActions, type BurstActions } from './actions';
import { clock } from './time-format';
import { segmentStarts, useSimulation } from './use-simulation';

/** The workload's segments, one editable row each. */
export function SegmentTable() {
  const { workload, sim, totalSeconds } = useSimulation();
  const { editSegment, addSegment, removeSegment } = useActions(burstActions);
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
              only={workload.length <= 1} edit={editSegment} add={addSegment} remove={removeSegment} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface SegmentRowProps {
  index: number;
  segment: WorkloadSegment;
  at: number;
  days: boolean;
  unit: string;
  only: boolean;
  edit: BurstActions['editSegment'];
  add: BurstActions['addSegment'];
  remove: BurstActions['removeSegment'];
}

/** One segment; memoised, so a change elsewhere (the size, say) does not redraw every row. */
const SegmentRow = memo(function SegmentRow({ index: i, segment, at, days, unit, only, edit, add, remove }: SegmentRowProps) {
  const name = `segment ${i + 1} (from ${clock(at, days)})`;
  return (
    <tr className="border-t border-slate-200 align-top dark:border-slate-700">
      <th scope="row" className="p-1.5 text-left font-medium tabular-nums">{clock(at, days)}</th>
      <td className="p-1.5"><SegmentNumber label={`Length of ${name}`} unit="min" value={segment.durationSeconds / 60}
        min={MIN_SEGMENT_SECONDS / 60} max={MAX_WORKLOAD_SECONDS / 60} onChange={(minutes) => edit(i, { durationSeconds: Math.round(minutes * 60) })} /></td>
      <td className="p-1.5"><SegmentNumber label={`Demand of ${name}`} unit={unit} value={segment.demand} min={0} max={MAX_DEMAND}
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
