/**
 * The titles and captions of the EBS encryption walkthrough: one or two sentences per step, with
 * the figures of shared/aws-facts.md §5 (UG21 and UG23 EBSEncryption.md) and the corrections of its
 * items 32-35 (per Region, same data key only with the same KMS key, minimal effect on latency,
 * nothing said about cost). Only the other-key step reads differently in the 'saa-c02' edition,
 * where it says what the 2021 guide said.
 */
import type { Edition } from '../types';
import type { EncryptionEvent, EncryptionState } from './machine';
import type { EncryptionScene } from './scene';
import { AWS_MANAGED_ALIAS } from './scene';

/** The figures the captions quote, each with its source. */
export const ENCRYPTION_FIGURES = {
  /** Data keys are AES-256 (UG21 EBSEncryption.md). */
  dataKeyCipher: 'AES-256',
  /** A KMS key directly encrypts at most 4 KiB, 4,096 bytes (KMS documentation, aws-facts §5). */
  kmsDirectMaxKiB: 4,
  /** "the same IOPS performance ... with a minimal effect on latency" (UG21 EBSEncryption.md). */
  latencyEffect: 'a minimal effect on latency',
} as const;

export interface CaptionContext {
  event: EncryptionEvent;
  /** The machine state before the event. */
  from: EncryptionState;
  byDefault: boolean;
  edition: Edition;
  before: EncryptionScene;
  after: EncryptionScene;
}

const TITLES: Readonly<Record<EncryptionEvent, string>> = {
  'check-region-setting': 'Check encryption by default',
  'choose-key': 'Choose the KMS key',
  'create-volume': 'Create the encrypted volume',
  attach: 'Attach the volume to an instance',
  'decrypt-data-key': 'Plaintext data key in host memory',
  'read-write': 'Reads and writes are encrypted',
  'leave-host': 'The instance leaves the host',
  'start-instance': 'Start the instance again',
  snapshot: 'Snapshot the encrypted volume',
  'create-volume-same-key': 'Volume from snapshot, same key',
  'create-volume-other-key': 'Volume from snapshot, another key',
  'create-fresh-volume': 'Create a fresh volume',
  'remove-encryption': 'Try to remove encryption',
  'copy-snapshot-other-key': 'Copy the snapshot with another key',
  'create-plain-volume': 'Attach an unencrypted volume',
  'copy-files': 'Copy the files at OS level',
  'enable-os-encryption': 'Turn on OS full-disk encryption',
};

export function encryptionStepTitle(event: EncryptionEvent, from: EncryptionState): string {
  if (event === 'read-write' && from === 'os-encrypted') return 'Reads and writes, two layers';
  return TITLES[event];
}

const { dataKeyCipher: AES, kmsDirectMaxKiB, latencyEffect } = ENCRYPTION_FIGURES;

function added<T extends { id: string }>(before: readonly T[], after: readonly T[]): T | undefined {
  return after.find((x) => !before.some((y) => y.id === x.id));
}

/** One or two sentences for the aria-live caption of a step. */
export function encryptionStepExplanation(c: CaptionContext): string {
  const { after, before } = c;
  const alias = after.kmsAlias;
  const other = after.otherKmsAlias ?? 'another KMS key';
  const vol1 = after.volumes[0];
  const dk1 = vol1?.dataKey ?? 'DK-1';
  const newVolume = added(before.volumes, after.volumes);
  const newSnapshot = added(before.snapshots, after.snapshots);
  const source = before.snapshots.at(-1)?.id ?? 'snap-1';
  switch (c.event) {
    case 'check-region-setting':
      return c.byDefault
        ? 'Encryption by default is on for this account in this Region, so every new EBS volume here is encrypted automatically. The setting is per Region and does not change existing volumes or snapshots.'
        : 'Encryption by default is off for this account in this Region, so a new volume is encrypted only if you ask for it. The setting is per Region and does not change existing volumes or snapshots.';
    case 'choose-key':
      return alias === AWS_MANAGED_ALIAS
        ? `EBS will use the AWS managed KMS key ${AWS_MANAGED_ALIAS}, which AWS creates for the account in each Region. A symmetric customer managed key could be chosen instead.`
        : `EBS will use ${alias}, a symmetric customer managed KMS key, instead of the AWS managed key ${AWS_MANAGED_ALIAS}.`;
    case 'create-volume':
      return `${c.byDefault ? 'Encryption is applied automatically by the Region setting' : 'Encryption is asked for explicitly when the volume is created'}: EBS asks KMS (${alias}) for an ${AES} data key, ${dk1}, and stores only its encrypted copy with ${vol1?.id ?? 'vol-1'}. A KMS key directly encrypts at most ${kmsDirectMaxKiB} KiB of data, which is why the volume's data is encrypted with a data key and KMS only wraps that key.`;
    case 'attach':
      return `${vol1?.id ?? 'vol-1'} is attached to a running instance, so EC2 sends the encrypted ${dk1} to KMS (${alias}) to be decrypted.`;
    case 'decrypt-data-key':
      return `KMS returns ${dk1} in plaintext and the EC2 host keeps it in its hypervisor memory while the volume is attached. The volume itself only ever stores the encrypted ${dk1}.`;
    case 'read-write':
      if (c.from === 'os-encrypted') {
        return `Each write is now encrypted twice: by the OS with keys it holds, costing CPU, then by the host with ${dk1} (${AES}) on its way to EBS. The two layers are independent of each other.`;
      }
      return `The host encrypts every write and decrypts every read with ${dk1} (${AES}), so data is encrypted between the host and EBS and at rest while the OS sees plaintext. AWS states the same IOPS as unencrypted volumes with ${latencyEffect}.`;
    case 'leave-host':
      return `The instance stops or moves off this host, so the host discards the plaintext ${dk1}; only the encrypted ${dk1} stays with the volume. Starting the instance again means asking KMS to decrypt it again.`;
    case 'start-instance':
      return `The instance starts on a host again, so EC2 asks KMS to decrypt ${dk1} once more and the host holds it in memory.`;
    case 'snapshot':
      return `${newSnapshot?.id ?? 'snap-1'} of ${vol1?.id ?? 'vol-1'} is encrypted too, with the same data key ${dk1} under ${alias}. A snapshot of an encrypted volume is always encrypted.`;
    case 'create-volume-same-key':
      return `${newVolume?.id ?? 'vol-2'} is created from ${source} with the same KMS key, ${alias}, so it shares the data key ${newVolume?.dataKey ?? dk1}. A volume created from an encrypted snapshot is always encrypted.`;
    case 'create-volume-other-key': {
      const [id, dk] = [newVolume?.id ?? 'vol-2', newVolume?.dataKey ?? 'DK-2'];
      return c.edition === 'saa-c02'
        ? `${id} is created from ${source} with another KMS key, ${other}, and gets a new data key, ${dk}, as the 2023 guide explains. The 2021 guide said only that volumes created from the snapshot share its data key, without naming the KMS key.`
        : `${id} is created from ${source} with another KMS key, ${other}, so EBS generates a new data key, ${dk}, for it. It is still encrypted: a data key is shared only when the same KMS key is used.`;
    }
    case 'create-fresh-volume':
      return `A new empty volume, ${newVolume?.id ?? 'vol-2'}, is encrypted under ${alias} ${c.byDefault ? 'by the Region default' : 'because encryption is asked for'}, so EBS asks KMS for a new data key, ${newVolume?.dataKey ?? 'DK-2'}. Every new volume gets its own data key; only its snapshots and volumes made from them share it.`;
    case 'remove-encryption':
      return `Turning encryption off on ${vol1?.id ?? 'vol-1'} is refused: you cannot remove encryption from an encrypted volume or snapshot. Nothing changes, and the next steps show what works instead.`;
    case 'copy-snapshot-other-key':
      return `Copying ${source} with another KMS key, ${other}, gives ${newSnapshot?.id ?? 'snap-2'}, now under that key: a copy is the only way to change the KMS key of existing data. The copy is still encrypted.`;
    case 'create-plain-volume': {
      const id = newVolume?.id ?? 'vol-2';
      return before.encryptionByDefault
        ? `Encryption by default is on here, so it is turned off for this Region first, which leaves existing volumes and snapshots encrypted. Then an unencrypted volume, ${id}, is created and attached; it has no data key at all.`
        : `An unencrypted volume, ${id}, is created and attached next to ${vol1?.id ?? 'vol-1'}; it has no data key at all.`;
    }
    case 'copy-files': {
      const plain = after.volumes.filter((v) => !v.encrypted).at(-1)?.id ?? 'vol-2';
      return `Inside the instance the OS copies the files from ${vol1?.id ?? 'vol-1'} to the unencrypted ${plain}, so that copy of the data is not encrypted by EBS. ${vol1?.id ?? 'vol-1'} itself stays encrypted: its data was copied, its encryption never removed.`;
    }
    case 'enable-os-encryption':
      return 'The OS now encrypts the whole disk with keys it holds itself, on top of EBS encryption, and pays for it in CPU time. OS full-disk encryption works the same on an unencrypted volume: the two are independent.';
  }
}
