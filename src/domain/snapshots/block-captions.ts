/**
 * Titles and captions for one block action, quoting the GiB the block engine computed
 * (shared/aws-facts.md §3.3 example 7, §4; UG21 EBSSnapshots.md). One drawn block = 1 GiB.
 *
 *   write     GiB overwritten (version > 0 before) and GiB written for the first time
 *   snapshot  uploads the used GiB differing from the latest live snapshot; storage = sum of charges
 *   delete    frees the GiB only the deleted snapshot referenced; keeps the rest
 *   restore   a new volume in another AZ with the snapshot's data, loaded lazily from S3
 *   copy      a full copy of the snapshot's used GiB in another Region, charged for the transfer
 */
import type { BlockAction, BlockFrame } from './blocks';
import { encodeBlockList } from './action-codec';

export interface BlockCaption { title: string; explanation: string }

function gib(n: number): string {
  return `${n} GiB`;
}

/** "10 GiB" for one live snapshot, "10 + 4 = 14 GiB" for several. */
export function storageSum(frame: BlockFrame): string {
  const parts = frame.snapshots.map((s) => s.chargedGiB);
  if (parts.length <= 1) return gib(frame.storedGiB);
  return `${parts.join(' + ')} = ${gib(frame.storedGiB)}`;
}

/** Blocks as a person counts them, from 1 (the engine and the link count from 0). */
function blockNames(blocks: readonly number[]): string {
  const sorted = [...new Set(blocks)].sort((a, b) => a - b).map((b) => b + 1);
  return `${sorted.length === 1 ? 'block' : 'blocks'} ${encodeBlockList(sorted).replaceAll('.', ', ')}`;
}

function writeCaption(before: BlockFrame, after: BlockFrame, blocks: readonly number[]): BlockCaption {
  const unique = [...new Set(blocks)];
  const overwritten = unique.filter((b) => (before.volume[b] ?? 0) > 0).length;
  const added = unique.length - overwritten;
  const what = [overwritten > 0 ? `overwrites ${gib(overwritten)}` : '', added > 0 ? `writes ${gib(added)} for the first time` : '']
    .filter((s) => s !== '').join(' and ');
  const latest = after.snapshots.at(-1);
  const pending = after.changedSinceSnapshot.filter(Boolean).length;
  const next = latest === undefined
    ? `No snapshot yet: the first one will copy all ${gib(after.usedGiB)} of data.`
    : `${gib(pending)} now ${pending === 1 ? 'differs' : 'differ'} from snapshot ${latest.id}, so the next snapshot would upload ${gib(pending)}.`;
  return { title: `Write ${blockNames(blocks)}`, explanation: `The application ${what}. ${next}` };
}

function snapshotCaption(before: BlockFrame, after: BlockFrame): BlockCaption {
  const taken = after.snapshots.at(-1);
  const id = taken?.id ?? 0;
  const uploaded = taken?.uploadedBlocks.length ?? 0;
  const previous = before.snapshots.at(-1);
  const title = `Snapshot ${id}`;
  if (previous === undefined) {
    const notSize = after.usedGiB < after.sizeGiB ? `, not the ${gib(after.sizeGiB)} size` : '';
    return { title, explanation: `Snapshot ${id} copies the ${gib(uploaded)} of written blocks to S3${notSize}. Storage: ${storageSum(after)}.` };
  }
  if (uploaded === 0) {
    return { title, explanation: `Nothing changed since snapshot ${previous.id}, so snapshot ${id} uploads 0 GiB. Storage: ${storageSum(after)}.` };
  }
  return {
    title,
    explanation: `Snapshot ${id} is incremental: it uploads only the ${gib(uploaded)} changed since snapshot ${previous.id}, yet restores the whole volume. Storage: ${storageSum(after)}.`,
  };
}

function deleteCaption(before: BlockFrame, after: BlockFrame, id: number): BlockCaption {
  const gone = before.snapshots.find((s) => s.id === id);
  const freed = after.last?.freedBlocks.length ?? 0;
  const kept = (gone?.usedGiB ?? 0) - freed;
  const title = `Delete snapshot ${id}`;
  const storage = `Storage: ${gib(after.storedGiB)}.`;
  if (freed === 0) return { title, explanation: `Deleting snapshot ${id} frees nothing: other snapshots still reference all its ${gib(kept)}. ${storage}` };
  if (kept === 0) return { title, explanation: `Deleting snapshot ${id} frees all its ${gib(freed)}: no other snapshot uses them. ${storage}` };
  return {
    title,
    explanation: `Deleting snapshot ${id} frees only the ${gib(freed)} no other snapshot uses; the ${gib(kept)} other snapshots still reference are kept. ${storage}`,
  };
}

/** The title and caption of the step from `before` to `after` by `action`. */
export function describeBlockAction(before: BlockFrame, after: BlockFrame, action: BlockAction): BlockCaption {
  switch (action.kind) {
    case 'write': return writeCaption(before, after, action.blocks);
    case 'snapshot': return snapshotCaption(before, after);
    case 'delete': return deleteCaption(before, after, action.snapshot);
    case 'restore': {
      const data = after.restored === null ? 0 : after.restored.versions.filter((v) => v > 0).length;
      return {
        title: `Restore snapshot ${action.snapshot} in another AZ`,
        explanation: `A new volume is created from snapshot ${action.snapshot} in another AZ of the same Region, holding its ${gib(data)} of data. It loads blocks lazily from S3, so first reads are slow unless initialised or FSR is enabled.`,
      };
    }
    case 'copy': {
      const copy = after.regionCopies.at(-1);
      return {
        title: `Copy snapshot ${action.snapshot} to another Region`,
        explanation: `Snapshot ${action.snapshot}'s ${gib(copy?.storedGiB ?? 0)} are copied to another Region; the copy is charged for cross-Region data transfer and then stored there.`,
      };
    }
  }
}
