/**
 * An exact, event-driven simulation of a credit bucket (gp2 I/O credits, st1/sc1 throughput credits)
 * under a workload of constant-demand segments. Units: demand, delivered, baseline r and burst p in
 * IOPS (gp2) or MiB/s (st1/sc1); balance b and bucket B in I/O credits or MiB; time in seconds.
 *
 *   delivered = min(demand, b > 0 ? p : r)        r only, whatever b, while an st1/sc1 snapshot runs
 *   db/dt     = r - delivered                     earned at the baseline rate, spent as delivered
 *               (0 at the top: a full bucket stays full and delivers the demand)
 *   0 <= b <= B; b starts at B unless an initial balance is given      (facts §1.4, §1.7; UG21)
 *
 * Volumes whose burst is not above their baseline (gp2 from 1,000 GiB, st1 from 12.5 TiB) use no
 * credits: delivered = min(demand, r) and b never moves.
 *
 * Within a segment the rate is constant until b reaches 0 or B, after which it is 0 (an empty bucket
 * under demand above r delivers r; a full one under demand below r stays full). So each segment is
 * at most two linear pieces, the hit time is (b / (delivered - r)) or ((B - b) / (r - delivered)),
 * and the cost is O(segments), independent of the simulated time. Balances within 1e-10 x B of 0
 * or B at a piece's end are taken as reaching it, so splitting a segment changes nothing.
 */
import type { Edition, Volume } from '../types';
import { creditBucket } from './bucket';
import { downsample } from './timeline';
import type { CreditEvent, CreditSimulation, SimulationOptions, TimelinePoint, WorkloadSegment } from './types';
import { assertWorkload } from './workload';

const EPS = 1e-10;
const DEFAULT_MAX_POINTS = 400;

export function simulateCredits(
  volume: Volume,
  workload: readonly WorkloadSegment[],
  edition: Edition,
  options: SimulationOptions = {},
): CreditSimulation {
  const bucket = creditBucket(volume, edition);
  assertWorkload(workload);
  const { bucketSize: B, baseline: r, burst: p, usesCredits } = bucket;
  const holdToBaseline = bucket.unit === 'MiB/s' && options.snapshotInProgress === true;

  const given = options.initialBalance;
  let balance = given === undefined || Number.isNaN(given) ? B : Math.min(B, Math.max(0, given));
  if (balance < EPS * B) balance = 0;
  if (balance > B * (1 - EPS)) balance = B;

  const events: CreditEvent[] = [];
  const breakpoints: TimelinePoint[] = [];
  const throttledPeriods: { start: number; end: number }[] = [];
  let throttledSeconds = 0;
  let demandIntegral = 0;
  let deliveredIntegral = 0;
  let firstEmptySeconds: number | null = usesCredits && balance === 0 ? 0 : null;
  let refilledSeconds: number | null = null;
  let last = { demand: 0, delivered: 0 };

  const point = (t: number, demand: number, delivered: number, b: number): TimelinePoint =>
    ({ t, demand, delivered, balance: b, balancePercent: (b / B) * 100 });

  const piece = (start: number, end: number, demand: number, delivered: number) => {
    breakpoints.push(point(start, demand, delivered, balance));
    const dt = end - start;
    demandIntegral += demand * dt;
    deliveredIntegral += delivered * dt;
    if (delivered < demand) {
      throttledSeconds += dt;
      const open = throttledPeriods[throttledPeriods.length - 1];
      if (open && open.end === start) open.end = end;
      else throttledPeriods.push({ start, end });
    }
    last = { demand, delivered };
  };

  let t = 0;
  for (const segment of workload) {
    const { durationSeconds: D, demand } = segment;
    if (D <= 0) continue;
    const end = t + D;
    events.push({ atSeconds: t, kind: 'segment' });
    let at = t;
    while (at < end) {
      const cap = !usesCredits || holdToBaseline || balance <= 0 ? r : p;
      const delivered = Math.min(demand, cap);
      let rate = usesCredits ? r - delivered : 0;
      if (rate > 0 && balance >= B) rate = 0;

      let stop = end;
      let next = balance + rate * (end - at);
      let kind: 'empty' | 'full' | null = null;
      if (rate < 0 && next <= EPS * B) {
        kind = 'empty';
        stop = at + balance / -rate;
        next = 0;
      } else if (rate > 0 && next >= B * (1 - EPS)) {
        kind = 'full';
        stop = at + (B - balance) / rate;
        next = B;
      }
      if (stop >= end - EPS * D) stop = end;
      if (stop > at) piece(at, stop, demand, delivered);
      balance = next;
      if (kind) {
        events.push({ atSeconds: stop, kind });
        if (kind === 'empty' && firstEmptySeconds === null) firstEmptySeconds = stop;
        if (kind === 'full' && firstEmptySeconds !== null && refilledSeconds === null) refilledSeconds = stop;
      }
      at = stop;
    }
    t = end;
  }
  breakpoints.push(point(t, last.demand, last.delivered, balance));

  return {
    unit: bucket.unit,
    bucketSize: B,
    baseline: r,
    burst: p,
    usesCredits,
    totalSeconds: t,
    events,
    throttledSeconds,
    servedFraction: demandIntegral > 0 ? deliveredIntegral / demandIntegral : 1,
    throttledPeriods,
    firstEmptySeconds,
    refilledSeconds,
    breakpoints,
    points: downsample(breakpoints, options.maxPoints ?? DEFAULT_MAX_POINTS),
  };
}
