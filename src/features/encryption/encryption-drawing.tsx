import { memo, useSyncExternalStore } from 'react';
import { describeEncryptionScene, type EncryptionScene, type SceneElement } from '../../domain';
import { DataKeyToken } from './data-key-token';
import { Arrow, Box, ItemRow, MUTED, TEXT } from './drawing-parts';
import { NARROW, WIDE, type DrawingLayout } from './drawing-layout';

const MONO = 'ui-monospace, monospace';
// Below Tailwind's sm breakpoint the stacked layout keeps the smallest words about 12 px on a phone.
const PHONE = '(max-width: 639.98px)';

function subscribe(onChange: () => void): () => void {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(PHONE) : null;
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}
const isPhone = () => (typeof window.matchMedia === 'function' ? window.matchMedia(PHONE).matches : false);

/** The drawing's layout for the screen's width: stacked on a phone, side by side above. */
export function useDrawingLayout(): DrawingLayout {
  return useSyncExternalStore(subscribe, isPhone, () => false) ? NARROW : WIDE;
}

/**
 * The flow drawn: the Region setting over everything, AWS KMS, the OS beside or above the EC2 host,
 * the host's EBS volumes and the snapshots in S3, with the arrows between them (the encrypted data
 * key goes through the host, which EC2 runs) and the first volume's data key travelling along them.
 * Its words for a screen reader come from the domain (describeEncryptionScene); the figure is fixed
 * in size for a layout, so stepping never moves the page.
 */
export const EncryptionDrawing = memo(function EncryptionDrawing({ scene }: { scene: EncryptionScene }) {
  const L = useDrawingLayout();
  const on = (e: SceneElement) => scene.active.includes(e);
  const main = scene.volumes[0];
  const { host } = scene;
  const memory = scene.dataKeyAt === 'host' ? 'hypervisor memory:' : scene.dataKeyAt === 'discarded' ? 'memory: plaintext key discarded' : 'hypervisor memory: empty';
  const setting = <tspan fontWeight={700}>{scene.encryptionByDefault ? 'on' : 'off'}</tspan>;
  const osWords = scene.osEncryption ? (L.narrow ? ['full-disk encryption:', 'own keys, CPU'] : ['full-disk encryption: own keys, CPU']) : ['sees plaintext only'];
  const box = (r: readonly number[]) => ({ x: r[0]!, y: r[1]!, w: r[2]!, h: r[3]! });
  const [toHost, toKms] = L.encryptedKey;
  const size = L.smallest;
  return (
    <svg viewBox={`0 0 ${L.w} ${L.h}`} role="img" aria-label={describeEncryptionScene(scene)} data-layout={L.narrow ? 'narrow' : 'wide'}
      className={`mx-auto block h-auto w-full ${L.narrow ? 'max-w-[24rem]' : 'max-w-[30rem]'}`}>
      <Box {...box(L.region)} title="" on={on('region-setting')}>
        {L.regionLines.length > 1 ? (
          <>
            <text x={L.regionLines[0]![0]} y={L.regionLines[0]![1]} className={TEXT} fontSize={9.5}>This Region: encryption by default</text>
            <text x={L.regionLines[1]![0]} y={L.regionLines[1]![1]} className={TEXT} fontSize={9.5}>{setting} (new volumes only)</text>
          </>
        ) : (
          <text x={L.regionLines[0]![0]} y={L.regionLines[0]![1]} className={TEXT} fontSize={9.5}>This Region: encryption by default {setting} (new volumes only)</text>
        )}
      </Box>
      <Box {...box(L.os)} title="Operating system" on={on('os')}>
        {osWords.map((w, i) => <text key={w} x={L.osText[0]} y={L.osText[1] + i * 11} className={MUTED} fontSize={8.5}>{w}</text>)}
      </Box>
      <Box {...box(L.host)} title={`EC2 host · instance ${host.instanceRunning ? 'running' : 'stopped'}`} on={on('host')}>
        <text x={L.memory[0]} y={L.memory[1]} className={MUTED} fontSize={8.5}>{memory}</text>
      </Box>
      <Box {...box(L.kms)} title="AWS KMS" on={on('kms') || on('other-kms')}>
        <text x={L.alias[0]} y={L.alias[1]} className={TEXT} fontSize={9} fontFamily={MONO} fontWeight={on('kms') ? 700 : 400}>{scene.kmsAlias}</text>
        {scene.otherKmsAlias ? (
          <text x={L.otherAlias[0]} y={L.otherAlias[1]} className={TEXT} fontSize={9} fontFamily={MONO} fontWeight={on('other-kms') ? 700 : 400}>{scene.otherKmsAlias}</text>
        ) : null}
        <text x={L.kmsLines[0]![0]} y={L.kmsLines[0]![1]} className={MUTED} fontSize={8}>creates, wraps and unwraps</text>
        <text x={L.kmsLines[1]![0]} y={L.kmsLines[1]![1]} className={MUTED} fontSize={8}>each volume&apos;s data key</text>
      </Box>
      <Box {...box(L.volumes)} title={L.volumesTitle} on={false}>
        {scene.volumes.length ? null : <text x={L.volumeRow[0] + 4} y={L.volumeRow[1] + 16} className={MUTED} fontSize={8.5}>No volume yet.</text>}
        {scene.volumes.slice(0, 2).map((v, i) => (
          <ItemRow key={v.id} item={v} x={L.volumeRow[0]} y={L.volumeRow[1] + i * L.row} w={L.rowW} narrow={L.narrow}
            title={`${v.id}${v.attached ? (L.narrow ? ' attached' : ' · attached') : ''}`} on={on(`volume:${v.id}`)} />
        ))}
      </Box>
      <Box {...box(L.snapshots)} title={L.snapshotsTitle} on={false}>
        {scene.snapshots.length ? null : <text x={L.snapshotRow[0] + 4} y={L.snapshotRow[1] + 16} className={MUTED} fontSize={8.5}>No snapshot yet.</text>}
        {scene.snapshots.slice(0, 2).map((s, i) => (
          <ItemRow key={s.id} item={s} x={L.snapshotRow[0]} y={L.snapshotRow[1] + i * L.row} w={L.snapshotRowW} narrow={L.narrow}
            title={L.narrow ? `${s.id} ← ${s.copiedFrom ?? s.fromVolume}` : `${s.id} ${s.copiedFrom ? `copy of ${s.copiedFrom}` : `of ${s.fromVolume}`}`}
            on={on(`snapshot:${s.id}`)} />
        ))}
      </Box>
      <line x1={L.osLink[0][0]} y1={L.osLink[0][1]} x2={L.osLink[1][0]} y2={L.osLink[1][1]} className="stroke-slate-400" strokeWidth={1.5} />
      <Arrow {...L.plaintext} label="plaintext" size={size} on={on('link:kms-host')} />
      <Arrow from={toHost[0]} to={toHost[1]} both label="" labelAt={toHost[0]} on={on('link:ebs-kms')} />
      <Arrow {...toKms} both label="encrypted key" size={size} on={on('link:ebs-kms')} />
      <Arrow {...L.aes} both label="AES-256" size={size} on={on('link:host-ebs')} />
      <Arrow {...L.snapshot} both label="snapshot" size={size} on={on('link:ebs-s3')} />
      <DataKeyToken place={scene.dataKeyAt} dataKey={main?.dataKey ?? 'DK-1'} at={L.token} />
    </svg>
  );
});
