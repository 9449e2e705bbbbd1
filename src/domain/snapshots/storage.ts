/**
 * Incremental snapshot storage and its monthly cost (shared/aws-facts.md §3.1, §3.2, §4).
 *
 *   stored(first)   = used GiB of the volume (a full copy of the written blocks)
 *   stored(later)   = changed GiB + added GiB since the previous snapshot
 *   total           = sum of stored
 *   GB-months       = size GB x days / daysInMonth   (30-day month, PRICE25 examples)
 *   monthly cost    = GB-months x price per GB-month (standard $0.05, archive $0.0125)
 *
 * Worked (UG21 EBSSnapshots.md): A 10 GiB, B 4 GiB changed, C 2 GiB added -> 10 + 4 + 2 = 16 GiB.
 * Worked (notes): 20 GB kept for half a month = 10 GB-months -> $0.50 standard, $0.125 archive.
 *
 * Deleting: AWS deletes only data unique to the deleted snapshot; blocks a later snapshot still
 * references are kept. `storedAfterDeletingOldest` models the oldest of a chain whose later changes
 * each overwrite blocks of the oldest: it frees exactly the next snapshot's changed GiB.
 * GiB and GB are the same unit here: the pricing page's GB is 1024^3 bytes (PRICE25).
 */
import { ebsPrices } from '../catalog/ebs-prices';
import { SNAPSHOT_PRICES, type SnapshotTier } from '../catalog/snapshot-prices';

export interface SnapshotDelta {
  /** First snapshot: the used GiB on the volume. Later ones: GiB of blocks changed since the previous snapshot. */
  readonly changedGiB: number;
  /** GiB of blocks written for the first time since the previous snapshot. */
  readonly addedGiB?: number;
}

export interface SnapshotStorage {
  readonly storedPerSnapshotGiB: number[];
  readonly totalStoredGiB: number;
}

function assertNonNegative(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) throw new Error(`${what} must be a finite number of GiB, 0 or more, not ${String(value)}`);
}

/** The GiB each snapshot in `history` stores, oldest first, and their total. */
export function snapshotStorage(history: readonly SnapshotDelta[]): SnapshotStorage {
  const storedPerSnapshotGiB = history.map((entry, i) => {
    assertNonNegative(entry.changedGiB, `Snapshot ${i + 1}'s changedGiB`);
    assertNonNegative(entry.addedGiB ?? 0, `Snapshot ${i + 1}'s addedGiB`);
    return entry.changedGiB + (entry.addedGiB ?? 0);
  });
  return { storedPerSnapshotGiB, totalStoredGiB: storedPerSnapshotGiB.reduce((a, b) => a + b, 0) };
}

/**
 * Storage after deleting the oldest snapshot: its blocks that the next snapshot replaced (the next
 * snapshot's changedGiB, at most the oldest's own size) are freed; every other block is still
 * referenced and is kept, now counted against the next snapshot. Worked: 10 GiB, then 4 GiB
 * changed -> 14 GiB stored; delete the first -> 10 GiB (the next snapshot now holds 6 + 4 GiB).
 */
export function storedAfterDeletingOldest(history: readonly SnapshotDelta[]): SnapshotStorage {
  if (history.length === 0) throw new Error('There is no snapshot to delete');
  const { storedPerSnapshotGiB } = snapshotStorage(history);
  if (history.length === 1) return { storedPerSnapshotGiB: [], totalStoredGiB: 0 };
  const [oldest = 0, next = 0, ...rest] = storedPerSnapshotGiB;
  const freed = Math.min(oldest, history[1]?.changedGiB ?? 0);
  const kept = [oldest - freed + next, ...rest];
  return { storedPerSnapshotGiB: kept, totalStoredGiB: kept.reduce((a, b) => a + b, 0) };
}

/** GB-months of `sizeGB` kept for `days` in a month of `daysInMonth` days (30 by default, as AWS's examples). */
export function gbMonths(sizeGB: number, days: number, daysInMonth = 30): number {
  if (!Number.isFinite(sizeGB) || sizeGB < 0) throw new Error(`Size must be 0 GB or more, not ${String(sizeGB)}`);
  if (!Number.isFinite(days) || days < 0) throw new Error(`Days must be 0 or more, not ${String(days)}`);
  if (!Number.isFinite(daysInMonth) || daysInMonth <= 0) throw new Error(`A month must have a positive number of days, not ${String(daysInMonth)}`);
  return (sizeGB * days) / daysInMonth;
}

/** USD for `gbMonthsStored` GB-months in the standard (default) or archive tier. */
export function snapshotMonthlyCost(gbMonthsStored: number, tier: SnapshotTier = 'standard'): number {
  if (!Number.isFinite(gbMonthsStored) || gbMonthsStored < 0) throw new Error(`GB-months must be 0 or more, not ${String(gbMonthsStored)}`);
  return gbMonthsStored * SNAPSHOT_PRICES.usdPerGBMonth[tier];
}

export interface ArchiveCost {
  /** Days billed: the days kept, at least the archive tier's minimum (90). */
  readonly billedDays: number;
  /** The minimum charge committed by archiving: `billedDays` at the archive price. */
  readonly usd: number;
  /** This month's share: the `days` kept this month only. */
  readonly thisMonthUsd: number;
  /** What the minimum still charges after those days (0 once 90 days are kept). */
  readonly laterUsd: number;
}

/**
 * USD to keep archived snapshots holding `fullSizeGB` in all for `days`. An archived snapshot is
 * stored whole, not incrementally (re:Post: archiving snapshot B bills its full 105 GB), and at
 * least 90 days are billed: deleting sooner charges the rest pro rata (PRICE25 example 10: 200 GB,
 * $2.50 per 30-day month; deleted after 70 d 11 h, the remaining 19 d 12 h cost $1.625).
 *   usd = fullSizeGB x $0.0125 x max(days, 90) / 30     (the minimum committed)
 *   thisMonthUsd = fullSizeGB x $0.0125 x days / 30     laterUsd = usd - thisMonthUsd
 *   20 GB, 15 days -> this month $0.125; committed $0.75 for 90 days, $0.625 of it later.
 */
export function archiveStorageCost(fullSizeGB: number, days: number): ArchiveCost {
  const billedDays = Math.max(days, SNAPSHOT_PRICES.archiveMinimumDays);
  const usd = snapshotMonthlyCost(gbMonths(fullSizeGB, billedDays), 'archive');
  const thisMonthUsd = snapshotMonthlyCost(gbMonths(fullSizeGB, days), 'archive');
  return { billedDays, usd, thisMonthUsd, laterUsd: usd - thisMonthUsd };
}

/**
 * The volume types the snapshot view's volume may be (its sizes, 4 to 64 GiB, rule out st1 and sc1;
 * io1 and io2 would add an IOPS charge the view does not ask for). gp2 is the API's default (SDK).
 */
export type SnapshotVolumeType = 'gp2' | 'gp3';
export const SNAPSHOT_VOLUME_TYPES: readonly SnapshotVolumeType[] = ['gp2', 'gp3'];

export interface VolumeStorageCost {
  readonly gbMonths: number;
  readonly usdPerGBMonth: number;
  readonly usd: number;
}

/**
 * The EBS storage of `volumes` volumes of `sizeGiB` each kept `days` of a 30-day month: billed on the
 * provisioned size, not the data (aws-facts §3.1, §3.2; PRICE25 examples 1 and 2).
 *   usd = volumes x sizeGiB x days / 30 x price(type)    40 GiB gp2, 30 days -> $4.00; gp3 -> $3.20
 */
export function volumeStorageCost(sizeGiB: number, volumes: number, type: SnapshotVolumeType, days: number): VolumeStorageCost {
  if (!Number.isInteger(volumes) || volumes < 0) throw new Error(`Volumes must be a whole number, 0 or more, not ${String(volumes)}`);
  const months = gbMonths(sizeGiB * volumes, days);
  const usdPerGBMonth = ebsPrices[type].storagePerGBMonth;
  return { gbMonths: months, usdPerGBMonth, usd: months * usdPerGBMonth };
}
