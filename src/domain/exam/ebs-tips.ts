/**
 * Exam tips from the notes (shared/seed-notes.md) that apply to what is on screen, and remarks
 * where the notes state a figure AWS documents differently (shared/aws-facts.md, "Where the notes
 * disagree", numbered there as in `ref`).
 */
import { volumeSpec } from '../catalog/volume-specs';
import { fmt } from '../format';
import type { Edition, Volume, VolumeType } from '../types';
import { volumePerformance } from '../ebs/performance';

export interface ExamTip {
  id: string;
  text: string;
  source: string;
}

export interface NotesRemark {
  id: string;
  /** What the notes claim, quoted or closely paraphrased. */
  notesSay: string;
  /** What AWS documents instead. */
  correction: string;
  source: string;
  /** Whose word the correction is, when not the panel's ("Third-party sources:" where AWS publishes none). */
  label?: string;
}

export function ebsExamTips(volume: Volume, edition: Edition): ExamTip[] {
  const { type, sizeGiB } = volume;
  const tips: ExamTip[] = [];
  const add = (id: string, text: string, source: string) => tips.push({ id, text, source });
  if (type === 'gp2') {
    const p = volumePerformance(volume, edition);
    if (sizeGiB >= 1_000) add('gp2-no-credits', 'gp2 at 1,000 GiB or more never uses credits: its baseline is already 3,000 IOPS or more.', 'UG21 ebs-volume-types.md');
    else add('gp2-burst', `Below 1,000 GiB gp2 bursts to 3,000 IOPS on its 5.4 million I/O credits: ${fmt((p.burstDurationSeconds ?? 0) / 60)} minutes from a full bucket at this size.`, 'UG21 ebs-volume-types.md');
    if (sizeGiB <= 33) add('gp2-floor', 'Up to 33.33 GiB every gp2 volume gets the 100 IOPS minimum.', 'UG21 ebs-volume-types.md');
    if (sizeGiB >= 5_334) add('gp2-max', 'From 5,334 GiB gp2 delivers its 16,000 IOPS maximum all the time.', 'UG21 ebs-volume-types.md');
    add('gp2-default', 'gp2 is still the default volume type when none is named.', 'SDK CreateVolume ("Default: gp2")');
  }
  if (type === 'gp3') {
    add('gp3-included', 'gp3 includes 3,000 IOPS and 125 MiB/s at any size, with no credits; performance is bought separately from capacity.', 'UG21 ebs-volume-types.md');
    add('gp3-cheaper', 'gp3 costs 20% less per GiB than gp2 ($0.08 against $0.10 per GB-month).', 'UG23 general-purpose.md; PRICE25');
  }
  if (type === 'io1' || type === 'io2' || type === 'io2-block-express') {
    // Not for 2021 Block Express: the preview had no Multi-Attach (UG21).
    if (volumeSpec(type, edition).multiAttach) add('io-multi-attach', 'Provisioned IOPS volumes (io1, io2) can be Multi-Attached to up to 16 Nitro instances in the same AZ.', 'UG21/UG23 ebs-volumes-multi.md');
    add('io-ratio', edition === 'current'
      ? 'IOPS per GiB at most: io1 50, io2 Block Express 1,000.'
      : 'IOPS per GiB at most: io1 50, io2 500, io2 Block Express 1,000.', 'UG21 ebs-volume-types.md');
    add('io-use', 'Pick Provisioned IOPS for consistent low latency: databases, I/O-heavy NoSQL, small volumes that need high performance.', 'notes, "Provisioned IOPS SSD use case"');
  }
  if (type === 'st1' || type === 'sc1') {
    add('hdd-boot', 'st1 and sc1 cannot be boot volumes.', 'UG21 ebs-volume-types.md');
    add('hdd-sequential', type === 'st1'
      ? 'st1: frequently accessed, throughput-heavy sequential work: big data, data warehouses, log processing.'
      : 'sc1: the cheapest EBS volume, for cold data scanned a few times a day.', 'notes, HDD-based EBS volumes');
  }
  return tips;
}

const REMARKS: readonly (NotesRemark & { types: readonly VolumeType[]; editions?: readonly Edition[] })[] = [
  { id: 'n1', types: ['gp2'], notesSay: 'gp2 "can be as small as 1 TB or as big as 16 TB".', correction: 'gp2 volumes are 1 GiB to 16 TiB.', source: 'UG21 ebs-volume-types.md' },
  { id: 'n4', types: ['gp2'], notesSay: '"baseline 100 IOPS … on top of baseline you also get 3 IOPS per GB".', correction: 'Baseline is max(100, 3 x GiB), not 100 + 3 x GiB, capped at 16,000.', source: 'UG21 ebs-volume-types.md' },
  { id: 'n3', types: ['gp2'], notesSay: '"You get 5.4 million IOPS credits".', correction: '5.4 million I/O credits is both the starting and the largest balance.', source: 'UG21 ebs-volume-types.md' },
  { id: 'n5', types: ['gp2'], notesSay: '"Any volume above 5.33 TB … 16000 IOPS".', correction: 'The maximum is reached at 5,334 GiB (about 5.21 TiB).', source: 'UG21 ebs-volume-types.md' },
  { id: 'n2', types: ['gp2', 'gp3', 'io1', 'io2', 'io2-block-express'], notesSay: '"in one IO you can read or write 16KB … a 160 KB file … you need 10 IO".', correction: 'IOPS maxima are quoted at 16 KiB, but one SSD I/O counts up to 256 KiB: a single 160 KiB sequential I/O is one I/O.', source: 'UG21 ebs-io-characteristics.md' },
  { id: 'n7', types: ['gp3'], notesSay: 'gp3 "can range from 1 to 16 TB".', correction: '1 GiB to 16 TiB in 2021; 1 GiB to 64 TiB since September 2025.', source: 'UG21 ebs-volume-types.md; SDK CreateVolume' },
  { id: 'n8', types: ['gp3'], notesSay: 'gp3 is "30% cheaper than GP2".', correction: 'AWS says 20% lower price per GiB ($0.08 against $0.10).', source: 'UG23 general-purpose.md' },
  { id: 'n9', types: ['gp3'], editions: ['current'], notesSay: '"For extra money you can get 16,000 IOPS or 1,000 MiB/s".', correction: 'Right in 2021; today gp3 goes to 80,000 IOPS and 2,000 MiB/s, still within 500 IOPS per GiB and 0.25 MiB/s per IOPS.', source: 'SDK CreateVolume' },
  { id: 'n14', types: ['io1', 'io2', 'io2-block-express'], notesSay: 'io1 and io2 are "4 TB to 16 TB".', correction: '4 GiB to 16 TiB (Block Express up to 64 TiB).', source: 'UG21 ebs-volume-types.md' },
  { id: 'n15', types: ['io2', 'io2-block-express'], notesSay: '"102 500 IOPS/GB - MAX".', correction: 'A typo: io2 allowed 500 IOPS per GiB in 2021 (io1 50, Block Express 1,000).', source: 'UG21 ebs-volume-types.md' },
  { id: 'n16', types: ['io1', 'io2', 'io2-block-express'], notesSay: '"with io1 … 260,000 IOPS and 7,500 MB/s per instance".', correction: 'That is the r5b.24xlarge instance limit, which holds whatever the volume type; in 2023 the top instance limit was 350,000 IOPS and 10,000 MB/s.', source: 'UG21/UG23 ebs-optimized.md' },
  { id: 'n24', types: ['io1', 'io2'], notesSay: '"up to 60,000 IOPS and 1,000 MiB/s per volume".', correction: 'io1 and io2 reached 64,000 IOPS per volume in 2021 (on Nitro instances; 32,000 on others).', source: 'UG21 ebs-volume-types.md' },
  { id: 'n19', types: ['st1'], notesSay: 'st1 "40 MB/s/TB Base, 250MB/s/TB Burst".', correction: 'Right per TiB, but both cap at 500 MiB/s: burst at 2 TiB, baseline at 12.5 TiB.', source: 'UG21 ebs-volume-types.md' },
  { id: 'n20', types: ['sc1'], notesSay: 'sc1 "12 MB/s/TB Base, 80 MB/s/TB Burst".', correction: 'Burst caps at 250 MiB/s (at 3.125 TiB); baseline tops out at 192 MiB/s at 16 TiB.', source: 'UG21 ebs-volume-types.md' },
];

export function ebsNotesRemarks(type: VolumeType, edition: Edition): NotesRemark[] {
  return REMARKS.filter((r) => r.types.includes(type) && (!r.editions || r.editions.includes(edition)))
    .map(({ id, notesSay, correction, source }) => ({ id, notesSay, correction, source }));
}
