/**
 * The sources every table cites, by key (shared/aws-facts.md, "Source keys").
 * A row's `source` starts with one of these keys, then names the page or file.
 */
export const SOURCES = {
  UG21: 'AWS EC2 User Guide source (awsdocs/amazon-ec2-user-guide), commit 3a68857, 2021-06-09',
  UG23: 'AWS EC2 User Guide source (awsdocs/amazon-ec2-user-guide), commit d289961, 2023-05-11',
  SDK: 'aws-sdk-go-v2 service/ec2 CreateVolume documentation (generated from the EC2 API model, 2025 or later)',
  PRICE25: 'Amazon EBS pricing page, us-east-1, captured in the second half of 2025',
  THIRD_PARTY: 'third-party page, not AWS; named in the row',
} as const;

export type SourceKey = keyof typeof SOURCES;

/** The date printed beside every price ("prices as of"). */
export const PRICES_AS_OF = '2025 (second half)';
