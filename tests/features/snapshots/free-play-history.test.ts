/**
 * Free play's history: acting from an earlier step says what it replaced and Undo brings it back;
 * a shared free-play link opens at its last step; a snapshot of an empty volume says why it is skipped.
 */
import { describe, expect, it } from 'vitest';
import { encodeActions } from '../../../src/domain';
import { snapshotsActions } from '../../../src/features/snapshots/actions';
import { snapshotsState } from '../../../src/features/snapshots/params';
import { viewStore } from '../../support/view-state';

const link = (query: string) => viewStore(snapshotsState, snapshotsActions, `#/snapshots?${query}`);

describe('acting from an earlier step in free play', () => {
  it('names the steps it replaced, and Undo brings them back', () => {
    const v = link('play=w0-4,s,w2-3,s&step=5');
    v.actions.goToSnapshotStep(1);
    v.actions.playAction({ kind: 'snapshot' });
    expect(encodeActions(v.inputs().play ?? [])).toBe('w0-4,s');
    expect(v.messages()).toEqual(['Acting at step 2 replaced steps 3 to 5 (s,w2-3,s). Undo last action brings them back.']);
    v.actions.undoAction();
    expect(encodeActions(v.inputs().play ?? [])).toBe('w0-4,s,w2-3,s');
    expect(v.inputs().step).toBe(1);
    expect(v.messages()).toEqual(['The replaced steps are back.']);
    // A second Undo is the ordinary one: it takes the last action back.
    v.actions.undoAction();
    expect(encodeActions(v.inputs().play ?? [])).toBe('w0-4,s,w2-3');
  });

  it('says nothing was replaced when acting at the last step', () => {
    const v = link('play=w0-4&step=2');
    v.actions.playAction({ kind: 'snapshot' });
    expect(v.messages()).toEqual([]);
    v.actions.undoAction();
    expect(encodeActions(v.inputs().play ?? [])).toBe('w0-4');
  });
});

describe('a free-play link', () => {
  it('opens at its last step when it names none', () => {
    expect(link('play=w0-4,s,w2-3,s').inputs().step).toBe(4);
    expect(link('play=w0-4,s,w2-3,s&step=2').inputs().step).toBe(1);
    expect(link('play=').inputs().step).toBe(0);
  });
});

describe('a snapshot of an empty volume', () => {
  it('is skipped with the reason: it would upload 0 GiB', () => {
    const v = link('play=');
    v.actions.playAction({ kind: 'snapshot' });
    expect(v.inputs().play).toEqual([]);
    expect(v.messages()).toEqual(['Nothing to snapshot yet: a snapshot stores only the blocks written, and this volume holds none, so it would upload 0 GiB. Free play skips it: write some blocks first.']);
  });
});
