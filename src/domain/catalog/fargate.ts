/**
 * AWS Fargate task sizes and prices (shared/aws-facts.md §10).
 *
 * Sizes (ECS23 AWS_Fargate.md): a task's CPU, in CPU units (1,024 units = 1 vCPU), is one of seven
 * values, and each allows its own memory values, in MiB (the table's "1 GB" is 1,024 MiB):
 *   256 -> 512 MiB, 1 GB, 2 GB          512 -> 1-4 GB         1,024 -> 2-8 GB (1 GB steps)
 *   2,048 -> 4-16 GB (1 GB steps)       4,096 -> 8-30 GB (1 GB steps)
 *   8,192 -> 16-60 GB (4 GB steps)      16,384 -> 32-120 GB (8 GB steps), both platform 1.4.0+
 * Windows tasks need at least 1 vCPU (not modelled: the explorer's tasks are Linux).
 *
 * Prices, us-east-1, per hour of what a task requests (third-party: vantage.sh/blog/fargate-pricing,
 * 2021-04-22; the same x86 rates on 2026 pages). Billed per second with a 1-minute minimum, on the
 * requested vCPU and memory, not on use (cloudburn.io, third-party):
 *   Linux/x86  $0.04048 per vCPU-hour, $0.004445 per GB-hour
 *   Linux/ARM  $0.03238 per vCPU-hour, $0.00356 per GB-hour
 *   Windows    $0.09148 per vCPU-hour + $0.046 OS licence per vCPU-hour, $0.01005 per GB-hour
 *   20 GB of ephemeral storage included; more at $0.000111 per GB-hour
 */
import type { Edition } from '../types';

export interface FargateSize {
  readonly cpuUnits: number;
  readonly vcpu: number;
  /** Every memory value this CPU allows, ascending, in MiB. */
  readonly memoryMiB: readonly number[];
  readonly note?: string;
  readonly source: string;
}

const MIB_PER_GB = 1_024;

/** Whole GB from `fromGB` to `toGB` in `stepGB` steps, as MiB. */
function gbRange(fromGB: number, toGB: number, stepGB: number): number[] {
  const out: number[] = [];
  for (let gb = fromGB; gb <= toGB; gb += stepGB) out.push(gb * MIB_PER_GB);
  return out;
}

const SIZES_SOURCE = 'ECS23 AWS_Fargate.md (task CPU and memory table)';
const PLATFORM_1_4 = 'Needs Fargate platform version 1.4.0 or later.';

export const FARGATE_SIZES: readonly FargateSize[] = [
  { cpuUnits: 256, vcpu: 0.25, memoryMiB: [512, 1_024, 2_048], source: SIZES_SOURCE },
  { cpuUnits: 512, vcpu: 0.5, memoryMiB: gbRange(1, 4, 1), source: SIZES_SOURCE },
  { cpuUnits: 1_024, vcpu: 1, memoryMiB: gbRange(2, 8, 1), source: SIZES_SOURCE },
  { cpuUnits: 2_048, vcpu: 2, memoryMiB: gbRange(4, 16, 1), source: SIZES_SOURCE },
  { cpuUnits: 4_096, vcpu: 4, memoryMiB: gbRange(8, 30, 1), source: SIZES_SOURCE },
  { cpuUnits: 8_192, vcpu: 8, memoryMiB: gbRange(16, 60, 4), note: PLATFORM_1_4, source: SIZES_SOURCE },
  { cpuUnits: 16_384, vcpu: 16, memoryMiB: gbRange(32, 120, 8), note: PLATFORM_1_4, source: SIZES_SOURCE },
];

/** Why both editions read one table. */
export const FARGATE_SIZES_NOTE =
  'The task size table is the 2023 one (ECS23): aws-facts.md has no 2021 table, so both editions use it. ' +
  'The 8,192 and 16,384 CPU-unit sizes need platform version 1.4.0 or later.';

/** The sizes each edition offers: the same 2023 table for both (FARGATE_SIZES_NOTE). */
const SIZES_BY_EDITION: Readonly<Record<Edition, readonly FargateSize[]>> = {
  'saa-c02': FARGATE_SIZES,
  current: FARGATE_SIZES,
};

export function fargateSizesFor(edition: Edition): readonly FargateSize[] {
  return SIZES_BY_EDITION[edition];
}

export interface FargatePrices {
  /** Linux/x86. */
  readonly usdPerVcpuHour: number;
  readonly usdPerGBHour: number;
  /** Linux/ARM (Graviton). */
  readonly armUsdPerVcpuHour: number;
  readonly armUsdPerGBHour: number;
  /** Windows/x86: compute plus an OS licence fee per vCPU-hour. */
  readonly windowsUsdPerVcpuHour: number;
  readonly windowsLicenceUsdPerVcpuHour: number;
  readonly windowsUsdPerGBHour: number;
  readonly includedEphemeralStorageGB: number;
  readonly extraEphemeralStorageUsdPerGBHour: number;
  /** Billed per second; a task that runs less is billed this long. */
  readonly minimumBilledSeconds: number;
  readonly source: string;
}

export const FARGATE_PRICES: FargatePrices = {
  usdPerVcpuHour: 0.04048,
  usdPerGBHour: 0.004445,
  armUsdPerVcpuHour: 0.03238,
  armUsdPerGBHour: 0.00356,
  windowsUsdPerVcpuHour: 0.09148,
  windowsLicenceUsdPerVcpuHour: 0.046,
  windowsUsdPerGBHour: 0.01005,
  includedEphemeralStorageGB: 20,
  extraEphemeralStorageUsdPerGBHour: 0.000111,
  minimumBilledSeconds: 60,
  source: 'third-party vantage.sh/blog/fargate-pricing (us-east-1, 2021-04-22; same x86 rates in 2026); billed on requested vCPU and memory: third-party cloudburn.io',
};
