/**
 * A block-level model of incremental EBS snapshots: the engine that draws the guided walkthrough
 * and runs free play (shared/aws-facts.md §3.3 example 7, §4; UG21 EBSSnapshots.md).
 *
 * A volume of `sizeGiB` is drawn as `sizeGiB` blocks of 1 GiB. Real EBS tracks blocks of 512 KiB
 * (the SnapshotAPIUnit of PRICE25 example 9); one drawn block stands for 1 GiB of them. Each block
 * holds a version number, 0 = never written; every write gives a block its next version.
 * A snapshot records the version of every block. With P(s) = {(block, version) : version > 0} of
 * snapshot s, and live snapshots s1 .. sn oldest first:
 *
 *   uploaded(new)  = used blocks whose version differs from the latest live snapshot's
 *                    (all used blocks when none is live: the first snapshot is a full copy of the data)
 *   stored         = |P(s1) u ... u P(sn)| x 1 GiB
 *   charged(sk)    = |P(sk) \ (P(s1) u ... u P(sk-1))| x 1 GiB      so  stored = sum of charged
 *   delete(s)      frees P(s) \ (union of the other live snapshots): only data unique to s (UG21)
 *
 * Worked: 40 GiB volume holding 10 GiB -> snapshot 1 uploads 10 GiB; 4 GiB changed -> snapshot 2
 * uploads 4: 10 + 4 = 14 GiB; delete snapshot 1 -> frees 4, keeps 6, now charged to snapshot 2: 10 GiB.
 * UG21: A 10 GiB, B 4 changed, C 2 added -> 10 + 4 + 2 = 16 GiB. Agrees with storage.ts.
 * A delete keeps the deleted snapshot in `last.deleted` for one frame, so its freed blocks can be
 * drawn as freed before they go. A copy to another Region is stored there as a full copy of the
 * snapshot's used blocks (`versions`, drawn block by block). Sizes in
 * GiB (= blocks); the pricing page's GB is 1024^3 bytes, so 1 GiB stored is billed as 1 GB-month.
 */
import { tryEvent } from '../stepper/machine';
import { FREE_PLAY_MACHINE, controlStateOf } from './free-play-machine';

export type BlockAction =
  | { kind: 'write'; blocks: readonly number[] }
  | { kind: 'snapshot' }
  | { kind: 'delete'; snapshot: number }
  | { kind: 'restore'; snapshot: number }
  | { kind: 'copy'; snapshot: number };

export interface LiveSnapshot {
  /** 1-based, in the order snapshots were taken; never reused. */
  id: number;
  versions: readonly number[];
  /** Blocks this snapshot uploaded when it was taken. */
  uploadedBlocks: readonly number[];
  /** GiB of pairs no earlier live snapshot references (recomputed after a delete). */
  chargedGiB: number;
  /** GiB of data the snapshot restores (its blocks with version > 0). */
  usedGiB: number;
  copiedToRegion: boolean;
}

export interface BlockFrame {
  sizeGiB: number;
  volume: readonly number[];
  changedSinceSnapshot: readonly boolean[];
  snapshots: readonly LiveSnapshot[];
  deletedIds: readonly number[];
  restored: null | { fromSnapshot: number; versions: readonly number[] };
  /** Full copies in the other Region: the snapshot's versions at the copy, and the GiB of data they store. */
  regionCopies: readonly { fromSnapshot: number; storedGiB: number; versions: readonly number[] }[];
  storedGiB: number;
  usedGiB: number;
  last: null | {
    action: BlockAction;
    uploadedBlocks: readonly number[];
    freedBlocks: readonly number[];
    /** After a delete: the snapshot as it was, so the step can draw its freed blocks before they go. */
    deleted?: LiveSnapshot;
  };
}

export type BlockResult = { ok: true; frame: BlockFrame } | { ok: false; reason: string };

type SnapshotCore = Omit<LiveSnapshot, 'chargedGiB' | 'usedGiB'>;

/** The indexes of the blocks that hold data (version > 0). */
export function usedBlocksOf(versions: readonly number[]): number[] {
  return versions.flatMap((v, b) => (v > 0 ? [b] : []));
}

/** The id the next snapshot will get: ids count every snapshot taken, deleted or not. */
export function nextSnapshotId(frame: Pick<BlockFrame, 'snapshots' | 'deletedIds'>): number {
  return frame.snapshots.length + frame.deletedIds.length + 1;
}

/** Recomputes every derived figure (charges, storage, use, changed blocks) from the inputs. */
function settle(
  base: Pick<BlockFrame, 'sizeGiB' | 'volume' | 'deletedIds' | 'restored' | 'regionCopies' | 'last'>,
  cores: readonly SnapshotCore[],
): BlockFrame {
  const seen = new Set<string>();
  const snapshots = cores.map((core): LiveSnapshot => {
    let chargedGiB = 0;
    core.versions.forEach((v, b) => {
      const key = `${b}:${v}`;
      if (v > 0 && !seen.has(key)) { seen.add(key); chargedGiB += 1; }
    });
    return { ...core, chargedGiB, usedGiB: usedBlocksOf(core.versions).length };
  });
  const latest = snapshots.at(-1);
  return {
    ...base,
    changedSinceSnapshot: base.volume.map((v, b) => v > 0 && (latest === undefined || latest.versions[b] !== v)),
    snapshots,
    storedGiB: seen.size,
    usedGiB: usedBlocksOf(base.volume).length,
  };
}

/** A new volume of `sizeGiB` never-written blocks, with no snapshot. */
export function emptyFrame(sizeGiB: number): BlockFrame {
  if (!Number.isInteger(sizeGiB) || sizeGiB < 1) throw new Error(`A volume needs a whole, positive size in GiB, not ${String(sizeGiB)}`);
  const volume = new Array<number>(sizeGiB).fill(0);
  return settle({ sizeGiB, volume, deletedIds: [], restored: null, regionCopies: [], last: null }, []);
}

function isBlockAction(action: unknown): action is BlockAction {
  if (typeof action !== 'object' || action === null) return false;
  const kind = (action as { kind?: unknown }).kind;
  return typeof kind === 'string' && (FREE_PLAY_MACHINE.events as readonly string[]).includes(kind);
}

/** Why the action's parameters do not fit the frame, or null when they do. */
function parameterProblem(frame: BlockFrame, action: BlockAction): string | null {
  if (action.kind === 'snapshot') return null;
  if (action.kind === 'write') {
    if (!Array.isArray(action.blocks) || action.blocks.length === 0) return 'Choose at least one block to write.';
    const bad = action.blocks.find((b) => !Number.isInteger(b) || b < 0 || b >= frame.sizeGiB);
    if (bad === undefined) return null;
    return `Block ${String(bad)} is not on this ${frame.sizeGiB} GiB volume: its blocks are 0 to ${frame.sizeGiB - 1}.`;
  }
  const id = action.snapshot;
  if (!Number.isInteger(id) || id < 1) return `${String(id)} is not a snapshot number: snapshots are numbered from 1.`;
  if (frame.deletedIds.includes(id)) return `Snapshot ${id} was deleted.`;
  const live = frame.snapshots.find((s) => s.id === id);
  if (live === undefined) return `There is no snapshot ${id}: ${nextSnapshotId(frame) - 1} taken so far.`;
  if (action.kind === 'copy' && live.copiedToRegion) return `Snapshot ${id} is already copied to the other Region.`;
  return null;
}

function baseOf(frame: BlockFrame) {
  const { sizeGiB, volume, deletedIds, restored, regionCopies } = frame;
  return { sizeGiB, volume, deletedIds, restored, regionCopies };
}

function coresOf(frame: BlockFrame): SnapshotCore[] {
  return frame.snapshots.map(({ id, versions, uploadedBlocks, copiedToRegion }) => ({ id, versions, uploadedBlocks, copiedToRegion }));
}

/**
 * The frame after `action`, or the reason it is refused (a sentence). The free-play machine decides
 * the kind of action from the frame's control state first; then the parameters are checked. A
 * refusal leaves the frame as it was; this function never throws.
 */
export function applyBlockAction(frame: BlockFrame, action: BlockAction): BlockResult {
  if (!isBlockAction(action)) return { ok: false, reason: 'That is not a block action: write, snapshot, delete, restore or copy.' };
  const control = tryEvent(FREE_PLAY_MACHINE, controlStateOf(frame), action.kind);
  if (!control.ok) return { ok: false, reason: control.reason };
  const problem = parameterProblem(frame, action);
  if (problem !== null) return { ok: false, reason: problem };

  const cores = coresOf(frame);
  const none = { action, uploadedBlocks: [] as number[], freedBlocks: [] as number[] };
  switch (action.kind) {
    case 'write': {
      const volume = [...frame.volume];
      for (const b of new Set(action.blocks)) volume[b] = (volume[b] ?? 0) + 1;
      return { ok: true, frame: settle({ ...baseOf(frame), volume, last: none }, cores) };
    }
    case 'snapshot': {
      const uploadedBlocks = frame.changedSinceSnapshot.flatMap((changed, b) => (changed ? [b] : []));
      cores.push({ id: nextSnapshotId(frame), versions: [...frame.volume], uploadedBlocks, copiedToRegion: false });
      return { ok: true, frame: settle({ ...baseOf(frame), last: { ...none, uploadedBlocks } }, cores) };
    }
    case 'delete': {
      const gone = cores.find((s) => s.id === action.snapshot);
      const kept = cores.filter((s) => s.id !== action.snapshot);
      const freedBlocks = usedBlocksOf(gone?.versions ?? []).filter((b) => kept.every((s) => s.versions[b] !== gone?.versions[b]));
      const deletedIds = [...frame.deletedIds, action.snapshot];
      const deleted = frame.snapshots.find((s) => s.id === action.snapshot);
      return { ok: true, frame: settle({ ...baseOf(frame), deletedIds, last: { ...none, freedBlocks, ...(deleted ? { deleted } : {}) } }, kept) };
    }
    case 'restore': {
      const source = cores.find((s) => s.id === action.snapshot);
      const restored = { fromSnapshot: action.snapshot, versions: source?.versions ?? [] };
      return { ok: true, frame: settle({ ...baseOf(frame), restored, last: none }, cores) };
    }
    case 'copy': {
      const source = frame.snapshots.find((s) => s.id === action.snapshot);
      const regionCopies = [...frame.regionCopies, { fromSnapshot: action.snapshot, storedGiB: source?.usedGiB ?? 0, versions: source?.versions ?? [] }];
      const marked = cores.map((s) => (s.id === action.snapshot ? { ...s, copiedToRegion: true } : s));
      return { ok: true, frame: settle({ ...baseOf(frame), regionCopies, last: none }, marked) };
    }
  }
}
