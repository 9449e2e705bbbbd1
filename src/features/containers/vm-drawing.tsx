import { memo } from 'react';

const TILE = 'rounded px-0.5 py-0.5 text-center text-[11px] leading-tight';
const OS_COLOURS = 'bg-amber-200 text-amber-950 dark:bg-amber-700 dark:text-amber-50';
const APP = `${TILE} whitespace-nowrap bg-teal-700 text-white dark:bg-teal-400 dark:text-slate-950`;
const OS = `${TILE} ${OS_COLOURS}`;
const BAR = 'rounded px-2 py-1 text-center text-xs font-medium';

/**
 * The picture the panel teaches: N apps as VMs, each with its own guest OS over a hypervisor,
 * against N containers over one container engine and one host OS. Drawn, not charted: each box
 * is an app or an OS, so the repeated guest OSes are what the eye sees first.
 */
export const VmDrawing = memo(function VmDrawing({ apps }: { apps: number }) {
  const each = Array.from({ length: apps }, (_, i) => i + 1);
  return (
    <div className="grid grid-cols-2 gap-3" role="img" aria-label={`${apps} VMs need ${apps} guest operating systems over a hypervisor and one host OS; ${apps} containers share one host OS through a container engine`}>
      <figure className="flex flex-col justify-end gap-1 rounded-lg border border-slate-200 p-2 dark:border-slate-700">
        <figcaption className="mb-1 text-xs font-semibold">{apps} VM{apps === 1 ? '' : 's'}</figcaption>
        <div className="grid grid-cols-3 gap-1 sm:grid-cols-4 lg:grid-cols-6">
          {each.map((n) => (
            <div key={n} className="step-enter flex flex-col gap-0.5 rounded border border-slate-300 p-0.5 dark:border-slate-600">
              <div className={APP}>app {n}</div>
              <div className={OS}>guest OS</div>
            </div>
          ))}
        </div>
        <div className={`${BAR} bg-slate-200 dark:bg-slate-700`}>hypervisor</div>
        <div className={`${BAR} ${OS_COLOURS}`}>one host OS</div>
        <div className={`${BAR} bg-slate-300 dark:bg-slate-600`}>host</div>
      </figure>
      <figure className="flex flex-col justify-end gap-1 rounded-lg border border-slate-200 p-2 dark:border-slate-700">
        <figcaption className="mb-1 text-xs font-semibold">{apps} container{apps === 1 ? '' : 's'}</figcaption>
        <div className="grid grid-cols-3 gap-1 sm:grid-cols-4 lg:grid-cols-6">
          {each.map((n) => <div key={n} className={`step-enter ${APP}`}>app {n}</div>)}
        </div>
        <div className={`${BAR} bg-sky-100 dark:bg-sky-900`}>container engine</div>
        <div className={`${BAR} ${OS_COLOURS}`}>one host OS</div>
        <div className={`${BAR} bg-slate-300 dark:bg-slate-600`}>host</div>
      </figure>
    </div>
  );
});
