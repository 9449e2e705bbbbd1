import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { RangeField } from '../../components/range-field';
import { Section } from '../../components/section';
import { formatNumber } from '../../components/format';
import { useAppStore } from '../../store/store-context';
import { Bucket } from './bucket';
import { legend } from './chart-legend';
import { downloadChartPng, downloadCsv, seriesCsv } from './export-chart';
import { clock } from './time-format';
import { usePlayback } from './use-playback';
import { useSimulation } from './use-simulation';

const CreditChart = lazy(() => import('./credit-chart'));
const BUTTON = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

export function ChartPanel() {
  const { sim, gp3, workload, volume, totalSeconds } = useSimulation();
  const edit = useAppStore((s) => s.editSegment);
  const move = useAppStore((s) => s.movePlayhead);
  const { playing, toggle, restart, playhead } = usePlayback(totalSeconds);
  const [exportError, setExportError] = useState<string | null>(null);
  const days = totalSeconds > 86_400;
  const limit = gp3.included.limit;
  const points = useMemo(() => sim.points.map((p) => ({ ...p, gp3: Math.min(p.demand, limit), shortfall: [p.delivered, p.demand] as [number, number] })), [sim, limit]);
  const onDemandDrag = useCallback((i: number, demand: number) => edit(i, { demand }), [edit]);
  const timeLabel = useCallback((t: number) => clock(t, days), [days]);
  const gp3Label = `gp3 at its included ${formatNumber(limit)} ${sim.unit}`;
  // Redrawing the chart is the costly part of a step: React draws the controls and figures first and
  // the chart just after, dropping a stale chart render when the next step is already waiting.
  const chart = useDeferredValue(useMemo(() => ({ points, workload, unit: sim.unit, totalSeconds, sim }), [points, workload, sim, totalSeconds]));
  const name = `${volume.type}-${volume.sizeGiB}GiB-credits`;

  const exportPng = async () => {
    const svg = document.querySelector<SVGSVGElement>('#credit-chart .recharts-wrapper > svg');
    try {
      if (!svg) throw new Error('The chart is not drawn yet');
      await downloadChartPng(`${name}.png`, svg, legend(gp3Label));
      setExportError(null);
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Section title="Credits over time">
      <figure>
        <Suspense fallback={<div className="h-[340px] animate-pulse rounded-md bg-slate-100 dark:bg-slate-800" role="status">Loading chart…</div>}>
          <CreditChart points={chart.points} workload={chart.workload} unit={chart.unit} totalSeconds={chart.totalSeconds}
            firstEmptySeconds={chart.sim.firstEmptySeconds} refilledSeconds={chart.sim.refilledSeconds} gp3Label={gp3Label} onDemandDrag={onDemandDrag} />
        </Suspense>
        <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Demand (dashed), delivered (solid) and the gp3 comparison in {sim.unit} on the left axis; the balance as the BurstBalance percentage
          CloudWatch reports on the right axis; the shortfall (demand not served) shaded red; time from 00:00 on a Monday.
          {sim.firstEmptySeconds !== null ? ` The bucket empties at ${clock(sim.firstEmptySeconds, days)}` : ' The bucket never empties'}
          {sim.refilledSeconds !== null ? ` and is full again at ${clock(sim.refilledSeconds, days)}.` : '.'}
          {' '}The handles on the demand line can be dragged up or down.
        </figcaption>
      </figure>
      <div className="mt-4 grid gap-4 md:grid-cols-[1fr_auto] md:items-center">
        <div className="space-y-2">
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={toggle} className={BUTTON}>{playing ? 'Pause' : 'Play'}</button>
            <button type="button" onClick={restart} className={BUTTON}>Restart</button>
          </div>
          <RangeField label="Playhead" unit="s" value={Math.round(playhead)} min={0} max={totalSeconds} step={60} onChange={move} valueLabel={timeLabel} />
        </div>
        <Bucket sim={sim} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON} onClick={() => downloadCsv(`${name}.csv`, seriesCsv(points, sim.unit, sim.unit === 'IOPS' ? 'credits' : 'MiB', days))}>
          Download CSV
        </button>
        <button type="button" className={BUTTON} onClick={() => void exportPng()}>Download PNG</button>
        <span className="text-xs text-slate-600 dark:text-slate-400">The CSV holds the series drawn ({formatNumber(points.length)} points), with units in its header.</span>
        {exportError ? <p role="alert" className="text-sm text-red-700 dark:text-red-300">{exportError}</p> : null}
      </div>
    </Section>
  );
}
