import { useMemo } from 'react';
import { explainPerformance, volumePerformance, volumeSpec, type Edition, type Need, type Volume } from '../../domain';
import { useEdition, useInput } from '../../store/view-hooks';
import { ebsState } from './params';

/** The volume on screen with its edition, built from the stored fields, so memoised work reruns only on change. */
export function useVolume(): { volume: Volume; edition: Edition } {
  const type = useInput(ebsState, 'type');
  const sizeGiB = useInput(ebsState, 'sizeGiB');
  const iops = useInput(ebsState, 'iops');
  const throughputMiBps = useInput(ebsState, 'throughputMiBps');
  const edition = useEdition();
  const volume = useMemo(() => ({ type, sizeGiB, iops, throughputMiBps }), [type, sizeGiB, iops, throughputMiBps]);
  return { volume, edition };
}

/** The need the comparison answers. */
export function useNeed(): Need {
  const sizeGiB = useInput(ebsState, 'needSizeGiB');
  const iops = useInput(ebsState, 'needIops');
  const throughputMiBps = useInput(ebsState, 'needThroughputMiBps');
  const ioSizeKiB = useInput(ebsState, 'needIoKiB');
  const pattern = useInput(ebsState, 'needPattern');
  return useMemo(() => ({ sizeGiB, iops, throughputMiBps, ioSizeKiB, pattern }), [sizeGiB, iops, throughputMiBps, ioSizeKiB, pattern]);
}

export function usePerformance() {
  const { volume, edition } = useVolume();
  return useMemo(() => volumePerformance(volume, edition), [volume, edition]);
}

export function useExplanation() {
  const { volume, edition } = useVolume();
  return useMemo(() => explainPerformance(volume, edition), [volume, edition]);
}

export function useSpec() {
  const { volume, edition } = useVolume();
  return volumeSpec(volume.type, edition);
}

/** "io2 Block Express" reads better than the type's id; today every io2 volume is one. */
export function typeName(type: string, edition?: Edition): string {
  return type === 'io2-block-express' || (type === 'io2' && edition === 'current') ? 'io2 Block Express' : type;
}

export const VOLUME_SECTION_ID = 'volume-settings';

/** After a change made far down the page, bring the volume's settings into view and focus. */
export function revealVolumeSettings(): void {
  const section = document.getElementById(VOLUME_SECTION_ID);
  if (!section) return;
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  section.scrollIntoView?.({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
}
