import { memo } from 'react';
import { MAX_DEMAND, MAX_WORKLOAD_SECONDS, MIN_SEGMENT_SECONDS, type WorkloadSegment } from '../../domain';
import { NumberField } from '../../components/number-field';
import { useActions, useInput } from '../../store/view-hooks';
import { burstState } from './params';
import { burstActions, type BurstActions } from './actions';
import { clock } from './time-format';
import { segmentStarts, useSimulation } from './use-simulation';

/** The workload's segments, one editable row each. */
export function SegmentTable() {
  const { workload, sim, totalSeconds } = useSimulation();
  const { editSegment, addSegment, removeSegment } = useActions(burstActions);
  // A preset's lengths follow the volume (a scan lasts 69.92 min): shown in whole minutes; your own to 0.01 min.
  const lengthDigits = useInput(burstState, 'preset') === 'custom' ? 2 : 0;
  const days = totalSeconds > 86_400;
  const starts = segmentStarts(workload);
  return (
    <div className="max-h-96 overflow-auto rounded-md border border-slate-200 dark:border-slate-700">
      <table className="w-full text-sm">
        <caption className="sr-only">Workload segments: when each starts, how long it lasts and what it demands</caption>
        <thead className="sticky top-0 bg-white dark:bg-slate-900">
          <tr className="text-left text-xs uppercase text-slate-600 dark:text-slate-400">
            <th scope="col" className="p-1 font-medium sm:p-2">Starts</th>
            <th scope="col" className="p-1 font-medium sm:p-2">Minutes</th>
            <th scope="col" className="p-1 font-medium sm:p-2">Demand ({sim.unit})</th>
            <th scope="col" className="p-1 sm:p-2"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {workload.map((segment, i) => (
            <SegmentRow key={`${i}-${starts[i] ?? 0}`} index={i} segment={segment} at={starts[i] ?? 0} days={days} unit={sim.unit}
              only={workload.length <= 1} lengthDigits={lengthDigits} edit={editSegment} add={addSegment} remove={removeSegment} />
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
  lengthDigits: number;
  edit: BurstActions['editSegment'];
  add: BurstActions['addSegment'];
  remove: BurstActions['removeSegment'];
}

/** One segment; memoised, so a change elsewhere (the size, say) does not redraw every row. */
const SegmentRow = memo(function SegmentRow({ index: i, segment, at, days, unit, only, lengthDigits, edit, add, remove }: SegmentRowProps) {
  const name = `segment ${i + 1} (from ${clock(at, days)})`;
  return (
    <tr className="border-t border-slate-200 align-top dark:border-slate-700">
      <th scope="row" className="p-1 text-left font-medium tabular-nums sm:p-1.5">{clock(at, days)}</th>
      <td className="p-1 sm:p-1.5"><SegmentNumber label={`Length of ${name}`} unit="min" value={segment.durationSeconds / 60} digits={lengthDigits}
        min={MIN_SEGMENT_SECONDS / 60} max={MAX_WORKLOAD_SECONDS / 60} onChange={(minutes) => edit(i, { durationSeconds: Math.round(minutes * 60) })} /></td>
      <td className="p-1 sm:p-1.5"><SegmentNumber label={`Demand of ${name}`} unit={unit} value={segment.demand} digits={2} min={0} max={MAX_DEMAND}
        onChange={(demand) => edit(i, { demand })} /></td>
      {/* On a phone the two actions stack as small + and − buttons, so the row fits 375 px without sideways scrolling. */}
      <td className="p-1 text-right sm:p-1.5">
        <div className="flex flex-col items-end gap-1 sm:flex-row sm:justify-end">
          <button type="button" onClick={() => add(i)} aria-label={`Add a segment after ${name}`} title="Add a segment after this one"
            className="min-w-7 rounded border border-slate-300 px-1.5 py-0.5 text-xs dark:border-slate-600"><span aria-hidden="true" className="sm:hidden">+</span><span className="hidden sm:inline">Add</span></button>
          <button type="button" onClick={() => remove(i)} aria-label={`Remove ${name}`} disabled={only} title="Remove this segment"
            className="min-w-7 rounded border border-slate-300 px-1.5 py-0.5 text-xs disabled:opacity-40 dark:border-slate-600"><span aria-hidden="true" className="sm:hidden">−</span><span className="hidden sm:inline">Remove</span></button>
        </div>
      </td>
    </tr>
  );
});

/** A compact number box for a table cell (the label is read by screen readers only). */
function SegmentNumber(props: { label: string; unit: string; value: number; digits: number; min: number; max: number; onChange: (v: number) => void }) {
  const scale = 10 ** props.digits;
  return (
    <div className="w-[5.5rem] [&_label]:sr-only">
      <NumberField label={props.label} unit={props.unit} value={Math.round(props.value * scale) / scale} min={props.min} max={props.max} onChange={props.onChange} />
    </div>
  );
}
