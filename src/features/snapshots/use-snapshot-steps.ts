import { useMemo } from 'react';
import { useInput } from '../../store/view-hooks';
import { snapshotsState } from './params';
import { snapshotStepsFor } from './snapshot-steps';

/** The walkthrough's figures as one object, rebuilt only when one of them changes. */
export function useSnapshotFigures() {
  const sizeGiB = useInput(snapshotsState, 'sizeGiB');
  const writtenGiB = useInput(snapshotsState, 'writtenGiB');
  const changedGiB = useInput(snapshotsState, 'changedGiB');
  return useMemo(() => ({ sizeGiB, writtenGiB, changedGiB }), [sizeGiB, writtenGiB, changedGiB]);
}

/** The steps of the scenario on screen (walkthrough or free play), computed once per scenario change. */
export function useSnapshotSteps() {
  const figures = useSnapshotFigures();
  const play = useInput(snapshotsState, 'play');
  const index = useInput(snapshotsState, 'step');
  const steps = useMemo(() => snapshotStepsFor(figures, play), [figures, play]);
  const step = steps[Math.min(index, steps.length - 1)]!;
  return { steps, index, step, figures, freePlay: play !== null };
}
