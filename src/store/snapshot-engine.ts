/**
 * Free play's block engine, installed by the snapshot view when its chunk loads, so the first page's
 * JavaScript does not carry it (the engine, its machine and the stepper kit are about 3 KB gzip).
 * Only free play needs it: its intents run from the view, after the install. A link read before
 * the view has loaded is checked for syntax only and marked `unchecked`; the view then calls
 * `reconcileFreePlay`, which replays it and names what the engine refused.
 */
import type { replayActions } from '../domain/snapshots/replay';

export interface SnapshotEngine {
  replayActions: typeof replayActions;
}

let engine: SnapshotEngine | null = null;

export function installSnapshotEngine(e: SnapshotEngine): void {
  engine = e;
}

export function snapshotEngine(): SnapshotEngine | null {
  return engine;
}
