/**
 * The block engine with the worked numbers of docs/model.md: the notes' 40 GiB volume holding
 * 10 GiB, UG21's A 10 / B 4 / C 2 example, deleting the oldest and a middle snapshot, restore and
 * copy, and every refusal as a sentence (facts §3.3 example 7, §4).
 */
import { describe, expect, it } from 'vitest';
import {
  applyBlockAction, emptyFrame, nextSnapshotId, usedBlocksOf, type BlockAction, type BlockFrame,
} from '../../../src/domain/snapshots/blocks';
import { snapshotStorage, storedAfterDeletingOldest } from '../../../src/domain';

function run(sizeGiB: number, actions: readonly BlockAction[]): BlockFrame {
  return actions.reduce((frame, action, i) => {
    const result = applyBlockAction(frame, action);
    if (!result.ok) throw new Error(`action ${i + 1} refused: ${result.reason}`);
    return result.frame;
  }, emptyFrame(sizeGiB));
}

function refusal(frame: BlockFrame, action: BlockAction): string {
  const result = applyBlockAction(frame, action);
  return result.ok ? 'accepted' : result.reason;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('a new volume', () => {
  it('is 40 never-written blocks of 1 GiB, storing nothing', () => {
    const frame = emptyFrame(40);
    expect(frame.volume).toHaveLength(40);
    expect(frame.volume.every((v) => v === 0)).toBe(true);
    expect(frame).toMatchObject({ usedGiB: 0, storedGiB: 0, snapshots: [], deletedIds: [], restored: null, regionCopies: [], last: null });
  });

  it('needs a whole, positive size', () => {
    expect(() => emptyFrame(0)).toThrow(/whole, positive size/);
    expect(() => emptyFrame(2.5)).toThrow(/whole, positive size/);
  });
});

describe('the notes\' 40 GiB volume holding 10 GiB', () => {
  const written = run(40, [{ kind: 'write', blocks: range(0, 9) }]);

  it('holds 10 GiB, all changed since (there is no snapshot yet)', () => {
    expect(written.usedGiB).toBe(10);
    expect(written.changedSinceSnapshot.filter(Boolean)).toHaveLength(10);
  });

  it('uploads the 10 written blocks, not 40, in its first snapshot', () => {
    const frame = run(40, [{ kind: 'write', blocks: range(0, 9) }, { kind: 'snapshot' }]);
    expect(frame.snapshots[0]).toMatchObject({ id: 1, uploadedBlocks: range(0, 9), chargedGiB: 10, usedGiB: 10, copiedToRegion: false });
    expect(frame.last?.uploadedBlocks).toEqual(range(0, 9));
    expect(frame.storedGiB).toBe(10);
    expect(frame.changedSinceSnapshot.some(Boolean)).toBe(false);
  });

  it('stores 10 + 4 = 14 GiB after 4 GiB change and a second snapshot', () => {
    const frame = run(40, [{ kind: 'write', blocks: range(0, 9) }, { kind: 'snapshot' }, { kind: 'write', blocks: range(2, 5) }, { kind: 'snapshot' }]);
    expect(frame.snapshots.map((s) => s.chargedGiB)).toEqual([10, 4]);
    expect(frame.snapshots[1]?.uploadedBlocks).toEqual(range(2, 5));
    expect(frame.storedGiB).toBe(14);
  });

  it('frees 4 GiB and keeps 6 when the first is deleted: 10 GiB, all charged to the second', () => {
    const frame = run(40, [
      { kind: 'write', blocks: range(0, 9) }, { kind: 'snapshot' }, { kind: 'write', blocks: range(2, 5) }, { kind: 'snapshot' },
      { kind: 'delete', snapshot: 1 },
    ]);
    expect(frame.last?.freedBlocks).toEqual(range(2, 5));
    expect(frame.snapshots.map((s) => [s.id, s.chargedGiB])).toEqual([[2, 10]]);
    expect(frame.storedGiB).toBe(10);
    expect(frame.deletedIds).toEqual([1]);
    expect(frame.storedGiB).toBe(storedAfterDeletingOldest([{ changedGiB: 10 }, { changedGiB: 4 }]).totalStoredGiB);
  });
});

describe('UG21\'s example through the block engine', () => {
  it('stores A 10 + B 4 changed + C 2 added = 16 GiB, as snapshotStorage does', () => {
    const frame = run(40, [
      { kind: 'write', blocks: range(0, 9) }, { kind: 'snapshot' },
      { kind: 'write', blocks: range(0, 3) }, { kind: 'snapshot' },
      { kind: 'write', blocks: [10, 11] }, { kind: 'snapshot' },
    ]);
    expect(frame.snapshots.map((s) => s.chargedGiB)).toEqual([10, 4, 2]);
    expect(frame.storedGiB).toBe(16);
    expect(frame.storedGiB).toBe(snapshotStorage([{ changedGiB: 10 }, { changedGiB: 4 }, { changedGiB: 0, addedGiB: 2 }]).totalStoredGiB);
  });
});

describe('deleting a middle snapshot', () => {
  // A: blocks 0-9 v1. B: blocks 0-3 -> v2. C: blocks 0-1 -> v3 and 10-11 added.
  const chain: BlockAction[] = [
    { kind: 'write', blocks: range(0, 9) }, { kind: 'snapshot' },
    { kind: 'write', blocks: range(0, 3) }, { kind: 'snapshot' },
    { kind: 'write', blocks: [0, 1, 10, 11] }, { kind: 'snapshot' },
  ];

  it('frees only the pairs no other snapshot references: blocks 0-1 at version 2', () => {
    const before = run(40, chain);
    expect(before.storedGiB).toBe(10 + 4 + 4);
    const after = run(40, [...chain, { kind: 'delete', snapshot: 2 }]);
    expect(after.last?.freedBlocks).toEqual([0, 1]);
    expect(after.storedGiB).toBe(16);
    expect(after.snapshots.map((s) => [s.id, s.chargedGiB])).toEqual([[1, 10], [3, 6]]);
  });

  it('leaves the next snapshot uploading against the latest live one', () => {
    const frame = run(40, [...chain, { kind: 'delete', snapshot: 3 }, { kind: 'snapshot' }]);
    expect(frame.snapshots.map((s) => s.id)).toEqual([1, 2, 4]);
    expect(frame.snapshots.at(-1)?.uploadedBlocks).toEqual([0, 1, 10, 11]);
    expect(nextSnapshotId(frame)).toBe(5);
  });
});

describe('restore and copy', () => {
  const base = run(40, [{ kind: 'write', blocks: range(0, 9) }, { kind: 'snapshot' }, { kind: 'write', blocks: range(2, 5) }, { kind: 'snapshot' }]);

  it('restores a snapshot\'s versions in another AZ, replacing an earlier restore, storing nothing more', () => {
    const first = run(40, [{ kind: 'write', blocks: range(0, 9) }, { kind: 'snapshot' }, { kind: 'restore', snapshot: 1 }]);
    expect(first.restored?.fromSnapshot).toBe(1);
    expect(usedBlocksOf(first.restored?.versions ?? [])).toEqual(range(0, 9));
    const r = applyBlockAction(base, { kind: 'restore', snapshot: 1 });
    const again = r.ok ? applyBlockAction(r.frame, { kind: 'restore', snapshot: 2 }) : r;
    expect(again.ok && again.frame.restored?.fromSnapshot).toBe(2);
    expect(again.ok && again.frame.storedGiB).toBe(14);
  });

  it('copies a snapshot to another Region as a full copy of its 10 GiB, once', () => {
    const result = applyBlockAction(base, { kind: 'copy', snapshot: 2 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.frame.regionCopies).toMatchObject([{ fromSnapshot: 2, storedGiB: 10 }]);
    expect(result.frame.snapshots.find((s) => s.id === 2)?.copiedToRegion).toBe(true);
    expect(refusal(result.frame, { kind: 'copy', snapshot: 2 })).toBe('Snapshot 2 is already copied to the other Region.');
  });
});

describe('refusals', () => {
  const empty = emptyFrame(8);
  const written = run(8, [{ kind: 'write', blocks: [0, 1] }]);
  const snapped = run(8, [{ kind: 'write', blocks: [0, 1] }, { kind: 'snapshot' }, { kind: 'snapshot' }, { kind: 'delete', snapshot: 1 }]);

  it('come from the control machine when the kind of action does not fit', () => {
    expect(refusal(empty, { kind: 'snapshot' })).toBe('Nothing to snapshot yet: a snapshot stores only the blocks written, and this volume holds none, so it would upload 0 GiB. Free play skips it: write some blocks first.');
    expect(refusal(written, { kind: 'delete', snapshot: 1 })).toBe('There is no snapshot to delete.');
    expect(refusal(written, { kind: 'restore', snapshot: 1 })).toBe('There is no snapshot to restore from.');
    expect(refusal(written, { kind: 'copy', snapshot: 1 })).toBe('There is no snapshot to copy to another Region.');
    const full = run(8, [{ kind: 'write', blocks: [0] }, { kind: 'snapshot' }, { kind: 'snapshot' }, { kind: 'snapshot' }, { kind: 'snapshot' }]);
    expect(refusal(full, { kind: 'snapshot' })).toBe('Free play keeps at most 4 snapshots so the drawing fits: delete one first.');
  });

  it('name the bad parameter', () => {
    expect(refusal(written, { kind: 'write', blocks: [] })).toBe('Choose at least one block to write.');
    expect(refusal(written, { kind: 'write', blocks: [8] })).toBe('Block 8 is not on this 8 GiB volume: its blocks are 0 to 7.');
    expect(refusal(written, { kind: 'write', blocks: [1.5] })).toMatch(/Block 1.5 is not on this 8 GiB volume/);
    expect(refusal(snapped, { kind: 'delete', snapshot: 1 })).toBe('Snapshot 1 was deleted.');
    expect(refusal(snapped, { kind: 'restore', snapshot: 3 })).toBe('There is no snapshot 3: 2 taken so far.');
    expect(refusal(snapped, { kind: 'copy', snapshot: 0 })).toBe('0 is not a snapshot number: snapshots are numbered from 1.');
  });

  it('refuse something that is not a block action', () => {
    expect(refusal(written, { kind: 'format' } as unknown as BlockAction)).toMatch(/not a block action/);
  });
});

describe('what a delete and a copy leave to draw', () => {
  it('keeps the deleted snapshot for its step, and a copy keeps the snapshot\'s blocks', async () => {
    const { snapshotWalkthrough } = await import('../../../src/domain');
    const steps = snapshotWalkthrough({ sizeGiB: 40, writtenGiB: 10, changedGiB: 4 });
    const del = steps[5]!.frame.last!;
    expect(del.deleted?.id).toBe(1);
    expect(del.deleted?.versions.filter((v) => v > 0)).toHaveLength(10);
    expect(del.freedBlocks).toEqual([3, 4, 5, 6]);
    const copy = steps[7]!.frame.regionCopies[0]!;
    expect(copy.versions.filter((v) => v > 0)).toHaveLength(10);
    expect(steps[7]!.frame.last?.deleted).toBeUndefined();
  });
});
