import { memo, useRef, useState, type KeyboardEvent } from 'react';
import type { BlockFrame } from '../../domain';
import { useActions, useInput } from '../../store/view-hooks';
import { snapshotsActions } from './actions';
import { gridColumns, volumeKinds } from './cell-kinds';
import { snapshotsState } from './params';

const KIND_CLASS = {
  free: 'bg-slate-300 dark:bg-slate-600',
  used: 'bg-sky-600 dark:bg-sky-400',
  changed: 'cell-changed bg-amber-500 dark:bg-amber-400',
} as const;
const WORD = { free: 'never written', used: 'holds data', changed: 'changed since the last snapshot' } as const;

/**
 * Free play: the volume's blocks as toggle buttons, to choose which change with the next write.
 * One Tab stop; the arrow keys move between blocks (a row of the grid at a time with up and down),
 * Space or Enter selects. The stepper leaves these keys alone (data-own-arrows).
 */
export const BlockPicker = memo(function BlockPicker({ frame }: { frame: BlockFrame }) {
  const selected = useInput(snapshotsState, 'selected');
  const { toggleBlock } = useActions(snapshotsActions);
  const kinds = volumeKinds(frame);
  const last = frame.last;
  const touched = new Set(last?.action.kind === 'write' ? last.action.blocks : last?.action.kind === 'snapshot' ? last.uploadedBlocks : []);
  const columns = gridColumns(frame.sizeGiB);
  const [active, setActive] = useState(0);
  const current = Math.min(active, kinds.length - 1);
  const grid = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -columns, ArrowDown: columns, Home: -current, End: kinds.length - 1 - current }[e.key];
    if (move === undefined) return;
    e.preventDefault();
    const to = Math.max(0, Math.min(kinds.length - 1, current + move));
    setActive(to);
    grid.current?.querySelectorAll<HTMLButtonElement>('button')[to]?.focus();
  };

  return (
    <div ref={grid} role="group" aria-label="Blocks to write (1 GiB each): arrow keys move, Space selects" data-own-arrows="" onKeyDown={onKeyDown}
      className="inline-grid gap-0.5" style={{ gridTemplateColumns: `repeat(${columns}, max-content)` }}>
      {kinds.map((kind, i) => {
        const k = kind as keyof typeof KIND_CLASS;
        const on = selected.includes(i);
        return (
          <button key={i} type="button" tabIndex={i === current ? 0 : -1} aria-pressed={on} aria-label={`Block ${i + 1}, ${WORD[k]}`}
            onClick={() => { setActive(i); toggleBlock(i); }} onFocus={() => setActive(i)} data-flash={touched.has(i) ? '' : undefined}
            className={`cell flex h-6 w-6 items-center justify-center rounded-sm ${KIND_CLASS[k]}`}>
            {on ? <span aria-hidden="true" className="h-2.5 w-2.5 rounded-full bg-white ring-2 ring-slate-900" /> : null}
          </button>
        );
      })}
    </div>
  );
});
