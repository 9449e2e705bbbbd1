/** The credit chart's colours and legend, shared by the chart and its PNG export. */

export const COLOURS = { demand: '#64748b', delivered: '#0d9488', gp3: '#7c3aed', balance: '#d97706', throttle: '#dc2626' } as const;

export interface LegendItem {
  label: string;
  colour: string;
  opacity?: number;
  /** Drawn as a band (an area) rather than a line. */
  band?: boolean;
}

// An HTML legend: cheaper than recharts' own, which redraws with every step of the data.
export const legend = (gp3Label: string): LegendItem[] => [
  { label: 'Demand', colour: COLOURS.demand },
  { label: 'Delivered', colour: COLOURS.delivered },
  { label: gp3Label, colour: COLOURS.gp3 },
  { label: 'Balance (right axis)', colour: COLOURS.balance },
  { label: 'Shortfall', colour: COLOURS.throttle, opacity: 0.3, band: true },
];

