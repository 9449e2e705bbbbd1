/**
 * One container workload run in EC2 mode or on Fargate: what each costs over `days` (default 30)
 * days, and which of the notes' three lines of advice hold (seed notes "EC2 vs ECS(EC2) vs Fargate").
 *
 * The workload: `tasks` tasks at its peak, each of `vcpu` vCPU and `memoryGB` GB; h = hoursPerDay.
 *   steady   the tasks run h hours a day (24 = round the clock), then stop
 *   bursty   duty cycle h / 24: the tasks run h hours a day; between bursts `baseTasks` (default 1,
 *            at most `tasks`) keep the service up for the other 24 - h hours
 *   batch    the tasks run once a day for h hours, then exit
 * A run (steady, batch) bills at least one minute: runHours(h) = max(h, 1/60) for h > 0, else 0
 * (Fargate and EC2 On-Demand both bill per second with a 1-minute minimum, aws-facts §3.4, §10).
 *
 * Fargate bills each task the smallest valid size of the edition covering its request
 * (nearestFargateSize; saa-c02 up to 4 vCPU / 30 GB, current up to 16 vCPU / 120 GB, aws-facts §11):
 *   task-hours/day  steady, batch: tasks x runHours(h)      bursty: tasks x h + base x (24 - h)
 *   fargateUsd      days x task-hours/day x (vCPU x $0.04048 + GB x $0.004445)   (third-party)
 * EC2 mode packs the peak onto identical instances at `utilisationPercent` (u):
 *   instances(n)    ceil(max(n x vcpu / (instanceVcpu x u), n x memoryGB / (instanceMemoryGB x u)))
 *   instance-hours/day  alwaysOn: instances(tasks) x 24 (they bill whether tasks run or not);
 *                   otherwise the capacity follows the tasks: steady, batch instances(tasks) x runHours(h);
 *                   bursty instances(tasks) x h + instances(base) x (24 - h)
 *   ec2Usd          days x instance-hours/day x instanceUsdPerHour
 * instances(n) treats the cluster as one pool (a lower bound: it ignores tasks left over on each
 * instance); `taskFitsInstance` is false when one task is bigger than an instance at u.
 * `cheaper` compares the two costs rounded to the cent.
 *
 * Defaults: instanceUsdPerHour $0.096 (m5.large us-east-1 Linux On-Demand, third-party, aws-facts
 * §3.4); instanceVcpu 2 and instanceMemoryGB 8 (m5.large: assumptions, not in aws-facts.md);
 * utilisationPercent 90 (interface choice). Spot and Reserved prices are unsourced: a person enters
 * their own instanceUsdPerHour.
 */
import type { Edition } from '../types';
import { fargateMonthlyCost, nearestFargateSize, CPU_UNITS_PER_VCPU, MIB_PER_GB, type NearestFargateSize } from './fargate';
import { ecsCostExplanation } from './cost-explain';

export type WorkloadShape = 'steady' | 'bursty' | 'batch';
export const WORKLOAD_SHAPES: readonly WorkloadShape[] = ['steady', 'bursty', 'batch'];

export function isWorkloadShape(value: unknown): value is WorkloadShape {
  return typeof value === 'string' && (WORKLOAD_SHAPES as readonly string[]).includes(value);
}

export interface EcsWorkload {
  /** Tasks at the peak. */
  readonly tasks: number;
  readonly vcpu: number;
  readonly memoryGB: number;
  readonly hoursPerDay: number;
  readonly shape: WorkloadShape;
  /** Days billed; default 30. */
  readonly days?: number;
  /** Bursty only: tasks kept running between bursts; default 1, never more than `tasks`. */
  readonly baseTasks?: number;
  /**
   * AZs the service spreads its tasks over. An EC2 instance sits in one AZ, so EC2 mode needs at
   * least one instance in each AZ that holds a task: min(azs, tasks). Default 1.
   */
  readonly azs?: number;
}

export interface Ec2Mode {
  readonly instanceUsdPerHour: number;
  readonly instanceVcpu: number;
  readonly instanceMemoryGB: number;
  /** The share of each instance tasks may fill (packing target), 0 < u <= 100. */
  readonly utilisationPercent: number;
  /** Container instances run (and bill) 24 h a day whether tasks run or not. */
  readonly alwaysOn: boolean;
}

export const HOURS_PER_DAY = 24;
export const DEFAULT_DAYS = 30;
/** Tasks a bursty service keeps running between bursts unless `baseTasks` says otherwise (interface choice). */
export const BURSTY_BASE_TASKS = 1;
/** Peak instances from which the notes' "large workload" line can apply (interface choice). */
export const LARGE_WORKLOAD_MIN_INSTANCES = 4;
/** Peak instances up to which a workload counts as small (interface choice). */
export const SMALL_WORKLOAD_MAX_INSTANCES = 1;
/** m5.large, us-east-1, Linux On-Demand (aws-facts §3.4: third-party, no AWS page found). */
export const M5_LARGE_ON_DEMAND_USD_PER_HOUR = 0.096;

export const DEFAULT_EC2_MODE: Ec2Mode = {
  instanceUsdPerHour: M5_LARGE_ON_DEMAND_USD_PER_HOUR,
  instanceVcpu: 2,
  instanceMemoryGB: 8,
  utilisationPercent: 90,
  alwaysOn: true,
};

/** Where each EC2-mode default comes from, as a learner reads it: one third-party price, the rest assumptions a person may edit. */
export const EC2_MODE_SOURCES: Readonly<Record<keyof Ec2Mode, string>> = {
  // No link: the figure comes from public code fixtures, and no AWS page was found for it.
  instanceUsdPerHour: 'third-party: m5.large us-east-1 Linux On-Demand, $0.096 an hour, as many independent public code fixtures give it; no AWS page found. Spot and Reserved prices are unsourced: enter your own.',
  instanceVcpu: 'explorer\'s assumption: 2 vCPU, an m5.large (no source read for it)',
  instanceMemoryGB: 'explorer\'s assumption: 8 GB, an m5.large (no source read for it)',
  utilisationPercent: 'interface choice: how full the instances are packed',
  alwaysOn: 'interface choice: the notes\' EC2 mode bills container instances whether tasks run or not',
};

export interface EcsGuidance {
  id: 'use-ecs' | 'ec2-large-price-conscious' | 'fargate-small-bursty-batch';
  text: string;
  applies: boolean;
}

export interface EcsCostComparison {
  fargateUsd: number;
  ec2Usd: number;
  /** Container instances EC2 mode needs at the peak. */
  instances: number;
  cheaper: 'fargate' | 'ec2' | 'equal';
  explanation: string;
  guidance: EcsGuidance[];
  /** The size each Fargate task requests and is billed for. */
  fargateSize: NearestFargateSize;
  fargateTaskHours: number;
  ec2InstanceHours: number;
  taskFitsInstance: boolean;
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

function checkInputs(w: EcsWorkload, ec2: Ec2Mode): void {
  const finite = Number.isFinite;
  check(Number.isInteger(w.tasks) && w.tasks >= 0, 'Tasks must be a whole number, 0 or more.');
  check(finite(w.vcpu) && w.vcpu > 0, 'vCPU per task must be above 0.');
  check(finite(w.memoryGB) && w.memoryGB > 0, 'Memory per task (GB) must be above 0.');
  check(finite(w.hoursPerDay) && w.hoursPerDay >= 0 && w.hoursPerDay <= HOURS_PER_DAY, 'Hours a day must be from 0 to 24.');
  check(w.days === undefined || (finite(w.days) && w.days >= 0), 'Days must be 0 or more.');
  check(w.baseTasks === undefined || (Number.isInteger(w.baseTasks) && w.baseTasks >= 0), 'Base tasks must be a whole number, 0 or more.');
  check(finite(ec2.instanceUsdPerHour) && ec2.instanceUsdPerHour >= 0, 'The instance price must be 0 or more.');
  check(finite(ec2.instanceVcpu) && ec2.instanceVcpu > 0, 'Instance vCPU must be above 0.');
  check(finite(ec2.instanceMemoryGB) && ec2.instanceMemoryGB > 0, 'Instance memory (GB) must be above 0.');
  check(finite(ec2.utilisationPercent) && ec2.utilisationPercent > 0 && ec2.utilisationPercent <= 100, 'Utilisation must be above 0% and at most 100%.');
}

/** Billed hours of one run of h hours: per second with a 1-minute minimum. */
export function runHours(hours: number): number {
  return hours > 0 ? Math.max(hours, 1 / 60) : 0;
}

/** Instances holding n tasks at the packing target (one pool; see the docblock). */
export function instancesFor(tasks: number, w: Pick<EcsWorkload, 'vcpu' | 'memoryGB'>, ec2: Ec2Mode): number {
  if (tasks === 0) return 0;
  const u = ec2.utilisationPercent / 100;
  const needed = Math.max((tasks * w.vcpu) / (ec2.instanceVcpu * u), (tasks * w.memoryGB) / (ec2.instanceMemoryGB * u));
  return Math.ceil(needed - 1e-9);
}

const roundCents = (usd: number): number => Math.round(usd * 100);

export function ecsCostComparison(w: EcsWorkload, ec2: Ec2Mode, edition: Edition = 'current'): EcsCostComparison {
  checkInputs(w, ec2);
  const days = w.days ?? DEFAULT_DAYS;
  const h = w.hoursPerDay;
  const bursty = w.shape === 'bursty';
  const base = bursty ? Math.min(w.baseTasks ?? BURSTY_BASE_TASKS, w.tasks) : 0;
  const busyHours = bursty ? h : runHours(h);
  const offHours = bursty ? HOURS_PER_DAY - h : 0;

  const fargateSize = nearestFargateSize(Math.ceil(w.vcpu * CPU_UNITS_PER_VCPU - 1e-9), Math.ceil(w.memoryGB * MIB_PER_GB - 1e-9), edition);
  const billedVcpu = fargateSize.covers ? fargateSize.cpuUnits / CPU_UNITS_PER_VCPU : w.vcpu;
  const billedGB = fargateSize.covers ? fargateSize.memoryMiB / MIB_PER_GB : w.memoryGB;
  const fargateTaskHours = days * (w.tasks * busyHours + base * offHours);
  const fargateUsd = fargateMonthlyCost({ vcpu: billedVcpu, memoryGB: billedGB, hours: fargateTaskHours });

  const azsInUse = (n: number) => Math.min(Math.max(1, Math.floor(w.azs ?? 1)), n);
  const pooled = instancesFor(w.tasks, w, ec2);
  const instances = Math.max(pooled, azsInUse(w.tasks));
  const baseInstances = Math.max(instancesFor(base, w, ec2), azsInUse(base));
  const perDay = ec2.alwaysOn ? instances * HOURS_PER_DAY : instances * busyHours + baseInstances * offHours;
  const ec2InstanceHours = days * perDay;
  const ec2Usd = ec2InstanceHours * ec2.instanceUsdPerHour;

  const u = ec2.utilisationPercent / 100;
  const taskFitsInstance = w.vcpu <= ec2.instanceVcpu * u && w.memoryGB <= ec2.instanceMemoryGB * u;
  const f = roundCents(fargateUsd);
  const e = roundCents(ec2Usd);
  const cheaper = f === e ? 'equal' : f < e ? 'fargate' : 'ec2';
  const intermittent = fargateTaskHours < days * w.tasks * HOURS_PER_DAY;
  const guidance: EcsGuidance[] = [
    { id: 'use-ecs', text: 'If you are already using containers, use ECS.', applies: w.tasks > 0 },
    {
      id: 'ec2-large-price-conscious',
      text: 'A large workload and a price-conscious business: EC2 mode, where Spot and Reserved pricing are possible.',
      applies: pooled >= LARGE_WORKLOAD_MIN_INSTANCES && cheaper === 'ec2',
    },
    {
      id: 'fargate-small-bursty-batch',
      text: 'Small, bursty or batch workloads: Fargate, which bills only the capacity tasks request while they run.',
      applies: (pooled <= SMALL_WORKLOAD_MAX_INSTANCES || intermittent) && cheaper === 'fargate',
    },
  ];
  const explanation = ecsCostExplanation({
    w, ec2, edition, days, base, fargateSize, billedVcpu, billedGB, fargateTaskHours, fargateUsd,
    instances, pooledInstances: pooled, azsWithTasks: azsInUse(w.tasks), ec2InstanceHours, ec2Usd, taskFitsInstance, cheaper,
  });
  return { fargateUsd, ec2Usd, instances, cheaper, explanation, guidance, fargateSize, fargateTaskHours, ec2InstanceHours, taskFitsInstance };
}
