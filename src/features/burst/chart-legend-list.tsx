import { memo } from 'react';
import { legend } from './chart-legend';

/**
 * The chart's legend, drawn with the page rather than with the lazily loaded chart: the chart's
 * placeholder and the chart are then the same height, and nothing moves when the chart arrives.
 * Hidden from assistive technology, like the drawing (the caption and readouts describe it).
 */
export const ChartLegendList = memo(function ChartLegendList({ gp3Label }: { gp3Label: string }) {
  return (
    <ul aria-hidden="true" className="mt-1 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
      {legend(gp3Label).map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <span className="inline-block h-0.5 w-5" style={{ background: item.colour, opacity: item.opacity ?? 1, height: item.band ? 10 : 3 }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
});
