/**
 * What a link said about IOPS and throughput that the volume could not use as written: a figure for
 * a type that does not provision it (ignored), or a word where a number was due (the type's least
 * figure used). The kit names the word itself; these sentences say what the volume got instead.
 */
import { provisions, type Volume } from '../../domain';
import { show } from '../../store/params';
import type { RefineContext } from '../../store/view-state';
import type { EbsInputs } from './params';

const notANumber = (raw: string) => raw.trim() === '' || !Number.isFinite(Number(raw.trim()));

export function linkNotes(volume: Volume, ctx: Pick<RefineContext<EbsInputs>, 'edition' | 'raw'>): string[] {
  const notes: string[] = [];
  const p = provisions(volume.type, ctx.edition);
  const iops = ctx.raw('iops');
  if (iops !== undefined) {
    if (!p.iops) notes.push(`iops ${iops}: ${volume.type} sets IOPS by size, so the link's value was ignored`);
    else if (notANumber(iops)) notes.push(`iops "${iops}": used ${show(volume.iops ?? 0, 'IOPS')}, the least ${volume.type} allows`);
  }
  const throughput = ctx.raw('throughputMiBps');
  if (throughput !== undefined) {
    if (!p.throughput) notes.push(`throughput ${throughput}: ${volume.type} does not provision throughput, so the link's value was ignored`);
    else if (notANumber(throughput)) notes.push(`throughput "${throughput}": used ${show(volume.throughputMiBps ?? 0, 'MiB/s')}, the least ${volume.type} allows`);
  }
  return notes;
}
