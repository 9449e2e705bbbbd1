import type { BlockFrame } from '../../domain/snapshots/blocks';
import { selectSnapshotSelected } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

const BUTTON = 'rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/** Free play's actions on the step on screen; acting from an earlier step replaces the steps after it. */
export function FreePlayBar({ frame, atEnd }: { frame: BlockFrame; atEnd: boolean }) {
  const selected = useAppStore(selectSnapshotSelected);
  const playAction = useAppStore((s) => s.playAction);
  const toggleBlock = useAppStore((s) => s.toggleBlock);
  const ids = frame.snapshots.map((s) => s.id);
  return (
    <div className="space-y-2">
      <p className="text-sm">
        Pick blocks in the volume above, then write them. {atEnd ? '' : 'You are on an earlier step: acting here replaces the steps after it.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} disabled={!selected.length}
          onClick={() => playAction({ kind: 'write', blocks: selected })}>
          Write {selected.length ? `${selected.length} selected block${selected.length > 1 ? 's' : ''}` : 'selected blocks'}
        </button>
        <button type="button" className={BUTTON} disabled={!selected.length} onClick={() => selected.forEach((b) => toggleBlock(b))}>Clear selection</button>
        <button type="button" className={BUTTON} onClick={() => playAction({ kind: 'snapshot' })}>Take a snapshot</button>
      </div>
      {ids.length ? (
        <ul className="space-y-1 text-sm" aria-label="Snapshots">
          {ids.map((id) => (
            <li key={id} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">Snapshot {id}:</span>
              <button type="button" className={BUTTON} onClick={() => playAction({ kind: 'delete', snapshot: id })}>Delete snapshot {id}</button>
              <button type="button" className={BUTTON} onClick={() => playAction({ kind: 'restore', snapshot: id })}>Restore snapshot {id} to AZ b</button>
              <button type="button" className={BUTTON} onClick={() => playAction({ kind: 'copy', snapshot: id })}>Copy snapshot {id} to us-west-2</button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
