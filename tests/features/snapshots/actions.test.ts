import { describe, expect, it } from 'vitest';
import { replayActions, snapshotWalkthrough } from '../../../src/domain';
import { snapshotsActions } from '../../../src/features/snapshots/actions';
import { snapshotsState } from '../../../src/features/snapshots/params';
import { defaultsOf } from '../../../src/store/view-state';
import { viewStore } from '../../support/view-state';

const start = () => viewStore(snapshotsState, snapshotsActions);

/** A store in free play, started at walkthrough step `step` (0-based). */
function freePlayAt(step: number) {
  const v = start();
  v.actions.goToSnapshotStep(step);
  v.actions.startFreePlay();
  return v;
}

describe('the snapshot view\'s intents', () => {
  it('starts on the guided walkthrough of the notes\' 40 GiB volume holding 10 GiB, 4 GiB changed, at its first step', () => {
    const v = start();
    expect(v.inputs()).toEqual({
      sizeGiB: 40, writtenGiB: 10, changedGiB: 4, play: null, selected: [], step: 0, restoreStep: 0,
      tier: 'standard', daysKept: 30, fsrAzs: 3, fsrMinutes: 90, volumeType: 'gp2', initRateMiBps: 300,
    });
    expect(v.messages()).toEqual([]);
  });

  it('keeps the walkthrough step within its eight steps', () => {
    const v = start();
    v.actions.goToSnapshotStep(3);
    expect(v.inputs().step).toBe(3);
    v.actions.goToSnapshotStep(99);
    expect(v.inputs().step).toBe(7);
    v.actions.goToSnapshotStep(-4);
    expect(v.inputs().step).toBe(0);
  });

  it('keeps the restore step within its four steps', () => {
    const v = start();
    v.actions.goToRestoreStep(2);
    expect(v.inputs().restoreStep).toBe(2);
    v.actions.goToRestoreStep(9);
    expect(v.inputs().restoreStep).toBe(3);
  });

  it('clamps data written above the volume size to the size, and says so', () => {
    const v = start();
    v.actions.setSnapshotFigures({ writtenGiB: 500 });
    expect(v.inputs()).toMatchObject({ sizeGiB: 40, writtenGiB: 40, changedGiB: 4 });
    expect(v.messages()).toEqual(['The data written must be a whole number of GiB from 1 to 40: 500 became 40.']);
  });

  it('keeps the data changed at most the data written, lowering it when less is written', () => {
    const v = start();
    v.actions.setSnapshotFigures({ changedGiB: 25 });
    expect(v.inputs().changedGiB).toBe(10);
    v.actions.setSnapshotFigures({ writtenGiB: 3 });
    expect(v.inputs()).toMatchObject({ sizeGiB: 40, writtenGiB: 3, changedGiB: 3 });
    expect(v.messages()).toEqual(['The data changed must be a whole number of GiB from 1 to 3: 10 became 3.']);
  });

  it('clears its messages once the figures fit', () => {
    const v = start();
    v.actions.setSnapshotFigures({ writtenGiB: 500 });
    v.actions.setSnapshotFigures({ writtenGiB: 20 });
    expect(v.inputs().writtenGiB).toBe(20);
    expect(v.messages()).toEqual([]);
  });

  it('starts free play from the picture on screen: the walkthrough\'s first four actions, still at step 5', () => {
    const v = freePlayAt(4);
    const { play, step, sizeGiB, writtenGiB, changedGiB } = v.inputs();
    expect(play?.map((a) => a.kind)).toEqual(['write', 'snapshot', 'write', 'snapshot']);
    expect(step).toBe(4);
    const walkthroughFrame = snapshotWalkthrough({ sizeGiB, writtenGiB, changedGiB })[4]!.frame;
    const freePlayFrame = replayActions(sizeGiB, play!).frames[4]!;
    expect(freePlayFrame).toEqual(walkthroughFrame);
    expect(freePlayFrame.storedGiB).toBe(14);
  });

  it('selects and unselects blocks of the volume only', () => {
    const v = freePlayAt(0);
    v.actions.toggleBlock(7);
    v.actions.toggleBlock(2);
    v.actions.toggleBlock(40);
    v.actions.toggleBlock(-1);
    expect(v.inputs().selected).toEqual([2, 7]);
    v.actions.toggleBlock(7);
    expect(v.inputs().selected).toEqual([2]);
  });

  it('writes the selected blocks as a new last step and clears the selection', () => {
    const v = freePlayAt(4);
    for (const b of [20, 21, 22]) v.actions.toggleBlock(b);
    v.actions.playAction({ kind: 'write', blocks: v.inputs().selected });
    const { play, step, selected } = v.inputs();
    expect(play).toHaveLength(5);
    expect(play?.[4]).toEqual({ kind: 'write', blocks: [20, 21, 22] });
    expect(step).toBe(5);
    expect(selected).toEqual([]);
    expect(v.messages()).toEqual([]);
  });

  it('refuses an action the engine refuses, leaving free play as it was and saying why', () => {
    const v = freePlayAt(4);
    v.actions.toggleBlock(30);
    const before = v.inputs();
    v.actions.playAction({ kind: 'delete', snapshot: 9 });
    expect(v.inputs()).toEqual(before);
    expect(v.messages()).toEqual(['There is no snapshot 9: 2 taken so far.']);
  });

  it('replaces the later actions when acting from an earlier step', () => {
    const v = freePlayAt(4);
    v.actions.goToSnapshotStep(2);
    v.actions.playAction({ kind: 'delete', snapshot: 1 });
    expect(v.inputs().play).toEqual([{ kind: 'write', blocks: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] }, { kind: 'snapshot' }, { kind: 'delete', snapshot: 1 }]);
    expect(v.inputs().step).toBe(3);
  });

  it('does nothing with free play actions during the walkthrough', () => {
    const v = start();
    v.actions.playAction({ kind: 'snapshot' });
    v.actions.toggleBlock(3);
    v.actions.undoAction();
    expect(v.inputs()).toEqual(defaultsOf(snapshotsState));
  });

  it('skips actions a smaller volume cannot take, says how many, and brings them back when it grows', () => {
    const v = freePlayAt(0);
    v.actions.playAction({ kind: 'write', blocks: [30] });
    v.actions.playAction({ kind: 'write', blocks: [0] });
    v.actions.toggleBlock(1);
    v.actions.toggleBlock(20);
    v.actions.setSnapshotFigures({ sizeGiB: 8 });
    expect(v.inputs().play).toEqual([{ kind: 'write', blocks: [30] }, { kind: 'write', blocks: [0] }]);
    expect(v.inputs().selected).toEqual([1]);
    expect(v.inputs().step).toBe(1);
    expect(v.messages()).toContain('1 action(s) do not fit a 8 GiB volume and are skipped until it is larger.');
    v.actions.setSnapshotFigures({ sizeGiB: 40 });
    v.actions.goToSnapshotStep(9);
    expect(v.inputs().step).toBe(2);
    expect(v.messages()).toEqual([]);
  });

  it('takes the last action back with Undo', () => {
    const v = freePlayAt(0);
    v.actions.playAction({ kind: 'write', blocks: [3] });
    v.actions.playAction({ kind: 'snapshot' });
    v.actions.undoAction();
    expect(v.inputs().play).toEqual([{ kind: 'write', blocks: [3] }]);
    expect(v.inputs().step).toBe(1);
    v.actions.undoAction();
    v.actions.undoAction();
    expect(v.inputs().play).toEqual([]);
    expect(v.inputs().step).toBe(0);
  });

  it('does not talk about the walkthrough\'s hidden sliders when free play shrinks the volume', () => {
    const v = freePlayAt(0);
    v.actions.setSnapshotFigures({ sizeGiB: 6 });
    expect(v.inputs()).toMatchObject({ sizeGiB: 6, writtenGiB: 6, changedGiB: 4 });
    expect(v.messages()).toEqual([]);
    v.actions.setSnapshotFigures({ sizeGiB: 200 });
    expect(v.messages()).toEqual(['The volume size must be a whole number of GiB from 4 to 64: 200 became 64.']);
  });

  it('goes back to the walkthrough\'s first step when free play is left', () => {
    const v = freePlayAt(4);
    v.actions.toggleBlock(30);
    v.actions.leaveFreePlay();
    expect(v.inputs()).toMatchObject({ play: null, selected: [], step: 0 });
  });

  it('keeps days, FSR AZs and FSR minutes within the view\'s ranges, in whole units', () => {
    const v = start();
    const s = () => v.inputs();
    v.actions.setDaysKept(0);
    expect(s().daysKept).toBe(1);
    v.actions.setDaysKept(45);
    expect(s().daysKept).toBe(30);
    v.actions.setDaysKept(12.4);
    expect(s().daysKept).toBe(12);
    v.actions.setFsrAzs(5);
    expect(s().fsrAzs).toBe(3);
    v.actions.setFsrAzs(0);
    expect(s().fsrAzs).toBe(1);
    v.actions.setFsrMinutes(0);
    expect(s().fsrMinutes).toBe(1);
    v.actions.setFsrMinutes(10 ** 9);
    expect(s().fsrMinutes).toBe(43_200);
    v.actions.setFsrMinutes(45);
    expect(s().fsrMinutes).toBe(45);
  });

  it('goes back to its starting values when the view is reset', () => {
    const v = freePlayAt(4);
    v.actions.setSnapshotTier('archive');
    v.actions.setDaysKept(10);
    v.actions.setFsrAzs(1);
    v.actions.playAction({ kind: 'delete', snapshot: 9 });
    expect(v.messages()).not.toEqual([]);
    v.store.getState().resetView('snapshots');
    expect(v.inputs()).toEqual(defaultsOf(snapshotsState));
    expect(v.messages()).toEqual([]);
  });
});
