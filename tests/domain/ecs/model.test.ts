/**
 * Container definition -> task definition -> service: the problems validateEcs reports, one
 * sentence each, and how placeTasks spreads a service's tasks across its AZs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeTasks, validateEcs, type ServiceDefinition, type TaskDefinition } from '../../../src/domain/ecs/model';
import { EDITIONS } from '../../../src/domain/types';
import { assertProperty } from '../support/property';

const ECR_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/shop-web:1.4';
const TASK: TaskDefinition = {
  family: 'shop',
  containers: [{ name: 'web', image: ECR_IMAGE, ports: [80], essential: true }],
  cpuUnits: 512,
  memoryMiB: 1_024,
  networkMode: 'awsvpc',
  taskRole: 'shop-task-role',
  executionRole: 'ecsTaskExecutionRole',
  compatibility: ['EC2', 'FARGATE', 'EXTERNAL'],
};
const SERVICE: ServiceDefinition = { name: 'shop-web', desiredCount: 3, loadBalancer: true, azs: ['us-east-1a', 'us-east-1b', 'us-east-1c'] };
const fields = (task: TaskDefinition, service: ServiceDefinition | null = SERVICE, launch: 'EC2' | 'FARGATE' | 'EXTERNAL' = 'FARGATE', edition: 'saa-c02' | 'current' = 'current') =>
  validateEcs(task, service, launch, edition).map((p) => p.field);

describe('validateEcs: a sound task definition and service', () => {
  it('has no problems on Fargate or EC2, in either edition', () => {
    for (const edition of EDITIONS) {
      expect(validateEcs(TASK, SERVICE, 'FARGATE', edition)).toEqual([]);
      expect(validateEcs(TASK, SERVICE, 'EC2', edition)).toEqual([]);
    }
  });

  it('checks a task definition on its own when there is no service', () => {
    expect(validateEcs(TASK, null, 'FARGATE', 'current')).toEqual([]);
  });
});

describe('validateEcs: the task definition', () => {
  it('needs a family and at least one container', () => {
    expect(fields({ ...TASK, family: ' ' })).toEqual(['family']);
    expect(validateEcs({ ...TASK, containers: [] }, null, 'EC2', 'current')).toEqual([
      { field: 'containers', message: 'A task definition needs at least one container definition.' },
    ]);
  });

  it('needs an image, a name and real ports in every container', () => {
    const task = { ...TASK, containers: [{ name: 'web', image: '', ports: [0, 80, 70_000, 80.5], essential: true }] };
    expect(validateEcs(task, null, 'EC2', 'current')).toEqual([
      { field: 'containers.0.image', message: 'Container web needs an image: a container definition points at an image in a registry such as ECR or Docker Hub.' },
      { field: 'containers.0.ports', message: 'Container web: 0, 70,000, 80.5 are not ports; ports are whole numbers from 1 to 65,535.' },
    ]);
    expect(fields({ ...TASK, containers: [{ name: '', image: 'nginx', ports: [65_535], essential: true }] }, null, 'EC2')).toEqual(['containers.0.name']);
  });

  it('needs at least one essential container', () => {
    const task = { ...TASK, containers: [{ ...TASK.containers[0]!, essential: false }] };
    expect(validateEcs(task, null, 'EC2', 'current')).toEqual([
      { field: 'containers', message: 'At least one container must be essential: when an essential container stops, the task stops.' },
    ]);
  });

  it('must be marked compatible with the launch type', () => {
    expect(validateEcs({ ...TASK, compatibility: ['EC2'] }, null, 'FARGATE', 'current')).toEqual([
      { field: 'compatibility', message: 'The task definition is not marked compatible with Fargate: add FARGATE to its compatibilities.' },
    ]);
  });
});

describe('validateEcs: Fargate', () => {
  it('requires the awsvpc network mode', () => {
    const problems = validateEcs({ ...TASK, networkMode: 'bridge' }, null, 'FARGATE', 'current');
    expect(problems).toEqual([{ field: 'networkMode', message: 'Fargate requires the awsvpc network mode (each task gets its own ENI in your VPC); bridge is not allowed.' }]);
    expect(fields({ ...TASK, networkMode: 'host' }, null)).toEqual(['networkMode']);
  });

  it('requires a valid task size, reporting memory or CPU with the rule', () => {
    expect(validateEcs({ ...TASK, memoryMiB: 5_120 }, null, 'FARGATE', 'current')).toEqual([
      { field: 'memoryMiB', message: 'With 512 CPU units (0.5 vCPU), memory must be 1, 2, 3 or 4 GB (1,024-4,096 MiB); 5 GB is not one.' },
    ]);
    const cpu = validateEcs({ ...TASK, cpuUnits: 768 }, null, 'FARGATE', 'current');
    expect(cpu.map((p) => p.field)).toEqual(['cpuUnits']);
    expect(cpu[0]!.message).toMatch(/^768 CPU units is not a Fargate task size/);
  });

  it('needs a task execution role to pull a private ECR image, but not for a Docker Hub image or on EC2', () => {
    const noRole = { ...TASK, executionRole: null };
    expect(validateEcs(noRole, null, 'FARGATE', 'current')).toEqual([{
      field: 'executionRole',
      message: 'Fargate pulls web\'s private ECR image with the task execution role: set one (the task role is for the containers\' own calls to AWS).',
    }]);
    expect(fields({ ...noRole, containers: [{ name: 'web', image: 'nginx:1.25', ports: [80], essential: true }] }, null)).toEqual([]);
    expect(fields(noRole, null, 'EC2')).toEqual([]);
  });

  it('leaves EC2 task sizes free, but positive and whole', () => {
    expect(fields({ ...TASK, cpuUnits: 768, memoryMiB: 1_000 }, null, 'EC2')).toEqual([]);
    expect(fields({ ...TASK, cpuUnits: 0, memoryMiB: 0.5 }, null, 'EC2')).toEqual(['cpuUnits', 'memoryMiB']);
  });
});

describe('validateEcs: External (ECS Anywhere)', () => {
  const bridged = { ...TASK, networkMode: 'bridge' as const };

  it('is not a launch type of the saa-c02 edition', () => {
    expect(validateEcs(bridged, null, 'EXTERNAL', 'saa-c02')).toEqual([
      { field: 'launchType', message: 'The 2021 notes know two modes, EC2 and Fargate: External (ECS Anywhere) is a launch type of the current edition.' },
    ]);
    expect(fields(bridged, null, 'EXTERNAL', 'current')).toEqual([]);
  });

  it('supports neither awsvpc nor service load balancing', () => {
    expect(fields(TASK, { ...SERVICE, loadBalancer: false }, 'EXTERNAL')).toEqual(['networkMode']);
    expect(validateEcs(bridged, SERVICE, 'EXTERNAL', 'current')).toEqual([
      { field: 'service.loadBalancer', message: 'External instances (ECS Anywhere) do not support service load balancing.' },
    ]);
  });
});

describe('validateEcs: the service', () => {
  it('needs a name and a whole desired count, 0 or more', () => {
    expect(fields(TASK, { ...SERVICE, name: '' })).toEqual(['service.name']);
    expect(validateEcs(TASK, { ...SERVICE, desiredCount: -1 }, 'FARGATE', 'current')).toEqual([
      { field: 'service.desiredCount', message: 'The desired count must be a whole number of tasks, 0 or more (got -1).' },
    ]);
    expect(fields(TASK, { ...SERVICE, desiredCount: 1.5 })).toEqual(['service.desiredCount']);
    expect(fields(TASK, { ...SERVICE, desiredCount: 0 })).toEqual([]);
  });

  it('needs an AZ to place tasks in, each named once', () => {
    expect(fields(TASK, { ...SERVICE, azs: [] })).toEqual(['service.azs']);
    expect(fields(TASK, { ...SERVICE, azs: [], desiredCount: 0 })).toEqual([]);
    expect(validateEcs(TASK, { ...SERVICE, azs: ['us-east-1a', 'us-east-1a'] }, 'FARGATE', 'current')).toEqual([
      { field: 'service.azs', message: 'us-east-1a is listed more than once: name each AZ once.' },
    ]);
  });

  it('needs a container port behind a load balancer', () => {
    const portless = { ...TASK, containers: [{ ...TASK.containers[0]!, ports: [] }] };
    expect(fields(portless)).toEqual(['service.loadBalancer']);
    expect(fields(portless, { ...SERVICE, loadBalancer: false })).toEqual([]);
  });

  it('lists every problem at once, each a sentence on a named field', () => {
    const bad: TaskDefinition = { ...TASK, family: '', containers: [], networkMode: 'bridge', cpuUnits: 100, compatibility: [] };
    const problems = validateEcs(bad, { name: '', desiredCount: -2, loadBalancer: true, azs: [] }, 'FARGATE', 'current');
    expect(problems.map((p) => p.field)).toEqual(['family', 'containers', 'compatibility', 'networkMode', 'cpuUnits', 'service.name', 'service.desiredCount', 'service.loadBalancer']);
    for (const p of problems) expect(p.message).toMatch(/^[A-Z0-9].*\.$/);
  });
});

describe('placeTasks', () => {
  it('spreads tasks across the AZs, the first AZs taking one more', () => {
    expect(placeTasks(SERVICE)).toEqual([{ az: 'us-east-1a', tasks: 1 }, { az: 'us-east-1b', tasks: 1 }, { az: 'us-east-1c', tasks: 1 }]);
    expect(placeTasks({ ...SERVICE, desiredCount: 5 }).map((p) => p.tasks)).toEqual([2, 2, 1]);
    expect(placeTasks({ ...SERVICE, desiredCount: 2 }).map((p) => p.tasks)).toEqual([1, 1, 0]);
  });

  it('places nothing without AZs, names a repeated AZ once, and places no tasks for a count below 0 or not a number', () => {
    expect(placeTasks({ ...SERVICE, azs: [] })).toEqual([]);
    expect(placeTasks({ ...SERVICE, desiredCount: 4, azs: ['a', 'b', 'a'] })).toEqual([{ az: 'a', tasks: 2 }, { az: 'b', tasks: 2 }]);
    expect(placeTasks({ ...SERVICE, desiredCount: -3 }).map((p) => p.tasks)).toEqual([0, 0, 0]);
    expect(placeTasks({ ...SERVICE, desiredCount: Number.NaN }).map((p) => p.tasks)).toEqual([0, 0, 0]);
  });

  it('is balanced: counts differ by at most one and add up to the desired count (fixed seed)', () => {
    const azs = fc.uniqueArray(fc.constantFrom('us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1e', 'us-east-1f'), { minLength: 1, maxLength: 6 });
    assertProperty(fc.property(fc.integer({ min: 0, max: 1_000 }), azs, (desiredCount, list) => {
      const placed = placeTasks({ name: 's', desiredCount, loadBalancer: false, azs: list });
      const counts = placed.map((p) => p.tasks);
      return placed.map((p) => p.az).join() === list.join()
        && counts.reduce((a, b) => a + b, 0) === desiredCount
        && Math.max(...counts) - Math.min(...counts) <= 1;
    }));
  });
});
