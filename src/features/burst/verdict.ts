import { stateAt, type CreditSimulation, type WorkloadSegment } from '../../domain';
import { formatNumber } from '../../components/format';
import { clock, formatDuration } from './time-format';
import { segmentStarts } from './use-simulation';

export type ThrottleCause = 'cap' | 'credits' | 'snapshot';

/**
 * Why delivery fell short at each moment it did: demand above the burst rate while credits remain
 * ('cap'), an empty bucket holding the volume to its baseline ('credits'), or a snapshot in
 * progress holding an HDD volume to its baseline ('snapshot').
 */
export function throttleCauseAt(sim: CreditSimulation, t: number, snapshot: boolean): ThrottleCause {
  if (snapshot && sim.unit !== 'IOPS') return 'snapshot';
  return stateAt(sim, t).balance > 1e-9 ? 'cap' : 'credits';
}

/** Seconds of shortfall by cause, from the exact breakpoints (delivery is constant between them). */
export function throttleBreakdown(sim: CreditSimulation, snapshot: boolean): Record<ThrottleCause, number> {
  const out: Record<ThrottleCause, number> = { cap: 0, credits: 0, snapshot: 0 };
  const bp = sim.breakpoints;
  for (let i = 0; i + 1 < bp.length; i++) {
    const a = bp[i]!;
    const b = bp[i + 1]!;
    if (a.delivered < a.demand - 1e-9 && b.t > a.t) out[throttleCauseAt(sim, (a.t + b.t) / 2, snapshot)] += b.t - a.t;
  }
  return out;
}

function segmentStartBefore(workload: readonly WorkloadSegment[], t: number): number {
  const starts = segmentStarts(workload);
  return [...starts].reverse().find((s) => s <= t) ?? 0;
}

/** The answer to "will my volume be throttled, when, and for how long?" in one sentence. */
export function verdict(sim: CreditSimulation, workload: readonly WorkloadSegment[], what: { sizeGiB: number; type: string; workloadName: string; snapshot: boolean }): string {
  const days = sim.totalSeconds > 86_400;
  const subject = `This ${formatNumber(what.sizeGiB)} GiB ${what.type} volume`;
  const u = sim.unit;
  const first = sim.throttledPeriods[0];
  if (!sim.usesCredits) {
    return `${subject} never uses credits: its baseline of ${formatNumber(sim.baseline, 1)} ${u} is already at least its ${formatNumber(sim.burst, 1)} ${u} burst rate, `
      + `and it serves ${formatNumber(sim.servedFraction * 100, 1)}% of the ${what.workloadName}.`;
  }
  if (!first) {
    return `${subject} serves all of the ${what.workloadName}: ${sim.firstEmptySeconds === null ? 'its credits never run out' : 'its credits run low but demand never outruns what it can deliver'}.`;
  }
  const at = stateAt(sim, first.start);
  const served = `serves ${formatNumber(at.delivered, 1)} of the ${formatNumber(at.demand, 1)} ${u} it asks for until ${clock(first.end, days)}`;
  const more = sim.throttledPeriods.length > 1
    ? `, then falls short ${sim.throttledPeriods.length - 1} more time${sim.throttledPeriods.length > 2 ? 's' : ''}.` : '.';
  const cause = throttleCauseAt(sim, (first.start + Math.min(first.end, first.start + 1)) / 2, what.snapshot);
  if (cause === 'snapshot') {
    return `${subject} may drop as far as its ${formatNumber(sim.baseline, 1)} ${u} baseline while the snapshot is in progress (the worst case, shown here): `
      + `from ${clock(first.start, days)} it ${served}${more}`;
  }
  if (cause === 'cap') {
    return `${subject} is asked for more than its ${formatNumber(sim.burst, 1)} ${u} burst rate from ${clock(first.start, days)}: it ${served}${more}`;
  }
  if (first.start < 1e-9 && sim.firstEmptySeconds === 0) {
    return `${subject} starts with an empty bucket and ${served}${more}`;
  }
  const stretch = segmentStartBefore(workload, first.start);
  return `${subject} runs out of credits ${formatDuration(first.start - stretch)} into the ${what.workloadName}'s ${clock(stretch, days)} stretch and ${served}${more}`;
}

/** When the full-volume scan preset finishes (it carries unread data forward, never gives up), in seconds. */
export interface ScanTimes {
  finishSeconds: number;
  /** From a full bucket at the burst rate (fullScanSeconds, the UG21 table). */
  fullSeconds: number;
  /** At the design floor, 90 % of burst 99 % of the time (worstCaseScanSeconds). */
  designFloorSeconds: number;
}

export const hoursText = (seconds: number) => `${formatNumber(seconds / 3_600, 2)} h`;

/** "7.28 h instead of 1.17 h", or "1.17 h" when the scan runs at burst throughout. */
export function scanHours(scan: ScanTimes): string {
  const late = scan.finishSeconds > scan.fullSeconds + 1;
  return `${hoursText(scan.finishSeconds)}${late ? ` instead of ${hoursText(scan.fullSeconds)}` : ''}`;
}

/** "finishes at 07:16, 7.28 h instead of 1.17 h". */
export function scanFinishText(scan: ScanTimes, days: boolean): string {
  return `finishes at ${clock(scan.finishSeconds, days)}, ${scanHours(scan)}`;
}

/** The scan preset's answer: when the scan finishes, not how much of an asked-for rate was served. */
export function scanVerdict(sim: CreditSimulation, scan: ScanTimes, what: { sizeGiB: number; type: string; snapshot: boolean }): string {
  const subject = `This ${formatNumber(what.sizeGiB)} GiB ${what.type} volume`;
  const days = sim.totalSeconds > 86_400;
  const finish = scanFinishText(scan, days);
  if (what.snapshot) {
    return `${subject} may drop as far as its ${formatNumber(sim.baseline, 1)} MiB/s baseline while the snapshot is in progress. In that worst case the scan reads `
      + `${formatNumber(sim.baseline, 1)} of the ${formatNumber(sim.burst, 1)} MiB/s it asks for and ${finish}.`;
  }
  if (scan.finishSeconds > scan.fullSeconds + 1) return `${subject} runs short of credits during the scan: the scan ${finish}.`;
  return `${subject} reads itself at its ${formatNumber(sim.burst, 1)} MiB/s burst rate: the scan ${finish} `
    + `(${hoursText(scan.designFloorSeconds)} at the design floor of 90% of burst 99% of the time).`;
}
