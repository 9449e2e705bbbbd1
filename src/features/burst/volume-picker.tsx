import { useMemo } from 'react';
import { volumeSpec, type BurstVolumeType } from '../../domain';
import { ChoiceGroup } from '../../components/choice-group';
import { RangeField } from '../../components/range-field';
import { formatNumber } from '../../components/format';
import { useActions, useEdition, useInput } from '../../store/view-hooks';
import { burstActions } from './actions';
import { burstState } from './params';

const TYPES = [
  { value: 'gp2', label: 'gp2', description: 'I/O credits' },
  { value: 'st1', label: 'st1', description: 'throughput credits' },
  { value: 'sc1', label: 'sc1', description: 'throughput credits' },
] as const;

export function VolumePicker() {
  const type = useInput(burstState, 'type');
  const sizeGiB = useInput(burstState, 'sizeGiB');
  const edition = useEdition();
  const { chooseBurstType, resizeBurstVolume } = useActions(burstActions);
  // The size's range is the volume type's (the domain's), not the interface's.
  const spec = useMemo(() => volumeSpec(type, edition), [type, edition]);
  return (
    <div className="space-y-4">
      <ChoiceGroup<BurstVolumeType> legend="Volume type" choices={TYPES} value={type} onChange={chooseBurstType} />
      <RangeField key={type} label="Size" unit="GiB" scale="log" value={sizeGiB} min={spec.minSizeGiB} max={spec.maxSizeGiB} onChange={resizeBurstVolume}
        hint={`${type}: ${formatNumber(spec.minSizeGiB)} to ${formatNumber(spec.maxSizeGiB)} GiB.`} />
    </div>
  );
}
