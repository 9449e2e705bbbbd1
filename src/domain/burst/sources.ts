/**
 * Where the burst view's figures come from, as source strings a reader can open (each names a
 * UG21 file or PRICE25, which source-links.ts turns into the public page): the credit buckets and
 * their rates (facts §1.4, §1.7), the st1/sc1 snapshot rule (facts §1.7), gp3's included figures
 * (facts §1.3) and the 30-day month the monthly costs use (facts §3.1).
 */
export const BURST_SOURCES = {
  buckets: 'UG21 ebs-volume-types.md (gp2: 5.4 million I/O credits, earned at 3 per GiB per second, burst 3,000 IOPS; st1/sc1: 1 TiB of credits per TiB, baseline and burst per TiB with their caps)',
  snapshot: 'UG21 ebs-volume-types.md (st1/sc1: "performance may drop as far as the volume\'s baseline value while the snapshot is in progress")',
  gp3: 'UG21 ebs-volume-types.md and UG23 general-purpose.md (gp3: 3,000 IOPS and 125 MiB/s included at any size, no credits)',
  month: 'PRICE25 examples (a 30-day month: price x quantity x seconds / (86,400 x 30)), us-east-1',
} as const;
