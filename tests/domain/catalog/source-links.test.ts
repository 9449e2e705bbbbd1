import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceParts, sourceReferences } from '../../../src/domain';
import { assertProperty } from '../support/property';

const join = (parts: ReturnType<typeof sourceParts>) => parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');

describe('the public page behind a source', () => {
  it('opens a 2021 User Guide file at the commit read, with its date', () => {
    const [ref] = sourceReferences('UG21 ebs-volume-types.md (gp3: 3,000 IOPS and 125 MiB/s included)');
    expect(ref).toEqual({
      text: 'UG21 ebs-volume-types.md',
      href: 'https://github.com/awsdocs/amazon-ec2-user-guide/blob/3a6885740c725e5424746984603d587c5b022dad/doc_source/ebs-volume-types.md',
      read: '2021-06-09', kind: 'aws',
    });
  });

  it('links each guide of a UG21/UG23 reference at its own commit, and the ECS guide and SDK at theirs', () => {
    expect(sourceParts('UG21/UG23 ebs-optimized.md (r5b.24xlarge row)')).toEqual([
      { text: 'UG21', href: expect.stringMatching(/3a6885740c.*\/doc_source\/ebs-optimized\.md$/), read: '2021-06-09', kind: 'aws' },
      '/',
      { text: 'UG23 ebs-optimized.md', href: expect.stringMatching(/d289961421.*\/doc_source\/ebs-optimized\.md$/), read: '2023-05-11', kind: 'aws' },
      ' (r5b.24xlarge row)',
    ]);
    expect(sourceReferences('aws-facts §10, item 47 (ECS23 launch_types.md)').map((r) => r.href)).toEqual([
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html',
      'https://github.com/awsdocs/amazon-ecs-developer-guide/blob/cf5e581179045c141716e76f394773250168d12c/doc_source/launch_types.md',
    ]);
    expect(sourceReferences('SDK CreateVolume (gp3 1-65,536 GiB)')[0]!.href).toMatch(/aws-sdk-go-v2\/blob\/1278f13.*api_op_CreateVolume\.go$/);
  });

  it('opens the EBS pricing page for PRICE25, and EC2 pricing for the purchase options section', () => {
    expect(sourceReferences('PRICE25 example 12 (100 volumes x 10 GB)')[0]).toMatchObject({ text: 'PRICE25 example 12', href: 'https://aws.amazon.com/ebs/pricing/', read: 'second half of 2025' });
    expect(sourceReferences('aws-facts §3.4')[0]!.href).toBe('https://aws.amazon.com/ec2/pricing/');
  });

  it('opens a page named by its address, marking one that is not AWS\'s as third-party', () => {
    const refs = sourceReferences('SDK CreateVolume; ratios unchanged per third-party jayendrapatil.com (Sept 2025); docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-fast-snapshot-restore.html');
    expect(refs.map((r) => [r.href, r.kind])).toEqual([
      [expect.stringContaining('aws-sdk-go-v2'), 'aws'],
      ['https://jayendrapatil.com', 'third-party'],
      ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-fast-snapshot-restore.html', 'aws'],
    ]);
    expect(sourceReferences('third-party vantage.sh/blog/fargate-pricing (us-east-1)')[0]!.href).toBe('https://vantage.sh/blog/fargate-pricing');
  });

  it('leaves what has no public page as words: the study notes, an unsourced figure', () => {
    expect(sourceParts('seed notes; notes, Exam PowerUp')).toEqual(['seed notes; notes, Exam PowerUp']);
    expect(sourceReferences('UNSOURCED (shared/aws-facts.md §5)')).toEqual([]);
  });

  it('gives the text back when its parts are joined, whatever it says', () => {
    assertProperty(fc.property(fc.array(fc.constantFrom('UG21 ', 'ebs-volume-types.md', ' (', ')', 'UG23', 'PRICE25 example 3', 'aws-facts §3.4', '; ', 'vantage.sh/blog/x', ' 500 IOPS', 'SDK', 'ECS23 x.md', 'seed notes', '.', 'item 4')), (words) => {
      const text = words.join('');
      expect(join(sourceParts(text))).toBe(text);
      for (const r of sourceReferences(text)) expect(r.href).toMatch(/^https:\/\//);
    }));
  });
});

describe('pages the fact base names by address', () => {
  it('opens an AWS page under the .aws domain (re:Post) as AWS\'s', () => {
    expect(sourceReferences('repost.aws/knowledge-center/ebs-charge-stopped-instance')[0]).toMatchObject({ href: 'https://repost.aws/knowledge-center/ebs-charge-stopped-instance', kind: 'aws' });
  });

  it('links nothing for the December 2026 updates section alone: the row names its own page', () => {
    expect(sourceReferences('aws-facts §11')).toEqual([]);
  });
});
