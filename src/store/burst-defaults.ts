/**
 * Starting points and interface ranges of the burst-credit view (UI choices, not AWS figures;
 * documented in docs/model.md, "Interface choices").
 */
import type { BurstVolumeType, PresetId, WorkloadSegment } from '../domain';

export interface BurstInputs {
  volume: { type: BurstVolumeType; sizeGiB: number };
  /** A named preset, or 'custom' when the person has edited the segments. */
  preset: PresetId | 'custom';
  /** Only read when preset is 'custom'; a preset's segments are derived from the domain. */
  segments: WorkloadSegment[];
  playheadSeconds: number;
  /** Balance at the start, as a share of a full bucket. */
  startBalancePercent: number;
  snapshotInProgress: boolean;
}

export const DEFAULT_BURST: BurstInputs = {
  volume: { type: 'gp2', sizeGiB: 100 },
  preset: 'nightly-batch',
  segments: [],
  playheadSeconds: 0,
  startBalancePercent: 100,
  snapshotInProgress: false,
};

/** Simulated seconds that pass per real second while playing: the whole workload in about 20 s. */
export const PLAYBACK_SECONDS = 20;
