/**
 * The ECS view's inputs, declared once (ranges are UI choices, docs/model.md "Interface choices"):
 * a web service of 3 Fargate tasks of 0.5 vCPU and 1 GB behind a load balancer across 3 AZs, all
 * day; EC2 mode on m5.large-sized instances (the domain's DEFAULT_EC2_MODE, its sources in
 * EC2_MODE_SOURCES). The refinement applies the domain's Fargate size rule: on Fargate an invalid
 * CPU-memory pair becomes the smallest valid size that covers it, and says why.
 * `#/ecs?lt=FARGATE&image=public.ecr.aws%2Fnginx%2Fnginx%3Alatest&cpu=512&net=awsvpc&shape=steady&port=80&mem=1024&count=3&azs=3&hours=24&price=0.096&ivcpu=2&imem=8&util=90&trole=1&erole=1&lb=1&always=1`
 */
import {
  DEFAULT_EC2_MODE, LAUNCH_TYPE_FACTS, NETWORK_MODES, WORKLOAD_SHAPES, fargateSizeValid, fargateSizesFor, launchTypesFor, nearestFargateSize,
  type Edition, type LaunchType, type NetworkMode, type WorkloadShape,
} from '../../domain';
import { choice, flag, num, show, text, whole, type InputsOf } from '../../store/params';
import { defineViewState, type Refined, type RefineContext } from '../../store/view-state';

/**
 * CPU units a task may ask for: the rows of the edition's Fargate table (ECS23; saa-c02 up to 4,096,
 * aws-facts §11); on Fargate the refinement checks the memory.
 */
export function taskCpuUnits(edition: Edition): readonly number[] {
  return fargateSizesFor(edition).map((row) => row.cpuUnits);
}
const taskCpus = (edition: Edition): string[] => taskCpuUnits(edition).map(String);
// Worded for a link and an edition switch alike: a link's refused value is not what an edition
// switch restores, so neither promises one (fitFargateSize says how to keep a link's later values).
const CPU_WHAT = (edition: Edition) => `one of ${taskCpus(edition).join(', ')} CPU units${edition === 'saa-c02' ? ' (8192 and 16384 arrived in September 2022, in current AWS)' : ''}`;

const LAUNCH_TYPES_WHAT = (edition: Edition) => (edition === 'current'
  ? 'EC2, FARGATE or EXTERNAL'
  : 'EC2 or FARGATE (EXTERNAL, ECS Anywhere, came later, in current AWS)');

const params = {
  // The link's order: the choices first, then the numbers, then the flags.
  launchType: choice<LaunchType>({
    key: 'lt', label: 'Launch type', values: (edition) => launchTypesFor(edition), default: 'FARGATE', what: LAUNCH_TYPES_WHAT,
  }),
  image: text({
    key: 'image', label: 'Image', default: 'public.ecr.aws/nginx/nginx:latest', maxLength: 200,
    examples: ['public.ecr.aws/nginx/nginx:latest', '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.2', 'ghcr.io/acme/app@sha256:abc', 'localhost:5000/team/app:v1+build.7', 'x'.repeat(200)],
  }),
  cpuUnits: choice<string>({ key: 'cpu', label: 'CPU', values: taskCpus, default: '512', what: CPU_WHAT,
    // Switching a later size to the 2021 edition keeps the task as large as that edition allows.
    fallback: (edition) => taskCpus(edition).at(-1)!,
  }),
  networkMode: choice<NetworkMode>({ key: 'net', label: 'Network mode', values: NETWORK_MODES, default: 'awsvpc', what: NETWORK_MODES.join(', ') }),
  shape: choice<WorkloadShape>({ key: 'shape', label: 'Workload', values: WORKLOAD_SHAPES, default: 'steady', what: WORKLOAD_SHAPES.join(', ') }),
  port: whole({ key: 'port', label: 'Container port', default: 80, min: 1, max: 65_535 }),
  memoryMiB: whole({ key: 'mem', label: 'Task memory', unit: 'MiB', default: 1_024, min: 512, max: 122_880 }),
  desiredCount: whole({ key: 'count', label: 'Desired tasks', unit: 'tasks', default: 3, min: 0, max: 50 }),
  azCount: whole({ key: 'azs', label: 'AZs to spread over', unit: 'AZs', default: 3, min: 1, max: 3 }),
  hoursPerDay: num({ key: 'hours', label: 'Hours a day the tasks run', unit: 'h', default: 24, min: 0, max: 24 }),
  ec2UsdPerHour: num({ key: 'price', label: 'Instance price', unit: 'USD per hour', default: DEFAULT_EC2_MODE.instanceUsdPerHour, min: 0, max: 100 }),
  ec2Vcpu: whole({ key: 'ivcpu', label: 'vCPU per instance', unit: 'vCPU', default: DEFAULT_EC2_MODE.instanceVcpu, min: 1, max: 192 }),
  ec2MemoryGB: num({ key: 'imem', label: 'Memory per instance', unit: 'GB', default: DEFAULT_EC2_MODE.instanceMemoryGB, min: 1, max: 1_536 }),
  utilisationPercent: whole({ key: 'util', label: 'Packing target', unit: '%', default: DEFAULT_EC2_MODE.utilisationPercent, min: 10, max: 100 }),
  taskRole: flag({ key: 'trole', label: 'Task role', default: true }),
  executionRole: flag({ key: 'erole', label: 'Task execution role', default: true }),
  loadBalancer: flag({ key: 'lb', label: 'Load balancer', default: true }),
  alwaysOn: flag({ key: 'always', label: 'Instances run all day', default: DEFAULT_EC2_MODE.alwaysOn }),
};

export type EcsInputs = InputsOf<typeof params>;

/** A link's launch type and CPU that only a later edition has, as a person says them ("External and 16 vCPU"). */
function laterValues(ctx: RefineContext<EcsInputs>): string[] {
  if (ctx.mode !== 'link' || ctx.edition === 'current') return [];
  const later: string[] = [];
  const lt = ctx.raw('launchType');
  if (lt !== undefined && !launchTypesFor(ctx.edition).includes(lt as LaunchType) && launchTypesFor('current').includes(lt as LaunchType)) {
    later.push(LAUNCH_TYPE_FACTS[lt as LaunchType].label);
  }
  const cpu = ctx.raw('cpuUnits');
  if (cpu !== undefined && !taskCpus(ctx.edition).includes(cpu) && taskCpus('current').includes(cpu)) later.push(`${show(Number(cpu) / 1_024)} vCPU`);
  return later;
}

/**
 * On Fargate, a CPU-memory pair the size table does not have becomes the smallest size that covers
 * it. When a link's CPU was refused (the kit already said which CPU it used), the CPU stays and the
 * memory fits it, so the notice names one CPU. A link asking for what only current AWS has says how
 * to keep it: an edition switch restores only what was accepted.
 */
function fitFargateSize(candidate: EcsInputs, ctx: RefineContext<EcsInputs>): Refined<EcsInputs> {
  const later = laterValues(ctx);
  const reopen = later.length ? [`Open the link with edition=current to keep ${later.join(' and ')}.`] : [];
  if (candidate.launchType !== 'FARGATE') return { inputs: candidate, changes: reopen };
  const cpuUnits = Number(candidate.cpuUnits);
  const check = fargateSizeValid(cpuUnits, candidate.memoryMiB, ctx.edition);
  if (check.valid) return { inputs: candidate, changes: reopen };
  const reason = check.reason ?? 'That is not a Fargate task size.';
  const cpuRefused = ctx.mode === 'link' && ctx.given('cpuUnits') && ctx.raw('cpuUnits') !== candidate.cpuUnits;
  const row = fargateSizesFor(ctx.edition).find((r) => r.cpuUnits === cpuUnits);
  if (cpuRefused && row) {
    const memoryMiB = row.memoryMiB.find((m) => m >= candidate.memoryMiB) ?? row.memoryMiB[row.memoryMiB.length - 1]!;
    return {
      inputs: { ...candidate, memoryMiB },
      changes: [`${reason} Kept ${show(cpuUnits)} CPU units and used ${show(memoryMiB)} MiB, the nearest memory it allows.`, ...reopen],
    };
  }
  const near = nearestFargateSize(cpuUnits, candidate.memoryMiB, ctx.edition);
  const largest = near.covers ? '' : ', the largest size Fargate has in this edition';
  return {
    inputs: { ...candidate, cpuUnits: String(near.cpuUnits), memoryMiB: near.memoryMiB },
    changes: [`${reason} Used ${show(near.cpuUnits)} CPU units and ${show(near.memoryMiB)} MiB${largest}.`, ...reopen],
  };
}

export const ecsState = defineViewState({ id: 'ecs', params, refine: fitFargateSize });
