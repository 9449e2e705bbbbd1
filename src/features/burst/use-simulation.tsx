import { createContext, useContext, useMemo, type ReactNode } from 'react';
import {
  creditBucket, fullScanSeconds, gp3Comparison, scanFinishSeconds, simulateCredits, worstCaseScanSeconds, WORKLOAD_PRESETS,
  type BurstVolumeType, type CreditSimulation, type Edition, type Gp3Comparison, type WorkloadSegment,
} from '../../domain';
import { useEdition, useInput } from '../../store/view-hooks';
import { burstState } from './params';
import type { ScanTimes } from './verdict';
import { totalSecondsOf, workloadOf, workloadSizeGiB } from './workload';

export interface SimulationView {
  volume: { type: BurstVolumeType; sizeGiB: number };
  edition: Edition;
  workload: readonly WorkloadSegment[];
  sim: CreditSimulation;
  gp3: Gp3Comparison;
  presetLabel: string;
  totalSeconds: number;
  /** The full-volume scan preset's finish, carrying unread data forward; null for other workloads. */
  scan: ScanTimes | null;
}

const SimulationContext = createContext<SimulationView | null>(null);

/**
 * Computes the simulation of what is on screen once for the whole view, and only when one of its
 * inputs changes: never for the playhead, and a gp2 workload keeps its identity while only the size
 * changes (its presets are the same at every size).
 */
export function SimulationProvider({ children }: { children: ReactNode }) {
  const type = useInput(burstState, 'type');
  const sizeGiB = useInput(burstState, 'sizeGiB');
  const preset = useInput(burstState, 'preset');
  const segments = useInput(burstState, 'segments');
  const start = useInput(burstState, 'startBalancePercent');
  const snapshotInProgress = useInput(burstState, 'snapshotInProgress');
  const edition = useEdition();
  const shapeSizeGiB = workloadSizeGiB(type, sizeGiB);
  const workload = useMemo(
    () => workloadOf({ type, sizeGiB: shapeSizeGiB, preset, segments }, edition),
    [type, shapeSizeGiB, preset, segments, edition],
  );
  const value = useMemo((): SimulationView => {
    const volume = { type, sizeGiB };
    const initialBalance = (creditBucket(volume, edition).bucketSize * start) / 100;
    const sim = simulateCredits(volume, workload, edition, { initialBalance, snapshotInProgress });
    const presetLabel = preset === 'custom' ? 'custom workload' : WORKLOAD_PRESETS.find((p) => p.id === preset)?.label.toLowerCase() ?? preset;
    const scan = preset === 'full-scan' && type !== 'gp2' ? {
      finishSeconds: scanFinishSeconds(volume, edition, { initialBalance, snapshotInProgress }),
      fullSeconds: fullScanSeconds(volume, edition),
      designFloorSeconds: worstCaseScanSeconds(volume, edition),
    } : null;
    return { volume, edition, workload, sim, gp3: gp3Comparison(volume, workload, edition), presetLabel, totalSeconds: totalSecondsOf(workload), scan };
  }, [type, sizeGiB, workload, edition, start, snapshotInProgress, preset]);
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
