import { describe, expect, it } from 'vitest';
import { replayActions } from '../../src/domain/snapshots/replay';
import { createAppStore } from '../../src/store/create-app-store';
import { initialStateFrom } from '../../src/store/initial-state';
import { installSnapshotEngine } from '../../src/store/snapshot-engine';

describe('a free play link read before the snapshot view has loaded', () => {
  it('is read for its syntax, then replayed when the view installs the engine, which names what it refused', () => {
    const initial = initialStateFrom('#/snapshots?size=40&play=w0-3,zz,d7,s&step=9', null);
    expect(initial.snapshots.unchecked).toBe(true);
    expect(initial.snapshots.play).toEqual([{ kind: 'write', blocks: [0, 1, 2, 3] }, { kind: 'delete', snapshot: 7 }, { kind: 'snapshot' }]);
    expect(initial.notices.flatMap((n) => n.items).join(' ')).toMatch(/zz/);
    const store = createAppStore(initial);
    store.getState().reconcileFreePlay();
    expect(store.getState().snapshots.unchecked).toBe(true);

    installSnapshotEngine({ replayActions });
    store.getState().reconcileFreePlay();
    const { snapshots, notices } = store.getState();
    expect(snapshots.unchecked).toBeUndefined();
    expect(snapshots.play).toEqual([{ kind: 'write', blocks: [0, 1, 2, 3] }, { kind: 'snapshot' }]);
    expect(snapshots.step).toBe(2);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.items.slice(-2)).toEqual([
      'play: action "d7" was left out: There is no snapshot to delete.',
      'step 4 is past the last of the 3 steps free play kept: used 3',
    ]);
  });
});
