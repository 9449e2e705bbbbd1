import { describe, expect, it } from 'vitest';
import { restoreSteps } from '../../../src/domain/snapshots/restore';
import { RESTORE_STEP_COUNT, WALKTHROUGH_STEP_COUNT } from '../../../src/domain/snapshots/step-counts';
import { snapshotWalkthrough, walkthroughActions } from '../../../src/domain/snapshots/walkthrough';

describe('the step counts the URL codec uses', () => {
  it('match the walkthrough for every figure set: creating the volume plus one step per block action', () => {
    for (const f of [{ sizeGiB: 40, writtenGiB: 10, changedGiB: 4 }, { sizeGiB: 4, writtenGiB: 1, changedGiB: 1 }, { sizeGiB: 64, writtenGiB: 64, changedGiB: 64 }]) {
      expect(snapshotWalkthrough(f)).toHaveLength(WALKTHROUGH_STEP_COUNT);
      expect(walkthroughActions(f)).toHaveLength(WALKTHROUGH_STEP_COUNT - 1);
    }
  });

  it('match the restore comparison in both editions', () => {
    for (const edition of ['saa-c02', 'current'] as const) {
      expect(restoreSteps({ sizeGiB: 8, usedBlocks: [0, 1, 2], readOrder: [0, 2] }, edition)).toHaveLength(RESTORE_STEP_COUNT);
    }
  });
});
