/**
 * ECS places each task on one container instance: on EC2 a task bigger than one instance is
 * refused, and what would run is the same service on instances large enough (runnable.ts).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EC2_MODE, ecsCostComparison } from '../../../src/domain/ecs/cost';
import { validateEcs, type ServiceDefinition, type TaskDefinition } from '../../../src/domain/ecs/model';
import { instanceHolding, runnableEcs } from '../../../src/domain/ecs/runnable';

const task: TaskDefinition = {
  family: 'web', cpuUnits: 4_096, memoryMiB: 30_720, networkMode: 'bridge', taskRole: null, executionRole: null,
  compatibility: ['EC2'], containers: [{ name: 'web', image: 'nginx:latest', ports: [80], essential: true }],
};
const service: ServiceDefinition = { name: 'web', desiredCount: 5, loadBalancer: false, azs: ['us-east-1a', 'us-east-1b'] };
const m5large = { vcpu: 2, memoryGB: 8 };

describe('a task on EC2 container instances', () => {
  it('is refused when it is bigger than one instance: 4 vCPU and 30 GB on 2 vCPU / 8 GB', () => {
    const problems = validateEcs(task, service, 'EC2', 'saa-c02', m5large);
    expect(problems).toEqual([{
      field: 'instance',
      message: 'A task of 4 vCPU and 30 GB is bigger than one container instance (2 vCPU, 8 GB): ECS places each task on one instance, so it cannot place this one. Choose a larger instance.',
    }]);
  });

  it('is accepted on an instance exactly its size, and the check applies to EC2 only', () => {
    expect(validateEcs(task, service, 'EC2', 'saa-c02', { vcpu: 4, memoryGB: 30 })).toEqual([]);
    expect(validateEcs({ ...task, memoryMiB: 30_721 }, service, 'EC2', 'saa-c02', { vcpu: 4, memoryGB: 30 }).map((p) => p.field)).toEqual(['instance']);
    expect(validateEcs({ ...task, compatibility: ['EXTERNAL'] }, service, 'EXTERNAL', 'current', m5large)).toEqual([]);
    expect(validateEcs(task, service, 'EC2', 'saa-c02')).toEqual([]);
  });

  it('would run on instances holding it at the packing target: ceil(4 / 0.9) = 5 vCPU, ceil(30 / 0.9) = 34 GB', () => {
    expect(instanceHolding(task, { ...m5large, utilisationPercent: 90 })).toEqual({ vcpu: 5, memoryGB: 34 });
    expect(instanceHolding(task, { ...m5large })).toEqual({ vcpu: 4, memoryGB: 30 });
    const r = runnableEcs(task, service, 'EC2', 'saa-c02', { ...m5large, utilisationPercent: 90 })!;
    expect(r.runs).toBe(true);
    expect(r.instance).toEqual({ vcpu: 5, memoryGB: 34 });
    expect(r.changes).toEqual(['instances of 5 vCPU and 34 GB']);
    expect(r.sentence).toBe('With instances of 5 vCPU and 34 GB these 5 tasks would run: 5 tasks of 4 vCPU and 30 GB on EC2, in us-east-1a (3) and us-east-1b (2).');
    expect(validateEcs(r.task, r.service, r.launchType, 'saa-c02', r.instance)).toEqual([]);
    // Priced on those instances, the task fits one at 90% packing: one per task, 5 instances.
    const cost = ecsCostComparison({ tasks: 5, vcpu: 4, memoryGB: 30, hoursPerDay: 24, shape: 'steady', azs: 2 },
      { ...DEFAULT_EC2_MODE, instanceVcpu: 5, instanceMemoryGB: 34 }, 'saa-c02');
    expect([cost.taskFitsInstance, cost.instances]).toEqual([true, 5]);
  });
});

describe('the EC2-mode cost sentence', () => {
  it('says one instance per AZ, not the packing, sets the count when the AZs do', () => {
    const r = ecsCostComparison({ tasks: 3, vcpu: 0.5, memoryGB: 1, hoursPerDay: 24, shape: 'steady', azs: 3 }, DEFAULT_EC2_MODE, 'saa-c02');
    expect(r.instances).toBe(3);
    expect(r.explanation).toContain('EC2 mode: the peak (1.5 vCPU, 3 GB) fits on 1 instance of 2 vCPU and 8 GB at 90% packing, but an instance sits in one AZ and the tasks are spread over 3 AZs, so it needs 3 instances, one in each; 2,160 instance-hours at $0.096 = $207.36.');
    const one = ecsCostComparison({ tasks: 3, vcpu: 0.5, memoryGB: 1, hoursPerDay: 24, shape: 'steady', azs: 1 }, DEFAULT_EC2_MODE, 'saa-c02');
    expect(one.explanation).toContain('EC2 mode: the peak (1.5 vCPU, 3 GB) needs 1 instance of 2 vCPU and 8 GB at 90% packing;');
  });
});
