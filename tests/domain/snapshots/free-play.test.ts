/**
 * Free play: its control machine (total, drawn in docs/state-machines.md), runFreePlay's steps and
 * named refusals, and the readable text form of actions.
 */
import { describe, expect, it } from 'vitest';
import { isTotal, machineProblems, tryEvent } from '../../../src/domain';
import { emptyFrame, type BlockAction } from '../../../src/domain/snapshots/blocks';
import {
  FREE_PLAY_EVENTS, FREE_PLAY_LIMITS, FREE_PLAY_MACHINE, FREE_PLAY_STATES, clampFreePlaySize, controlStateOf,
  encodeActions, parseActions, runFreePlay,
} from '../../../src/domain/snapshots/free-play';

const NOTES_EXAMPLE = 'w0-9,s,w2-5,s,d1,r2,c2';

describe('the free-play machine', () => {
  it('decides every one of its 6 x 5 = 30 state x event pairs', () => {
    expect(machineProblems(FREE_PLAY_MACHINE)).toEqual([]);
    expect(isTotal(FREE_PLAY_MACHINE)).toBe(true);
    expect(FREE_PLAY_STATES.length * FREE_PLAY_EVENTS.length).toBe(30);
  });

  it('has one snapN state per snapshot free play keeps', () => {
    expect(FREE_PLAY_STATES.filter((s) => s.startsWith('snap'))).toHaveLength(FREE_PLAY_LIMITS.maxSnapshots);
  });

  it('counts live snapshots: a snapshot goes up one, a delete down one, to "data" from snap1', () => {
    expect(tryEvent(FREE_PLAY_MACHINE, 'data', 'snapshot')).toEqual({ ok: true, to: 'snap1' });
    expect(tryEvent(FREE_PLAY_MACHINE, 'snap3', 'snapshot')).toEqual({ ok: true, to: 'snap4' });
    expect(tryEvent(FREE_PLAY_MACHINE, 'snap1', 'delete')).toEqual({ ok: true, to: 'data' });
    expect(tryEvent(FREE_PLAY_MACHINE, 'snap2', 'copy')).toEqual({ ok: true, to: 'snap2' });
  });

  it('derives the control state from a frame', () => {
    expect(controlStateOf(emptyFrame(4))).toBe('empty');
    const run = runFreePlay(40, parseActions(NOTES_EXAMPLE).actions);
    expect(run.steps.map((s) => controlStateOf(s.frame))).toEqual(['data', 'snap1', 'snap1', 'snap2', 'snap1', 'snap1', 'snap1']);
  });
});

describe('runFreePlay', () => {
  it('runs the notes\' example into seven explained steps with the worked GiB', () => {
    const run = runFreePlay(40, parseActions(NOTES_EXAMPLE).actions);
    expect(run.refused).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(run.start).toEqual(emptyFrame(40));
    expect(run.steps.map((s) => s.frame.storedGiB)).toEqual([0, 10, 10, 14, 10, 10, 10]);
    expect(run.steps.map((s) => s.title)).toEqual([
      'Write blocks 1-10', 'Snapshot 1', 'Write blocks 3-6', 'Snapshot 2', 'Delete snapshot 1',
      'Restore snapshot 2 in another AZ', 'Copy snapshot 2 to another Region',
    ]);
    expect(run.steps[1]?.explanation).toBe('Snapshot 1 copies the 10 GiB of written blocks to S3, not the 40 GiB size. Storage: 10 GiB.');
    expect(run.steps[3]?.explanation).toMatch(/uploads only the 4 GiB changed since snapshot 1.*Storage: 10 \+ 4 = 14 GiB\./);
    expect(run.steps[4]?.explanation).toBe(
      'Deleting snapshot 1 frees only the 4 GiB no other snapshot uses; the 6 GiB other snapshots still reference are kept. Storage: 10 GiB.');
    expect(run.steps[6]?.explanation).toMatch(/Snapshot 2's 10 GiB are copied to another Region/);
  });

  it('says a snapshot right after another uploads 0 GiB', () => {
    const run = runFreePlay(8, [{ kind: 'write', blocks: [0, 1] }, { kind: 'snapshot' }, { kind: 'snapshot' }]);
    expect(run.steps[2]?.frame.last?.uploadedBlocks).toEqual([]);
    expect(run.steps[2]?.explanation).toBe('Nothing changed since snapshot 1, so snapshot 2 uploads 0 GiB. Storage: 2 + 0 = 2 GiB.');
  });

  it('explains a write as overwritten and new GiB, and what the next snapshot would upload', () => {
    const run = runFreePlay(8, [{ kind: 'write', blocks: [0, 1] }, { kind: 'snapshot' }, { kind: 'write', blocks: [1, 2, 2] }]);
    expect(run.steps[0]?.explanation).toBe('The application writes 2 GiB for the first time. No snapshot yet: the first one will copy all 2 GiB of data.');
    expect(run.steps[2]?.explanation).toBe(
      'The application overwrites 1 GiB and writes 1 GiB for the first time. 2 GiB now differ from snapshot 1, so the next snapshot would upload 2 GiB.');
  });

  it('says when a delete frees nothing, or everything', () => {
    const run = runFreePlay(8, parseActions('w0-1,s,s,d2,d1').actions);
    expect(run.steps[3]?.explanation).toBe('Deleting snapshot 2 frees nothing: other snapshots still reference all its 2 GiB. Storage: 2 GiB.');
    expect(run.steps[4]?.explanation).toBe('Deleting snapshot 1 frees all its 2 GiB: no other snapshot uses them. Storage: 0 GiB.');
  });

  it('skips and names refused actions without stopping, with the frame unchanged', () => {
    const actions: BlockAction[] = [{ kind: 'snapshot' }, { kind: 'write', blocks: [0] }, { kind: 'delete', snapshot: 2 }, { kind: 'snapshot' }];
    const run = runFreePlay(8, actions);
    expect(run.refused).toEqual([
      { index: 0, action: actions[0], reason: 'Nothing to snapshot yet: a snapshot stores only the blocks written, and this volume holds none, so it would upload 0 GiB. Free play skips it: write some blocks first.' },
      { index: 2, action: actions[2], reason: 'There is no snapshot to delete.' },
    ]);
    expect(run.steps.map((s) => [s.index, s.actionIndex])).toEqual([[0, 1], [1, 3]]);
  });

  it('clamps the size to 4-64 whole GiB and says so', () => {
    expect(clampFreePlaySize(40)).toEqual({ sizeGiB: 40, problems: [] });
    expect(clampFreePlaySize(100).sizeGiB).toBe(64);
    expect(clampFreePlaySize(2).problems).toEqual(['Free play draws 4 to 64 whole GiB: 2 GiB became 4 GiB.']);
    expect(runFreePlay(Number.NaN, []).sizeGiB).toBe(4);
  });

  it('runs at most 200 actions', () => {
    const run = runFreePlay(8, Array.from({ length: 205 }, (): BlockAction => ({ kind: 'write', blocks: [0] })));
    expect(run.steps).toHaveLength(200);
    expect(run.problems).toEqual(['Free play runs at most 200 actions; the last 5 were left out.']);
  });
});

describe('the text form of actions', () => {
  it('writes ranges and dot-separated lists: "w0-9,s,w2-5.7,s,d1,r2,c2"', () => {
    const actions: BlockAction[] = [
      { kind: 'write', blocks: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] }, { kind: 'snapshot' }, { kind: 'write', blocks: [2, 3, 4, 5, 7] },
      { kind: 'snapshot' }, { kind: 'delete', snapshot: 1 }, { kind: 'restore', snapshot: 2 }, { kind: 'copy', snapshot: 2 },
    ];
    expect(encodeActions(actions)).toBe('w0-9,s,w2-5.7,s,d1,r2,c2');
    expect(parseActions('w0-9,s,w2-5.7,s,d1,r2,c2')).toEqual({ actions, problems: [] });
  });

  it('keeps the order and repeats of a block list', () => {
    expect(encodeActions([{ kind: 'write', blocks: [5, 4, 4, 5, 6, 7] }])).toBe('w5.4.4-7');
    expect(parseActions('w5.4.4-7').actions).toEqual([{ kind: 'write', blocks: [5, 4, 4, 5, 6, 7] }]);
  });

  it('ignores spaces and empty parts; an empty text is no actions', () => {
    expect(parseActions('')).toEqual({ actions: [], problems: [] });
    expect(parseActions(' s , ,w1 ')).toEqual({ actions: [{ kind: 'snapshot' }, { kind: 'write', blocks: [1] }], problems: [] });
  });

  it('names each part it cannot read and keeps the others', () => {
    const { actions, problems } = parseActions('w0-3,x,w,w9-2,w70,d0,dz,s,r2');
    expect(actions).toEqual([{ kind: 'write', blocks: [0, 1, 2, 3] }, { kind: 'snapshot' }, { kind: 'restore', snapshot: 2 }]);
    expect(problems).toEqual([
      'Part 2 ("x") is not an action: use s, w<blocks>, d<n>, r<n> or c<n>.',
      'Part 3 ("w") writes but names no block.',
      'Part 4 ("w9-2") writes but has the range 9-2, which runs backwards.',
      'Part 5 ("w70") writes but names block 70, beyond the largest volume (blocks 0 to 63).',
      'Part 6 ("d0") names snapshot 0: snapshots are numbered from 1.',
      'Part 7 ("dz") needs a snapshot number after "d", like d1.',
    ]);
  });

  it('reads at most 200 actions', () => {
    const { actions, problems } = parseActions(Array.from({ length: 203 }, () => 's').join(','));
    expect(actions).toHaveLength(200);
    expect(problems).toEqual(['Only the first 200 actions are read; 3 more were left out.']);
  });
});
