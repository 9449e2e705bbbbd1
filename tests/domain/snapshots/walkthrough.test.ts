/**
 * The guided walkthrough: SNAPSHOT_MACHINE's standard scenario drawn by the block engine, its
 * storage per step and its captions quoting the figures (40 / 10 / 4 and 64 / 20 / 5), and the
 * figures' limits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDARD_SNAPSHOT_SCENARIO } from '../../../src/domain';
import { emptyFrame } from '../../../src/domain/snapshots/blocks';
import { encodeActions, runFreePlay } from '../../../src/domain/snapshots/free-play';
import {
  DEFAULT_WALKTHROUGH_FIGURES, WALKTHROUGH_LIMITS, clampFigures, snapshotWalkthrough, walkthroughActions,
} from '../../../src/domain/snapshots/walkthrough';
import { assertProperty } from '../support/property';

describe('the walkthrough with the notes\' 40 / 10 / 4 GiB', () => {
  const steps = snapshotWalkthrough(DEFAULT_WALKTHROUGH_FIGURES);

  it('has the scenario\'s 8 steps, the first an empty 40 GiB volume', () => {
    expect(steps.map((s) => s.event)).toEqual([...STANDARD_SNAPSHOT_SCENARIO]);
    expect(steps.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(steps[0]?.frame).toEqual(emptyFrame(40));
    expect(steps[0]?.action).toBeNull();
  });

  it('stores 0, 0, 10, 10, 14, 10, 10, 10 GiB', () => {
    expect(steps.map((s) => s.frame.storedGiB)).toEqual([0, 0, 10, 10, 14, 10, 10, 10]);
  });

  it('uploads 10 blocks in the first snapshot and 4 in the second; the delete frees 4', () => {
    expect(steps[2]?.frame.last?.uploadedBlocks).toHaveLength(10);
    expect(steps[4]?.frame.last?.uploadedBlocks).toHaveLength(4);
    expect(steps[5]?.frame.last?.freedBlocks).toHaveLength(4);
  });

  it('quotes the figures: 10 GiB copied, 10 + 4 = 14 GiB, frees 4 and keeps 6 for 10 GiB', () => {
    expect(steps[0]?.explanation).toMatch(/empty 40 GiB volume/);
    expect(steps[2]?.explanation).toMatch(/copies only the 10 GiB of written blocks to S3, not the 40 GiB size/);
    expect(steps[4]?.explanation).toMatch(/Storage: 10 \+ 4 = 14 GiB/);
    expect(steps[5]?.explanation).toMatch(/frees only the 4 GiB.*the 6 GiB the second still references are kept\. Storage: 10 GiB\./);
  });

  it('ends with snapshot 2 restored in another AZ and copied to another Region', () => {
    expect(steps[6]?.frame.restored?.fromSnapshot).toBe(2);
    expect(steps[7]?.frame.regionCopies).toMatchObject([{ fromSnapshot: 2, storedGiB: 10 }]);
    expect(steps.map((s) => s.title)).toEqual([
      'Create a volume', 'Write data', 'First snapshot', 'Change some blocks', 'Second snapshot',
      'Delete the first snapshot', 'Restore in another AZ', 'Copy to another Region',
    ]);
  });
});

describe('the walkthrough with 64 / 20 / 5 GiB', () => {
  const steps = snapshotWalkthrough({ sizeGiB: 64, writtenGiB: 20, changedGiB: 5 });

  it('stores 20, 25, then 20 GiB and says so', () => {
    expect(steps.map((s) => s.frame.storedGiB)).toEqual([0, 0, 20, 20, 25, 20, 20, 20]);
    expect(steps[2]?.explanation).toMatch(/20 GiB of written blocks to S3, not the 64 GiB size/);
    expect(steps[4]?.explanation).toMatch(/20 \+ 5 = 25 GiB/);
    expect(steps[5]?.explanation).toMatch(/frees only the 5 GiB.*15 GiB.*Storage: 20 GiB/);
  });
});

describe('walkthroughActions', () => {
  it('are the steps\' block actions, so free play can start from them', () => {
    expect(encodeActions(walkthroughActions(DEFAULT_WALKTHROUGH_FIGURES))).toBe('w0-9,s,w3-6,s,d1,r2,c2');
    const run = runFreePlay(40, walkthroughActions(DEFAULT_WALKTHROUGH_FIGURES));
    expect(run.refused).toEqual([]);
    expect(run.steps.map((s) => s.frame)).toEqual(snapshotWalkthrough(DEFAULT_WALKTHROUGH_FIGURES).slice(1).map((s) => s.frame));
  });
});

describe('the walkthrough figures', () => {
  it('keep figures within 4-64 GiB, 1-size and 1-written', () => {
    expect(WALKTHROUGH_LIMITS.sizeGiB).toEqual([4, 64]);
    expect(WALKTHROUGH_LIMITS.writtenGiB(40)).toEqual([1, 40]);
    expect(WALKTHROUGH_LIMITS.changedGiB(10)).toEqual([1, 10]);
    expect(clampFigures(DEFAULT_WALKTHROUGH_FIGURES)).toEqual({ figures: { sizeGiB: 40, writtenGiB: 10, changedGiB: 4 }, problems: [] });
  });

  it('clamp each figure in turn and say what changed', () => {
    expect(clampFigures({ sizeGiB: 100, writtenGiB: 80, changedGiB: 0 })).toEqual({
      figures: { sizeGiB: 64, writtenGiB: 64, changedGiB: 1 },
      problems: [
        'The volume size must be a whole number of GiB from 4 to 64: 100 became 64.',
        'The data written must be a whole number of GiB from 1 to 64: 80 became 64.',
        'The data changed must be a whole number of GiB from 1 to 64: 0 became 1.',
      ],
    });
    expect(clampFigures({ sizeGiB: Number.NaN, writtenGiB: 2.4, changedGiB: 4 }).figures).toEqual({ sizeGiB: 40, writtenGiB: 2, changedGiB: 2 });
  });

  it('give, for any figures, storage W, W + C, W and a walk the block engine accepts (fixed seed)', () => {
    const anyFigure = fc.oneof(fc.integer({ min: -5, max: 80 }), fc.double({ min: -10, max: 100, noNaN: true }));
    assertProperty(fc.property(anyFigure, anyFigure, anyFigure, (sizeGiB, writtenGiB, changedGiB) => {
      const { figures: f } = clampFigures({ sizeGiB, writtenGiB, changedGiB });
      const steps = snapshotWalkthrough({ sizeGiB, writtenGiB, changedGiB });
      const stored = steps.map((s) => s.frame.storedGiB);
      return steps.length === 8 && steps[0]!.frame.sizeGiB === f.sizeGiB
        && JSON.stringify(stored) === JSON.stringify([0, 0, f.writtenGiB, f.writtenGiB, f.writtenGiB + f.changedGiB, f.writtenGiB, f.writtenGiB, f.writtenGiB])
        && steps[5]!.explanation.includes(`Storage: ${f.writtenGiB} GiB`);
    }), 100);
  });
});
