import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { CreditSimulation } from '../../domain';
import { AfterPaint } from '../../components/after-paint';
import { Section } from '../../components/section';
import { formatNumber } from '../../components/format';
import { useActions, useEdition, useInput } from '../../store/view-hooks';
import { burstActions } from './actions';
import { Bucket } from './bucket';
import { legend } from './chart-legend';
import { ChartLegendList } from './chart-legend-list';
import { CHART_HEIGHT_PX } from './chart-size';
import { downloadChartPng, downloadCsv, seriesCsv } from './export-chart';
import { BUTTON, PlaybackControls } from './playback-controls';
import { burstState } from './params';
import { clock } from './time-format';
import { useSettled } from './use-settled';
import { useSimulation } from './use-simulation';

const CreditChart = lazy(() => import('./credit-chart'));
const PLACEHOLDER = <div style={{ height: CHART_HEIGHT_PX }} className="animate-pulse rounded-md bg-slate-100 dark:bg-slate-800" role="status">Loading chart…</div>;
/** How long the sliders (size, balance at the start) must rest before the chart follows them. */
const SLIDER_QUIET_MS = 60;

/** Changes to everything but the sliders' values: the chart follows these at once. */
function useChartCause(): object {
  const type = useInput(burstState, 'type');
  const preset = useInput(burstState, 'preset');
  const segments = useInput(burstState, 'segments');
  const snapshot = useInput(burstState, 'snapshotInProgress');
  const edition = useEdition();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new token whenever one of them changes
  return useMemo(() => ({}), [type, preset, segments, snapshot, edition]);
}

/** What the bucket does, in the caption's words: "starts empty; full at 01:02" when it starts empty. */
function bucketStory(sim: CreditSimulation, days: boolean): string {
  if (!sim.usesCredits) return ' the bucket is never used.';
  if (sim.firstEmptySeconds === null) return ' the bucket never empties.';
  const full = sim.refilledSeconds !== null ? `full at ${clock(sim.refilledSeconds, days)}` : 'not full again within the workload';
  if (sim.firstEmptySeconds === 0) return ` the bucket starts empty; ${full}.`;
  const again = sim.refilledSeconds !== null ? `full again at ${clock(sim.refilledSeconds, days)}` : 'not full again within the workload';
  return ` the bucket empties at ${clock(sim.firstEmptySeconds, days)} and is ${again}.`;
}

export function ChartPanel() {
  const { sim, gp3, workload, volume, totalSeconds, presetLabel } = useSimulation();
  const { editSegment } = useActions(burstActions);
  const [exportError, setExportError] = useState<string | null>(null);
  const days = totalSeconds > 86_400;
  const limit = gp3.included.limit;
  const points = useMemo(() => sim.points.map((p) => ({ ...p, gp3: Math.min(p.demand, limit), shortfall: [p.delivered, p.demand] as [number, number] })), [sim, limit]);
  const onDemandDrag = useCallback((i: number, demand: number) => editSegment(i, { demand }), [editSegment]);
  const gp3Label = `gp3 at its included ${formatNumber(limit)} ${sim.unit}`;
  // Redrawing the chart is the costly part of a step: the controls and figures are drawn first, and
  // the chart once the slider rests (at once for a click or a drag), in a render React may drop
  // when the next change is already waiting.
  const fresh = useMemo(() => ({ points, workload, unit: sim.unit, totalSeconds, sim }), [points, workload, sim, totalSeconds]);
  const chart = useDeferredValue(useSettled(fresh, SLIDER_QUIET_MS, useChartCause()));
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
        <AfterPaint fallback={PLACEHOLDER}>
          <Suspense fallback={PLACEHOLDER}>
            <CreditChart points={chart.points} workload={chart.workload} unit={chart.unit} totalSeconds={chart.totalSeconds}
              firstEmptySeconds={chart.sim.firstEmptySeconds} refilledSeconds={chart.sim.refilledSeconds} gp3Label={gp3Label} onDemandDrag={onDemandDrag} />
          </Suspense>
        </AfterPaint>
        <ChartLegendList gp3Label={gp3Label} />
        <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          <span className="font-medium">
            {formatNumber(volume.sizeGiB)} GiB {volume.type}, {presetLabel}:
            {bucketStory(sim, days)}
          </span>
          {' '}Demand (dashed, drawn on top), delivered (solid) and the gp3 comparison in {sim.unit} on the left axis; the balance as the BurstBalance
          percentage CloudWatch reports on the right axis; the shortfall (demand not served) shaded red; time from 00:00 on a Monday.
          {' '}The handles on the demand line can be dragged up or down, or edit the Segments table below.
        </figcaption>
      </figure>
      <div className="mt-4 grid gap-4 md:grid-cols-[1fr_auto] md:items-center">
        <PlaybackControls totalSeconds={totalSeconds} />
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
