import { memo, useCallback, useId, type KeyboardEvent, type ReactNode } from 'react';
import { useStepPlayback } from './use-step-playback';

export interface StepItem {
  title: string;
  explanation: string;
  /** Set on a step that shows an attempt AWS refuses: the reason, read out after the explanation. */
  refused?: string;
}

// Buttons at an end are aria-disabled, not disabled: a disabled button would drop keyboard focus to the page.
const BUTTON = 'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
const PRIMARY = 'rounded-md bg-teal-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-teal-800 dark:bg-teal-400 dark:text-slate-950 dark:hover:bg-teal-300';

const StepList = memo(function StepList({ steps, index, go }: { steps: readonly StepItem[]; index: number; go: (i: number) => void }) {
  return (
    <ol aria-label="Steps" className="grid content-start gap-1 self-start text-sm sm:grid-cols-2 xl:grid-cols-1">
      {steps.map((s, i) => (
        <li key={i}>
          <button
            type="button"
            aria-current={i === index ? 'step' : undefined}
            onClick={() => go(i)}
            className="w-full rounded-md px-2 py-1 text-left hover:bg-slate-100 aria-[current=step]:bg-teal-700 aria-[current=step]:text-white dark:hover:bg-slate-800 dark:aria-[current=step]:bg-teal-400 dark:aria-[current=step]:text-slate-950"
          >
            <span className="tabular-nums">{i + 1}.</span> {s.title}
          </button>
        </li>
      ))}
    </ol>
  );
});

/**
 * A step-through: the drawing (children) for the current step, Previous / Play-Pause / Next /
 * Restart, a caption read out by screen readers when the step changes, and a list to jump to any
 * step. The left and right arrow keys (Home and End too) step while focus is inside it. The index is
 * owned by the caller (the store, hence the URL); playback only asks for the next index.
 */
export function Stepper({ label, steps, index, onIndex, children, intervalMs }: {
  label: string;
  steps: readonly StepItem[];
  index: number;
  onIndex: (index: number) => void;
  children: ReactNode;
  intervalMs?: number;
}) {
  const captionId = useId();
  const count = steps.length;
  const { playing, toggle, stop } = useStepPlayback({ index, count, onIndex, intervalMs });
  const go = useCallback((i: number) => {
    stop();
    onIndex(Math.max(0, Math.min(count - 1, i)));
  }, [stop, onIndex, count]);
  const step = steps[Math.min(index, count - 1)];

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    // Fields and widgets with arrow keys of their own (a grid of blocks) keep them.
    if (target.closest('input, select, textarea, [data-own-arrows]')) return;
    const to = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: count - 1 }[e.key];
    if (to === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    go(to);
  };

  return (
    <div role="group" aria-label={label} aria-describedby={captionId} onKeyDown={onKeyDown} className="grid gap-4 xl:grid-cols-[1fr_16rem]">
      <div className="min-w-0 space-y-3">
        {/* The buttons and the step's words come first, and the buttons stay at the top of the screen while the
            drawing is scrolled into view: on a phone each step's change is seen as it happens. */}
        <div className="sticky top-0 z-20 -mx-1 flex flex-wrap items-center gap-2 bg-white/95 px-1 py-1.5 backdrop-blur-sm dark:bg-slate-900/95">
          <button type="button" className={BUTTON} onClick={() => go(0)} aria-disabled={index === 0}>Restart</button>
          <button type="button" className={BUTTON} onClick={() => go(index - 1)} aria-disabled={index === 0}>Previous</button>
          <button type="button" className={`${PRIMARY} aria-disabled:cursor-not-allowed aria-disabled:opacity-50`} onClick={count > 1 ? toggle : undefined}
            aria-disabled={count <= 1 || undefined} aria-label={count > 1 && !playing && index >= count - 1 ? 'Play again from step 1' : undefined}>
            {playing ? 'Pause' : index >= count - 1 && count > 1 ? 'Play again' : 'Play'}
          </button>
          <button type="button" className={BUTTON} onClick={() => go(index + 1)} aria-disabled={index >= count - 1}>Next</button>
          <span className="text-sm tabular-nums text-slate-600 dark:text-slate-400">Step {index + 1} of {count}</span>
          <span className="hidden text-xs text-slate-500 sm:inline dark:text-slate-400">Arrow keys step too.</span>
          {/* The step's title stays in view with the buttons (the full caption below may scroll away on a phone);
              screen readers hear the caption, so this line is not read twice. */}
          {step ? (
            <span aria-hidden="true" className="w-full truncate text-sm font-medium sm:hidden">
              {step.title}{step.refused ? <span className="text-red-700 dark:text-red-300"> · refused</span> : null}
            </span>
          ) : null}
        </div>
        <p id={captionId} aria-live="polite" aria-atomic="true"
          // A view that shows the explanation itself (StepWords) passes titles only: no room is kept for words that do not come.
          className={`${step?.explanation || step?.refused ? 'min-h-[3.5rem]' : ''} rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800`}>
          {step ? (
            <>
              <span className="font-semibold">Step {index + 1} of {count}: {step.title}.</span> {step.explanation}
              {step.refused ? <span className="mt-1 block font-medium text-red-700 dark:text-red-300">Refused: {step.refused}</span> : null}
            </>
          ) : null}
        </p>
        {children}
      </div>
      <StepList steps={steps} index={index} go={go} />
    </div>
  );
}
