/**
 * What the EBS encryption walkthrough draws after each event: the Region setting, the KMS keys,
 * the volumes and snapshots with their data keys, the EC2 host's memory and, in one branch, OS
 * full-disk encryption (shared/aws-facts.md §5; UG21 and UG23 EBSEncryption.md).
 *
 * The rules the scene keeps:
 *   - a new encrypted volume gets a new data key (DK-n), stored with it only in encrypted form;
 *   - a snapshot of a volume carries that volume's data key and KMS key (UG21);
 *   - a volume from a snapshot with the same KMS key shares its data key; with another KMS key it
 *     gets a new one (UG23); a snapshot copy with another KMS key is drawn with a new one too
 *     (the walkthrough's reading of UG23: aws-facts §5 says only that a copy changes the key);
 *   - the host holds the plaintext data keys of the attached encrypted volumes exactly while the
 *     instance runs (UG21: "in hypervisor memory"); stopping discards them. While attaching, the
 *     volume is drawn not yet attached: its data key is still on its way from KMS.
 *   - where the first volume's data key is at each step, for the drawing (`dataKeyAt`): not created
 *     yet, only on the volume (encrypted), on its way to KMS (attaching), in host memory (plaintext),
 *     or discarded from host memory (the instance left the host; the encrypted copy stays on the volume).
 * Names (vol-n, snap-n, DK-n, alias/app-data, alias/app-archive) are the walkthrough's own. No units.
 */
import type { EncryptionEvent } from './machine';

/** The AWS managed key for EBS, created per Region (UG21 EBSEncryption.md; aws-facts §5). */
export const AWS_MANAGED_ALIAS = 'aws/ebs';
/** Illustrative aliases of symmetric customer managed keys; the names are the walkthrough's own. */
export const CUSTOMER_MANAGED_ALIAS = 'alias/app-data';
export const SECOND_CUSTOMER_MANAGED_ALIAS = 'alias/app-archive';

export interface SceneVolume {
  id: string;
  encrypted: boolean;
  dataKey: string | null;
  kmsAlias: string | null;
  attached: boolean;
  note?: string;
}

export interface SceneSnapshot {
  id: string;
  encrypted: boolean;
  dataKey: string | null;
  kmsAlias: string | null;
  fromVolume: string;
  /** Set on a snapshot copy: the snapshot it was copied from. */
  copiedFrom?: string;
}

/** The arrows: KMS to host (plaintext data key), host to EBS (AES-256 I/O), EBS to KMS (encrypted data key), EBS to S3 (snapshots). */
export type SceneLink = 'link:kms-host' | 'link:host-ebs' | 'link:ebs-kms' | 'link:ebs-s3';

export type SceneElement =
  | 'region-setting' | 'kms' | 'other-kms' | 'host' | 'os' | SceneLink
  | `volume:${string}` | `snapshot:${string}`;

/** Where the first volume's data key is: the travelling key of the drawing. */
export type DataKeyPlace = 'not-created' | 'volume' | 'kms' | 'host' | 'discarded';

export interface EncryptionScene {
  encryptionByDefault: boolean;
  kmsAlias: string;
  otherKmsAlias: string | null;
  volumes: readonly SceneVolume[];
  snapshots: readonly SceneSnapshot[];
  host: { instanceRunning: boolean; plaintextDataKeys: readonly string[] };
  osEncryption: null | { keyHolder: string; cpuCost: string };
  dataKeyAt: DataKeyPlace;
  active: readonly SceneElement[];
}

/** OS full-disk encryption as the notes describe it (Exam PowerUp): the OS holds the keys, at a CPU cost. */
export const OS_ENCRYPTION = { keyHolder: 'the operating system inside the instance', cpuCost: 'CPU time on every read and write' } as const;

export interface SceneKeys {
  kmsAlias: string;
  otherKmsAlias: string;
}

/** Before the first step: a running instance with nothing attached, no volume, no snapshot. */
export function initialScene(kmsAlias: string, encryptionByDefault: boolean): EncryptionScene {
  return {
    encryptionByDefault, kmsAlias, otherKmsAlias: null, volumes: [], snapshots: [],
    host: { instanceRunning: true, plaintextDataKeys: [] }, osEncryption: null, dataKeyAt: 'not-created', active: [],
  };
}

const volumeEl = (id: string): SceneElement => `volume:${id}`;
const snapshotEl = (id: string): SceneElement => `snapshot:${id}`;

function newDataKey(scene: EncryptionScene): string {
  const keys = new Set([...scene.volumes, ...scene.snapshots].map((x) => x.dataKey).filter((k) => k !== null));
  return `DK-${keys.size + 1}`;
}

/** The plaintext keys the host holds: those of attached encrypted volumes, while the instance runs. */
function withHostKeys(scene: EncryptionScene): EncryptionScene {
  const keys = scene.host.instanceRunning
    ? [...new Set(scene.volumes.filter((v) => v.attached && v.encrypted).flatMap((v) => (v.dataKey ? [v.dataKey] : [])))]
    : [];
  return { ...scene, host: { ...scene.host, plaintextDataKeys: keys } };
}

function withoutNote(v: SceneVolume): SceneVolume {
  const copy = { ...v };
  delete copy.note;
  return copy;
}

function updateVolume(scene: EncryptionScene, id: string, change: (v: SceneVolume) => SceneVolume): EncryptionScene {
  return { ...scene, volumes: scene.volumes.map((v) => (v.id === id ? change(v) : v)) };
}

function addVolume(scene: EncryptionScene, v: Omit<SceneVolume, 'id'>): [EncryptionScene, string] {
  const id = `vol-${scene.volumes.length + 1}`;
  return [{ ...scene, volumes: [...scene.volumes, { id, ...v }] }, id];
}

function addSnapshot(scene: EncryptionScene, s: Omit<SceneSnapshot, 'id'>): [EncryptionScene, string] {
  const id = `snap-${scene.snapshots.length + 1}`;
  return [{ ...scene, snapshots: [...scene.snapshots, { id, ...s }] }, id];
}

/** Where the first volume's data key is after `event` (the host keys are already settled). */
function dataKeyPlace(scene: EncryptionScene, event: EncryptionEvent): DataKeyPlace {
  const main = scene.volumes[0];
  if (!main?.dataKey) return 'not-created';
  if (event === 'attach') return 'kms';
  if (scene.host.plaintextDataKeys.includes(main.dataKey)) return 'host';
  return main.attached ? 'discarded' : 'volume';
}

/** The scene after `event`; a refused event (remove-encryption) changes only what is highlighted. */
export function applyEncryptionEvent(before: EncryptionScene, event: EncryptionEvent, keys: SceneKeys): EncryptionScene {
  const main = before.volumes[0];
  const mainId = main?.id ?? 'vol-1';
  const latest = before.snapshots.at(-1);
  const fromSnapshot = latest ?? { id: 'snap-1', dataKey: null, kmsAlias: null, fromVolume: mainId, encrypted: false };
  const at = (scene: EncryptionScene, ...active: SceneElement[]) => {
    const settled = withHostKeys({ ...scene, active });
    return { ...settled, dataKeyAt: dataKeyPlace(settled, event) };
  };
  switch (event) {
    case 'check-region-setting': return at(before, 'region-setting');
    case 'choose-key': return at(before, 'kms');
    case 'create-volume': {
      const [scene, id] = addVolume(before, { encrypted: true, dataKey: newDataKey(before), kmsAlias: keys.kmsAlias, attached: false });
      return at(scene, 'region-setting', 'kms', 'link:ebs-kms', volumeEl(id));
    }
    case 'attach': {
      const scene = updateVolume(before, mainId, (v) => ({ ...v, note: 'attaching' }));
      return at(scene, 'kms', 'link:ebs-kms', 'host', volumeEl(mainId));
    }
    case 'decrypt-data-key': {
      const scene = updateVolume(before, mainId, (v) => ({ ...withoutNote(v), attached: true }));
      return at(scene, 'kms', 'link:kms-host', 'host');
    }
    case 'read-write': {
      const attached = before.volumes.filter((v) => v.attached).map((v) => volumeEl(v.id));
      return at(before, 'host', 'link:host-ebs', ...attached, ...(before.osEncryption ? ['os' as const] : []));
    }
    case 'leave-host': return at({ ...before, host: { ...before.host, instanceRunning: false } }, 'host', volumeEl(mainId));
    case 'start-instance': return at({ ...before, host: { ...before.host, instanceRunning: true } }, 'kms', 'link:ebs-kms', 'link:kms-host', 'host');
    case 'snapshot': {
      const [scene, id] = addSnapshot(before, {
        encrypted: main?.encrypted ?? false, dataKey: main?.dataKey ?? null, kmsAlias: main?.kmsAlias ?? null, fromVolume: mainId,
      });
      return at(scene, volumeEl(mainId), 'link:ebs-s3', snapshotEl(id));
    }
    case 'create-volume-same-key': {
      const [scene, id] = addVolume(before, {
        encrypted: true, dataKey: fromSnapshot.dataKey, kmsAlias: fromSnapshot.kmsAlias, attached: false, note: `from ${fromSnapshot.id}`,
      });
      return at(scene, snapshotEl(fromSnapshot.id), 'link:ebs-s3', 'kms', volumeEl(id));
    }
    case 'create-volume-other-key': {
      const [scene, id] = addVolume(before, {
        encrypted: true, dataKey: newDataKey(before), kmsAlias: keys.otherKmsAlias, attached: false, note: `from ${fromSnapshot.id}`,
      });
      return at({ ...scene, otherKmsAlias: keys.otherKmsAlias }, snapshotEl(fromSnapshot.id), 'link:ebs-s3', 'other-kms', volumeEl(id));
    }
    case 'create-fresh-volume': {
      const [scene, id] = addVolume(before, {
        encrypted: true, dataKey: newDataKey(before), kmsAlias: keys.kmsAlias, attached: false, note: 'new and empty',
      });
      return at(scene, 'kms', volumeEl(id));
    }
    case 'remove-encryption': return at(before, volumeEl(mainId), ...before.snapshots.map((s) => snapshotEl(s.id)));
    case 'copy-snapshot-other-key': {
      const [scene, id] = addSnapshot(before, {
        encrypted: true, dataKey: newDataKey(before), kmsAlias: keys.otherKmsAlias, fromVolume: fromSnapshot.fromVolume, copiedFrom: fromSnapshot.id,
      });
      return at({ ...scene, otherKmsAlias: keys.otherKmsAlias }, snapshotEl(fromSnapshot.id), 'other-kms', snapshotEl(id));
    }
    case 'create-plain-volume': {
      const [scene, id] = addVolume(before, {
        encrypted: false, dataKey: null, kmsAlias: null, attached: before.host.instanceRunning, note: 'unencrypted',
      });
      const setting: SceneElement[] = before.encryptionByDefault ? ['region-setting'] : [];
      return at({ ...scene, encryptionByDefault: false }, ...setting, 'host', volumeEl(id));
    }
    case 'copy-files': {
      const plain = before.volumes.filter((v) => !v.encrypted).at(-1);
      if (!plain) return at(before, 'os');
      const scene = updateVolume(before, plain.id, (v) => ({ ...v, note: `files copied from ${mainId}` }));
      return at(scene, 'os', volumeEl(mainId), volumeEl(plain.id));
    }
    case 'enable-os-encryption': return at({ ...before, osEncryption: { ...OS_ENCRYPTION } }, 'os', 'host');
  }
}
