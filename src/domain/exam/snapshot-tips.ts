/**
 * Exam tips on snapshots, restore and FSR from the notes (shared/seed-notes.md, "Snapshot, Restore &
 * Fast Snapshot Restore"), with remarks where the notes say otherwise than AWS
 * (shared/aws-facts.md §4 and "Where the notes disagree" items 28-31).
 */
import { FSR_LIMITS } from '../catalog/snapshot-prices';
import type { Edition } from '../types';
import type { ExamTip, NotesRemark } from './ebs-tips';

export function snapshotExamTips(edition: Edition): ExamTip[] {
  return [
    { id: 'used-not-allocated', text: 'Snapshots store the data on the volume, not its allocated size: a 40 GiB volume holding 10 GiB makes a 10 GiB first snapshot.', source: 'UG21 EBSSnapshots.md; seed notes' },
    { id: 'incremental', text: 'Later snapshots store only the blocks changed since the last one, so snapshotting every 5 minutes need not cost more than hourly, as the notes say. It does cost more when a block is rewritten between snapshots you keep: each kept snapshot holds its own version of that block.', source: 'UG21 EBSSnapshots.md; seed notes' },
    { id: 'delete-unique', text: 'Deleting a snapshot removes only data no other snapshot uses; every remaining snapshot can still restore the whole volume.', source: 'UG21 EBSSnapshots.md' },
    { id: 'region-resilient', text: 'Snapshots live in S3, which the notes say replicates them across the Region\'s AZs: restore into any AZ of the Region, or copy the snapshot to another Region for disaster recovery or migration.', source: 'seed notes; PRICE25 example 7' },
    { id: 'lazy', text: 'A restored volume loads lazily: the first read of each block waits for S3. Read every block first (dd or fio) or use Fast Snapshot Restore to avoid it.', source: 'UG21 ebs-initialize.md' },
    { id: 'fsr-scope', text: `FSR is enabled per snapshot per AZ, on up to ${FSR_LIMITS[edition].snapshotsPerRegion} snapshots per Region, and each snapshot-AZ pair is billed per minute while enabled, at least an hour.`, source: FSR_LIMITS[edition].source },
  ];
}

export function snapshotNotesRemarks(edition: Edition): NotesRemark[] {
  const quota = edition === 'saa-c02'
    ? 'the quota is 50 snapshots per Region, not 50 snapshot-AZ pairs (5 snapshots since September 2022).'
    : 'since September 2022 the quota is 5 snapshots per Region (50 in 2021), and it counts snapshots, not snapshot-AZ pairs.';
  return [
    { id: 'st1-sc1', notesSay: '"When snapshot copy the data, your EBS performance won\'t be impacted."', correction: 'for st1 and sc1, performance may drop as far as the volume\'s baseline while a snapshot is in progress.', source: 'UG21 EBSSnapshots.md; aws-facts notes item 28' },
    { id: 'fsr-quota', notesSay: '"You can create 50 FSR per region."', correction: quota, source: 'UG21/UG23 ebs-fast-snapshot-restore.md; aws-facts notes item 29' },
    { id: 'fsr-instant', notesSay: 'FSR "instantly restores a volume".', correction: 'FSR volumes are fully initialised at creation, but a credit bucket of at most 10 volumes per snapshot per AZ limits how many, and enabling takes 60 minutes per TiB.', source: 'UG21/UG23 ebs-fast-snapshot-restore.md; aws-facts notes item 30' },
    { id: 'fsr-cost', notesSay: '"FSR costs extra."', correction: '$0.75 per snapshot per AZ per hour, billed per minute with a one-hour minimum.', source: 'PRICE25 example 8; aws-facts notes item 31' },
  ];
}
