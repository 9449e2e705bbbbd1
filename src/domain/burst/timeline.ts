/**
 * Reading a simulation's timeline: the exact state at any time, and a few hundred points to draw.
 *
 * stateAt(sim, t): between two breakpoints delivery is constant and the balance linear, so
 *   balance(t) = b_i + (b_(i+1) - b_i) x (t - t_i) / (t_(i+1) - t_i),   demand and delivered those of
 *   the piece that starts at t_i (the last breakpoint with t_i <= t, found by binary search);
 *   t is clamped to [0, totalSeconds]; BurstBalance % = balance / bucket x 100.
 *
 * downsample(points, maxPoints): the first and last point, and the interior cut into
 *   K = max(1, floor((maxPoints - 2) / 3)) buckets of equal time; each bucket keeps up to three of
 *   its points: the deepest throttle dip (largest demand - delivered; if none is throttled, the
 *   lowest delivered), the lowest balance and the highest balance. So no throttle dip and no
 *   minimum of the balance disappears from a chart. Units are those of the points.
 */
import type { CreditSimulation, TimelinePoint } from './types';

export function stateAt(sim: CreditSimulation, t: number): TimelinePoint {
  const bp = sim.breakpoints;
  const first = bp[0];
  if (!first) throw new Error('A simulation always has a breakpoint at t = 0');
  const at = Number.isNaN(t) ? 0 : Math.min(sim.totalSeconds, Math.max(0, t));
  let lo = 0;
  let hi = bp.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((bp[mid] as TimelinePoint).t <= at) lo = mid;
    else hi = mid - 1;
  }
  const a = bp[lo] as TimelinePoint;
  const b = bp[lo + 1];
  if (a.t === at || !b) return { ...a };
  const f = (at - a.t) / (b.t - a.t);
  const raw = a.balance + (b.balance - a.balance) * f;
  const balance = Math.min(Math.max(a.balance, b.balance), Math.max(Math.min(a.balance, b.balance), raw));
  return { t: at, demand: a.demand, delivered: a.delivered, balance, balancePercent: (balance / sim.bucketSize) * 100 };
}

/** The index of the point in `indices` that minimises `key` (the first one on a tie). */
function argMin(points: readonly TimelinePoint[], indices: readonly number[], key: (p: TimelinePoint) => number): number {
  let best = indices[0] as number;
  for (const i of indices) if (key(points[i] as TimelinePoint) < key(points[best] as TimelinePoint)) best = i;
  return best;
}

function keptInBucket(points: readonly TimelinePoint[], indices: readonly number[], slots: number): number[] {
  const throttled = indices.filter((i) => {
    const p = points[i] as TimelinePoint;
    return p.delivered < p.demand;
  });
  const dip = throttled.length > 0
    ? argMin(points, throttled, (p) => p.delivered - p.demand)
    : argMin(points, indices, (p) => p.delivered);
  const candidates = [dip, argMin(points, indices, (p) => p.balance), argMin(points, indices, (p) => -p.balance)];
  const kept: number[] = [];
  for (const i of candidates) if (!kept.includes(i) && kept.length < slots) kept.push(i);
  return kept.sort((x, y) => x - y);
}

export function downsample(points: readonly TimelinePoint[], maxPoints: number): TimelinePoint[] {
  const max = Math.floor(maxPoints);
  const n = points.length;
  if (!(max >= 1)) return [];
  if (n <= max) return points.slice();
  const first = points[0] as TimelinePoint;
  const last = points[n - 1] as TimelinePoint;
  if (max === 1) return [first];
  if (max === 2) return [first, last];

  const buckets = Math.max(1, Math.floor((max - 2) / 3));
  const slots = Math.min(3, max - 2);
  const span = last.t - first.t;
  const members: number[][] = Array.from({ length: buckets }, () => []);
  for (let i = 1; i < n - 1; i += 1) {
    const t = (points[i] as TimelinePoint).t;
    const k = span > 0 ? Math.min(buckets - 1, Math.max(0, Math.floor(((t - first.t) / span) * buckets))) : 0;
    (members[k] as number[]).push(i);
  }
  const out: TimelinePoint[] = [first];
  for (const indices of members) {
    if (indices.length > 0) for (const i of keptInBucket(points, indices, slots)) out.push(points[i] as TimelinePoint);
  }
  out.push(last);
  return out;
}
