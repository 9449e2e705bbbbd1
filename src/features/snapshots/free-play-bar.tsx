import { useRef, type ReactNode } from 'react';
import type { BlockAction, BlockFrame } from '../../domain';
import { useActions, useInput } from '../../store/view-hooks';
import { snapshotsActions } from './actions';
import { snapshotsState } from './params';

const BUTTON = 'rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * Free play's actions on the step on screen; acting from an earlier step replaces the steps after it,
 * and Undo takes the last action back. When an action removes the button that had focus (deleting a
 * snapshot removes its row), focus moves to this bar rather than falling to the page.
 */
export function FreePlayBar({ frame, atEnd, canUndo, messages, stepNumber, lastStep }: {
  frame: BlockFrame; atEnd: boolean; canUndo: boolean; messages: ReactNode; stepNumber: number; lastStep: number;
}) {
  const selected = useInput(snapshotsState, 'selected');
  const { playAction, undoAction, toggleBlock } = useActions(snapshotsActions);
  const bar = useRef<HTMLDivElement>(null);
  const act = (run: () => void) => {
    run();
    requestAnimationFrame(() => {
      if (!bar.current?.contains(document.activeElement)) bar.current?.focus();
    });
  };
  const play = (action: BlockAction) => act(() => playAction(action));
  const ids = frame.snapshots.map((s) => s.id);
  return (
    <div ref={bar} tabIndex={-1} role="group" aria-label="Free play actions" className="space-y-2 rounded-md outline-offset-4">
      <p className="text-sm">
        Pick blocks in the volume above, then write them. {atEnd ? '' : `You are on step ${stepNumber} of ${lastStep}: acting here replaces ${stepNumber + 1 === lastStep ? `step ${lastStep}` : `steps ${stepNumber + 1} to ${lastStep}`} (Undo brings them back).`}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} aria-disabled={!selected.length}
          onClick={() => selected.length && play({ kind: 'write', blocks: selected })}>
          Write {selected.length ? `${selected.length} selected block${selected.length > 1 ? 's' : ''}` : 'selected blocks'}
        </button>
        <button type="button" className={BUTTON} aria-disabled={!selected.length} onClick={() => selected.forEach((b) => toggleBlock(b))}>Clear selection</button>
        <button type="button" className={BUTTON} onClick={() => play({ kind: 'snapshot' })}>Take a snapshot</button>
        <button type="button" className={BUTTON} aria-disabled={!canUndo} onClick={() => canUndo && act(undoAction)}>Undo last action</button>
      </div>
      {messages}
      {ids.length ? (
        <ul className="space-y-1 text-sm" aria-label="Snapshots">
          {ids.map((id) => (
            <li key={id} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">Snapshot {id}:</span>
              <button type="button" className={BUTTON} onClick={() => play({ kind: 'delete', snapshot: id })}>Delete snapshot {id}</button>
              <button type="button" className={BUTTON} onClick={() => play({ kind: 'restore', snapshot: id })}>Restore snapshot {id} to AZ b</button>
              <button type="button" className={BUTTON} onClick={() => play({ kind: 'copy', snapshot: id })}>Copy snapshot {id} to us-west-2</button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
