import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { creditBucket, gp3Comparison, simulateCredits, WORKLOAD_PRESETS, type CreditSimulation, type Edition, type Gp3Comparison, type WorkloadSegment } from '../../domain';
import type { BurstInputs } from '../../store/burst-defaults';
import { totalSecondsOf, workloadOf } from '../../store/burst-workload';
import { selectBurstPreset, selectBurstSegments, selectBurstVolume, selectEdition, selectSnapshotInProgress, selectStartBalance } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

export interface SimulationView {
  volume: BurstInputs['volume'];
  edition: Edition;
  workload: WorkloadSegment[];
  sim: CreditSimulation;
  gp3: Gp3Comparison;
  presetLabel: string;
  totalSeconds: number;
}

const SimulationContext = createContext<SimulationView | null>(null);

/**
 * Computes the simulation of what is on screen once for the whole view, and only when one of its
 * inputs changes: never for the playhead, and the workload keeps its identity while only the size
 * changes (a preset's segments depend on the size only for the full-volume scan).
 */
export function SimulationProvider({ children }: { children: ReactNode }) {
  const volume = useAppStore(selectBurstVolume);
  const preset = useAppStore(selectBurstPreset);
  const segments = useAppStore(selectBurstSegments);
  const start = useAppStore(selectStartBalance);
  const snapshotInProgress = useAppStore(selectSnapshotInProgress);
  const edition = useAppStore(selectEdition);
  const { type } = volume;
  const sizeForWorkload = preset === 'full-scan' ? volume.sizeGiB : 0;
  const workload = useMemo(
    () => workloadOf({ volume: { type, sizeGiB: sizeForWorkload || 1_024 }, preset, segments, playheadSeconds: 0, startBalancePercent: 100, snapshotInProgress: false }, edition),
    [type, sizeForWorkload, preset, segments, edition],
  );
  const value = useMemo((): SimulationView => {
    const initialBalance = (creditBucket(volume, edition).bucketSize * start) / 100;
    const sim = simulateCredits(volume, workload, edition, { initialBalance, snapshotInProgress });
    const presetLabel = preset === 'custom' ? 'custom workload' : WORKLOAD_PRESETS.find((p) => p.id === preset)?.label.toLowerCase() ?? preset;
    return { volume, edition, workload, sim, gp3: gp3Comparison(volume, workload, edition), presetLabel, totalSeconds: totalSecondsOf(workload) };
  }, [volume, workload, edition, start, snapshotInProgress, preset]);
  return <SimulationContext.Provider value={value}>{children}</SimulationContext.Provider>;
}

export function useSimulation(): SimulationView {
  const value = useContext(SimulationContext);
  if (!value) throw new Error('useSimulation needs a <SimulationProvider> above it');
  return value;
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
