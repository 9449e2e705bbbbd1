/**
 * The ECS exam tips (seed notes, checked against aws-facts §10) and the remarks on items 47-49.
 */
import { describe, expect, it } from 'vitest';
import { ecsExamTips, ecsNotesRemarks } from '../../../src/domain/ecs/tips';
import { EDITIONS } from '../../../src/domain/types';

describe('ecsExamTips', () => {
  it('gives the same eight tips in both editions, each with a source', () => {
    for (const edition of EDITIONS) {
      const tips = ecsExamTips(edition);
      expect(tips.map((t) => t.id)).toEqual([
        'ecs-building-blocks', 'ecs-task-role', 'ecs-service-ha', 'ecs-launch-types', 'ecs-ec2-mode', 'ecs-fargate-eni', 'ecs-fargate-billing', 'ecs-choose',
      ]);
      for (const tip of tips) expect(tip.source.length).toBeGreaterThan(0);
    }
  });

  it('names two modes in saa-c02 and three launch types in current', () => {
    const launch = (edition: 'saa-c02' | 'current') => ecsExamTips(edition).find((t) => t.id === 'ecs-launch-types')!.text;
    expect(launch('saa-c02')).toMatch(/^Two modes: EC2 mode .* and Fargate mode/);
    expect(launch('saa-c02')).not.toMatch(/External/);
    expect(launch('current')).toMatch(/^Three launch types: EC2 .*, Fargate .* and External \(ECS Anywhere/);
  });

  it('tells the task role from the task execution role, and bills Fargate on what is requested', () => {
    const tips = ecsExamTips('current');
    expect(tips.find((t) => t.id === 'ecs-task-role')!.text).toMatch(/task execution role is a different role, which ECS uses to pull images and send logs/);
    const billing = tips.find((t) => t.id === 'ecs-fargate-billing')!;
    expect(billing.text).toMatch(/requests, per second with a 1-minute minimum, not what it uses: \$0\.04048 per vCPU-hour and \$0\.004445 per GB-hour/);
    expect(billing.source).toMatch(/third-party/);
  });
});

describe('ecsNotesRemarks', () => {
  it('corrects the two modes, and the billing claim, and confirms the ENI, in both editions', () => {
    expect(ecsNotesRemarks('saa-c02').map((r) => r.id)).toEqual(['n47', 'n48', 'n49']);
    expect(ecsNotesRemarks('current').map((r) => r.id)).toEqual(['n47', 'n48', 'n49']);
    expect(ecsNotesRemarks('saa-c02')[0]!.correction).toMatch(/^The notes say two; the ECS guide lists three launch types, including External/);
  });

  it('sources the 2021 "two modes" tip to the notes alone, not to the ECS guide that lists three', () => {
    const tip = ecsExamTips('saa-c02').find((t) => t.id === 'ecs-launch-types')!;
    expect(tip.text).toMatch(/^Two modes/);
    expect(tip.source).toBe('the study notes, "ECS Cluster Mode"');
  });

  it('labels each correction with whose word it is', () => {
    expect(ecsNotesRemarks('current').map((r) => r.label)).toEqual(['AWS:', 'Third-party sources:', 'AWS agrees:']);
  });

  it('quotes the notes and says what AWS documents', () => {
    const [n47, n48, n49] = ecsNotesRemarks('current');
    expect(n47!.notesSay).toMatch(/one of two modes/);
    expect(n47!.correction).toMatch(/lists three launch types, including External: EC2, Fargate and External \(ECS Anywhere/);
    expect(n48!.notesSay).toMatch(/You only pay for the container resources you use/);
    expect(n48!.correction).toMatch(/vCPU and memory each task requests/);
    expect(n49!.correction).toMatch(/^Fargate requires the awsvpc network mode/);
    expect(n47!.source).toBe('ECS Developer Guide, launch types: ECS23 launch_types.md');
    expect(n48!.source).toBe('third-party: CloudBurn: cloudburn.io; Vantage, Fargate pricing: vantage.sh/blog/fargate-pricing');
    for (const edition of ['saa-c02', 'current'] as const) {
      for (const item of [...ecsExamTips(edition), ...ecsNotesRemarks(edition)]) expect(item.source, item.id).not.toMatch(/aws-facts|seed notes|Where the notes disagree/);
    }
  });
});
