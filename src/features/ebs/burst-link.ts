import { isBurstVolumeType, type Edition, type Volume } from '../../domain';

/**
 * "Open in burst view": the same volume in the burst view, its other settings at their defaults.
 * `#/burst?edition=..&type=..&size=..` is the burst view's public link format; only gp2, st1 and sc1 burst.
 */
export function burstHrefFor(volume: Pick<Volume, 'type' | 'sizeGiB'>, edition: Edition): string | null {
  if (!isBurstVolumeType(volume.type)) return null;
  return `#/burst?edition=${edition}&type=${volume.type}&size=${volume.sizeGiB}`;
}
