import type { BlockFrame, LiveSnapshot } from '../../domain';
import type { CellKind } from './block-grid';

export function volumeKinds(frame: BlockFrame): CellKind[] {
  return frame.volume.map((v, i) => (v === 0 ? 'free' : frame.changedSinceSnapshot[i] ? 'changed' : 'used'));
}

/** A snapshot's blocks: its own data (billed to it), data an earlier live snapshot keeps, or nothing. */
export function snapshotKinds(snapshots: readonly LiveSnapshot[], index: number): CellKind[] {
  const snap = snapshots[index]!;
  return snap.versions.map((v, i) => {
    if (v === 0) return 'absent';
    return snapshots.slice(0, index).some((earlier) => earlier.versions[i] === v) ? 'shared' : 'own';
  });
}

/** A restored volume: its data blocks are still only in S3 until read (lazy loading). */
export function restoredKinds(versions: readonly number[]): CellKind[] {
  return versions.map((v) => (v === 0 ? 'free' : 'pending'));
}

export function gridColumns(sizeGiB: number): number {
  return sizeGiB <= 16 ? 4 : 8;
}

/** A snapshot deleted at this step, drawn once more: the blocks it freed, and those kept because another snapshot holds them. */
export function deletedKinds(versions: readonly number[], freed: readonly number[]): CellKind[] {
  const gone = new Set(freed);
  return versions.map((v, i) => (v === 0 ? 'absent' : gone.has(i) ? 'freed' : 'shared'));
}

/** A full copy in another Region: every block of data the snapshot held, stored by the copy. */
export function copyKinds(versions: readonly number[]): CellKind[] {
  return versions.map((v) => (v === 0 ? 'absent' : 'own'));
}
