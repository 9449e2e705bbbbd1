import type { DataKeyPlace } from '../../domain';
import { KeyChip } from './drawing-parts';

/** How the travelling key is drawn at each place (where: the layout's `token` table: vol-1's row, the KMS box, the host's memory). */
const PLACES: Readonly<Record<DataKeyPlace, { shown: boolean; label: string }>> = {
  'not-created': { shown: false, label: 'encrypted' },
  volume: { shown: true, label: 'encrypted' },
  kms: { shown: true, label: 'decrypting' },
  host: { shown: true, label: 'plaintext' },
  discarded: { shown: false, label: 'discarded' },
};

/**
 * The first volume's data key, moving between the volume, KMS and the host's memory (a CSS
 * transition on transform and opacity; none under reduced motion), and fading out when discarded.
 */
export function DataKeyToken({ place, dataKey, at: where }: { place: DataKeyPlace; dataKey: string; at: Readonly<Record<DataKeyPlace, readonly [number, number]>> }) {
  const at = PLACES[place];
  const [x, y] = where[place];
  return (
    <g aria-hidden="true" className="step-fade" style={{ transform: `translate(${x}px, ${y}px)`, opacity: at.shown ? 1 : 0 }}>
      <KeyChip x={0} y={0} label={`${dataKey} ${at.label}`} kind={place === 'host' ? 'plaintext' : 'encrypted'} />
    </g>
  );
}
