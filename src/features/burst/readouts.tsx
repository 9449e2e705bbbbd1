import { Section } from '../../components/section';
import { Stat } from '../../components/stat';
import { formatNumber } from '../../components/format';
import { BurstSources } from './burst-sources';
import { gp3Lines } from './gp3-lines';
import { clock, formatDuration } from './time-format';
import { useSimulation } from './use-simulation';
import { hddFirstRowRemark } from '../../domain';
import { scanHours, scanVerdict, throttleBreakdown, verdict } from './verdict';
import { useInput } from '../../store/view-hooks';
import { burstState } from './params';

export function Readouts() {
  const { sim, gp3, workload, volume, presetLabel, scan, edition } = useSimulation();
  const snapshot = useInput(burstState, 'snapshotInProgress');
  const causes = throttleBreakdown(sim, snapshot);
  const why = [
    causes.credits ? `${formatDuration(causes.credits)} out of credits` : '',
    causes.cap ? `${formatDuration(causes.cap)} asked above the burst rate` : '',
    causes.snapshot ? `${formatDuration(causes.snapshot)} held by the snapshot` : '',
  ].filter(Boolean).join('; ');
  const days = sim.totalSeconds > 86_400;
  const remark = hddFirstRowRemark(volume, edition);
  return (
    <Section title="Will it be throttled?">
      <p className="mb-3 text-base font-medium" aria-live="polite">
        {scan ? scanVerdict(sim, scan, { sizeGiB: volume.sizeGiB, type: volume.type, snapshot })
          : verdict(sim, workload, { sizeGiB: volume.sizeGiB, type: volume.type, workloadName: presetLabel, snapshot })}
      </p>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Bucket empties" value={!sim.usesCredits ? 'no credits used' : sim.firstEmptySeconds === null ? 'never' : sim.firstEmptySeconds === 0 ? 'empty at the start' : clock(sim.firstEmptySeconds, days)}
          detail={sim.firstEmptySeconds ? `${formatDuration(sim.firstEmptySeconds)} after the start` : undefined} />
        <Stat label="Full again" value={sim.refilledSeconds === null ? (sim.firstEmptySeconds === null ? '—' : 'not within the workload') : clock(sim.refilledSeconds, days)} />
        <Stat label="Throttled for" value={formatDuration(sim.throttledSeconds)} detail={why || 'demand always met'} />
        {scan ? (
          // A scan does not give up: what is not read at once is read later, so the answer is when it ends.
          <Stat label="Scan finishes" value={clock(scan.finishSeconds, days)}
            detail={`${scanHours(scan)}${snapshot ? ', worst case' : ''}`} />
        ) : (
          <Stat label="Demand served" value={`${formatNumber(sim.servedFraction * 100, 1)}%`} detail={`of the ${sim.unit === 'IOPS' ? 'I/O' : 'MiB'} asked for`} />
        )}
      </dl>
      <h3 className="mt-4 text-sm font-semibold">The same workload on gp3</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
        {gp3Lines(gp3, volume, sim.unit).map((line) => <li key={line}>{line}</li>)}
      </ul>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Bucket {formatNumber(sim.bucketSize)} {sim.unit === 'IOPS' ? 'I/O credits' : 'MiB of credits'}; baseline {formatNumber(sim.baseline, 1)} {sim.unit}, burst {formatNumber(sim.burst, 1)} {sim.unit}.
        Credits are earned at the baseline rate and spent by what is delivered above it. Monthly costs for a 30-day month, us-east-1.
        {remark ? ` ${remark}` : ''}
      </p>
      <BurstSources type={volume.type} />
    </Section>
  );
}
