import { useMemo, useState } from 'react';
import type { StepItem } from './stepper';

/**
 * The shared stepper reads its caption out whenever its text changes, and these explanations quote
 * the sliders' figures: the stepper gets the titles only (`titlesOnly`), and the explanation is shown
 * here, read out once per step (the text is taken when the step changes, not on every slider tick).
 * Used by the step-throughs whose captions quote their sliders (snapshots, AMIs).
 */
export function titlesOnly<S extends StepItem>(steps: readonly S[]): StepItem[] {
  return steps.map((s) => ({ title: s.title, explanation: '', ...(s.refused ? { refused: s.refused } : {}) }));
}

/** Keeps a list of titles stable while only the explanations change (so the stepper's list is not rebuilt). */
export function useTitlesOnly<S extends StepItem>(steps: readonly S[]): StepItem[] {
  const key = steps.map((s) => `${s.title}\t${s.refused ?? ''}`).join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the titles on purpose
  return useMemo(() => titlesOnly(steps), [key]);
}

export function StepWords({ index, explanation }: { index: number; explanation: string }) {
  const [said, setSaid] = useState({ index, text: explanation });
  // Adjusting state while rendering (React's "storing information from previous renders"): only a new step is announced.
  if (said.index !== index) setSaid({ index, text: explanation });
  return (
    <>
      <p className="px-3 text-sm">{explanation}</p>
      <p className="sr-only" aria-live="polite" aria-atomic="true">{said.index === index ? said.text : explanation}</p>
    </>
  );
}
