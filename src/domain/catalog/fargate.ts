/**
 * AWS Fargate task sizes and prices (shared/aws-facts.md §10).
 *
 * Sizes (ECS23 AWS_Fargate.md): a task's CPU, in CPU units (1,024 units = 1 vCPU), is one of seven
 * values, and each allows its own memory values, in MiB (the table's "1 GB" is 1,024 MiB):
 *   256 -> 512 MiB, 1 GB, 2 GB          512 -> 1-4 GB         1,024 -> 2-8 GB (1 GB steps)
 *   2,048 -> 4-16 GB (1 GB steps)       4,096 -> 8-30 GB (1 GB steps)
 *   8,192 -> 16-60 GB (4 GB steps)      16,384 -> 32-120 GB (8 GB steps), both platform 1.4.0+
 * Windows tasks need at least 1 vCPU (not modelled: the explorer's tasks are Linux).
 * Editions (aws-facts §11, "Fargate task sizes by era"): in 2021 Fargate tasks went up to 4 vCPU and
 * 30 GB; the 8 and 16 vCPU sizes arrived in September 2022 (AWS What's New, 2022-09). So `saa-c02`
 * offers the first five rows (256-4,096 CPU units) and `current` all seven.
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

/** Where the sizes-by-era fact comes from (aws-facts §11 names no address: AWS What's New and the AWS Containers blog). */
export const FARGATE_SIZES_ERA_SOURCE =
  'ECS Developer Guide, AWS Fargate (the 2023 table): ECS23 AWS_Fargate.md; sizes by era: AWS What\'s New, 2022-09, and the AWS Containers blog, 2022 (up to 4 vCPU before)';

/** The 2021 table stops at 4,096 CPU units: 8,192 and 16,384 arrived in September 2022. */
export const SAA_C02_MAX_CPU_UNITS = 4_096;

/** What each edition's table is, in a sentence beside it. */
export const FARGATE_SIZES_NOTE: Readonly<Record<Edition, string>> = {
  'saa-c02': 'The 2021 sizes: up to 4 vCPU and 30 GB. The 8 and 16 vCPU sizes (up to 120 GB) arrived in September 2022: switch to current AWS to see them.',
  current: 'The 8,192 and 16,384 CPU-unit sizes arrived in September 2022 and need platform version 1.4.0 or later; in 2021 Fargate went up to 4 vCPU and 30 GB.',
};

/** The sizes each edition offers: 2021 up to 4 vCPU and 30 GB, today up to 16 vCPU and 120 GB. */
const SIZES_BY_EDITION: Readonly<Record<Edition, readonly FargateSize[]>> = {
  'saa-c02': FARGATE_SIZES.filter((row) => row.cpuUnits <= SAA_C02_MAX_CPU_UNITS),
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
  source: 'third-party: Vantage, Fargate pricing, vantage.sh/blog/fargate-pricing (us-east-1, 2021-04-22; same x86 rates in 2026); billed on requested vCPU and memory: third-party CloudBurn, cloudburn.io',
};
