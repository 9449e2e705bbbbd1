/**
 * Workloads: a list of segments of constant demand (IOPS for gp2, MiB/s for st1/sc1; durations in
 * seconds), their limits, and the cleaning a custom workload gets before it is simulated.
 *
 *   at most MAX_SEGMENTS = 200 segments, at most MAX_WORKLOAD_SECONDS = 604,800 s (7 days) in all;
 *   each segment lasts at least MIN_SEGMENT_SECONDS = 60 s; 0 <= demand <= min(ceiling, 1,000,000).
 *
 * These are limits of the explorer, not AWS figures: they keep a simulation small (its cost grows
 * with the number of segments) and a chart readable.
 */
import { fmt } from '../format';
import type { WorkloadSegment } from './types';

export const MAX_SEGMENTS = 200;
export const MAX_WORKLOAD_SECONDS = 604_800;
export const MIN_SEGMENT_SECONDS = 60;
/** A sane cap on any demand, in either unit. */
export const MAX_DEMAND = 1_000_000;
/** Used for a duration that is not a number. */
export const DEFAULT_SEGMENT_SECONDS = 3_600;

export interface WorkloadValidation {
  segments: WorkloadSegment[];
  problems: string[];
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
  if (typeof value === 'number') return Number.isFinite(value) ? fmt(value, 3) : String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** A finite number, or a string that reads as one; otherwise null. */
function numberFrom(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function cleanDuration(raw: unknown, at: string, problems: string[]): number {
  if (raw === undefined) {
    problems.push(`${at}: duration is missing: used ${fmt(DEFAULT_SEGMENT_SECONDS)} s`);
    return DEFAULT_SEGMENT_SECONDS;
  }
  const n = numberFrom(raw);
  if (n === null) {
    problems.push(`${at}: duration ${describe(raw)} is not a number: used ${fmt(DEFAULT_SEGMENT_SECONDS)} s`);
    return DEFAULT_SEGMENT_SECONDS;
  }
  if (n < MIN_SEGMENT_SECONDS) {
    problems.push(`${at}: duration ${fmt(n, 3)} s is shorter than ${fmt(MIN_SEGMENT_SECONDS)} s: used ${fmt(MIN_SEGMENT_SECONDS)} s`);
    return MIN_SEGMENT_SECONDS;
  }
  return n;
}

function cleanDemand(raw: unknown, at: string, ceiling: number, problems: string[]): number {
  if (raw === undefined) {
    problems.push(`${at}: demand is missing: used 0`);
    return 0;
  }
  const n = numberFrom(raw);
  if (n === null) {
    problems.push(`${at}: demand ${describe(raw)} is not a number: used 0`);
    return 0;
  }
  if (n < 0) {
    problems.push(`${at}: demand ${fmt(n, 3)} is below 0: used 0`);
    return 0;
  }
  if (n > ceiling) {
    problems.push(`${at}: demand ${fmt(n, 3)} is above the ceiling of ${fmt(ceiling)}: used ${fmt(ceiling)}`);
    return ceiling;
  }
  return n;
}

/**
 * Clean a workload from any source (a URL, an editor): every value a number in range, at most 200
 * segments and 7 days. Each problem says what was wrong and what was used instead. Numbers written
 * as text ("120") are read as numbers without a problem.
 */
export function validateWorkload(input: unknown, ceiling: number = MAX_DEMAND): WorkloadValidation {
  const problems: string[] = [];
  const cap = Number.isFinite(ceiling) && ceiling >= 0 ? Math.min(ceiling, MAX_DEMAND) : MAX_DEMAND;
  if (!Array.isArray(input)) {
    problems.push(`the workload is ${describe(input)}, not a list of segments: used an empty workload`);
    return { segments: [], problems };
  }
  let items: readonly unknown[] = input;
  if (items.length > MAX_SEGMENTS) {
    problems.push(`the workload has ${fmt(items.length)} segments, more than ${fmt(MAX_SEGMENTS)}: used the first ${fmt(MAX_SEGMENTS)}`);
    items = items.slice(0, MAX_SEGMENTS);
  }
  const segments: WorkloadSegment[] = [];
  let total = 0;
  let cut = false;
  items.forEach((item, i) => {
    const at = `segment ${i + 1}`;
    if (cut) return;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problems.push(`${at} is ${describe(item)}, not a segment with a duration and a demand: left it out`);
      return;
    }
    const record = item as Record<string, unknown>;
    const durationSeconds = cleanDuration(record.durationSeconds, at, problems);
    const demand = cleanDemand(record.demand, at, cap, problems);
    if (total + durationSeconds > MAX_WORKLOAD_SECONDS) {
      cut = true;
      const left = MAX_WORKLOAD_SECONDS - total;
      const kept = left >= MIN_SEGMENT_SECONDS ? `shortened ${at} to ${fmt(left, 3)} s` : `left out ${at}`;
      problems.push(`the workload runs past ${fmt(MAX_WORKLOAD_SECONDS)} s (7 days) at ${at}: ${kept} and dropped every segment after it`);
      if (left >= MIN_SEGMENT_SECONDS) segments.push({ durationSeconds: left, demand });
      return;
    }
    total += durationSeconds;
    segments.push({ durationSeconds, demand });
  });
  return { segments, problems };
}

/** Simulation input must already be clean numbers; anything else is a programming error. */
export function assertWorkload(workload: readonly WorkloadSegment[]): void {
  workload.forEach((s, i) => {
    if (!Number.isFinite(s.durationSeconds) || s.durationSeconds < 0) {
      throw new Error(`segment ${i + 1}: duration must be a number of seconds of at least 0, not ${String(s.durationSeconds)} (clean the workload with validateWorkload)`);
    }
    if (!Number.isFinite(s.demand) || s.demand < 0) {
      throw new Error(`segment ${i + 1}: demand must be a number of at least 0, not ${String(s.demand)} (clean the workload with validateWorkload)`);
    }
  });
}

/** Adjacent segments with the same demand become one; zero-length segments disappear. */
export function mergeSegments(segments: readonly WorkloadSegment[]): WorkloadSegment[] {
  const out: WorkloadSegment[] = [];
  for (const s of segments) {
    if (s.durationSeconds <= 0) continue;
    const last = out[out.length - 1];
    if (last && last.demand === s.demand) last.durationSeconds += s.durationSeconds;
    else out.push({ durationSeconds: s.durationSeconds, demand: s.demand });
  }
  return out;
}
