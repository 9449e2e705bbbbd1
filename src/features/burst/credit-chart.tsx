import { memo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  Area, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis,
  usePlotArea, useXAxisScale, useYAxisInverseScale, useYAxisScale,
} from 'recharts';
import type { WorkloadSegment } from '../../domain';
import { formatNumber } from '../../components/format';
import { useInput } from '../../store/view-hooks';
import { COLOURS } from './chart-legend';
import { CHART_HEIGHT_PX } from './chart-size';
import { burstState } from './params';
import { clock, clockTicks } from './time-format';
import { segmentStarts } from './use-simulation';
import { useUnfocusableDrawing } from '../../components/use-unfocusable-drawing';

// Recharts is loaded only by chart modules, which views import lazily.
const TICK = { fill: 'currentColor', fontSize: 12 } as const;
const percentTick = (v: number) => `${v}%`;
/** Headroom above the highest demand, rounded up to a round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten). */
function niceCeiling(max: number): number {
  const target = Math.max(1, max * 1.1);
  const power = 10 ** Math.floor(Math.log10(target));
  return ([1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= target) ?? 10) * power;
}

/** Most segments that get a drag handle, and the least width a segment needs for one. */
const MAX_HANDLES = 60;
const MIN_HANDLE_GAP_PX = 28;

export interface ChartPoint {
  t: number;
  demand: number;
  delivered: number;
  gp3: number;
  balancePercent: number;
  /** [delivered, demand]: the shortfall, drawn as a shaded band (empty when demand is met). */
  shortfall: [number, number];
}

export interface CreditChartProps {
  points: readonly ChartPoint[];
  workload: readonly WorkloadSegment[];
  unit: string;
  totalSeconds: number;
  firstEmptySeconds: number | null;
  refilledSeconds: number | null;
  gp3Label: string;
  onDemandDrag: (index: number, demand: number) => void;
}

/** The playhead: an HTML line moved by a CSS transform, the only part of the chart that moves while playing. */
function Playhead({ overlay }: { overlay: HTMLElement | null }) {
  const t = useInput(burstState, 'playheadSeconds');
  const x = useXAxisScale();
  const area = usePlotArea();
  if (!x || !overlay || !area) return null;
  const px = x(t);
  if (px === undefined) return null;
  return createPortal(
    <span aria-hidden="true" className="absolute left-0 w-0.5 bg-slate-900 will-change-transform dark:bg-white"
      style={{ top: area.y, height: area.height, transform: `translateX(${px}px)` }} />,
    overlay,
  );
}

/** A handle on each segment's demand line; dragging it up or down changes that segment's demand. */
function DemandHandles({ workload, overlay, onDrag }: { workload: readonly WorkloadSegment[]; overlay: HTMLElement | null; onDrag: (i: number, demand: number) => void }) {
  const x = useXAxisScale();
  const y = useYAxisScale('demand');
  const invert = useYAxisInverseScale('demand');
  const frame = useRef<number | null>(null);
  // The scale as it was when the drag began: the axis grows while a demand is dragged up, and a
  // live scale would run away from the pointer.
  const dragScale = useRef<((pixel: number) => unknown) | null>(null);
  if (!x || !y || !invert || !overlay || workload.length > MAX_HANDLES) return null;
  const starts = segmentStarts(workload);
  const handles = workload.map((segment, i) => {
    const left = x(starts[i] ?? 0);
    const right = x((starts[i] ?? 0) + segment.durationSeconds);
    const py = y(segment.demand);
    // Only segments wide enough to aim at get a handle; the others are edited in the table.
    if (left === undefined || right === undefined || py === undefined || right - left < MIN_HANDLE_GAP_PX) return null;
    const px = (left + right) / 2;
    const move = (e: React.PointerEvent<HTMLSpanElement>) => {
      const scale = dragScale.current;
      if (!scale || !e.currentTarget.hasPointerCapture(e.pointerId)) return;
      const demand = Math.max(0, Math.round(Number(scale(e.clientY - overlay.getBoundingClientRect().top))));
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => onDrag(i, demand));
    };
    return (
      <span key={i} aria-hidden="true" title={`Drag to change segment ${i + 1}'s demand`}
        className="pointer-events-auto absolute top-0 left-0 block h-3 w-6 cursor-ns-resize touch-none rounded-full border-2 border-white bg-slate-600 shadow"
        style={{ transform: `translate(${px - 12}px, ${py - 6}px)` }}
        onPointerDown={(e) => {
          dragScale.current = invert;
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={move}
        onPointerUp={(e) => {
          dragScale.current = null;
          e.currentTarget.releasePointerCapture(e.pointerId);
        }} />
    );
  });
  return createPortal(<>{handles}</>, overlay);
}

function CreditChart({ points, workload, unit, totalSeconds, firstEmptySeconds, refilledSeconds, gp3Label, onDemandDrag }: CreditChartProps) {
  const [overlay, setOverlay] = useState<HTMLElement | null>(null);
  const days = totalSeconds > 86_400;
  const wrapper = useRef<HTMLDivElement>(null);
  // The drawing is hidden from assistive technology (the caption and readouts describe it), so none
  // of recharts' layers may take keyboard focus either.
  useUnfocusableDrawing(wrapper);
  const timeTick = (t: number) => clock(t, days);
  return (
    // The figure's caption and readouts carry the chart's content for screen readers; the legend is drawn by the panel.
    <div ref={wrapper} className="relative text-slate-700 dark:text-slate-300" style={{ height: CHART_HEIGHT_PX }} aria-hidden="true" id="credit-chart">
      <ComposedChart accessibilityLayer={false} responsive style={{ width: '100%', height: CHART_HEIGHT_PX }} data={points as ChartPoint[]} margin={{ top: 10, right: 8, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="t" type="number" domain={[0, totalSeconds]} ticks={clockTicks(totalSeconds)} tickFormatter={timeTick} tick={TICK} />
        <YAxis yAxisId="demand" tick={TICK} width={56} tickFormatter={(v: number) => formatNumber(v)} domain={[0, niceCeiling]}
          label={{ value: unit, angle: -90, position: 'insideLeft', fill: 'currentColor', fontSize: 12 }} />
        <YAxis yAxisId="balance" orientation="right" domain={[0, 100]} tick={TICK} width={44} tickFormatter={percentTick} />
        <Area yAxisId="demand" type="stepAfter" dataKey="shortfall" name="Shortfall" stroke="none" fill={COLOURS.throttle} fillOpacity={0.3} isAnimationActive={false} />
        <Area yAxisId="balance" type="linear" dataKey="balancePercent" name="Balance" stroke={COLOURS.balance} fill={COLOURS.balance} fillOpacity={0.07} isAnimationActive={false} />
        <Line yAxisId="demand" type="stepAfter" dataKey="gp3" name={gp3Label} stroke={COLOURS.gp3} strokeWidth={1.5} strokeOpacity={0.8} dot={false} isAnimationActive={false} />
        <Line yAxisId="demand" type="stepAfter" dataKey="delivered" name="Delivered" stroke={COLOURS.delivered} strokeWidth={2.5} dot={false} isAnimationActive={false} />
        {/* Drawn last, so the dashed demand line shows above delivery and gp3 where they coincide (the PNG copies this order). */}
        <Line yAxisId="demand" type="stepAfter" dataKey="demand" name="Demand" stroke={COLOURS.demand} strokeDasharray="5 3" strokeWidth={2} dot={false} isAnimationActive={false} />
        {firstEmptySeconds !== null ? <ReferenceLine yAxisId="demand" x={firstEmptySeconds} stroke={COLOURS.throttle} label={{ value: 'empty', position: 'insideTopLeft', fill: 'currentColor', fontSize: 11 }} /> : null}
        {refilledSeconds !== null ? <ReferenceLine yAxisId="demand" x={refilledSeconds} stroke={COLOURS.balance} label={{ value: 'full', position: 'insideTopLeft', fill: 'currentColor', fontSize: 11 }} /> : null}
        <Playhead overlay={overlay} />
        <DemandHandles workload={workload} overlay={overlay} onDrag={onDemandDrag} />
      </ComposedChart>
      <div ref={setOverlay} className="pointer-events-none absolute inset-0 overflow-hidden" />
    </div>
  );
}

export default memo(CreditChart);
