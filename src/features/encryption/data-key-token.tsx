import type { DataKeyPlace } from '../../domain';
import { KeyChip } from './drawing-parts';

/** Where the travelling key is drawn: on vol-1's row, in the KMS box, in the host's memory. */
const PLACES: Readonly<Record<DataKeyPlace, { x: number; y: number; shown: boolean; label: string }>> = {
  'not-created': { x: 8, y: 112, shown: false, label: 'encrypted' },
  volume: { x: 184, y: 209, shown: true, label: 'encrypted' },
  kms: { x: 8, y: 112, shown: true, label: 'decrypting' },
  host: { x: 180, y: 110, shown: true, label: 'plaintext' },
  discarded: { x: 180, y: 110, shown: false, label: 'discarded' },
};

/**
 * The first volume's data key, moving between the volume, KMS and the host's memory (a CSS
 * transition on transform and opacity; none under reduced motion), and fading out when discarded.
 */
export function DataKeyToken({ place, dataKey }: { place: DataKeyPlace; dataKey: string }) {
  const at = PLACES[place];
  return (
    <g aria-hidden="true" className="step-fade" style={{ transform: `translate(${at.x}px, ${at.y}px)`, opacity: at.shown ? 1 : 0 }}>
      <KeyChip x={0} y={0} label={`${dataKey} ${at.label}`} kind={place === 'host' ? 'plaintext' : 'encrypted'} />
    </g>
  );
}
