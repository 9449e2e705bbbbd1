import { memo, useMemo } from 'react';
import type { BlockFrame } from '../../domain';
import { formatNumber } from '../../components/format';
import { BlockGrid } from './block-grid';
import { copyKinds, deletedKinds, gridColumns, restoredKinds, snapshotKinds, volumeKinds } from './cell-kinds';

const AZ = 'min-w-0 rounded-lg border border-dashed border-slate-400 p-2 dark:border-slate-500';
const CARD = 'step-enter rounded-md border border-slate-300 bg-white p-2 dark:border-slate-600 dark:bg-slate-900';

function gib(n: number) {
  return `${formatNumber(n)} GiB`;
}

/**
 * One Region drawn as three AZs with Amazon S3 spanning all of them (why a snapshot survives the
 * loss of an AZ), the volume in AZ a, a restored volume in AZ b, and another Region for copies.
 */
export const RegionStage = memo(function RegionStage({ frame, volumePicker }: { frame: BlockFrame; volumePicker?: React.ReactNode }) {
  const cols = gridColumns(frame.sizeGiB);
  const last = frame.last;
  const volumeFlash = useMemo(() => new Set(last?.action.kind === 'write' ? last.action.blocks : last?.action.kind === 'snapshot' ? last.uploadedBlocks : []), [last]);
  const newest = frame.snapshots[frame.snapshots.length - 1];
  const uploadFlash = useMemo(() => new Set(last?.action.kind === 'snapshot' ? last.uploadedBlocks : []), [last]);
  const deleted = last?.action.kind === 'delete' ? last.deleted ?? null : null;
  const copiedNow = last?.action.kind === 'copy' ? last.action.snapshot : null;
  const copyFlash = useMemo(() => {
    const copy = frame.regionCopies.find((c) => c.fromSnapshot === copiedNow);
    return new Set(copy ? copy.versions.flatMap((v, b) => (v > 0 ? [b] : [])) : []);
  }, [frame.regionCopies, copiedNow]);
  const exists = frame.volume.length > 0;
  // What this step adds or changes, for useRevealChange to bring into view on a phone.
  const acted = last?.action.kind ?? null;
  const used = frame.usedGiB;
  const changed = frame.changedSinceSnapshot.filter(Boolean).length;

  return (
    <div className="space-y-3">
      <div className="rounded-xl border-2 border-slate-400 p-3 dark:border-slate-500">
        <p className="mb-2 text-sm font-semibold">Region us-east-1</p>
        <div className="grid gap-2 sm:grid-cols-3">
          <div className={AZ} data-active={acted === null || acted === 'write' || undefined}>
            <p className="mb-1 text-xs font-medium">AZ us-east-1a · EBS</p>
            {exists ? (
              <div>
                {volumePicker ?? (
                  <BlockGrid kinds={volumeKinds(frame)} flash={volumeFlash} columns={cols}
                    label={`The ${gib(frame.sizeGiB)} volume: ${gib(used)} hold data${changed ? `, ${gib(changed)} changed since the last snapshot` : ''}, ${gib(frame.sizeGiB - used)} never written.`} />
                )}
                <p className="mt-1 text-xs">Volume, {gib(frame.sizeGiB)} · {gib(used)} used</p>
              </div>
            ) : <p className="text-xs text-slate-600 dark:text-slate-400">No volume yet.</p>}
          </div>
          <div className={AZ} data-active={acted === 'restore' || undefined}>
            <p className="mb-1 text-xs font-medium">AZ us-east-1b · EBS</p>
            {frame.restored ? (
              <div key={`restored-${frame.restored.fromSnapshot}`} className="step-enter">
                <BlockGrid kinds={restoredKinds(frame.restored.versions)} columns={cols}
                  label={`A new volume restored from snapshot ${frame.restored.fromSnapshot}: ${gib(frame.restored.versions.filter((v) => v > 0).length)} of data, still in S3 until first read (lazy loading).`} />
                <p className="mt-1 text-xs">Restored from snapshot {frame.restored.fromSnapshot}; data loads from S3 on first read</p>
              </div>
            ) : <p className="text-xs text-slate-600 dark:text-slate-400">A restored volume appears here.</p>}
          </div>
          <div className={`${AZ} hidden sm:block`}>
            <p className="mb-1 text-xs font-medium">AZ us-east-1c · EBS</p>
            <p className="text-xs text-slate-600 dark:text-slate-400">Any AZ of the Region can restore the snapshot.</p>
          </div>
        </div>
        <div className="mt-2 rounded-lg bg-sky-50 p-2 dark:bg-sky-950/40">
          <p className="mb-2 text-xs font-medium">Amazon S3 · regional, stored across every AZ of us-east-1 · {gib(frame.storedGiB)} stored</p>
          {frame.snapshots.length || deleted ? (
            <ul className="flex flex-wrap gap-2">
              {deleted ? (
                <li key={`deleted-${deleted.id}`} data-active className={`${CARD} border-rose-700 dark:border-rose-300`} style={{ order: deleted.id }}>
                  <BlockGrid small kinds={deletedKinds(deleted.versions, last?.freedBlocks ?? [])} columns={cols}
                    label={`Snapshot ${deleted.id}, deleted at this step: ${gib(last?.freedBlocks.length ?? 0)} freed, ${gib(deleted.usedGiB - (last?.freedBlocks.length ?? 0))} kept because another snapshot holds them.`} />
                  <p className="mt-1 text-xs font-medium"><s>Snapshot {deleted.id}</s> deleted</p>
                  <p className="text-xs">frees {gib(last?.freedBlocks.length ?? 0)} · keeps {gib(deleted.usedGiB - (last?.freedBlocks.length ?? 0))}</p>
                </li>
              ) : null}
              {frame.snapshots.map((s, k) => (
                <li key={s.id} data-active={(acted === 'snapshot' && s === newest) || undefined} className={CARD} style={{ order: s.id }}>
                  <BlockGrid small kinds={snapshotKinds(frame.snapshots, k)} flash={s === newest ? uploadFlash : undefined} columns={cols}
                    label={`Snapshot ${s.id}: billed for ${gib(s.chargedGiB)}; restores all ${gib(s.versions.filter((v) => v > 0).length)} of data.`} />
                  <p className="mt-1 text-xs font-medium">Snapshot {s.id}</p>
                  <p className="text-xs">stores {gib(s.chargedGiB)}{s.copiedToRegion ? ' · copied' : ''}</p>
                </li>
              ))}
            </ul>
          ) : <p className="text-xs text-slate-600 dark:text-slate-400">No snapshots yet.</p>}
          {last?.action.kind === 'delete' ? (
            <p key={`deleted-${last.action.snapshot}`} className="step-enter mt-2 text-xs">
              Snapshot {last.action.snapshot} deleted: the {gib(last.freedBlocks.length)} crossed out are freed (data no other snapshot used) and go at the next step; the rest is kept.
            </p>
          ) : null}
        </div>
      </div>
      <div className="rounded-xl border-2 border-dashed border-slate-400 p-3 dark:border-slate-500">
        <p className="mb-1 text-sm font-semibold">Region us-west-2 (disaster recovery)</p>
        {frame.regionCopies.length ? (
          <ul className="flex flex-wrap gap-2">
            {frame.regionCopies.map((c) => (
              <li key={c.fromSnapshot} data-active={c.fromSnapshot === copiedNow || undefined} className={CARD}>
                <BlockGrid small kinds={copyKinds(c.versions)} flash={c.fromSnapshot === copiedNow ? copyFlash : undefined} columns={cols}
                  label={`Copy of snapshot ${c.fromSnapshot} in us-west-2: all ${gib(c.storedGiB)} of its data, stored in full.`} />
                <p className="mt-1 text-xs font-medium">Copy of snapshot {c.fromSnapshot}</p>
                <p className="text-xs">stores {gib(c.storedGiB)} (a first copy to a Region is full)</p>
              </li>
            ))}
          </ul>
        ) : <p className="text-xs text-slate-600 dark:text-slate-400">No copies yet.</p>}
      </div>
    </div>
  );
});
