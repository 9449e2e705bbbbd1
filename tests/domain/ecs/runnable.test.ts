/**
 * What would run instead of a configuration ECS refuses (runnableEcs): the plain fixes, the
 * sentence that says what would run, and nothing offered when no one fix is right.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateEcs, type ServiceDefinition, type TaskDefinition } from '../../../src/domain/ecs/model';
import { runnableEcs } from '../../../src/domain/ecs/runnable';
import { assertProperty } from '../support/property';

const TASK: TaskDefinition = {
  family: 'web',
  containers: [{ name: 'web', image: 'public.ecr.aws/nginx/nginx:latest', ports: [80], essential: true }],
  cpuUnits: 512, memoryMiB: 1_024, networkMode: 'awsvpc', taskRole: 'web-task-role', executionRole: 'ecsTaskExecutionRole',
  compatibility: ['FARGATE'],
};
const SERVICE: ServiceDefinition = { name: 'web', desiredCount: 3, loadBalancer: true, azs: ['us-east-1a', 'us-east-1b', 'us-east-1c'] };

describe('runnableEcs', () => {
  it('is null for a configuration ECS accepts', () => {
    expect(runnableEcs(TASK, SERVICE, 'FARGATE', 'saa-c02')).toBeNull();
  });

  it('on Fargate with bridge, runs the same 3 tasks with awsvpc, and says so', () => {
    const r = runnableEcs({ ...TASK, networkMode: 'bridge' }, SERVICE, 'FARGATE', 'saa-c02')!;
    expect(r.changes).toEqual(['awsvpc']);
    expect(r.runs).toBe(true);
    expect(r.task.networkMode).toBe('awsvpc');
    expect(r.sentence).toBe('With awsvpc these 3 tasks would run: 3 tasks of 0.5 vCPU and 1 GB on Fargate, one in each of us-east-1a, us-east-1b and us-east-1c, behind a load balancer.');
    expect(validateEcs(r.task, r.service, r.launchType, 'saa-c02')).toEqual([]);
  });

  it('on External with awsvpc and a load balancer, uses bridge and drops the load balancer', () => {
    const r = runnableEcs({ ...TASK, compatibility: ['EXTERNAL'] }, { ...SERVICE, desiredCount: 1 }, 'EXTERNAL', 'current')!;
    expect(r.changes).toEqual(['bridge', 'no load balancer']);
    expect(r.sentence).toBe('With bridge and no load balancer this task would run: 1 task of 0.5 vCPU and 1 GB on External (ECS Anywhere), on your own servers.');
  });

  it('adds a task execution role for a private ECR image on Fargate', () => {
    const ecr = { ...TASK, executionRole: null, containers: [{ ...TASK.containers[0]!, image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.2' }] };
    expect(runnableEcs(ecr, SERVICE, 'FARGATE', 'current')!.changes).toEqual(['a task execution role']);
  });

  it('offers nothing to run when the fix is not plain (a blank image)', () => {
    const blank = { ...TASK, containers: [{ ...TASK.containers[0]!, image: ' ' }] };
    const r = runnableEcs(blank, SERVICE, 'FARGATE', 'current')!;
    expect(r.runs).toBe(false);
    expect(r.sentence).toBe('No task runs until the problems listed are fixed.');
  });

  it('what it says runs, ECS accepts (fixed seed)', () => {
    const config = fc.record({
      net: fc.constantFrom('awsvpc', 'bridge', 'host' as const),
      lt: fc.constantFrom('EC2', 'FARGATE', 'EXTERNAL' as const),
      edition: fc.constantFrom('saa-c02', 'current' as const),
      lb: fc.boolean(), count: fc.integer({ min: 0, max: 9 }), erole: fc.boolean(),
    });
    assertProperty(fc.property(config, ({ net, lt, edition, lb, count, erole }) => {
      const task = { ...TASK, networkMode: net, compatibility: [lt], executionRole: erole ? 'r' : null };
      const r = runnableEcs(task, { ...SERVICE, desiredCount: count, loadBalancer: lb }, lt, edition);
      return r === null || !r.runs || validateEcs(r.task, r.service, r.launchType, edition).length === 0;
    }));
  });
});
