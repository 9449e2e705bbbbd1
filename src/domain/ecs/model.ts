/**
 * What a person builds in ECS (seed notes "ECS Architecture"; aws-facts §10): a container definition
 * (an image in a registry and the ports it exposes) inside a task definition (one or more
 * containers, the task's CPU and memory, network mode, launch-type compatibility, task role and task
 * execution role), run by a service (how many copies, behind a load balancer or not, across which
 * AZs) in a cluster, on a launch type.
 *
 * Units: cpuUnits (1,024 = 1 vCPU), memoryMiB. `validateEcs` lists every problem, one sentence each:
 *   launch type      EXTERNAL only in the current edition (launch-types.ts)
 *   task definition  a family; at least one container; each with a name and an image; ports whole
 *                    numbers 1-65,535; at least one essential container (ECS developer guide,
 *                    task_definition_parameters.md: "All tasks must have at least one essential
 *                    container"); compatible with the launch type; a network mode that launch type
 *                    supports (Fargate: awsvpc, ECS23; External: no awsvpc, ecs-anywhere.md);
 *                    a valid Fargate size on Fargate (catalog/fargate.ts), positive whole CPU units
 *                    and MiB otherwise; on Fargate an image from a private ECR repository needs a
 *                    task execution role (it pulls images and sends logs, ECS23)
 *   EC2 instance     on EC2, when the container instances' size is given: the task's CPU and memory
 *                    at most one instance's (cpuUnits <= vCPU x 1,024, memoryMiB <= GB x 1,024). ECS
 *                    places each task on one instance, so a task larger than every instance never runs
 *   service          a name; desiredCount a whole number >= 0; at least one AZ when it runs tasks;
 *                    each AZ once; a load balancer needs a container port and is not supported on
 *                    External (ecs-anywhere.md)
 * `placeTasks` spreads a service's tasks across its AZs, balanced: counts differ by at most one.
 */
import { fargateSizesFor } from '../catalog/fargate';
import { fmt } from '../format';
import type { Edition } from '../types';
import { fargateSizeValid } from './fargate';
import { LAUNCH_TYPE_FACTS, launchTypesFor, type LaunchType, type NetworkMode } from './launch-types';

export interface ContainerDefinition {
  readonly name: string;
  readonly image: string;
  readonly ports: readonly number[];
  /** When an essential container stops, the whole task stops. */
  readonly essential: boolean;
}

export interface TaskDefinition {
  readonly family: string;
  readonly containers: readonly ContainerDefinition[];
  readonly cpuUnits: number;
  readonly memoryMiB: number;
  readonly networkMode: NetworkMode;
  /** The IAM role the task's containers assume for their own calls to AWS (credentials per task). */
  readonly taskRole: string | null;
  /** The IAM role ECS uses for the task: pull images, send logs. */
  readonly executionRole: string | null;
  readonly compatibility: readonly LaunchType[];
}

export interface ServiceDefinition {
  readonly name: string;
  readonly desiredCount: number;
  readonly loadBalancer: boolean;
  readonly azs: readonly string[];
}

export interface EcsProblem {
  field: string;
  message: string;
}

/** The size of each EC2 container instance (all alike): vCPU and memory in GB (1 GB = 1,024 MiB here). */
export interface ContainerInstanceSize {
  readonly vcpu: number;
  readonly memoryGB: number;
}

export const MIN_PORT = 1;
export const MAX_PORT = 65_535;

/** A private ECR image: `<account>.dkr.ecr.<region>.amazonaws.com/<repository>`. */
export function isPrivateEcrImage(image: string): boolean {
  return /\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com/i.test(image);
}

const isPositiveWhole = (n: number): boolean => Number.isInteger(n) && n > 0;
const blank = (s: string): boolean => s.trim() === '';

function containerProblems(task: TaskDefinition): EcsProblem[] {
  const problems: EcsProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (task.containers.length === 0) {
    add('containers', 'A task definition needs at least one container definition.');
    return problems;
  }
  task.containers.forEach((c, i) => {
    const called = blank(c.name) ? `Container ${i + 1}` : `Container ${c.name}`;
    if (blank(c.name)) add(`containers.${i}.name`, `${called} needs a name.`);
    if (blank(c.image)) add(`containers.${i}.image`, `${called} needs an image: a container definition points at an image in a registry such as ECR or Docker Hub.`);
    const bad = c.ports.filter((p) => !Number.isInteger(p) || p < MIN_PORT || p > MAX_PORT);
    if (bad.length > 0) {
      add(`containers.${i}.ports`, `${called}: ${bad.map((p) => fmt(p, 2)).join(', ')} ${bad.length === 1 ? 'is not a port' : 'are not ports'}; ports are whole numbers from 1 to 65,535.`);
    }
  });
  if (!task.containers.some((c) => c.essential)) {
    add('containers', 'At least one container must be essential: when an essential container stops, the task stops.');
  }
  return problems;
}

/** Whether one task's CPU and memory fit in one container instance. */
export function taskFitsInstanceSize(task: Pick<TaskDefinition, 'cpuUnits' | 'memoryMiB'>, instance: ContainerInstanceSize): boolean {
  return task.cpuUnits <= instance.vcpu * 1_024 && task.memoryMiB <= instance.memoryGB * 1_024;
}

function launchProblems(task: TaskDefinition, launchType: LaunchType, edition: Edition, instance?: ContainerInstanceSize): EcsProblem[] {
  const problems: EcsProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const facts = LAUNCH_TYPE_FACTS[launchType];
  if (!launchTypesFor(edition).includes(launchType)) {
    add('launchType', 'The 2021 notes know two modes, EC2 and Fargate: External (ECS Anywhere) is a launch type of the current edition.');
  }
  if (!task.compatibility.includes(launchType)) {
    add('compatibility', `The task definition is not marked compatible with ${facts.label}: add ${launchType} to its compatibilities.`);
  }
  if (!facts.networkModes.includes(task.networkMode)) {
    add('networkMode', launchType === 'FARGATE'
      ? `Fargate requires the awsvpc network mode (each task gets its own ENI in your VPC); ${task.networkMode} is not allowed.`
      : `${facts.label} does not support the awsvpc network mode: use bridge or host.`);
  }
  if (launchType === 'FARGATE') {
    const size = fargateSizeValid(task.cpuUnits, task.memoryMiB, edition);
    if (!size.valid) {
      const cpuKnown = fargateSizesFor(edition).some((r) => r.cpuUnits === task.cpuUnits);
      add(cpuKnown ? 'memoryMiB' : 'cpuUnits', size.reason ?? 'Not a Fargate task size.');
    }
    const ecrImage = task.containers.find((c) => isPrivateEcrImage(c.image));
    if (ecrImage && task.executionRole === null) {
      add('executionRole', `Fargate pulls ${ecrImage.name}'s private ECR image with the task execution role: set one (the task role is for the containers' own calls to AWS).`);
    }
  } else {
    if (!isPositiveWhole(task.cpuUnits)) add('cpuUnits', 'Task CPU must be a whole number of CPU units above 0 (1,024 units = 1 vCPU).');
    if (!isPositiveWhole(task.memoryMiB)) add('memoryMiB', 'Task memory must be a whole number of MiB above 0.');
    if (launchType === 'EC2' && instance && !taskFitsInstanceSize(task, instance)) {
      add('instance', `A task of ${fmt(task.cpuUnits / 1_024, 2)} vCPU and ${fmt(task.memoryMiB / 1_024, 2)} GB is bigger than one container instance (${fmt(instance.vcpu, 2)} vCPU, ${fmt(instance.memoryGB, 2)} GB): ECS places each task on one instance, so it cannot place this one. Choose a larger instance.`);
    }
  }
  return problems;
}

function serviceProblems(task: TaskDefinition, service: ServiceDefinition, launchType: LaunchType): EcsProblem[] {
  const problems: EcsProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (blank(service.name)) add('service.name', 'A service needs a name.');
  const count = service.desiredCount;
  if (!Number.isInteger(count) || count < 0) {
    add('service.desiredCount', `The desired count must be a whole number of tasks, 0 or more (got ${fmt(count, 2)}).`);
  }
  if (service.azs.length === 0 && count > 0) {
    add('service.azs', 'A service needs at least one AZ (a subnet in it) to place its tasks.');
  }
  const repeated = service.azs.filter((az, i) => service.azs.indexOf(az) !== i);
  if (repeated.length > 0) add('service.azs', `${[...new Set(repeated)].join(', ')} is listed more than once: name each AZ once.`);
  if (service.loadBalancer) {
    if (!LAUNCH_TYPE_FACTS[launchType].serviceLoadBalancing) {
      add('service.loadBalancer', 'External instances (ECS Anywhere) do not support service load balancing.');
    } else if (!task.containers.some((c) => c.ports.length > 0)) {
      add('service.loadBalancer', 'A load balancer needs a container port to send traffic to, and no container exposes one.');
    }
  }
  return problems;
}

/**
 * Every problem with this task definition and service on this launch type, in the order a form shows
 * them; `instance`, the EC2 container instances' size, is checked against the task on EC2.
 */
export function validateEcs(task: TaskDefinition, service: ServiceDefinition | null, launchType: LaunchType, edition: Edition, instance?: ContainerInstanceSize): EcsProblem[] {
  const problems: EcsProblem[] = [];
  if (blank(task.family)) problems.push({ field: 'family', message: 'A task definition needs a family: its name, under which each registration is a new revision.' });
  problems.push(...containerProblems(task), ...launchProblems(task, launchType, edition, instance));
  if (service) problems.push(...serviceProblems(task, service, launchType));
  return problems;
}

export interface AzPlacement {
  az: string;
  tasks: number;
}

/**
 * The service's tasks spread across its AZs (each named once, in the order given): every AZ gets
 * floor(n / k) tasks and the first n mod k one more. A desired count that is not a whole number 0
 * or more places floor(max(0, n)) tasks (0 for NaN); validateEcs reports it.
 */
export function placeTasks(service: ServiceDefinition): AzPlacement[] {
  const azs = [...new Set(service.azs)];
  if (azs.length === 0) return [];
  const n = Number.isFinite(service.desiredCount) ? Math.max(0, Math.floor(service.desiredCount)) : 0;
  const base = Math.floor(n / azs.length);
  const extra = n % azs.length;
  return azs.map((az, i) => ({ az, tasks: base + (i < extra ? 1 : 0) }));
}
