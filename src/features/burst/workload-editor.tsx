import { useCallback, useMemo, useState } from 'react';
import { BURST_SOURCES, presetsFor, type PresetId } from '../../domain';
import { SourceText } from '../../components/source-text';
import { ChoiceGroup } from '../../components/choice-group';
import { RangeField } from '../../components/range-field';
import { useActions, useInput } from '../../store/view-hooks';
import { burstActions } from './actions';
import { BurstMessages } from './burst-messages';
import { burstState } from './params';
import { SegmentTable } from './segment-table';
import type { WorkloadChoice } from './workload';

const percentLabel = (v: number) => `${v}% of a full bucket`;
// The balance slider's label, unit and range are its declaration's.
const START = burstState.params.startBalancePercent;
const CUSTOM = { value: 'custom', label: 'Custom', description: 'your own segments' } as const;

export function WorkloadEditor() {
  const type = useInput(burstState, 'type');
  const preset = useInput(burstState, 'preset');
  const start = useInput(burstState, 'startBalancePercent');
  const snapshot = useInput(burstState, 'snapshotInProgress');
  const { chooseWorkloadPreset, setStartBalance, toggleSnapshot } = useActions(burstActions);
  // Field messages belong to the workload and type they were typed for: a new workload or type draws fresh fields.
  // Editing a preset's segment makes it custom without starting over, so 'custom' keeps the key it came from.
  const [fieldsKey, setFieldsKey] = useState(`${type}:${preset}`);
  const nextKey = preset === 'custom' && fieldsKey.startsWith(`${type}:`) ? fieldsKey : `${type}:${preset}`;
  if (nextKey !== fieldsKey) setFieldsKey(nextKey);
  const presets = useMemo(() => presetsFor(type).map((p) => ({ value: p.id, label: p.label, description: p.description })), [type]);
  const choices = useMemo(() => (preset === 'custom' ? [...presets, CUSTOM] : presets), [presets, preset]);
  const onPreset = useCallback((id: WorkloadChoice) => id !== 'custom' && chooseWorkloadPreset(id as PresetId), [chooseWorkloadPreset]);
  return (
    <div className="space-y-4">
      <ChoiceGroup<WorkloadChoice> legend="Workload" columns value={preset} choices={choices} onChange={onPreset} />
      <RangeField key={fieldsKey} label={START.label} unit={START.unit!} value={start} min={START.min!} max={START.max!} onChange={setStartBalance}
        valueLabel={percentLabel} />
      {type !== 'gp2' ? (
        <div>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" checked={snapshot} onChange={toggleSnapshot} className="mt-1" />
            <span>A snapshot is in progress: st1/sc1 performance may drop to the baseline while it runs.</span>
          </label>
          <p className="ml-6 text-xs text-slate-600 dark:text-slate-400">Source: <SourceText source={BURST_SOURCES.snapshot} /></p>
        </div>
      ) : null}
      <div>
        <h3 className="text-sm font-medium">Segments</h3>
        <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">Change a duration or a demand, or drag a demand line on the chart; editing a preset makes it a custom workload. A preset&apos;s minutes are rounded to whole minutes here.</p>
        <SegmentTable key={fieldsKey} />
      </div>
      <BurstMessages />
    </div>
  );
}
