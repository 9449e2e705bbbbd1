import { memo } from 'react';
import { formatDuration, formatNumber } from '../../components/format';
import type { RestoreFigures } from '../../domain';

interface Row {
  name: string;
  /** Seconds from the volume's creation; negative = before it (FSR's optimisation). */
  from: number;
  /** null: no published rate, the bar runs off the axis. */
  to: number | null;
  text: string;
  tone: 'ready' | 'before' | 'unknown';
}

const TONE = {
  ready: 'bg-teal-600 dark:bg-teal-400',
  before: 'bg-violet-500/70 dark:bg-violet-400/70',
  unknown: 'border-2 border-dashed border-slate-400 bg-transparent dark:border-slate-500',
} as const;

/** Seconds to a tenth below ten minutes (34.1 s, 102.4 s), else the usual duration. */
export const seconds = (t: number) => (t < 600 ? `${formatNumber(t, 1)} s` : formatDuration(t));

/** A lead or tick: seconds under five minutes, else minutes (6 min). */
const ahead = (t: number) => (t < 300 ? seconds(t) : formatDuration(t));

/** FSR's row: how far ahead to enable it, and why (the optimisation, and today the bucket's first credit). */
function fsrText(lead: RestoreFigures['fsrLead']): string {
  const optimising = `optimising ${seconds(lead.optimisingMinutes * 60)} (60 min per TiB)`;
  const partial = 'a volume created while it optimises gets only part of the benefit';
  if (lead.firstCreditMinutes === null) return `enabled ${ahead(lead.leadMinutes * 60)} ahead: ${optimising}; ${partial}; full speed from creation after that`;
  return `enabled ${ahead(lead.leadMinutes * 60)} ahead: ${optimising}, and the credit bucket starts at 0: first credit after ${formatNumber(lead.firstCreditMinutes, 1)} min; ${partial}; full speed from creation after that`;
}

/** A tick position from a time, as a share of the axis [start, end]. */
const at = (t: number, start: number, end: number) => ((t - start) / (end - start)) * 100;

/**
 * When each restore reads at full speed, on one time axis from the volume's creation: FSR's
 * optimisation before it (60 minutes per TiB), the provisioned rate's download after it, and the two
 * ways AWS publishes no rate for, drawn open-ended.
 */
export const RestoreTimeline = memo(function RestoreTimeline({ figures, usedGiB }: { figures: RestoreFigures; usedGiB: number }) {
  const lead = figures.fsrLead;
  const before = lead.leadMinutes * 60;
  const rate = figures.rate;
  const end = Math.max(before, rate?.seconds ?? 0) * 1.25;
  const start = -before;
  const rows: Row[] = [
    { name: 'Fast Snapshot Restore', from: start, to: 0, tone: 'before', text: fsrText(lead) },
    ...(rate ? [{ name: 'Provisioned rate', from: 0, to: rate.seconds, tone: 'ready' as const, text: `${formatNumber(usedGiB)} GiB at ${formatNumber(rate.mibps)} MiB/s: full speed after ${seconds(rate.seconds)}` }] : []),
    { name: 'dd or fio', from: 0, to: null, tone: 'unknown', text: `until every block is read once; AWS publishes no rate` },
    { name: 'Lazy loading', from: 0, to: null, tone: 'unknown', text: 'each block slow on its first read; no published rate' },
  ];
  // The rate's tick only where it does not crowd the creation tick (its time is in its row too).
  const ticks = [start, 0, ...(rate && at(rate.seconds, start, end) - at(0, start, end) > 18 ? [rate.seconds] : [])];
  return (
    <figure className="mb-4">
      <figcaption className="mb-1 text-sm font-semibold">Time until every block reads at full speed</figcaption>
      <ol aria-label="Initialisation times" className="space-y-1.5">
        {rows.map((r) => {
          const left = at(r.from, start, end);
          const right = r.to === null ? 100 : at(r.to, start, end);
          return (
            <li key={r.name} className="grid gap-x-2 text-xs sm:grid-cols-[10rem_1fr] sm:items-center">
              <span className="font-medium">{r.name}</span>
              <span className="block">
                <span aria-hidden="true" className="relative block h-3 rounded-sm bg-slate-100 dark:bg-slate-800">
                  <span className={`absolute inset-y-0 rounded-sm ${TONE[r.tone]}`} style={{ left: `${left}%`, width: `${Math.max(1, right - left)}%` }} />
                  {r.to !== null ? <span className="absolute inset-y-[-2px] w-0.5 bg-slate-900 dark:bg-white" style={{ left: `${right}%` }} /> : null}
                </span>
                <span>{r.text}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <div aria-hidden="true" className="relative mt-1 h-5 text-[0.65rem] text-slate-600 sm:ml-[10.5rem] dark:text-slate-400">
        <span className="absolute inset-x-0 top-0 border-t border-slate-400 dark:border-slate-500" />
        {ticks.map((t, i) => (
          <span key={t} className={`absolute top-0 whitespace-nowrap pt-0.5 ${i === 0 ? '' : '-translate-x-1/2'}`} style={{ left: `${at(t, start, end)}%` }}>
            {t === 0 ? 'created' : t < 0 ? `−${ahead(-t)}` : seconds(t)}
          </span>
        ))}
      </div>
    </figure>
  );
});
