import { volumeSpec, type BurstVolumeType } from '../../domain';
import { ChoiceGroup } from '../../components/choice-group';
import { RangeField } from '../../components/range-field';
import { formatNumber } from '../../components/format';
import { selectBurstVolume, selectEdition } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

const TYPES = [
  { value: 'gp2', label: 'gp2', description: 'I/O credits' },
  { value: 'st1', label: 'st1', description: 'throughput credits' },
  { value: 'sc1', label: 'sc1', description: 'throughput credits' },
] as const;

export function VolumePicker() {
  const volume = useAppStore(selectBurstVolume);
  const edition = useAppStore(selectEdition);
  const choose = useAppStore((s) => s.chooseBurstType);
  const resize = useAppStore((s) => s.resizeBurstVolume);
  const spec = volumeSpec(volume.type, edition);
  return (
    <div className="space-y-4">
      <ChoiceGroup<BurstVolumeType> legend="Volume type" choices={TYPES} value={volume.type} onChange={choose} />
      <RangeField label="Size" unit="GiB" scale="log" value={volume.sizeGiB} min={spec.minSizeGiB} max={spec.maxSizeGiB} onChange={resize}
        hint={`${volume.type}: ${formatNumber(spec.minSizeGiB)} to ${formatNumber(spec.maxSizeGiB)} GiB.`} />
    </div>
  );
}
