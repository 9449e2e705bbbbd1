/**
 * Exam tips for EBS encryption, from the notes' own exam points (shared/seed-notes.md, "EBS
 * Encryption" and its Exam PowerUp), stated as AWS documents them (shared/aws-facts.md §5), and
 * remarks where the notes say something else (aws-facts "Where the notes disagree", items 32-35,
 * numbered there as in the remark ids e32-e35).
 */
import type { ExamTip, NotesRemark } from '../exam/ebs-tips';
import type { Edition } from '../types';

export function encryptionExamTips(edition: Edition): ExamTip[] {
  return [
    {
      id: 'enc-default-per-region',
      text: 'Encryption by default is an account setting per Region: once on, new volumes in that Region are encrypted automatically; existing volumes and snapshots are not changed.',
      source: 'UG21 EBSEncryption.md',
    },
    {
      id: 'enc-key',
      text: 'EBS uses the AWS managed key aws/ebs (created per Region) unless you choose a symmetric customer managed key.',
      source: 'UG21 EBSEncryption.md',
    },
    {
      id: 'enc-data-key',
      text: 'A KMS key directly encrypts at most 4 KiB, so EBS uses an AES-256 data key per volume, stored with the volume in encrypted form and held in plaintext only in the host\'s memory.',
      source: 'UG21 EBSEncryption.md; KMS documentation (4 KiB), as recorded in aws-facts §5',
    },
    {
      id: 'enc-snapshots',
      text: edition === 'saa-c02'
        ? 'Snapshots of an encrypted volume are encrypted, and so are volumes created from them; the 2021 guide says they share the data key (the 2023 guide: only with the same KMS key).'
        : 'Snapshots of an encrypted volume are encrypted, and so are volumes created from them; they share the data key only when the same KMS key is used.',
      source: edition === 'saa-c02' ? 'UG21 EBSEncryption.md; UG23 EBSEncryption.md' : 'UG23 EBSEncryption.md',
    },
    {
      id: 'enc-no-removal',
      text: 'You cannot remove encryption from an encrypted volume or snapshot: copy the snapshot to change the KMS key, or copy the files at the OS level to an unencrypted volume.',
      source: 'UG21 EBSEncryption.md; the study notes, Exam PowerUp',
    },
    {
      id: 'enc-transparent',
      text: 'EBS encrypts with AES-256 between the EC2 host and EBS: the OS sees plaintext, IOPS are the same and latency rises only minimally.',
      source: 'UG21 EBSEncryption.md',
    },
    {
      id: 'enc-os-level',
      text: 'If a question needs the OS to hold the keys, or something other than AES-256, the answer is full-disk encryption in the OS: independent of EBS encryption, and it costs CPU.',
      source: 'the study notes, Exam PowerUp (the fact base names no AWS page for OS encryption); EBS encryption: UG21 EBSEncryption.md',
    },
  ];
}

export function encryptionNotesRemarks(edition: Edition): NotesRemark[] {
  return [
    {
      id: 'e32',
      notesSay: '"Anything volumes created from this snapshot uses the same DEK".',
      correction: edition === 'saa-c02'
        ? 'That is what the 2021 guide says; the 2023 guide adds that it holds only with the same KMS key: a volume created with another KMS key gets a new data key.'
        : 'Only when the same KMS key is used: a volume created with another KMS key gets a new data key.',
      source: edition === 'saa-c02' ? 'UG21 EBSEncryption.md; UG23 EBSEncryption.md' : 'UG23 EBSEncryption.md',
    },
    {
      id: 'e33',
      notesSay: '"It doesn\'t cost anything to use".',
      correction: 'No AWS statement was found either way, so "free" is unsourced here; a customer managed KMS key may carry KMS charges, which is also unsourced here.',
      source: 'UNSOURCED: no AWS statement found (aws-facts §5, reading UG21 EBSEncryption.md)',
    },
    {
      id: 'e34',
      notesSay: '"AWS accounts can be set to encrypt EBS volumes by default".',
      correction: 'Encryption by default is an account setting per Region, turned on Region by Region; it does not change existing volumes or snapshots.',
      source: 'UG21 EBSEncryption.md',
    },
    {
      id: 'e35',
      notesSay: '"there is no performance loss".',
      correction: 'AWS states the same IOPS performance on encrypted volumes with "a minimal effect on latency": small, not none.',
      source: 'UG21 EBSEncryption.md',
    },
  ];
}
