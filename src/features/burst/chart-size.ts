/** The credit chart's height in px, shared by the chart and its loading placeholder so nothing shifts when the chart arrives. */
export const CHART_HEIGHT_PX = 340;
