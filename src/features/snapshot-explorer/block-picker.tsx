import { memo } from 'react';
import type { BlockFrame } from '../../domain/snapshots/blocks';
import { useAppStore } from '../../store/store-context';
import { selectSnapshotSelected } from '../../store/selectors';
import { gridColumns, volumeKinds } from './cell-kinds';

const KIND_CLASS = {
  free: 'bg-slate-200 dark:bg-slate-700',
  used: 'bg-sky-600 dark:bg-sky-400',
  changed: 'cell-changed bg-amber-500 dark:bg-amber-400',
} as const;
const WORD = { free: 'never written', used: 'holds data', changed: 'changed since the last snapshot' } as const;

/** Free play: the volume's blocks as toggle buttons, to choose which change with the next write. */
export const BlockPicker = memo(function BlockPicker({ frame }: { frame: BlockFrame }) {
  const selected = useAppStore(selectSnapshotSelected);
  const toggleBlock = useAppStore((s) => s.toggleBlock);
  const kinds = volumeKinds(frame);
  return (
    <div role="group" aria-label="Blocks to write (1 GiB each)" className="inline-grid gap-0.5"
      style={{ gridTemplateColumns: `repeat(${gridColumns(frame.sizeGiB)}, max-content)` }}>
      {kinds.map((kind, i) => {
        const k = kind as keyof typeof KIND_CLASS;
        const on = selected.includes(i);
        return (
          <button key={i} type="button" aria-pressed={on} aria-label={`Block ${i + 1}, ${WORD[k]}`} onClick={() => toggleBlock(i)}
            className={`cell h-6 w-6 rounded-sm ${KIND_CLASS[k]} ${on ? 'ring-2 ring-rose-700 ring-offset-1 dark:ring-rose-300 dark:ring-offset-slate-900' : ''}`} />
        );
      })}
    </div>
  );
});
