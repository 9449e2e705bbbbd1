import type { ReactNode } from 'react';

/** One labelled figure. Use inside a <dl>. */
export function Stat({ label, value, unit, detail }: { label: string; value: string; unit?: string; detail?: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="mt-1">
        <span className="text-xl font-semibold tabular-nums">{value}</span>
        {unit ? <span className="ml-1 text-sm text-slate-600 dark:text-slate-300">{unit}</span> : null}
        {detail ? <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">{detail}</span> : null}
      </dd>
    </div>
  );
}
