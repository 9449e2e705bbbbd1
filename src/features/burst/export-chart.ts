import type { TimelinePoint } from '../../domain';
import type { LegendItem } from './chart-legend';
import { clock } from './time-format';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The series on screen as CSV, units in the header. */
export function seriesCsv(points: readonly (TimelinePoint & { gp3: number })[], unit: string, credits: string, days: boolean): string {
  const u = unit === 'IOPS' ? 'IOPS' : 'MiB/s';
  const header = `time_s,clock,demand_${u},delivered_${u},gp3_included_delivered_${u},balance_${credits},balance_percent`;
  const rows = points.map((p) => [p.t, clock(p.t, days), p.demand, p.delivered, p.gp3, p.balance, p.balancePercent].map((v) => (typeof v === 'number' ? Number(v.toFixed(4)) : v)).join(','));
  return [header, ...rows].join('\n') + '\n';
}

export function downloadCsv(name: string, csv: string): void {
  download(name, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}

const LEGEND_HEIGHT = 28;

/** The chart as a PNG: its SVG, with the page's text colour filled in, drawn onto a canvas, and the legend below it. */
export async function downloadChartPng(name: string, svg: SVGSVGElement, legendItems: readonly LegendItem[]): Promise<void> {
  const box = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const colour = getComputedStyle(svg).color;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  copy.style.color = colour;
  const background = getComputedStyle(document.body).backgroundColor;
  const text = new XMLSerializer().serializeToString(copy).replaceAll('currentColor', colour);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image'));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = box.width * scale;
    canvas.height = (box.height + LEGEND_HEIGHT) * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0);
    ctx.font = '12px sans-serif';
    ctx.textBaseline = 'middle';
    let x = 8;
    const y = box.height + LEGEND_HEIGHT / 2;
    for (const item of legendItems) {
      ctx.globalAlpha = item.opacity ?? 1;
      ctx.fillStyle = item.colour;
      ctx.fillRect(x, item.band ? y - 5 : y - 1.5, 18, item.band ? 10 : 3);
      ctx.globalAlpha = 1;
      ctx.fillStyle = colour;
      ctx.fillText(item.label, x + 24, y);
      x += 24 + ctx.measureText(item.label).width + 16;
    }
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) download(name, png);
  } finally {
    URL.revokeObjectURL(url);
  }
}
