/**
 * One store for the whole app, made by a factory so every test and every mounted app gets its own.
 * The initial state comes from what was saved locally, then the URL on top (the URL wins).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAppSlice } from './app-slice';
import type { AppState } from './app-state';
import { createAmiSlice } from './ami-slice';
import { createBurstSlice } from './burst-slice';
import { createContainersSlice } from './containers-slice';
import { createEcsSlice } from './ecs-slice';
import { createEbsSlice } from './ebs-slice';
import { createEncryptionSlice } from './encryption-slice';
import { createSnapshotSlice } from './snapshot-slice';

export type AppStore = StoreApi<AppState>;

export function createAppStore(initial: Partial<AppState> = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createAppSlice(...a),
    ...createEbsSlice(...a),
    ...createBurstSlice(...a),
    ...createSnapshotSlice(...a),
    ...createEncryptionSlice(...a),
    ...createAmiSlice(...a),
    ...createContainersSlice(...a),
    ...createEcsSlice(...a),
    ...initial,
  }));
}
