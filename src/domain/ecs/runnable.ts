/**
 * What would run instead of a configuration ECS refuses (validateEcs): the fewest changes that make
 * it acceptable, and a sentence saying what would then run. A refused configuration runs no task, so
 * the view draws and prices none of it; this says what would (aws-facts §10 and the rules of model.ts).
 *
 *   launch type      not in the edition (External in saa-c02)           -> Fargate
 *   network mode     not one the launch type supports                   -> its first: Fargate awsvpc, External bridge
 *   Fargate size     not in the edition's table                         -> nearestFargateSize (when one covers it)
 *   execution role   Fargate, a private ECR image and none set          -> a task execution role
 *   load balancer    on External, or with no container port             -> no load balancer
 *   instance size    on EC2, a task bigger than one container instance  -> instances of the fewest
 *                    whole vCPU and GB holding the task at the packing target u (default 100%):
 *                    vcpu = max(instance vCPU, ceil(task vCPU / u)), GB = max(instance GB, ceil(task GB / u))
 * Anything else (a blank name or image, a bad port or count, no AZ) has no one right fix: then
 * `runs` is false and the sentence asks for the listed problems to be fixed.
 */
import { fmt } from '../format';
import type { Edition } from '../types';
import { nearestFargateSize } from './fargate';
import { LAUNCH_TYPE_FACTS, launchTypesFor, type LaunchType } from './launch-types';
import { isPrivateEcrImage, placeTasks, taskFitsInstanceSize, validateEcs, type ContainerInstanceSize, type ServiceDefinition, type TaskDefinition } from './model';

/** The EC2 container instances' size, and how full the cost model packs them (percent, default 100). */
export interface ContainerInstances extends ContainerInstanceSize {
  readonly utilisationPercent?: number;
}

export interface RunnableEcs {
  launchType: LaunchType;
  task: TaskDefinition;
  service: ServiceDefinition;
  /** On EC2, the container instances' size (larger than given when the task did not fit one). */
  instance?: ContainerInstanceSize;
  /** The changes, each in a few words ("awsvpc", "a task execution role"), in the order made. */
  changes: string[];
  /** Whether ECS would accept the changed configuration. */
  runs: boolean;
  /** "With awsvpc these 3 tasks would run: …", or what still needs fixing. */
  sentence: string;
}

function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "3 tasks of 0.5 vCPU and 1 GB on Fargate, one in each of us-east-1a, … , behind a load balancer". */
function whatRuns(launchType: LaunchType, task: TaskDefinition, service: ServiceDefinition): string {
  const n = service.desiredCount;
  const size = `${fmt(task.cpuUnits / 1_024, 2)} vCPU and ${fmt(task.memoryMiB / 1_024, 2)} GB`;
  const placed = placeTasks(service).filter((p) => p.tasks > 0);
  const where = launchType === 'EXTERNAL'
    ? 'on your own servers'
    : placed.every((p) => p.tasks === 1) && placed.length > 1
      ? `one in each of ${listAnd(placed.map((p) => p.az))}`
      : `in ${listAnd(placed.map((p) => `${p.az} (${fmt(p.tasks)})`))}`;
  const lb = service.loadBalancer ? ', behind a load balancer' : '';
  return `${fmt(n)} ${n === 1 ? 'task' : 'tasks'} of ${size} on ${LAUNCH_TYPE_FACTS[launchType].label}, ${where}${lb}`;
}

/** The configuration made acceptable where one fix is plain, or null when ECS already accepts it. */
/** Instances of whole vCPU and GB that hold the task at the packing target, never smaller than `given`. */
export function instanceHolding(task: Pick<TaskDefinition, 'cpuUnits' | 'memoryMiB'>, given: ContainerInstances): ContainerInstanceSize {
  const u = (given.utilisationPercent ?? 100) / 100;
  return {
    vcpu: Math.max(given.vcpu, Math.ceil(task.cpuUnits / 1_024 / u - 1e-9)),
    memoryGB: Math.max(given.memoryGB, Math.ceil(task.memoryMiB / 1_024 / u - 1e-9)),
  };
}

export function runnableEcs(task: TaskDefinition, service: ServiceDefinition, launchType: LaunchType, edition: Edition, instances?: ContainerInstances): RunnableEcs | null {
  const given = instances ? { vcpu: instances.vcpu, memoryGB: instances.memoryGB } : undefined;
  if (validateEcs(task, service, launchType, edition, given).length === 0) return null;
  const changes: string[] = [];
  let lt = launchType;
  if (!launchTypesFor(edition).includes(lt)) {
    lt = 'FARGATE';
    changes.push(LAUNCH_TYPE_FACTS.FARGATE.label);
  }
  const facts = LAUNCH_TYPE_FACTS[lt];
  let t: TaskDefinition = task.compatibility.includes(lt) ? task : { ...task, compatibility: [...task.compatibility, lt] };
  if (t !== task) changes.push(`${lt} in its compatibilities`);
  if (!facts.networkModes.includes(t.networkMode)) {
    t = { ...t, networkMode: facts.networkModes[0]! };
    changes.push(t.networkMode);
  }
  if (lt === 'FARGATE') {
    const near = nearestFargateSize(t.cpuUnits, t.memoryMiB, edition);
    if (near.covers && (near.cpuUnits !== t.cpuUnits || near.memoryMiB !== t.memoryMiB)) {
      t = { ...t, cpuUnits: near.cpuUnits, memoryMiB: near.memoryMiB };
      changes.push(`${fmt(near.cpuUnits)} CPU units and ${fmt(near.memoryMiB)} MiB`);
    }
    if (t.executionRole === null && t.containers.some((c) => isPrivateEcrImage(c.image))) {
      t = { ...t, executionRole: 'ecsTaskExecutionRole' };
      changes.push('a task execution role');
    }
  }
  let instance = given;
  if (lt === 'EC2' && instances && given && !taskFitsInstanceSize(t, given)) {
    instance = instanceHolding(t, instances);
    changes.push(`instances of ${fmt(instance.vcpu, 2)} vCPU and ${fmt(instance.memoryGB, 2)} GB`);
  }
  let s = service;
  if (s.loadBalancer && (!facts.serviceLoadBalancing || !t.containers.some((c) => c.ports.length > 0))) {
    s = { ...s, loadBalancer: false };
    changes.push('no load balancer');
  }
  const runs = validateEcs(t, s, lt, edition, instance).length === 0;
  let sentence: string;
  if (!runs || changes.length === 0) {
    sentence = 'No task runs until the problems listed are fixed.';
  } else if (s.desiredCount === 0) {
    sentence = `With ${listAnd(changes)} ECS would accept the service; it asks for no tasks.`;
  } else {
    const these = s.desiredCount === 1 ? 'this task would run' : `these ${fmt(s.desiredCount)} tasks would run`;
    sentence = `With ${listAnd(changes)} ${these}: ${whatRuns(lt, t, s)}.`;
  }
  return { launchType: lt, task: t, service: s, ...(instance ? { instance } : {}), changes, runs: runs && changes.length > 0, sentence };
}
