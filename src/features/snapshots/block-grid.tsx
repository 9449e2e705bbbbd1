import { memo } from 'react';

/** What one drawn block (1 GiB) shows. */
export type CellKind = 'free' | 'used' | 'changed' | 'shared' | 'own' | 'absent' | 'pending' | 'freed';

const KIND_CLASS: Record<CellKind, string> = {
  free: 'bg-slate-300 dark:bg-slate-600',
  used: 'bg-sky-600 dark:bg-sky-400',
  changed: 'cell-changed bg-amber-500 dark:bg-amber-400',
  shared: 'bg-sky-300 dark:bg-sky-700',
  own: 'bg-violet-600 dark:bg-violet-400',
  absent: 'bg-transparent outline outline-1 -outline-offset-1 outline-slate-400 dark:outline-slate-500',
  pending: 'cell-pending bg-sky-200 dark:bg-sky-700',
  // Crossed out, not only coloured: freed blocks read as gone without the colour.
  freed: 'bg-rose-100 bg-[linear-gradient(45deg,transparent_42%,var(--color-rose-700)_42%_58%,transparent_58%),linear-gradient(-45deg,transparent_42%,var(--color-rose-700)_42%_58%,transparent_58%)] outline outline-1 -outline-offset-1 outline-rose-700 dark:bg-rose-950 dark:bg-[linear-gradient(45deg,transparent_42%,var(--color-rose-300)_42%_58%,transparent_58%),linear-gradient(-45deg,transparent_42%,var(--color-rose-300)_42%_58%,transparent_58%)] dark:outline-rose-300',
};

export const CELL_LEGEND: readonly { kind: CellKind; label: string }[] = [
  { kind: 'free', label: 'never written' },
  { kind: 'used', label: 'holds data' },
  { kind: 'changed', label: 'changed since the last snapshot' },
  { kind: 'own', label: 'stored by this snapshot (billed to it)' },
  { kind: 'shared', label: 'kept by an earlier snapshot, referenced' },
  { kind: 'absent', label: 'not held by this snapshot' },
  { kind: 'pending', label: 'restored, still only in S3' },
  { kind: 'freed', label: 'freed: deleted with its snapshot' },
];

/**
 * A volume or snapshot as a grid of 1 GiB blocks. Colours and a stripe pattern carry the state; the
 * grid's label says the same in words, so the cells themselves are hidden from screen readers.
 * `flash` outlines blocks the last action touched (copied, freed, fetched); the outline fades in
 * with an opacity transition only.
 */
export const BlockGrid = memo(function BlockGrid({ kinds, flash, label, small = false, columns = 8 }: {
  kinds: readonly CellKind[];
  flash?: ReadonlySet<number>;
  label: string;
  small?: boolean;
  columns?: number;
}) {
  const size = small ? 'h-2.5 w-2.5 sm:h-3 sm:w-3' : 'h-4 w-4 sm:h-5 sm:w-5';
  return (
    <div role="img" aria-label={label} className="inline-grid gap-0.5" style={{ gridTemplateColumns: `repeat(${columns}, max-content)` }}>
      {kinds.map((kind, i) => (
        <span key={i} className={`cell ${size} rounded-sm ${KIND_CLASS[kind]}`} data-flash={flash?.has(i) ? '' : undefined} />
      ))}
    </div>
  );
});

export function CellSwatch({ kind }: { kind: CellKind }) {
  return <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm align-middle ${KIND_CLASS[kind]}`} />;
}

/** The outline the last step's blocks carry, for the legend. */
export function TouchedSwatch() {
  return <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm align-middle outline outline-2 outline-rose-700 dark:outline-rose-300" />;
}
