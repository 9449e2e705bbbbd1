import { memo } from 'react';
import { stateAt, type CreditSimulation } from '../../domain';
import { formatNumber } from '../../components/format';
import { useInput } from '../../store/view-hooks';
import { burstState } from './params';
import { clock } from './time-format';

/** The credit bucket at the playhead: the fill is a CSS transform, so moving the playhead costs no layout. */
export const Bucket = memo(function Bucket({ sim }: { sim: CreditSimulation }) {
  const t = useInput(burstState, 'playheadSeconds');
  const now = stateAt(sim, t);
  const credits = sim.unit === 'IOPS' ? 'I/O credits' : 'MiB of throughput credits';
  const throttled = now.delivered < now.demand;
  return (
    <div className="flex items-center gap-4">
      <div aria-hidden="true" className="relative h-36 w-24 shrink-0 overflow-hidden rounded-b-3xl border-4 border-t-2 border-slate-500 border-t-slate-300 dark:border-slate-400 dark:border-t-slate-600">
        <div className={`absolute inset-x-0 bottom-0 top-2 origin-bottom transition-transform duration-150 will-change-transform motion-reduce:transition-none ${sim.usesCredits ? 'bg-amber-500/80' : 'bg-slate-400/60'}`}
          style={{ transform: `scaleY(${now.balancePercent / 100})` }} />
      </div>
      <dl className="space-y-1 text-sm">
        {!sim.usesCredits ? <div className="text-slate-600 dark:text-slate-400">At this size the baseline reaches the burst rate: the bucket is never used.</div> : null}
        <div><dt className="inline font-medium">At {clock(t, sim.totalSeconds > 86_400)}: </dt><dd className="inline tabular-nums">{formatNumber(now.balancePercent, 1)}% full</dd></div>
        <div><dt className="inline font-medium">Balance: </dt><dd className="inline tabular-nums">{formatNumber(now.balance)} {credits}</dd></div>
        <div><dt className="inline font-medium">Demand: </dt><dd className="inline tabular-nums">{formatNumber(now.demand, 1)} {sim.unit}</dd></div>
        <div>
          <dt className="inline font-medium">Delivered: </dt>
          <dd className={`inline tabular-nums ${throttled ? 'font-semibold text-red-700 dark:text-red-300' : ''}`}>
            {formatNumber(now.delivered, 1)} {sim.unit}{throttled ? ' (throttled)' : ''}
          </dd>
        </div>
      </dl>
    </div>
  );
});
