import { useMemo } from 'react';
import { gp3Comparison, simulateCredits, WORKLOAD_PRESETS } from '../../domain';
import { totalSecondsOf, workloadOf } from '../../store/burst-slice';
import { selectBurst, selectEdition } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

/** The simulation of what is on screen, recomputed only when an input of it changes (never for the playhead). */
export function useSimulation() {
  const burst = useAppStore(selectBurst);
  const edition = useAppStore(selectEdition);
  const { volume, preset, segments, startBalancePercent, snapshotInProgress } = burst;
  const workload = useMemo(
    () => workloadOf({ ...burst, volume, preset, segments }, edition),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the playhead is not an input of the workload
    [volume, preset, segments, edition],
  );
  const sim = useMemo(() => {
    const first = simulateCredits(volume, workload, edition, { snapshotInProgress });
    const initialBalance = (first.bucketSize * startBalancePercent) / 100;
    return startBalancePercent === 100 ? first : simulateCredits(volume, workload, edition, { initialBalance, snapshotInProgress });
  }, [volume, workload, edition, startBalancePercent, snapshotInProgress]);
  const gp3 = useMemo(() => gp3Comparison(volume, workload, edition), [volume, workload, edition]);
  const presetLabel = preset === 'custom' ? 'custom workload' : WORKLOAD_PRESETS.find((p) => p.id === preset)?.label.toLowerCase() ?? preset;
  return { volume, edition, workload, sim, gp3, presetLabel, totalSeconds: totalSecondsOf(workload) };
}

/** When each segment starts, in seconds from the start of the workload. */
export function segmentStarts(workload: readonly { durationSeconds: number }[]): number[] {
  const starts: number[] = [];
  workload.reduce((t, s) => {
    starts.push(t);
    return t + s.durationSeconds;
  }, 0);
  return starts;
}
