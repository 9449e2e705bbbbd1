import { describe, expect, it } from 'vitest';
import { replayActions } from '../../src/domain/snapshots/replay';
import { installSnapshotEngine } from '../../src/store/snapshot-engine';
import { snapshotWalkthrough } from '../../src/domain/snapshots/walkthrough';
import { createAppStore } from '../../src/store/create-app-store';
import { DEFAULT_SNAPSHOTS } from '../../src/store/snapshot-defaults';

// The snapshot view installs free play's engine when it loads; these tests act as if it had.
installSnapshotEngine({ replayActions });

/** A store in free play, started at walkthrough step `step` (0-based). */
function freePlayAt(step: number) {
  const store = createAppStore();
  store.getState().goToSnapshotStep(step);
  store.getState().startFreePlay();
  return store;
}

describe('the snapshot slice', () => {
  it('starts on the guided walkthrough of the notes\' 40 GiB volume holding 10 GiB, 4 GiB changed, at its first step', () => {
    const { snapshots, snapshotMessages } = createAppStore().getState();
    expect(snapshots.figures).toEqual({ sizeGiB: 40, writtenGiB: 10, changedGiB: 4 });
    expect(snapshots.play).toBeNull();
    expect(snapshots.step).toBe(0);
    expect(snapshots.selected).toEqual([]);
    expect(snapshotMessages).toEqual([]);
  });

  it('keeps the walkthrough step within its eight steps', () => {
    const store = createAppStore();
    store.getState().goToSnapshotStep(3);
    expect(store.getState().snapshots.step).toBe(3);
    store.getState().goToSnapshotStep(99);
    expect(store.getState().snapshots.step).toBe(7);
    store.getState().goToSnapshotStep(-4);
    expect(store.getState().snapshots.step).toBe(0);
  });

  it('clamps data written above the volume size to the size, and says so', () => {
    const store = createAppStore();
    store.getState().setSnapshotFigures({ writtenGiB: 500 });
    expect(store.getState().snapshots.figures).toEqual({ sizeGiB: 40, writtenGiB: 40, changedGiB: 4 });
    expect(store.getState().snapshotMessages).toEqual(['The data written must be a whole number of GiB from 1 to 40: 500 became 40.']);
  });

  it('keeps the data changed at most the data written, lowering it when less is written', () => {
    const store = createAppStore();
    store.getState().setSnapshotFigures({ changedGiB: 25 });
    expect(store.getState().snapshots.figures.changedGiB).toBe(10);
    store.getState().setSnapshotFigures({ writtenGiB: 3 });
    expect(store.getState().snapshots.figures).toEqual({ sizeGiB: 40, writtenGiB: 3, changedGiB: 3 });
    expect(store.getState().snapshotMessages).toEqual(['The data changed must be a whole number of GiB from 1 to 3: 10 became 3.']);
  });

  it('clears its messages once the figures fit', () => {
    const store = createAppStore();
    store.getState().setSnapshotFigures({ writtenGiB: 500 });
    store.getState().setSnapshotFigures({ writtenGiB: 20 });
    expect(store.getState().snapshots.figures.writtenGiB).toBe(20);
    expect(store.getState().snapshotMessages).toEqual([]);
  });

  it('starts free play from the picture on screen: the walkthrough\'s first four actions, still at step 5', () => {
    const store = freePlayAt(4);
    const { snapshots } = store.getState();
    expect(snapshots.play?.map((a) => a.kind)).toEqual(['write', 'snapshot', 'write', 'snapshot']);
    expect(snapshots.step).toBe(4);
    const walkthroughFrame = snapshotWalkthrough(snapshots.figures)[4]!.frame;
    const freePlayFrame = replayActions(snapshots.figures.sizeGiB, snapshots.play!).frames[4]!;
    expect(freePlayFrame).toEqual(walkthroughFrame);
    expect(freePlayFrame.storedGiB).toBe(14);
  });

  it('selects and unselects blocks of the volume only', () => {
    const store = freePlayAt(0);
    store.getState().toggleBlock(7);
    store.getState().toggleBlock(2);
    store.getState().toggleBlock(40);
    store.getState().toggleBlock(-1);
    expect(store.getState().snapshots.selected).toEqual([2, 7]);
    store.getState().toggleBlock(7);
    expect(store.getState().snapshots.selected).toEqual([2]);
  });

  it('writes the selected blocks as a new last step and clears the selection', () => {
    const store = freePlayAt(4);
    for (const b of [20, 21, 22]) store.getState().toggleBlock(b);
    store.getState().playAction({ kind: 'write', blocks: store.getState().snapshots.selected });
    const { snapshots, snapshotMessages } = store.getState();
    expect(snapshots.play).toHaveLength(5);
    expect(snapshots.play?.[4]).toEqual({ kind: 'write', blocks: [20, 21, 22] });
    expect(snapshots.step).toBe(5);
    expect(snapshots.selected).toEqual([]);
    expect(snapshotMessages).toEqual([]);
  });

  it('refuses an action the engine refuses, leaving free play as it was and saying why', () => {
    const store = freePlayAt(4);
    store.getState().toggleBlock(30);
    const before = store.getState().snapshots;
    store.getState().playAction({ kind: 'delete', snapshot: 9 });
    expect(store.getState().snapshots).toEqual(before);
    expect(store.getState().snapshotMessages).toEqual(['There is no snapshot 9: 2 taken so far.']);
  });

  it('replaces the later actions when acting from an earlier step', () => {
    const store = freePlayAt(4);
    store.getState().goToSnapshotStep(2);
    store.getState().playAction({ kind: 'delete', snapshot: 1 });
    const { snapshots } = store.getState();
    expect(snapshots.play).toEqual([{ kind: 'write', blocks: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] }, { kind: 'snapshot' }, { kind: 'delete', snapshot: 1 }]);
    expect(snapshots.step).toBe(3);
  });

  it('does nothing with free play actions during the walkthrough', () => {
    const store = createAppStore();
    store.getState().playAction({ kind: 'snapshot' });
    expect(store.getState().snapshots).toEqual(DEFAULT_SNAPSHOTS);
  });

  it('skips actions a smaller volume cannot take, says how many, and brings them back when it grows', () => {
    const store = freePlayAt(0);
    store.getState().playAction({ kind: 'write', blocks: [30] });
    store.getState().playAction({ kind: 'write', blocks: [0] });
    store.getState().toggleBlock(1);
    store.getState().toggleBlock(20);
    store.getState().setSnapshotFigures({ sizeGiB: 8 });
    const { snapshots, snapshotMessages } = store.getState();
    expect(snapshots.play).toEqual([{ kind: 'write', blocks: [30] }, { kind: 'write', blocks: [0] }]);
    expect(snapshots.selected).toEqual([1]);
    expect(snapshots.step).toBe(1);
    expect(snapshotMessages).toContain('1 action(s) do not fit a 8 GiB volume and are skipped until it is larger.');
    store.getState().setSnapshotFigures({ sizeGiB: 40 });
    store.getState().goToSnapshotStep(9);
    expect(store.getState().snapshots.step).toBe(2);
    expect(store.getState().snapshotMessages).toEqual([]);
  });

  it('takes the last action back with Undo', () => {
    const store = freePlayAt(0);
    store.getState().playAction({ kind: 'write', blocks: [3] });
    store.getState().playAction({ kind: 'snapshot' });
    store.getState().undoAction();
    expect(store.getState().snapshots.play).toEqual([{ kind: 'write', blocks: [3] }]);
    expect(store.getState().snapshots.step).toBe(1);
    store.getState().undoAction();
    store.getState().undoAction();
    expect(store.getState().snapshots.play).toEqual([]);
    expect(store.getState().snapshots.step).toBe(0);
  });

  it('does not talk about the walkthrough\'s hidden sliders when free play shrinks the volume', () => {
    const store = freePlayAt(0);
    store.getState().setSnapshotFigures({ sizeGiB: 6 });
    expect(store.getState().snapshots.figures).toEqual({ sizeGiB: 6, writtenGiB: 6, changedGiB: 4 });
    expect(store.getState().snapshotMessages).toEqual([]);
    store.getState().setSnapshotFigures({ sizeGiB: 200 });
    expect(store.getState().snapshotMessages).toEqual(['The volume size must be a whole number of GiB from 4 to 64: 200 became 64.']);
  });

  it('goes back to the walkthrough\'s first step when free play is left', () => {
    const store = freePlayAt(4);
    store.getState().toggleBlock(30);
    store.getState().leaveFreePlay();
    const { snapshots } = store.getState();
    expect(snapshots.play).toBeNull();
    expect(snapshots.selected).toEqual([]);
    expect(snapshots.step).toBe(0);
  });

  it('keeps days, FSR AZs and FSR minutes within the view\'s ranges, in whole units', () => {
    const store = createAppStore();
    const s = () => store.getState().snapshots;
    store.getState().setDaysKept(0);
    expect(s().daysKept).toBe(1);
    store.getState().setDaysKept(45);
    expect(s().daysKept).toBe(30);
    store.getState().setDaysKept(12.4);
    expect(s().daysKept).toBe(12);
    store.getState().setFsrAzs(5);
    expect(s().fsrAzs).toBe(3);
    store.getState().setFsrAzs(0);
    expect(s().fsrAzs).toBe(1);
    store.getState().setFsrMinutes(0);
    expect(s().fsrMinutes).toBe(1);
    store.getState().setFsrMinutes(10 ** 9);
    expect(s().fsrMinutes).toBe(43_200);
    store.getState().setFsrMinutes(45);
    expect(s().fsrMinutes).toBe(45);
  });

  it('goes back to its starting values when the view is reset', () => {
    const store = freePlayAt(4);
    store.getState().setSnapshotTier('archive');
    store.getState().setDaysKept(10);
    store.getState().setFsrAzs(1);
    store.getState().playAction({ kind: 'delete', snapshot: 9 });
    expect(store.getState().snapshotMessages).not.toEqual([]);
    store.getState().resetView('snapshots');
    expect(store.getState().snapshots).toEqual(DEFAULT_SNAPSHOTS);
    expect(store.getState().snapshotMessages).toEqual([]);
  });
});
