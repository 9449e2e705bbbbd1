import { memo } from 'react';
import { describeEncryptionScene, type EncryptionScene, type SceneElement } from '../../domain';
import { DataKeyToken } from './data-key-token';
import { Arrow, Box, ItemRow, MUTED, TEXT } from './drawing-parts';

const W = 340;
const H = 304;
const ROW = 52;
const MONO = 'ui-monospace, monospace';

/**
 * The flow drawn: the Region setting over everything, AWS KMS on the left, the OS above the EC2
 * host on the right, the host's EBS volumes below it and the snapshots in S3 beside them, with the
 * arrows between them and the first volume's data key travelling along them. Its words for a
 * screen reader come from the domain (describeEncryptionScene); the figure is fixed in size, so
 * stepping never moves the page.
 */
export const EncryptionDrawing = memo(function EncryptionDrawing({ scene }: { scene: EncryptionScene }) {
  const on = (e: SceneElement) => scene.active.includes(e);
  const main = scene.volumes[0];
  const { host } = scene;
  const memory = scene.dataKeyAt === 'host' ? 'hypervisor memory:' : scene.dataKeyAt === 'discarded' ? 'memory: plaintext key discarded' : 'hypervisor memory: empty';
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describeEncryptionScene(scene)} className="mx-auto block h-auto w-full max-w-[30rem]">
      <Box x={0} y={0} w={W} h={22} title="" on={on('region-setting')}>
        <text x={8} y={15} className={TEXT} fontSize={9.5}>
          This Region: encryption by default <tspan fontWeight={700}>{scene.encryptionByDefault ? 'on' : 'off'}</tspan> (new volumes only)
        </text>
      </Box>
      <Box x={172} y={30} w={168} h={36} title="Operating system" on={on('os')}>
        <text x={180} y={59} className={MUTED} fontSize={8.5}>{scene.osEncryption ? 'full-disk encryption: own keys, CPU' : 'sees plaintext only'}</text>
      </Box>
      <Box x={172} y={74} w={168} h={62} title={`EC2 host · instance ${host.instanceRunning ? 'running' : 'stopped'}`} on={on('host')}>
        <text x={180} y={104} className={MUTED} fontSize={8.5}>{memory}</text>
      </Box>
      <Box x={0} y={30} w={140} h={106} title="AWS KMS" on={on('kms') || on('other-kms')}>
        <text x={8} y={61} className={TEXT} fontSize={9} fontFamily={MONO} fontWeight={on('kms') ? 700 : 400}>{scene.kmsAlias}</text>
        {scene.otherKmsAlias ? (
          <text x={8} y={74} className={TEXT} fontSize={9} fontFamily={MONO} fontWeight={on('other-kms') ? 700 : 400}>{scene.otherKmsAlias}</text>
        ) : null}
        <text x={8} y={90} className={MUTED} fontSize={8}>creates, wraps and unwraps</text>
        <text x={8} y={101} className={MUTED} fontSize={8}>each volume&apos;s data key</text>
      </Box>
      <Box x={172} y={170} w={168} h={26 + 2 * ROW} title="EBS volumes (one AZ)" on={false}>
        {scene.volumes.length ? null : <text x={180} y={210} className={MUTED} fontSize={8.5}>No volume yet.</text>}
        {scene.volumes.slice(0, 2).map((v, i) => (
          <ItemRow key={v.id} item={v} x={178} y={192 + i * ROW} w={156} title={`${v.id}${v.attached ? ' · attached' : ''}`} on={on(`volume:${v.id}`)} />
        ))}
      </Box>
      <Box x={0} y={170} w={140} h={26 + 2 * ROW} title="Snapshots in S3" on={false}>
        {scene.snapshots.length ? null : <text x={8} y={210} className={MUTED} fontSize={8.5}>No snapshot yet.</text>}
        {scene.snapshots.slice(0, 2).map((s, i) => (
          <ItemRow key={s.id} item={s} x={6} y={192 + i * ROW} w={128} title={`${s.id} ${s.copiedFrom ? `copy of ${s.copiedFrom}` : `of ${s.fromVolume}`}`} on={on(`snapshot:${s.id}`)} />
        ))}
      </Box>
      <line x1={256} y1={66} x2={256} y2={74} className="stroke-slate-400" strokeWidth={1.5} />
      <Arrow from={[142, 92]} to={[170, 92]} label="plaintext" labelAt={[156, 86]} on={on('link:kms-host')} />
      <Arrow from={[170, 168]} to={[130, 138]} both label="encrypted key" labelAt={[136, 160]} anchor="end" on={on('link:ebs-kms')} />
      <Arrow from={[256, 138]} to={[256, 168]} both label="AES-256" labelAt={[282, 157]} on={on('link:host-ebs')} />
      <Arrow from={[170, 222]} to={[142, 222]} both label="snapshot" labelAt={[156, 216]} on={on('link:ebs-s3')} />
      <DataKeyToken place={scene.dataKeyAt} dataKey={main?.dataKey ?? 'DK-1'} />
    </svg>
  );
});
