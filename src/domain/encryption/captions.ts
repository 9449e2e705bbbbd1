/**
 * The titles and captions of the EBS encryption walkthrough, with the figures of shared/aws-facts.md
 * §5 (UG21 and UG23 EBSEncryption.md) and the corrections of its items 32-35 (per Region, same data
 * key only with the same KMS key, minimal effect on latency, nothing said about cost).
 * Each step has a short caption (at most 30 words, read out by the stepper), an optional detail for
 * a disclosure under the drawing, and the source of what both say. Only the other-key step reads
 * differently in the 'saa-c02' edition, where its detail says what the 2021 guide said.
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

/** The sources a step names; each opens its page (src/domain/catalog/source-links.ts). */
export const ENCRYPTION_SOURCES = {
  guide: 'UG21 EBSEncryption.md',
  guide23: 'UG23 EBSEncryption.md',
  bothGuides: 'UG21 EBSEncryption.md; UG23 EBSEncryption.md',
  kmsLimit: 'UG21 EBSEncryption.md; KMS documentation (4 KiB), as recorded in aws-facts §5',
  /** OS full-disk encryption is the study notes' Exam PowerUp; the fact base names no AWS page for it. */
  notes: 'the study notes, Exam PowerUp (the fact base names no AWS page for OS encryption); EBS encryption: UG21 EBSEncryption.md',
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

export interface StepText {
  /** The caption: one or two sentences, at most 30 words. */
  explanation: string;
  /** More on the step, for a disclosure. */
  detail?: string;
  source: string;
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
const S = ENCRYPTION_SOURCES;

function added<T extends { id: string }>(before: readonly T[], after: readonly T[]): T | undefined {
  return after.find((x) => !before.some((y) => y.id === x.id));
}

/** The caption, detail and source of a step. */
export function encryptionStepText(c: CaptionContext): StepText {
  const { after, before } = c;
  const alias = after.kmsAlias;
  const other = after.otherKmsAlias ?? 'another KMS key';
  const vol1 = after.volumes[0]?.id ?? 'vol-1';
  const dk1 = after.volumes[0]?.dataKey ?? 'DK-1';
  const newVolume = added(before.volumes, after.volumes);
  const newSnapshot = added(before.snapshots, after.snapshots);
  const source = before.snapshots.at(-1)?.id ?? 'snap-1';
  const [vol2, dk2] = [newVolume?.id ?? 'vol-2', newVolume?.dataKey ?? 'DK-2'];
  switch (c.event) {
    case 'check-region-setting':
      return {
        explanation: c.byDefault
          ? 'Encryption by default is on for this account in this Region, so every new EBS volume here is encrypted automatically. It is set per Region.'
          : 'Encryption by default is off for this account in this Region, so a new volume is encrypted only if you ask for it. It is set per Region.',
        detail: 'The setting does not change existing volumes or snapshots. The notes say accounts can be set to encrypt by default: AWS makes it a setting of each Region, turned on Region by Region.',
        source: S.guide,
      };
    case 'choose-key':
      return alias === AWS_MANAGED_ALIAS
        ? { explanation: `EBS will use the AWS managed KMS key ${AWS_MANAGED_ALIAS}, which AWS creates for the account in each Region.`, detail: 'A symmetric customer managed key could be chosen instead.', source: S.guide }
        : { explanation: `EBS will use ${alias}, a symmetric customer managed KMS key, instead of the AWS managed key ${AWS_MANAGED_ALIAS}.`, detail: `${alias} is the walkthrough's own name for it. The AWS managed key ${AWS_MANAGED_ALIAS} is created per Region.`, source: S.guide };
    case 'create-volume':
      return {
        explanation: `${c.byDefault ? 'Encryption is applied automatically by the Region setting' : 'Encryption is asked for explicitly'}: EBS asks KMS (${alias}) for an ${AES} data key, ${dk1}, and stores only its encrypted copy with ${vol1}.`,
        detail: `A KMS key directly encrypts at most ${kmsDirectMaxKiB} KiB of data, which is why the volume's data is encrypted with a data key and KMS only wraps that key.`,
        source: S.kmsLimit,
      };
    case 'attach':
      return { explanation: `${vol1} is attached to a running instance, so EC2 sends the encrypted ${dk1} to KMS (${alias}) to be decrypted.`, detail: `The volume keeps its encrypted copy of ${dk1} throughout.`, source: S.guide };
    case 'decrypt-data-key':
      return { explanation: `KMS returns ${dk1} in plaintext and the EC2 host keeps it in hypervisor memory while the instance runs on this host. The volume stores only the encrypted ${dk1}.`, source: S.guide };
    case 'read-write':
      if (c.from === 'os-encrypted') {
        return { explanation: `Each write is now encrypted twice: by the OS with keys it holds, costing CPU, then by the host with ${dk1} (${AES}) on its way to EBS.`, detail: 'The two layers are independent of each other.', source: S.notes };
      }
      return {
        explanation: `The host encrypts writes and decrypts reads with ${dk1} (${AES}), so data is encrypted between host and EBS and at rest. Same IOPS, ${latencyEffect}.`,
        detail: `The OS sees plaintext: EBS encryption is invisible to it. The notes say there is no performance loss; AWS states the same IOPS as unencrypted volumes with ${latencyEffect}.`,
        source: S.guide,
      };
    case 'leave-host':
      return { explanation: `The instance stops or moves off this host, so the host discards the plaintext ${dk1}; only the encrypted ${dk1} stays with the volume.`, detail: `Starting the instance again means asking KMS to decrypt ${dk1} again.`, source: S.guide };
    case 'start-instance':
      return { explanation: `The instance starts on a host again, so EC2 asks KMS to decrypt ${dk1} once more and the host holds it in memory.`, source: S.guide };
    case 'snapshot':
      return { explanation: `${newSnapshot?.id ?? 'snap-1'} of ${vol1} is encrypted too, with the same data key ${dk1} under ${alias}. A snapshot of an encrypted volume is always encrypted.`, source: S.guide };
    case 'create-volume-same-key':
      return { explanation: `${vol2} is created from ${source} with the same KMS key, ${alias}, so it shares the data key ${newVolume?.dataKey ?? dk1}. A volume from an encrypted snapshot is always encrypted.`, source: S.bothGuides };
    case 'create-volume-other-key':
      return c.edition === 'saa-c02'
        ? {
          explanation: `${vol2} is created from ${source} with another KMS key, ${other}, and gets a new data key, ${dk2}, as the 2023 guide explains. It is still encrypted.`,
          detail: 'The 2021 guide said only that volumes created from the snapshot share its data key, without naming the KMS key. The notes say the same.',
          source: S.bothGuides,
        }
        : {
          explanation: `${vol2} is created from ${source} with another KMS key, ${other}, so EBS generates a new data key, ${dk2}, for it. It is still encrypted.`,
          detail: 'A data key is shared only when the same KMS key is used. The notes say volumes created from the snapshot use the same data key.',
          source: S.guide23,
        };
    case 'create-fresh-volume':
      return {
        explanation: `A new empty volume, ${vol2}, is encrypted under ${alias} ${c.byDefault ? 'by the Region default' : 'because encryption is asked for'}, so EBS asks KMS for a new data key, ${dk2}.`,
        detail: 'Every new volume gets its own data key; only its snapshots and the volumes made from them share it.',
        source: S.guide,
      };
    case 'remove-encryption':
      return { explanation: `Turning encryption off on ${vol1} is refused: you cannot remove encryption from an encrypted volume or snapshot. Nothing changes.`, detail: 'The next steps show what works instead: copy the snapshot with another KMS key, or copy the files at the OS level to an unencrypted volume.', source: S.guide };
    case 'copy-snapshot-other-key':
      return {
        explanation: `Copying ${source} with another KMS key, ${other}, gives ${newSnapshot?.id ?? 'snap-2'} under that key: a copy is the only way to change the KMS key of an existing snapshot or volume.`,
        detail: `A new volume made from a snapshot can use another KMS key as well. The copy is still encrypted. The walkthrough draws it with a new data key, ${newSnapshot?.dataKey ?? 'DK-2'}, the 2023 rule for another KMS key applied to a copy.`,
        source: S.bothGuides,
      };
    case 'create-plain-volume':
      return before.encryptionByDefault
        ? { explanation: `Encryption by default is first turned off for this Region, leaving existing volumes encrypted. Then an unencrypted volume, ${vol2}, is created and attached, with no data key.`, detail: 'Turning the setting off does not change existing volumes or snapshots: they stay encrypted.', source: S.guide }
        : { explanation: `An unencrypted volume, ${vol2}, is created and attached next to ${vol1}; it has no data key at all.`, source: S.guide };
    case 'copy-files': {
      const plain = after.volumes.filter((v) => !v.encrypted).at(-1)?.id ?? 'vol-2';
      return { explanation: `Inside the instance the OS copies the files from ${vol1} to the unencrypted ${plain}. ${vol1} itself stays encrypted: its data was copied, its encryption never removed.`, source: S.notes };
    }
    case 'enable-os-encryption':
      return {
        explanation: 'The OS now encrypts the whole disk with keys it holds itself, on top of EBS encryption, and pays for it in CPU time.',
        detail: 'OS full-disk encryption works the same on an unencrypted volume: the two are independent.',
        source: S.notes,
      };
  }
}
