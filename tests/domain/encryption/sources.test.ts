/**
 * Every source the encryption view prints (each step's, each tip's, each remark's) names at least one
 * page a person can open: the EBS encryption page of the user guide at the commit read, or the fact
 * base's section, whose public page is the same guide page. Nothing names only "the notes".
 */
import { describe, expect, it } from 'vitest';
import { sourceReferences } from '../../../src/domain/catalog/source-links';
import { EDITIONS } from '../../../src/domain/types';
import { ENCRYPTION_BRANCHES, KEY_CHOICES, encryptionSteps } from '../../../src/domain/encryption/scenario';
import { encryptionExamTips, encryptionNotesRemarks } from '../../../src/domain/encryption/tips';

const ENCRYPTION_PAGES = [
  'https://github.com/awsdocs/amazon-ec2-user-guide/blob/3a6885740c725e5424746984603d587c5b022dad/doc_source/EBSEncryption.md',
  'https://github.com/awsdocs/amazon-ec2-user-guide/blob/d289961421fa79447add68ca26e3ec5ae96fdf41/doc_source/EBSEncryption.md',
  'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSEncryption.html',
];

function allSources(): string[] {
  const sources = new Set<string>();
  for (const edition of EDITIONS) {
    for (const branch of ENCRYPTION_BRANCHES) {
      for (const key of KEY_CHOICES) {
        for (const byDefault of [false, true]) for (const step of encryptionSteps({ branch, key, byDefault }, edition)) sources.add(step.source);
      }
    }
    for (const tip of encryptionExamTips(edition)) sources.add(tip.source);
    for (const remark of encryptionNotesRemarks(edition)) sources.add(remark.source);
  }
  return [...sources];
}

describe('the sources on the encryption view', () => {
  it('each open the EBS encryption page (2021 or 2023 guide, or the fact base\'s page for §5)', () => {
    const sources = allSources();
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) {
      const refs = sourceReferences(source);
      expect(refs.length, source).toBeGreaterThan(0);
      for (const ref of refs) expect(ENCRYPTION_PAGES, `${source}: ${ref.href}`).toContain(ref.href);
    }
  });

  it('open the 2023 guide wherever the 2023 rule on KMS keys is quoted', () => {
    const step = encryptionSteps({ branch: 'volume-other-key', key: 'aws-managed', byDefault: false }, 'current').at(-1)!;
    expect(sourceReferences(step.source).map((r) => r.read)).toEqual(['2023-05-11']);
    const old = encryptionSteps({ branch: 'volume-other-key', key: 'aws-managed', byDefault: false }, 'saa-c02').at(-1)!;
    expect(sourceReferences(old.source).map((r) => r.read)).toEqual(['2021-06-09', '2023-05-11']);
  });

  it('open the fact base\'s page for the 4 KiB limit and for "free", which AWS never states', () => {
    const step = encryptionSteps({ branch: 'snapshot', key: 'aws-managed', byDefault: false }, 'current')[2]!;
    expect(sourceReferences(step.source).map((r) => r.text)).toEqual(['UG21 EBSEncryption.md', 'aws-facts §5']);
    const free = encryptionNotesRemarks('current').find((r) => r.id === 'e33')!;
    expect(free.source).toMatch(/^UNSOURCED/);
    expect(sourceReferences(free.source).map((r) => r.text)).toEqual(['aws-facts §5', 'UG21 EBSEncryption.md']);
  });
});
