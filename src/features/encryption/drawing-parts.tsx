import type { ReactNode } from 'react';
import type { SceneSnapshot, SceneVolume } from '../../domain';

/** Shared look of the drawing: boxes, words, the highlight of what this step is about (opacity only). */
export const TEXT = 'fill-slate-800 dark:fill-slate-100';
export const MUTED = 'fill-slate-600 dark:fill-slate-300';
const BOX = 'fill-white stroke-slate-300 dark:fill-slate-900 dark:stroke-slate-600';
const HIGHLIGHT = 'step-fade fill-none stroke-teal-700 dark:stroke-teal-300';
const LINE = 'stroke-slate-400 dark:stroke-slate-500';
const LINE_ON = 'stroke-teal-700 dark:stroke-teal-300';
const HEAD = 'fill-slate-400 dark:fill-slate-500';
const HEAD_ON = 'fill-teal-700 dark:fill-teal-300';

export function Box({ x, y, w, h, title, on, children }: { x: number; y: number; w: number; h: number; title: string; on: boolean; children?: ReactNode }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={6} className={BOX} strokeWidth={1} />
      <rect x={x} y={y} width={w} height={h} rx={6} className={HIGHLIGHT} strokeWidth={2.5} style={{ opacity: on ? 1 : 0 }} />
      {title ? <text x={x + 8} y={y + 15} className={TEXT} fontSize={10} fontWeight={600}>{title}</text> : null}
      {children}
    </g>
  );
}

type Point = readonly [number, number];

function head([x1, y1]: Point, [x2, y2]: Point): string {
  const a = Math.atan2(y2 - y1, x2 - x1);
  const p = (da: number) => `${x2 - 7 * Math.cos(a + da)},${y2 - 7 * Math.sin(a + da)}`;
  return `${x2},${y2} ${p(0.45)} ${p(-0.45)}`;
}

/** An arrow from `from` to `to` (both ends when `both`), with its label (none when empty); drawn again in colour, faded in, when in use. */
export function Arrow({ from, to, both, label, labelAt, anchor = 'middle', rotate, size = 7.5, on }: {
  from: Point; to: Point; both?: boolean; label: string; labelAt: Point; anchor?: 'middle' | 'start' | 'end'; rotate?: boolean; size?: number; on: boolean;
}) {
  const shape = (line: string, fill: string) => (
    <>
      <line x1={from[0]} y1={from[1]} x2={to[0]} y2={to[1]} className={line} strokeWidth={1.5} />
      <polygon points={head(from, to)} className={fill} />
      {both ? <polygon points={head(to, from)} className={fill} /> : null}
    </>
  );
  return (
    <g>
      {shape(LINE, HEAD)}
      <g className="step-fade" style={{ opacity: on ? 1 : 0 }}>{shape(LINE_ON, HEAD_ON)}</g>
      {label ? (
        <text x={labelAt[0]} y={labelAt[1]} textAnchor={anchor} className={MUTED} fontSize={size}
          transform={rotate ? `rotate(90 ${labelAt[0]} ${labelAt[1]})` : undefined}>{label}</text>
      ) : null}
    </g>
  );
}

/** A data key as drawn: encrypted (slate), plaintext (rose) or none (dashed). */
export function KeyChip({ x, y, label, kind }: { x: number; y: number; label: string; kind: 'encrypted' | 'plaintext' | 'none' }) {
  const fill = {
    encrypted: 'fill-slate-200 stroke-slate-500 dark:fill-slate-700 dark:stroke-slate-400',
    plaintext: 'fill-rose-100 stroke-rose-700 dark:fill-rose-950 dark:stroke-rose-300',
    none: 'fill-transparent stroke-slate-400',
  }[kind];
  return (
    <g>
      <rect x={x} y={y} width={80} height={15} rx={3} className={fill} strokeWidth={1} strokeDasharray={kind === 'none' ? '3 2' : undefined} />
      <text x={x + 5} y={y + 11} className={TEXT} fontSize={8.5}>{label}</text>
    </g>
  );
}

/** A volume or snapshot row: its id and where it came from, its data key, its KMS key and note. */
export function ItemRow({ item, x, y, w, title, on, chip, narrow }: {
  item: SceneVolume | SceneSnapshot; x: number; y: number; w: number; title: string; on: boolean; chip?: boolean; narrow?: boolean;
}) {
  const encrypted = item.encrypted && item.dataKey;
  const note = 'note' in item && item.note ? item.note : null;
  // Narrow: the KMS key and the note each on a line of their own.
  const lines = (narrow ? [encrypted ? item.kmsAlias : null, note] : [[encrypted ? item.kmsAlias : null, note].filter(Boolean).join(' · ')]).filter(Boolean);
  const h = narrow ? 58 : 48;
  return (
    <g className="step-enter">
      <rect x={x} y={y} width={w} height={h} rx={4} className="fill-slate-50 stroke-slate-200 dark:fill-slate-800 dark:stroke-slate-700" strokeWidth={1} />
      <rect x={x} y={y} width={w} height={h} rx={4} className={HIGHLIGHT} strokeWidth={2} style={{ opacity: on ? 1 : 0 }} />
      <text x={x + 6} y={y + 12} className={TEXT} fontSize={narrow ? 8.5 : 9.5} fontWeight={600}>{title}</text>
      {chip === false ? null : <KeyChip x={x + 6} y={y + 17} label={encrypted ? `${item.dataKey} encrypted` : 'no data key'} kind={encrypted ? 'encrypted' : 'none'} />}
      {lines.map((line, i) => <text key={i} x={x + 6} y={y + 43 + i * 11} className={MUTED} fontSize={8}>{line}</text>)}
    </g>
  );
}
