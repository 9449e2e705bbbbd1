/**
 * When a full-volume scan finishes on st1/sc1 if it does not give up: it keeps asking for the
 * volume's burst rate p until it has read every MiB, S = GiB x 1,024 (facts §1.7), so work the
 * volume cannot serve at once is carried forward instead of lost.
 *
 *   finish = the first t with  integral of delivered(t) dt = S,  delivered from simulateCredits
 *            under a demand of p for as long as the slowest rate needs (S / baseline r)
 *   From a full bucket: S / p (fullScanSeconds). A snapshot in progress may drop delivery "as far
 *   as the volume's baseline" (UG21): the worst case, S / r. An emptier bucket at the start lies between.
 * Worked, 1 TiB st1 (r 40, p 250 MiB/s): 1,048,576 / 250 = 4,194 s = 1.17 h; with a snapshot,
 * 1,048,576 / 40 = 26,214 s = 7.28 h.
 */
import { volumePerformance } from '../ebs/performance';
import { hddBucketMiB } from '../ebs/size-based';
import type { Edition, Volume } from '../types';
import { creditBucket } from './bucket';
import { simulateCredits } from './simulate';
import type { SimulationOptions } from './types';

export function scanFinishSeconds(volume: Volume, edition: Edition, options: Omit<SimulationOptions, 'maxPoints'> = {}): number {
  const bucket = creditBucket(volume, edition);
  if (bucket.unit !== 'MiB/s') throw new Error(`A full-volume scan is modelled for st1 and sc1 only, not ${volume.type}`);
  const data = hddBucketMiB(volume.sizeGiB);
  const rate = volumePerformance(volume, edition).burstThroughputMiBps;
  const longest = Math.ceil(data / Math.min(bucket.baseline, rate)) + 1;
  const sim = simulateCredits(volume, [{ durationSeconds: longest, demand: rate }], edition, options);
  let read = 0;
  const bp = sim.breakpoints;
  for (let i = 0; i + 1 < bp.length; i++) {
    const a = bp[i]!;
    const dt = bp[i + 1]!.t - a.t;
    if (a.delivered > 0 && read + a.delivered * dt >= data) return a.t + (data - read) / a.delivered;
    read += a.delivered * dt;
  }
  return longest;
}
