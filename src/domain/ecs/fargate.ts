/**
 * Fargate task sizes and what a Fargate task costs (shared/aws-facts.md §10; table in
 * catalog/fargate.ts).
 *
 *   valid size      cpuUnits is a row of the edition's table and memoryMiB one of that row's values
 *                   (saa-c02: 256-4,096 CPU units, up to 30 GB; current: up to 16,384 and 120 GB,
 *                   aws-facts §11); in saa-c02 a later size is refused with the month it arrived
 *   nearest size    the valid pair with the fewest CPU units, then the least memory, with
 *                   cpuUnits >= requested and memoryMiB >= requested (also the cheapest such pair)
 *   hourly USD      vcpu x $0.04048 + memoryGB x $0.004445        (us-east-1 Linux/x86, third-party)
 *   cost USD        tasks x hours x hourly USD
 *   billed seconds  a run of s > 0 seconds bills max(60, ceil(s)); 0 bills 0 (1-minute minimum)
 *
 * Units: 1 vCPU = 1,024 CPU units; the task size table's GB is 1,024 MiB, and Fargate bills
 * memory per GB-hour of the size requested, not of memory used.
 */
import { FARGATE_PRICES, FARGATE_SIZES, fargateSizesFor, type FargateSize } from '../catalog/fargate';
import { fmt } from '../format';
import type { Edition } from '../types';

export const CPU_UNITS_PER_VCPU = 1_024;
export const MIB_PER_GB = 1_024;

export type FargateArchitecture = 'x86_64' | 'arm64';

export interface FargateSizeCheck {
  valid: boolean;
  /** When invalid: the rule, in one sentence. */
  reason?: string;
  /** When valid: anything the size needs (platform version 1.4.0+ for the largest sizes). */
  note?: string;
}

function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function gbText(mib: number): string {
  return fmt(mib / MIB_PER_GB, 2);
}

/** A memory value as a person would say it: whole or half GB in GB, anything else in MiB. */
function memoryText(mib: number): string {
  if (!Number.isFinite(mib)) return `${String(mib)} MiB`;
  return mib > 0 && mib % 512 === 0 ? `${gbText(mib)} GB` : `${fmt(mib, 2)} MiB`;
}

function isEvenlySpaced(values: readonly number[]): boolean {
  return values.every((v, i) => i < 2 || v - values[i - 1]! === values[1]! - values[0]!);
}

/** The memory a CPU row allows: "1, 2, 3 or 4 GB (1,024-4,096 MiB)" or "4 to 16 GB in 1 GB steps (…)". */
export function fargateMemoryRule(row: FargateSize): string {
  const mib = row.memoryMiB;
  const first = mib[0]!;
  const last = mib[mib.length - 1]!;
  const range = `${fmt(first)}-${fmt(last)} MiB`;
  if (mib.length <= 4) {
    const mibText = isEvenlySpaced(mib) ? range : `${listWithOr(mib.map((m) => fmt(m)))} MiB`;
    return `${listWithOr(mib.map(gbText))} GB (${mibText})`;
  }
  return `${gbText(first)} to ${gbText(last)} GB in ${gbText(mib[1]! - first)} GB steps (${range})`;
}

function cpuRule(rows: readonly FargateSize[]): string {
  return `CPU must be ${listWithOr(rows.map((r) => fmt(r.cpuUnits)))} units (${listWithOr(rows.map((r) => fmt(r.vcpu, 2)))} vCPU)`;
}

export function fargateSizeValid(cpuUnits: number, memoryMiB: number, edition: Edition): FargateSizeCheck {
  const rows = fargateSizesFor(edition);
  const row = rows.find((r) => r.cpuUnits === cpuUnits);
  if (!row) {
    const later = FARGATE_SIZES.some((r) => r.cpuUnits === cpuUnits) ? ` The ${fmt(cpuUnits / CPU_UNITS_PER_VCPU)} vCPU size arrived in September 2022 (current AWS).` : '';
    return { valid: false, reason: `${fmt(cpuUnits, 2)} CPU units is not a Fargate task size: ${cpuRule(rows)}.${later}` };
  }
  if (!row.memoryMiB.includes(memoryMiB)) {
    return {
      valid: false,
      reason: `With ${fmt(cpuUnits)} CPU units (${fmt(row.vcpu, 2)} vCPU), memory must be ${fargateMemoryRule(row)}; ${memoryText(memoryMiB)} is not one.`,
    };
  }
  return row.note ? { valid: true, note: row.note } : { valid: true };
}

export interface NearestFargateSize {
  cpuUnits: number;
  memoryMiB: number;
  /** False when no size is that large: then the largest size, which does not cover the request. */
  covers: boolean;
}

/** The smallest valid pair covering the request (fewest CPU units, then least memory). */
export function nearestFargateSize(cpuUnits: number, memoryMiB: number, edition: Edition = 'current'): NearestFargateSize {
  if (Number.isNaN(cpuUnits) || Number.isNaN(memoryMiB)) throw new RangeError('A Fargate size needs CPU units and memory (MiB) as numbers.');
  const rows = fargateSizesFor(edition);
  for (const row of rows) {
    if (row.cpuUnits < cpuUnits) continue;
    const memory = row.memoryMiB.find((m) => m >= memoryMiB);
    if (memory !== undefined) return { cpuUnits: row.cpuUnits, memoryMiB: memory, covers: true };
  }
  const largest = rows[rows.length - 1] ?? FARGATE_SIZES[FARGATE_SIZES.length - 1]!;
  return { cpuUnits: largest.cpuUnits, memoryMiB: largest.memoryMiB[largest.memoryMiB.length - 1]!, covers: false };
}

/** The largest size an edition offers, as a person says it: "4 vCPU and 30 GB". */
export function largestFargateSizeText(edition: Edition): string {
  const rows = fargateSizesFor(edition);
  const last = rows[rows.length - 1]!;
  return `${fmt(last.vcpu, 2)} vCPU and ${gbText(last.memoryMiB[last.memoryMiB.length - 1]!)} GB`;
}

/** USD per hour of one task of this size, us-east-1 Linux. */
export function fargateHourlyUsd(vcpu: number, memoryGB: number, architecture: FargateArchitecture = 'x86_64'): number {
  const p = FARGATE_PRICES;
  return architecture === 'arm64'
    ? vcpu * p.armUsdPerVcpuHour + memoryGB * p.armUsdPerGBHour
    : vcpu * p.usdPerVcpuHour + memoryGB * p.usdPerGBHour;
}

export interface FargateCostOptions {
  vcpu: number;
  memoryGB: number;
  /** Hours each task runs in the period (720 for a 30-day month round the clock). */
  hours: number;
  tasks?: number;
  architecture?: FargateArchitecture;
}

function requireNonNegative(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a number, 0 or more (got ${String(value)}).`);
}

/** USD for `tasks` tasks of this size running `hours` each: tasks x hours x hourly USD. */
export function fargateMonthlyCost(options: FargateCostOptions): number {
  const { vcpu, memoryGB, hours, tasks = 1, architecture = 'x86_64' } = options;
  requireNonNegative(vcpu, 'vCPU');
  requireNonNegative(memoryGB, 'Memory (GB)');
  requireNonNegative(hours, 'Hours');
  requireNonNegative(tasks, 'Tasks');
  return tasks * hours * fargateHourlyUsd(vcpu, memoryGB, architecture);
}

/** Seconds billed for one task run: per second, at least 60 (a run of 0 seconds bills nothing). */
export function fargateBilledSeconds(runSeconds: number): number {
  requireNonNegative(runSeconds, 'Run time (seconds)');
  return runSeconds === 0 ? 0 : Math.max(FARGATE_PRICES.minimumBilledSeconds, Math.ceil(runSeconds));
}
