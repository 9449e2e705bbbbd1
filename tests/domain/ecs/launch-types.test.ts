/**
 * ECS launch types per edition (the notes' two modes, today's three: aws-facts item 47) and what
 * each means for hosts, networking and billing (aws-facts §10).
 */
import { describe, expect, it } from 'vitest';
import { LAUNCH_TYPES, LAUNCH_TYPE_FACTS, isLaunchType, isNetworkMode, launchTypesFor } from '../../../src/domain/ecs/launch-types';

describe('launchTypesFor', () => {
  it('knows the notes\' two modes in saa-c02 and adds External (ECS Anywhere) in current', () => {
    expect(launchTypesFor('saa-c02')).toEqual(['EC2', 'FARGATE']);
    expect(launchTypesFor('current')).toEqual(['EC2', 'FARGATE', 'EXTERNAL']);
  });

  it('hands out a fresh list each time', () => {
    const list = launchTypesFor('current');
    list.pop();
    expect(launchTypesFor('current')).toHaveLength(3);
  });

  it('recognises the three launch types and the three network modes, and nothing else', () => {
    expect(LAUNCH_TYPES.every(isLaunchType)).toBe(true);
    expect([isLaunchType('fargate'), isLaunchType('ECS'), isLaunchType(3)]).toEqual([false, false, false]);
    expect(['awsvpc', 'bridge', 'host'].every(isNetworkMode)).toBe(true);
    expect(isNetworkMode('none')).toBe(false);
  });
});

describe('LAUNCH_TYPE_FACTS', () => {
  it('gives Fargate awsvpc only, an ENI per task in your VPC, and load-balancer target type ip', () => {
    const f = LAUNCH_TYPE_FACTS.FARGATE;
    expect(f.networkModes).toEqual(['awsvpc']);
    expect(f.networking).toMatch(/each task is given its own elastic network interface \(ENI\) with an IP address in your VPC/);
    expect(f.loadBalancing).toMatch(/target type must be ip/);
    expect(f.hostsManagedBy).toMatch(/^AWS/);
    expect(f.pricing).toMatch(/vCPU and memory each task requests, not what it uses: \$0\.04048 per vCPU-hour and \$0\.004445 per GB-hour/);
  });

  it('has you manage EC2 container instances, paid for whether tasks run or not, with any network mode', () => {
    const e = LAUNCH_TYPE_FACTS.EC2;
    expect(e.hostsManagedBy).toMatch(/^You: EC2 instances/);
    expect(e.networkModes).toEqual(['awsvpc', 'bridge', 'host']);
    expect(e.pricing).toMatch(/whether tasks run on them or not \(m5\.large On-Demand \$0\.096 an hour in us-east-1, third-party\)/);
    expect(e.pricing).toMatch(/Spot and Reserved/);
  });

  it('runs External tasks on your own servers, without awsvpc or service load balancing', () => {
    const x = LAUNCH_TYPE_FACTS.EXTERNAL;
    expect(x.label).toBe('External (ECS Anywhere)');
    expect(x.networkModes).not.toContain('awsvpc');
    expect(x.serviceLoadBalancing).toBe(false);
    expect(x.pricing).not.toMatch(/\$/);
  });

  it('names a source for every launch type', () => {
    for (const t of LAUNCH_TYPES) expect(LAUNCH_TYPE_FACTS[t].source).toMatch(/ECS23 launch_types\.md/);
  });
});

describe('ECS Managed Instances (aws-facts §11)', () => {
  it('is a capacity option of the current edition only, beside the launch types, not one of them', async () => {
    const { capacityOptionsFor, launchTypesFor: types, MANAGED_INSTANCES_FACTS } = await import('../../../src/domain/ecs/launch-types');
    expect(capacityOptionsFor('saa-c02')).toEqual([]);
    expect(capacityOptionsFor('current')).toEqual([MANAGED_INSTANCES_FACTS]);
    expect(MANAGED_INSTANCES_FACTS.compatibility).toBe('MANAGED_INSTANCES');
    expect(MANAGED_INSTANCES_FACTS.capacity).toMatch(/capacity provider.*launchType still lists EC2, FARGATE and EXTERNAL/);
    expect(types('current')).not.toContain('MANAGED_INSTANCES');
  });
});
