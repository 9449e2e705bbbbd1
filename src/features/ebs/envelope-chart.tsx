import { memo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, useXAxisScale, useYAxisScale } from 'recharts';
import type { EnvelopePoint, Landmark } from '../../domain';
import { formatNumber } from '../../components/format';
import { usePerformance, useVolume } from './use-volume';
import { useUnfocusableDrawing } from '../../components/use-unfocusable-drawing';

// Recharts is loaded only by this module, which only chart views import lazily.
const COLOURS = { lower: '#0d9488', upper: '#d97706', landmark: '#64748b' } as const;
const TICK = { fill: 'currentColor', fontSize: 12 } as const;
const sizeTick = (v: number) => (v >= 1024 ? `${formatNumber(v / 1024)} TiB` : `${formatNumber(v)} GiB`);
const valueTick = (v: number) => (v >= 1_000 ? `${formatNumber(v / 1000)}k` : formatNumber(v, 1));
const tooltipLabel = (v: unknown) => `${formatNumber(Number(v))} GiB`;
// Legend text in the page's text colour: the line colours are too light for text on white.
const legendText = (value: string) => <span className="text-slate-700 dark:text-slate-300">{value}</span>;
// Size ticks at round binary sizes (1, 10, 100 GiB, then 1, 16 and 64 TiB) plus both ends of the type's range.
const LOG_TICKS = [1, 10, 100, 1_024, 16_384, 65_536];
const sizeTicks = (min: number, max: number) => [...new Set([min, ...LOG_TICKS.filter((t) => t > min * 1.5 && t < max / 1.5), max])];

/** Powers of ten (and their halves' neighbours 2 and 5) inside [lo, hi], for a log value axis. */
function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++) {
    for (const m of [1, 2, 5]) {
      const t = m * 10 ** p;
      if (t >= lo && t <= hi) ticks.push(t);
    }
  }
  return ticks;
}

export interface EnvelopeChartProps {
  points: readonly EnvelopePoint[];
  landmarks: readonly Landmark[];
  labels: { lower: string; upper: string };
  unit: string;
  metric: 'iops' | 'throughput';
}

/**
 * The volume on screen, placed with the chart's own scales. It is the only part that moves while a
 * slider is dragged: it reads the store itself, so the memoised chart around it does not redraw,
 * and it is an HTML dot moved by a CSS transform over the chart, so a step costs no SVG layout.
 */
function CurrentVolumeMarker({ metric, overlay }: { metric: EnvelopeChartProps['metric']; overlay: HTMLElement | null }) {
  const { volume } = useVolume();
  const p = usePerformance();
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y || !overlay) return null;
  const value = metric === 'iops' ? p.baselineIops : p.baselineThroughputMiBps;
  const cx = x(volume.sizeGiB);
  const cy = y(value);
  if (cx === undefined || cy === undefined) return null;
  return createPortal(
    <span
      aria-hidden="true"
      className="pointer-events-none absolute left-0 top-0 block size-3.5 rounded-full border-2 border-white bg-red-600 will-change-transform"
      style={{ transform: `translate(${cx - 7}px, ${cy - 7}px)` }}
    />,
    overlay,
  );
}

function EnvelopeChart({ points, landmarks, labels, unit, metric }: EnvelopeChartProps) {
  const min = points[0]?.sizeGiB ?? 1;
  const max = points[points.length - 1]?.sizeGiB ?? 1;
  const values = points.flatMap((p) => [p.lower, p.upper]);
  // Every volume of the type lies within its envelope, so the envelope alone sets the value axis.
  const yLo = Math.min(...values) * 0.8;
  const yHi = Math.max(...values) * 1.25;
  const [overlay, setOverlay] = useState<HTMLElement | null>(null);
  const drawing = useRef<HTMLDivElement>(null);
  useUnfocusableDrawing(drawing);
  return (
    // The figure's caption carries the chart's content for screen readers; the drawing is hidden from them, and from the tab order.
    <div ref={drawing} className="relative text-slate-700 dark:text-slate-300" aria-hidden="true">
      <LineChart accessibilityLayer={false} responsive style={{ width: '100%', height: 300 }} data={points as EnvelopePoint[]} margin={{ top: 10, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis
          dataKey="sizeGiB" type="number" scale="log" domain={[min, max]} allowDataOverflow
          ticks={sizeTicks(min, max)} tickFormatter={sizeTick} tick={TICK}
        />
        <YAxis type="number" scale="log" domain={[yLo, yHi]} allowDataOverflow ticks={logTicks(yLo, yHi)} tickFormatter={valueTick} tick={TICK} width={52} label={{ value: unit, angle: -90, position: 'insideLeft', fill: 'currentColor', fontSize: 12 }} />
        <Tooltip labelFormatter={tooltipLabel} formatter={(v) => `${formatNumber(Number(v), 1)} ${unit}`} />
        <Legend formatter={legendText} />
        {landmarks.map((m, i) => (
          <ReferenceLine key={m.sizeGiB} x={m.sizeGiB} stroke={COLOURS.landmark} strokeDasharray="4 4"
            label={{ value: m.label.split(':')[0] ?? '', position: 'insideTopRight', dy: (i % 2) * 14, fill: 'currentColor', fontSize: 11 }} />
        ))}
        <Line type="linear" dataKey="upper" name={labels.upper} stroke={COLOURS.upper} strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line type="linear" dataKey="lower" name={labels.lower} stroke={COLOURS.lower} strokeWidth={2} dot={false} isAnimationActive={false} />
        <CurrentVolumeMarker metric={metric} overlay={overlay} />
      </LineChart>
      <div ref={setOverlay} className="pointer-events-none absolute inset-0 overflow-hidden" />
    </div>
  );
}

export default memo(EnvelopeChart);
