import { useMemo } from 'react';
import { selectSnapshotFigures, selectSnapshotPlay, selectSnapshotStep } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { snapshotStepsFor } from './snapshot-steps';

/** The steps of the scenario on screen (walkthrough or free play), computed once per scenario change. */
export function useSnapshotSteps() {
  const figures = useAppStore(selectSnapshotFigures);
  const play = useAppStore(selectSnapshotPlay);
  const index = useAppStore(selectSnapshotStep);
  const steps = useMemo(() => snapshotStepsFor(figures, play), [figures, play]);
  const step = steps[Math.min(index, steps.length - 1)]!;
  return { steps, index, step, figures, freePlay: play !== null };
}
