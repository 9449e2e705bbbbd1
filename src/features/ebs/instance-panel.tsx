import { useId, useMemo } from 'react';
import { findInstanceType, instanceFit, instanceSupportsType, instanceTypesFor, MULTI_ATTACH, NEWER_INSTANCES, type FitFigure } from '../../domain';
import { Callout } from '../../components/callout';
import { RangeField } from '../../components/range-field';
import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import { formatNumber } from '../../components/format';
import { useActions, useInput } from '../../store/view-hooks';
import { boundsOf } from '../../store/view-state';
import { ebsActions } from './actions';
import { ebsState } from './params';
import { typeName, useSpec, useVolume } from './use-volume';

function Row({ label, unit, f }: { label: string; unit: string; f: FitFigure }) {
  const digits = unit === 'IOPS' ? 0 : 1;
  return (
    <tr className="border-t border-slate-200 dark:border-slate-700">
      <th scope="row" className="py-1 pr-2 text-left font-medium">{label}</th>
      <td className="py-1 pr-2 text-right tabular-nums">{formatNumber(f.volumes, digits)} {unit}</td>
      <td className="py-1 pr-2 text-right tabular-nums">{formatNumber(f.instance, digits)} {unit}</td>
      <td className="py-1 text-right font-semibold tabular-nums">{formatNumber(f.delivered, digits)} {unit}</td>
    </tr>
  );
}

const volumesLabel = (n: number) => `${n} volume${n === 1 ? '' : 's'}`;

const verdict = (what: string, f: FitFigure) =>
  f.bottleneck === 'instance' ? `the instance caps ${what}` : f.bottleneck === 'volumes' ? `the volumes limit ${what}` : `volumes and instance match on ${what}`;

export function InstancePanel() {
  const { volume, edition } = useVolume();
  const spec = useSpec();
  const name = useInput(ebsState, 'instance');
  const count = useInput(ebsState, 'volumeCount');
  const { chooseInstance: choose, setVolumeCount: setCount } = useActions(ebsActions);
  const selectId = useId();
  const [minCount, maxCount] = boundsOf(ebsState.params.volumeCount, null, edition);
  const instance = findInstanceType(name, edition) ?? instanceTypesFor(edition)[0];
  const fit = useMemo(() => (instance ? instanceFit(volume, count, instance, edition) : null), [volume, count, instance, edition]);
  if (!instance || !fit) return null;
  const support = instanceSupportsType(volume.type, instance, edition);

  return (
    <Section title="On an instance">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={selectId} className="text-sm font-medium">Instance type</label>
          <select id={selectId} value={instance.name} onChange={(e) => choose(e.target.value)}
            className="block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900">
            {instanceTypesFor(edition).map((i) => <option key={i.name} value={i.name}>{i.name}</option>)}
          </select>
          <p className="text-xs text-slate-600 dark:text-slate-400">EBS limits: <SourceText source={instance.source} />.</p>
        </div>
        <RangeField label={`Attached ${typeName(volume.type, edition)} volumes like this one`} unit="volumes" valueLabel={volumesLabel} value={count}
          min={minCount} max={maxCount} onChange={setCount} />
      </div>
      <div className="mt-3">
        <table className="w-full text-xs sm:text-sm">
          <caption className="sr-only">Aggregate volume performance against the instance's EBS limits</caption>
          <thead>
            <tr className="text-right text-xs uppercase text-slate-600 dark:text-slate-400">
              <th scope="col" className="text-left font-medium">Figure</th>
              <th scope="col" className="pr-2 font-medium">{count} volume{count > 1 ? 's' : ''}</th>
              <th scope="col" className="pr-2 font-medium">{instance.name} limit</th>
              <th scope="col" className="font-medium">Delivered</th>
            </tr>
          </thead>
          <tbody>
            <Row label="Baseline IOPS" unit="IOPS" f={fit.iops} />
            <Row label="Baseline throughput" unit="MiB/s" f={fit.throughputMiBps} />
            {instance.burst || fit.burstIops.volumes > fit.iops.volumes ? (
              <>
                <Row label="Burst IOPS" unit="IOPS" f={fit.burstIops} />
                <Row label="Burst throughput" unit="MiB/s" f={fit.burstThroughputMiBps} />
              </>
            ) : null}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm" aria-live="polite">
        Bottleneck: {verdict('IOPS', fit.iops)}; {verdict('throughput', fit.throughputMiBps)}.
      </p>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Instance limits are published in MB/s (10⁶ bytes): {formatNumber(instance.baseline.throughputMBps, 2)} MB/s = {formatNumber(fit.throughputMiBps.instance, 2)} MiB/s.
        {instance.burst ? ` ${instance.name} can burst to ${formatNumber(instance.burst.iops)} IOPS and ${formatNumber(instance.burst.throughputMBps, 2)} MB/s for a while.` : ''}
        {instance.note ? ` ${instance.note}` : ''}
      </p>
      <div className="mt-3 space-y-2">
        {!support.ok ? <Callout kind="warning">{support.reason}</Callout> : null}
        {edition === 'current' ? (
          <Callout kind="remark" title="Instance limits are dated">
            {NEWER_INSTANCES.text} <span className="text-xs opacity-80">(<SourceText source={NEWER_INSTANCES.source} />)</span>
          </Callout>
        ) : null}
        {spec.multiAttach ? (
          <Callout kind="tip" title="Multi-Attach">
            One {typeName(volume.type, edition)} volume can attach to up to {MULTI_ATTACH.maxInstances} Nitro instances in the same Availability Zone; together they
            never exceed its provisioned IOPS. It cannot be a boot volume and needs a cluster-aware file system (<SourceText source={MULTI_ATTACH.source} />).
          </Callout>
        ) : null}
      </div>
    </Section>
  );
}
