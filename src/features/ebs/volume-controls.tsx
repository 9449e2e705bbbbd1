import { provisioningRange, provisions, validateVolume, type VolumeField } from '../../domain';
import { RangeField } from '../../components/range-field';
import { formatNumber } from '../../components/format';
import { useActions, useViewMessages } from '../../store/view-hooks';
import { ebsActions } from './actions';
import { LiveSummary } from './live-summary';
import { ebsState } from './params';
import { TypePicker } from './type-picker';
import { typeName, usePerformance, useSpec, useVolume } from './use-volume';

export function VolumeControls() {
  const { volume, edition } = useVolume();
  const spec = useSpec();
  const performance = usePerformance();
  // useViewMessages takes the base declaration type (it reads only the id), not a generic one like useInput.
  const adjustments = useViewMessages(ebsState);
  const { resizeVolume: resize, setIops, setThroughput } = useActions(ebsActions);
  const p = provisions(volume.type, edition);
  const iopsRange = provisioningRange(volume.type, volume.sizeGiB, edition);
  const tpRange = provisioningRange(volume.type, volume.sizeGiB, edition, volume.iops);
  const check = (field: VolumeField, value: number) =>
    validateVolume({ ...volume, [field]: value }, edition).find((i) => i.field === field)?.message ?? null;
  const name = typeName(volume.type, edition);

  return (
    <div className="space-y-5">
      <TypePicker />
      <RangeField
        label="Size" unit="GiB" scale="log" value={volume.sizeGiB} min={spec.minSizeGiB} max={spec.maxSizeGiB}
        onChange={resize} validate={(n) => check('sizeGiB', n)}
        hint={`${spec.label.startsWith(name) ? spec.label : spec.label.replace(/^\S+/, name)}: ${formatNumber(spec.minSizeGiB)} to ${formatNumber(spec.maxSizeGiB)} GiB.`}
      />
      {p.iops ? (
        <RangeField
          label="Provisioned IOPS" unit="IOPS" scale="log" value={volume.iops ?? iopsRange.minIops}
          min={iopsRange.minIops} max={iopsRange.maxIops} onChange={setIops} validate={(n) => check('iops', n)}
          hint={iopsRange.maxIops > iopsRange.minIops
            ? `At ${formatNumber(volume.sizeGiB)} GiB: ${formatNumber(iopsRange.minIops)} to ${formatNumber(iopsRange.maxIops)} IOPS (${formatNumber(spec.iopsPerGiB ?? 0)} per GiB, ${formatNumber(spec.maxIops)} per volume at most).`
            : `At ${formatNumber(volume.sizeGiB)} GiB ${name} allows only ${formatNumber(iopsRange.maxIops)} IOPS (${formatNumber(spec.iopsPerGiB ?? 0)} per GiB; ${formatNumber(iopsRange.minIops)} ${volume.type === 'gp3' ? 'included' : 'minimum'}). Grow the volume for more.`}
        />
      ) : (
        // On a phone the delivered figures just below say the same, and room on the first screen is scarce.
        <p className="hidden text-sm text-slate-700 sm:block dark:text-slate-300">
          {name} IOPS are not provisioned: they follow size ({formatNumber(performance.baselineIops, 1)} IOPS baseline at this size).
        </p>
      )}
      {p.throughput ? (
        <RangeField
          label="Provisioned throughput" unit="MiB/s" scale="log" value={volume.throughputMiBps ?? tpRange.minThroughputMiBps}
          min={tpRange.minThroughputMiBps} max={tpRange.maxThroughputMiBps} onChange={setThroughput}
          validate={(n) => check('throughputMiBps', n)}
          hint={`125 MiB/s included; at most ${spec.throughputPerIopsMiBps} MiB/s per provisioned IOPS and ${formatNumber(spec.maxThroughputMiBps)} MiB/s per volume.`}
        />
      ) : null}
      <LiveSummary />
      <div aria-live="polite" className="space-y-1">
        {adjustments.map((a) => (
          <p key={a} className="rounded-md bg-amber-50 px-2 py-1 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-100">{a}</p>
        ))}
      </div>
    </div>
  );
}
