import { useMemo } from 'react';
import { findInstanceType, GP2_MODEL, hddFirstRowRemark, instanceFit, type InstanceFit } from '../../domain';
import { useInput } from '../../store/view-hooks';
import { Section } from '../../components/section';
import { SourceText } from '../../components/source-text';
import { Stat } from '../../components/stat';
import { formatDuration, formatNumber } from '../../components/format';
import { burstHrefFor } from './burst-link';
import { ebsState } from './params';
import { typeName, useExplanation, usePerformance, useSpec, useVolume } from './use-volume';

/** Names only the figures the instance really caps, with what the volume alone could do. */
function instanceSentence(name: string, fit: InstanceFit): string {
  const capped = [
    fit.iops.bottleneck === 'instance' ? `IOPS at ${formatNumber(fit.iops.instance)} (the volume could do ${formatNumber(fit.iops.volumes, 1)})` : null,
    fit.throughputMiBps.bottleneck === 'instance'
      ? `throughput at ${formatNumber(fit.throughputMiBps.instance, 1)} MiB/s (the volume could do ${formatNumber(fit.throughputMiBps.volumes, 1)})` : null,
  ].filter(Boolean);
  return capped.length
    ? `at baseline, ${name}'s EBS limit caps ${capped.join(' and ')}; see "On an instance".`
    : `${name} can carry all of it at baseline (up to ${formatNumber(fit.iops.instance)} IOPS and ${formatNumber(fit.throughputMiBps.instance, 1)} MiB/s).`;
}

export function PerformancePanel() {
  const { volume, edition } = useVolume();
  const spec = useSpec();
  const p = usePerformance();
  const why = useExplanation();
  const burstHref = burstHrefFor(volume, edition);
  const instanceName = useInput(ebsState, 'instance');
  const instance = findInstanceType(instanceName, edition);
  const oneOnInstance = useMemo(() => (instance ? instanceFit(volume, 1, instance, edition) : null), [volume, instance, edition]);
  const bursts = p.burstIops > p.baselineIops || p.burstThroughputMiBps > p.baselineThroughputMiBps;
  const hdd = spec.family === 'hdd';
  const bucket = volume.type === 'gp2'
    ? `${formatNumber(GP2_MODEL.bucketCredits)} I/O credits`
    : `${formatNumber(volume.sizeGiB / 1024, 2)} TiB of throughput credits`;

  return (
    <Section title="Delivered performance">
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        A {formatNumber(volume.sizeGiB)} GiB {typeName(volume.type, edition)} volume
        {bursts ? ' sustains its baseline and bursts above it while credits last.' : ' delivers the same figures all the time: it never bursts.'}
      </p>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Baseline IOPS" value={formatNumber(p.baselineIops, 1)} unit="IOPS" detail={hdd ? '1 MiB I/O' : `${why.quotedIoKiB} KiB I/O quoted`} />
        <Stat label="Burst IOPS" value={formatNumber(p.burstIops, 1)} unit="IOPS" detail={bursts ? 'while credits last' : 'no bursting'} />
        <Stat label="Baseline throughput" value={formatNumber(p.baselineThroughputMiBps, 2)} unit="MiB/s" />
        <Stat label="Burst throughput" value={formatNumber(p.burstThroughputMiBps, 2)} unit="MiB/s" />
        {p.burstDurationSeconds !== null ? (
          <Stat label="Full bucket lasts" value={formatDuration(p.burstDurationSeconds)}
            detail={hdd ? `${bucket} drained at burst minus baseline (derived)` : `${bucket} at the burst rate`} />
        ) : null}
        {p.refillSeconds !== null ? (
          <Stat label="Empty bucket refills in" value={formatDuration(p.refillSeconds)} detail={`at the baseline rate, with no load${hdd ? ' (derived)' : ''}`} />
        ) : null}
      </dl>
      <h3 className="mt-4 text-sm font-semibold">What sets these figures</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
        <li><span className="font-medium">IOPS ({why.iops.kind.replace('-', ' ')}):</span> {why.iops.text}</li>
        <li><span className="font-medium">Throughput ({why.throughput.kind.replace('-', ' ')}):</span> {why.throughput.text}</li>
        <li>
          <span className="font-medium">I/O size:</span>{' '}
          {hdd
            ? 'HDD I/O is counted in 1 MiB units: an I/O of 1 MiB or less counts as one, and small sequential I/Os are merged.'
            : `IOPS maxima are quoted at ${why.quotedIoKiB} KiB, but one SSD I/O counts up to ${why.maxIoKiB} KiB; sequential I/Os are merged up to that size.`}
        </li>
        {instance && oneOnInstance ? <li><span className="font-medium">Instance:</span> {instanceSentence(instance.name, oneOnInstance)}</li> : null}
        <li><span className="font-medium">Boot volume:</span> {spec.bootable ? 'yes' : 'no, HDD volumes cannot boot an instance'}.
          {' '}<span className="font-medium">Multi-Attach:</span> {spec.multiAttach ? 'yes' : 'no'}.</li>
      </ul>
      {burstHref ? (
        <p className="mt-3">
          <a href={burstHref} className="font-medium text-teal-800 underline underline-offset-4 dark:text-teal-300">
            Open in burst view<span className="sr-only">: this {typeName(volume.type, edition)} volume's credit bucket over time</span>
          </a>
          <span className="text-sm text-slate-600 dark:text-slate-400"> to see its credit bucket under a workload.</span>
        </p>
      ) : null}
      {hddFirstRowRemark(volume, edition) ? <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{hddFirstRowRemark(volume, edition)}</p> : null}
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Source: <SourceText source={spec.source} />.</p>
    </Section>
  );
}
