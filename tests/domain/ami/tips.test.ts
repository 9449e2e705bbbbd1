/**
 * The AMI exam tips (the seed notes' power-ups, sourced) and the one remark: the notes never say
 * that an AMI leaves instance store behind (aws-facts §6).
 */
import { describe, expect, it } from 'vitest';
import { amiExamTips, amiNotesRemarks } from '../../../src/domain/ami/tips';
import { AMI_STEP_SOURCES, amiStepSource } from '../../../src/domain/ami/step-sources';
import { AMI_EVENTS } from '../../../src/domain/ami/machine';
import { sourceReferences } from '../../../src/domain/catalog/source-links';

describe('amiExamTips\' sources', () => {
  const page = (file: string) => `docs.aws.amazon.com/AWSEC2/latest/UserGuide/${file}.html`;
  const tip = (id: string) => amiExamTips().find((t) => t.id === id)!.source;

  it('cite the AWS pages the steps link where they support the tip, leaving only the Marketplace tip to the notes alone', () => {
    expect(amiExamTips().filter((t) => t.source === 'seed notes (AMI)').map((t) => t.id)).toEqual(['ami-marketplace']);
    expect(tip('ami-regional')).toContain(page('CopyingAMIs'));
    expect(tip('ami-copy')).toContain(page('CopyingAMIs'));
    expect(tip('ami-permissions')).toContain(page('sharingamis-explicit'));
    expect(tip('ami-no-edit')).toContain(page('sharingamis-explicit'));
    for (const id of ['ami-baking', 'ami-lifecycle']) expect(tip(id)).toContain(page('block-device-mapping-concepts'));
    for (const t of amiExamTips()) {
      const pages = t.source.match(/docs\.aws\.amazon\.com\/\S+\.html/g) ?? [];
      expect(sourceReferences(t.source).map((r) => r.href), t.id).toEqual(expect.arrayContaining(pages.map((p) => `https://${p}`)));
    }
  });
});

describe('amiStepSource', () => {
  it('cites no instance store source when the scenario has no instance store, and all of them when it has', () => {
    for (const e of AMI_EVENTS) {
      expect(amiStepSource(e, 0), e).not.toMatch(/aws-facts §6|instance store data|instance store is chosen/);
      expect(amiStepSource(e, 1), e).toBe(AMI_STEP_SOURCES[e]);
      expect(amiStepSource(e, 0).length, e).toBeGreaterThan(0);
    }
    expect(amiStepSource('try-launch-other-region', 1)).toMatch(/aws-facts §6/);
    expect(amiStepSource('other-account-launches', 1)).toMatch(/aws-facts §6/);
  });
});

describe('amiExamTips', () => {
  it('gives the notes\' power-ups and the instance-store rule, each with a source', () => {
    const tips = amiExamTips();
    expect(tips.map((t) => t.id)).toEqual([
      'ami-regional', 'ami-baking', 'ami-lifecycle', 'ami-no-edit', 'ami-copy', 'ami-permissions', 'ami-billing',
      'ami-marketplace', 'ami-instance-store',
    ]);
    for (const tip of tips) expect(tip.source.length).toBeGreaterThan(0);
    expect(tips.find((t) => t.id === 'ami-instance-store')!.source).toMatch(/aws-facts §6/);
    expect(tips.find((t) => t.id === 'ami-instance-store')!.text).toMatch(/^An AMI does not capture instance store data: .* get them empty/);
  });

  it('quotes the snapshot price from aws-facts, and the notes\' Marketplace wording with no price', () => {
    const tips = amiExamTips();
    expect(tips.find((t) => t.id === 'ami-billing')!.text).toMatch(/\$0\.05 per GB-month/);
    const marketplace = tips.find((t) => t.id === 'ami-marketplace')!;
    expect(marketplace.text).toMatch(/the instance cost and an extra cost for the AMI/);
    expect(marketplace.text).not.toMatch(/\$|\d/);
    expect(marketplace.source).toBe('seed notes (AMI)');
  });
});

describe('amiNotesRemarks', () => {
  it('remarks only on the instance store the notes leave out', () => {
    const remarks = amiNotesRemarks();
    expect(remarks.map((r) => r.id)).toEqual(['ami-instance-store']);
    expect(remarks[0]!.notesSay).toMatch(/exact same volumes/);
    expect(remarks[0]!.correction).toMatch(/^Only the EBS volumes keep their data: an AMI does not capture instance store data/);
    expect(remarks[0]!.correction).toMatch(/instance store volumes empty/);
    expect(remarks[0]!.source).toMatch(/aws-facts §6/);
  });
});

describe('AMI tip and remark sources', () => {
  it('name only pages a reader can open, besides the notes themselves', () => {
    for (const { id, source } of [...amiExamTips(), ...amiNotesRemarks()]) {
      if (source === 'seed notes (AMI)') continue;
      const refs = sourceReferences(source);
      expect(refs.length, id).toBeGreaterThan(0);
      expect(source.replace(/seed notes \(AMI\)/, ''), id).not.toMatch(/EC2 API Reference \(/);
      expect(source, id).not.toMatch(/§\d+(?:\.\d+)?, §/);
    }
    expect(sourceReferences(amiExamTips().find((t) => t.id === 'ami-billing')!.source).map((r) => r.href)).toEqual([
      'https://aws.amazon.com/ebs/pricing/',
      'https://aws.amazon.com/ebs/pricing/',
      'https://docs.aws.amazon.com/ebs/latest/userguide/snapshot-archive-pricing.html',
      'https://aws.amazon.com/ebs/pricing/',
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSSnapshots.html',
    ]);
  });
});

