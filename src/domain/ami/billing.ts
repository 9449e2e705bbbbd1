/**
 * What an AMI costs to keep: the storage of the EBS snapshots it references (seed notes (AMI):
 * "Billing is for the storage capacity for the EBS snapshots that AMI references"), in the
 * standard tier at $0.05 per GB-month (aws-facts §3.2), on the used data each snapshot stores
 * (aws-facts §3.1, §4), per Region.
 *
 *   storedGiB(region) = sum of storedGiB of your snapshots in that Region
 *   GB-months         = storedGiB x days / 30                 (gbMonths, 30-day month, PRICE25)
 *   usdPerMonth       = GB-months x $0.05                     (snapshotMonthlyCost, standard tier)
 *   orphanedGiB       = storedGiB of snapshots no registered AMI references (still billed)
 *
 * Worked (defaults): 3 + 20 = 23 GiB in us-east-1 -> $1.15 per 30-day month; after the copy
 * another 23 GiB in us-west-2 (complete copies, EC2 User Guide CopyingAMIs.md) -> $2.30 in all;
 * after deregistering, us-east-1 still holds 23 GiB, all of it orphaned, still $1.15.
 * GiB are billed as GB (PRICE25: "GB = 1024^3 bytes"). The Amazon-provided AMI's snapshot is
 * Amazon's, not in your account's `snapshots`: nothing of it is billed to you. Copying also bills
 * the cross-Region transfer (aws-facts §3.3 example 7): no figure is given, so it is not priced here.
 * `days` must be 0 or more (gbMonths throws otherwise); usdPerMonth is the cost of those days.
 */
import { SNAPSHOT_PRICES } from '../catalog/snapshot-prices';
import { gbMonths, snapshotMonthlyCost } from '../snapshots/storage';
import type { AmiScene } from './scene';

export const SNAPSHOT_STANDARD_USD_PER_GB_MONTH = SNAPSHOT_PRICES.usdPerGBMonth.standard;

export interface AmiRegionCost {
  region: string;
  storedGiB: number;
  /** Of storedGiB, the snapshots no registered AMI references. */
  orphanedGiB: number;
  usdPerMonth: number;
}

export interface AmiStorageCost {
  perRegion: readonly AmiRegionCost[];
  totalUsd: number;
  orphanedGiB: number;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** The snapshot storage of the scene's Regions, in scene order, kept `days` days of a 30-day month. */
export function amiStorageCost(scene: AmiScene, days = 30): AmiStorageCost {
  const perRegion = scene.regions.map((r) => {
    const storedGiB = sum(r.snapshots.map((s) => s.storedGiB));
    const orphanedGiB = sum(r.snapshots.filter((s) => s.referencedBy.length === 0).map((s) => s.storedGiB));
    return { region: r.name, storedGiB, orphanedGiB, usdPerMonth: snapshotMonthlyCost(gbMonths(storedGiB, days)) };
  });
  return {
    perRegion,
    totalUsd: sum(perRegion.map((r) => r.usdPerMonth)),
    orphanedGiB: sum(perRegion.map((r) => r.orphanedGiB)),
  };
}
