/**
 * Every source the ECS view prints names a page a person can open (sourceReferences), and the
 * Fargate bill follows the edition's largest size.
 */
import { describe, expect, it } from 'vitest';
import { FARGATE_PRICES, FARGATE_SIZES_ERA_SOURCE } from '../../../src/domain/catalog/fargate';
import { sourceReferences } from '../../../src/domain/catalog/source-links';
import { DEFAULT_EC2_MODE, EC2_MODE_SOURCES, ecsCostComparison } from '../../../src/domain/ecs/cost';
import { LAUNCH_TYPE_FACTS, MANAGED_INSTANCES_FACTS } from '../../../src/domain/ecs/launch-types';
import { ecsExamTips, ecsNotesRemarks } from '../../../src/domain/ecs/tips';
import { EDITIONS } from '../../../src/domain/types';

const hrefs = (source: string) => sourceReferences(source).map((r) => r.href);

describe('the ECS sources', () => {
  it('link the Fargate prices to the third-party pages that give them', () => {
    const refs = sourceReferences(FARGATE_PRICES.source);
    expect(refs.map((r) => [r.href, r.kind])).toEqual([
      ['https://vantage.sh/blog/fargate-pricing', 'third-party'],
      ['https://cloudburn.io', 'third-party'],
    ]);
  });

  it('link no page for the m5.large price (no AWS page was found) and each launch type to the ECS guide', () => {
    expect(EC2_MODE_SOURCES.instanceUsdPerHour).toMatch(/no AWS page found/);
    expect(hrefs(EC2_MODE_SOURCES.instanceUsdPerHour)).toEqual([]);
    expect(hrefs(LAUNCH_TYPE_FACTS.EC2.source)).not.toContain('https://aws.amazon.com/ec2/pricing/');
    for (const facts of Object.values(LAUNCH_TYPE_FACTS)) {
      expect(hrefs(facts.source)[0]).toMatch(/amazon-ecs-developer-guide\/blob\/cf5e581.*\/launch_types\.md$/);
    }
    expect(hrefs(LAUNCH_TYPE_FACTS.EXTERNAL.source)).toContain('https://github.com/awsdocs/amazon-ecs-developer-guide/blob/024df00/doc_source/ecs-anywhere.md');
    expect(hrefs(LAUNCH_TYPE_FACTS.EC2.source)).toContain('https://github.com/awsdocs/amazon-ecs-developer-guide/blob/cf5e581179045c141716e76f394773250168d12c/doc_source/task_definition_parameters.md');
    expect(hrefs(MANAGED_INSTANCES_FACTS.source)).toEqual(['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/']);
    expect(hrefs(FARGATE_SIZES_ERA_SOURCE)[0]).toMatch(/\/AWS_Fargate\.md$/);
  });

  it('give every exam tip and remark at least one page to open, but the 2021 "two modes" tip, which only the notes say', () => {
    for (const edition of EDITIONS) {
      for (const item of [...ecsExamTips(edition), ...ecsNotesRemarks(edition)]) {
        const notesOnly = edition === 'saa-c02' && item.id === 'ecs-launch-types';
        expect(hrefs(item.source).length, item.id).toBe(notesOnly ? 0 : hrefs(item.source).length || 1);
        if (!notesOnly) expect(hrefs(item.source).length, item.id).toBeGreaterThan(0);
      }
    }
  });

  it('link vantage.sh\'s Fargate pricing post wherever it is cited, never the bare host', () => {
    for (const source of [FARGATE_PRICES.source, LAUNCH_TYPE_FACTS.FARGATE.source, ...ecsExamTips('current').map((t) => t.source)]) {
      for (const href of hrefs(source).filter((h) => h.includes('vantage.sh'))) expect(href).toBe('https://vantage.sh/blog/fargate-pricing');
    }
  });
});

describe('the Fargate bill by edition', () => {
  it('names the edition\'s largest size when no size covers a task', () => {
    const w = { tasks: 1, vcpu: 8, memoryGB: 32, hoursPerDay: 1, shape: 'steady' as const };
    expect(ecsCostComparison(w, DEFAULT_EC2_MODE, 'saa-c02').explanation).toMatch(/No Fargate task size is that large \(4 vCPU and 30 GB at most\)/);
    expect(ecsCostComparison(w, DEFAULT_EC2_MODE, 'current').fargateSize).toEqual({ cpuUnits: 8_192, memoryMiB: 32_768, covers: true });
  });
});
