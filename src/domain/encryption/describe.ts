/**
 * The words of the encryption drawing (src/domain/encryption/scene.ts), for the figure's accessible
 * text: every box, what it holds, where the first volume's data key is, and the arrows this step
 * uses. Names are the walkthrough's own (vol-n, snap-n, DK-n). No units.
 */
import type { DataKeyPlace, EncryptionScene, SceneLink, SceneSnapshot, SceneVolume } from './scene';

/** What each arrow of the drawing carries (UG21 EBSEncryption.md, aws-facts §5). */
export const LINK_LABELS: Readonly<Record<SceneLink, string>> = {
  'link:ebs-kms': 'encrypted data key between the volume and KMS, by way of the EC2 host',
  'link:kms-host': 'KMS gives the host the plaintext data key',
  'link:host-ebs': 'AES-256 reads and writes between the host and EBS',
  'link:ebs-s3': 'snapshot data between EBS and S3',
};

const LINKS = Object.keys(LINK_LABELS) as SceneLink[];

/** Where the travelling data key is, as a short phrase. */
export function dataKeyPlaceText(place: DataKeyPlace, dataKey: string): string {
  switch (place) {
    case 'not-created': return 'no data key yet';
    case 'volume': return `${dataKey} only on the volume, encrypted`;
    case 'kms': return `encrypted ${dataKey} sent to KMS to be decrypted`;
    case 'host': return `${dataKey} in host memory, in plaintext`;
    case 'discarded': return `plaintext ${dataKey} discarded; the encrypted ${dataKey} stays on the volume`;
  }
}

function keyText(x: SceneVolume | SceneSnapshot): string {
  return x.encrypted && x.dataKey ? `encrypted, data key ${x.dataKey} under ${x.kmsAlias}` : 'not encrypted';
}

/** One sentence per box of the drawing, then where the data key is and the arrows in use. */
export function describeEncryptionScene(scene: EncryptionScene): string {
  const { host } = scene;
  const kms = scene.otherKmsAlias ? `${scene.kmsAlias} and ${scene.otherKmsAlias}` : scene.kmsAlias;
  const volumes = scene.volumes.map((v) => `${v.id}, ${keyText(v)}${v.attached ? ', attached' : ''}${v.note ? ` (${v.note})` : ''}`);
  const snapshots = scene.snapshots.map((s) => `${s.id} ${s.copiedFrom ? `copied from ${s.copiedFrom}` : `of ${s.fromVolume}`}, ${keyText(s)}`);
  const memory = host.plaintextDataKeys.length ? `holds ${host.plaintextDataKeys.join(' and ')} in plaintext` : 'holds no data key';
  const links = LINKS.filter((l) => scene.active.includes(l)).map((l) => LINK_LABELS[l]);
  return [
    `Region setting: encryption by default ${scene.encryptionByDefault ? 'on' : 'off'}.`,
    `AWS KMS: ${kms}.`,
    `Operating system, above the host: ${scene.osEncryption ? `full-disk encryption, keys held by ${scene.osEncryption.keyHolder}` : 'sees plaintext'}.`,
    `EC2 host: instance ${host.instanceRunning ? 'running' : 'stopped or moved away'}; its memory ${memory}.`,
    `EBS volumes: ${volumes.length ? volumes.join('; ') : 'none'}.`,
    `Snapshots in S3: ${snapshots.length ? snapshots.join('; ') : 'none'}.`,
    `Data key: ${dataKeyPlaceText(scene.dataKeyAt, scene.volumes[0]?.dataKey ?? 'DK-1')}.`,
    ...(links.length ? [`Arrows this step: ${links.join('; ')}.`] : []),
  ].join(' ');
}
