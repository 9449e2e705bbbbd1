import type { AmiSlice } from './ami-slice';
import type { AppSlice } from './app-slice';
import type { BurstSlice } from './burst-slice';
import type { ContainersSlice } from './containers-slice';
import type { EcsSlice } from './ecs-slice';
import type { EbsSlice } from './ebs-slice';
import type { EncryptionSlice } from './encryption-slice';
import type { SnapshotSlice } from './snapshot-slice';

/** One store, one slice per explorer. */
export type AppState = AppSlice & EbsSlice & BurstSlice & SnapshotSlice & EncryptionSlice & AmiSlice & ContainersSlice & EcsSlice;
