/**
 * EBS unit prices in us-east-1 (shared/aws-facts.md §3.2), one row per volume type.
 *
 * GB-month is AWS's billing unit; its pricing page defines GB as 1024^3 bytes, so a GiB of size
 * is a GB of bill. Throughput is priced per MB/s-month of provisioned gp3 throughput.
 * Billing is per second with a 60-second minimum, prorated over a 30-day month (PRICE25 examples);
 * a whole month is one month of the price, never more (re:Post "How are charges for Amazon EBS
 * volumes calculated", aws-facts §3.1).
 */
import type { VolumeType } from '../types';

export interface IopsTier {
  /** The tier covers provisioned IOPS up to this level on one volume; null = no upper bound. */
  readonly upToIops: number | null;
  readonly usdPerIopsMonth: number;
}

export interface EbsPriceRow {
  readonly storagePerGBMonth: number;
  readonly iopsTiers?: readonly IopsTier[];
  readonly freeIops?: number;
  readonly throughputPerMiBpsMonth?: number;
  readonly freeThroughputMiBps?: number;
}

export type EbsPriceTable = Readonly<Record<VolumeType, EbsPriceRow>>;

const IO2_ROW: EbsPriceRow = {
  storagePerGBMonth: 0.125,
  iopsTiers: [
    { upToIops: 32_000, usdPerIopsMonth: 0.065 },
    { upToIops: 64_000, usdPerIopsMonth: 0.046 },
    { upToIops: null, usdPerIopsMonth: 0.032 },
  ],
};

export const ebsPrices: EbsPriceTable = {
  gp2: { storagePerGBMonth: 0.1 },
  gp3: {
    storagePerGBMonth: 0.08,
    iopsTiers: [{ upToIops: null, usdPerIopsMonth: 0.005 }], freeIops: 3_000,
    throughputPerMiBpsMonth: 0.04, freeThroughputMiBps: 125,
  },
  io1: { storagePerGBMonth: 0.125, iopsTiers: [{ upToIops: null, usdPerIopsMonth: 0.065 }] },
  io2: IO2_ROW,
  // Block Express is billed at the io2 rate (UG23 provisioned-iops.md).
  'io2-block-express': IO2_ROW,
  st1: { storagePerGBMonth: 0.045 },
  sc1: { storagePerGBMonth: 0.015 },
};

/** Where each price comes from, shown beside the calculation. */
export const EBS_PRICE_SOURCES: Readonly<Record<string, string>> = {
  gp2: 'PRICE25 example 2 ($0.10 per GB-month)',
  gp3: 'PRICE25 example 1 ($0.08 per GB-month, $0.005 per IOPS above 3,000); throughput $0.040 per MB/s above 125 from third-party saisci.com (home page; aws-facts names no page) (PRICE25\'s example uses $0.06 for a region it does not name)',
  io1: 'PRICE25 example 4 ($0.125 per GB-month, $0.065 per IOPS)',
  io2: 'PRICE25 example 3 ($0.125 per GB-month; $0.065 up to 32,000 IOPS, $0.046 from 32,001 to 64,000); $0.032 above 64,000 from third-party awsnegotiations.com (home page; aws-facts names no page)',
  st1: 'PRICE25 example 5 ($0.045 per GB-month)',
  sc1: 'PRICE25 example 6 ($0.015 per GB-month)',
};

export const BILLING = {
  secondsPerMonth: 30 * 86_400,
  /** The month the proration uses: 30 days (PRICE25's examples). */
  hoursPerMonth: 720,
  minimumSeconds: 60,
  source: 'PRICE25 examples: price x quantity x seconds / (86,400 x 30), per second with a 60-second minimum',
  /** A volume kept all month is one GB-month per GB, whatever the month's length (aws-facts §3.1). */
  wholeMonthSource: 'AWS re:Post "How are charges for Amazon EBS volumes calculated", repost.aws/knowledge-center/ebs-volume-charges ("In a 30-day month": a volume kept all month is 1 GB-month per GB, 720 h; the older page used a 31-day month, 744 h)',
} as const;
