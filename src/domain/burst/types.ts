/**
 * The vocabulary of the credit-bucket simulation (gp2 I/O credits, st1/sc1 throughput credits).
 * Demand and delivery are IOPS for gp2 and MiB/s for st1/sc1; balances are I/O credits for gp2
 * and MiB of throughput credits for st1/sc1; times are seconds from the start of the workload,
 * which the view reads as 00:00 on a Monday.
 */
import type { Volume } from '../types';

export type BurstVolumeType = 'gp2' | 'st1' | 'sc1';
export const BURST_VOLUME_TYPES: readonly BurstVolumeType[] = ['gp2', 'st1', 'sc1'];

/** One stretch of constant demand: IOPS for gp2, MiB/s for st1/sc1. */
export interface WorkloadSegment {
  durationSeconds: number;
  demand: number;
}

export interface SimulationOptions {
  /** Starting balance (credits for gp2, MiB for HDD); default a full bucket. Clamped to [0, bucket]. */
  initialBalance?: number;
  /** st1/sc1: a snapshot in progress holds delivery to the baseline (UG21). Ignored for gp2. */
  snapshotInProgress?: boolean;
  /** Most points in `points` (default 400). */
  maxPoints?: number;
}

export interface TimelinePoint {
  t: number;
  demand: number;
  delivered: number;
  balance: number;
  /** balance / bucket x 100, the BurstBalance metric CloudWatch reports. */
  balancePercent: number;
}

export interface CreditEvent {
  atSeconds: number;
  kind: 'empty' | 'full' | 'segment';
}

export interface CreditSimulation {
  unit: 'IOPS' | 'MiB/s';
  bucketSize: number;
  baseline: number;
  burst: number;
  /** false for gp2 at 1,000 GiB and more: its balance never moves. */
  usesCredits: boolean;
  totalSeconds: number;
  events: CreditEvent[];
  throttledSeconds: number;
  /** Delivered over demanded, integrated over the whole workload (1 when nothing is demanded). */
  servedFraction: number;
  /** Maximal intervals where delivered < demand. */
  throttledPeriods: { start: number; end: number }[];
  firstEmptySeconds: number | null;
  /** The first time the bucket is full again after it first ran empty. */
  refilledSeconds: number | null;
  /** Exact: one point at t = 0, at every event and at the end; between them delivery is constant and the balance linear. */
  breakpoints: TimelinePoint[];
  /** For drawing: at most maxPoints, each time bucket keeping its extremes so no dip disappears. */
  points: TimelinePoint[];
}

export interface Gp3Comparison {
  /** gp3 of the same size at its included 3,000 IOPS and 125 MiB/s. */
  included: { volume: Volume; limit: number; throttledSeconds: number; servedFraction: number; monthlyUsd: number };
  /** The smallest gp3 that serves the workload's peak in full, or why none can. */
  peak: { volume: Volume | null; reason?: string; monthlyUsd: number | null };
  /** The simulated volume's own monthly cost. */
  original: { monthlyUsd: number };
}

export type PresetId = 'steady' | 'nightly-batch' | 'boot-storm' | 'business-hours-db' | 'weekly-report' | 'full-scan';

export interface WorkloadPreset {
  id: PresetId;
  label: string;
  description: string;
  appliesTo: readonly BurstVolumeType[];
}
