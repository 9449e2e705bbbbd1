import type { CreditSimulation, WorkloadSegment } from '../../domain';
import { formatNumber } from '../../components/format';
import { clock, formatDuration } from './time-format';

/** Where in the workload a time falls: the segment around it and when that segment began. */
function segmentAt(workload: readonly WorkloadSegment[], t: number): { start: number; segment: WorkloadSegment | undefined } {
  let start = 0;
  for (const segment of workload) {
    if (t < start + segment.durationSeconds) return { start, segment };
    start += segment.durationSeconds;
  }
  return { start, segment: workload[workload.length - 1] };
}

/** The answer to "will my volume be throttled, when, and for how long?" in one sentence. */
export function verdict(sim: CreditSimulation, workload: readonly WorkloadSegment[], what: { sizeGiB: number; type: string; workloadName: string }): string {
  const days = sim.totalSeconds > 86_400;
  const subject = `This ${formatNumber(what.sizeGiB)} GiB ${what.type} volume`;
  const u = sim.unit;
  if (!sim.usesCredits) {
    return `${subject} never uses credits: its baseline of ${formatNumber(sim.baseline)} ${u} is already at least the ${formatNumber(sim.burst)} ${u} burst rate, `
      + `and it serves ${formatNumber(sim.servedFraction * 100, 1)}% of the ${what.workloadName}.`;
  }
  const firstThrottle = sim.throttledPeriods[0];
  if (!firstThrottle) {
    return `${subject} serves all of the ${what.workloadName}: its credits never run out.`;
  }
  const { start, segment } = segmentAt(workload, firstThrottle.start);
  const asked = segment?.demand ?? 0;
  const during = sim.firstEmptySeconds !== null && Math.abs(sim.firstEmptySeconds - firstThrottle.start) < 1
    ? `runs out of credits ${formatDuration(firstThrottle.start - start)} into the ${what.workloadName}'s ${clock(start, days)} stretch`
    : `cannot keep up from ${clock(firstThrottle.start, days)}`;
  return `${subject} ${during} and serves ${formatNumber(Math.min(asked, sim.baseline), 1)} of the ${formatNumber(asked)} ${u} it asks for until ${clock(firstThrottle.end, days)}`
    + (sim.throttledPeriods.length > 1 ? `, then is throttled ${sim.throttledPeriods.length - 1} more time${sim.throttledPeriods.length > 2 ? 's' : ''}.` : '.');
}
