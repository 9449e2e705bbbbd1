/**
 * Starting points of the EBS explorer. These are UI choices, not AWS figures: every value is then
 * kept inside the domain's rules by clampVolume. UI ranges (hours, volume count) are documented in
 * docs/model.md as interface limits, not AWS limits.
 */
import type { Need, Volume, VolumeType } from '../domain';

export type ChartMetric = 'iops' | 'throughput';

export interface EbsInputs {
  volume: Volume;
  instance: string;
  volumeCount: number;
  hoursPerMonth: number;
  showCalculation: boolean;
  chartMetric: ChartMetric;
  need: Need;
}

/** IOPS a provisioned type starts at when chosen (clamped to what the size allows). */
export const STARTING_IOPS: Partial<Record<VolumeType, number>> = {
  gp3: 3_000, io1: 3_000, io2: 3_000, 'io2-block-express': 3_000,
};

export const HOURS = { min: 1, max: 744, default: 720 } as const;
export const VOLUME_COUNT = { min: 1, max: 16 } as const;
export const NEED_LIMITS = {
  sizeGiB: { min: 1, max: 65_536 },
  iops: { min: 0, max: 256_000 },
  throughputMiBps: { min: 0, max: 4_000 },
} as const;

export const DEFAULT_EBS: EbsInputs = {
  volume: { type: 'gp2', sizeGiB: 100 },
  instance: 'm5.large',
  volumeCount: 1,
  hoursPerMonth: HOURS.default,
  showCalculation: false,
  chartMetric: 'iops',
  need: { sizeGiB: 500, iops: 6_000, throughputMiBps: 250 },
};
