/**
 * The ECS view's part of the URL: `#/ecs?lt=FARGATE&image=...&port=80&cpu=512&mem=1024&net=awsvpc&trole=1&erole=1&count=3&lb=1&azs=3&hours=24&shape=steady&price=0.096&ivcpu=2&imem=8&util=90&always=1`.
 * A Fargate size that is not valid is replaced by the view (it knows the domain's table), with a notice.
 */
import type { Edition } from '../domain';
import type { WorkloadShape } from '../domain/ecs/cost';
import type { LaunchType, NetworkMode } from '../domain/ecs/launch-types';
import { DEFAULT_ECS, ECS_LIMITS, TASK_CPU_UNITS, type EcsInputs } from './ecs-defaults';
import { fitEcs } from './ecs-slice';
import { readChoice, readFlag, readNumber, unknownKeys } from './url-params';

const NUMBERS = {
  port: 'port', mem: 'memoryMiB', count: 'desiredCount', azs: 'azCount', hours: 'hoursPerDay',
  price: 'ec2UsdPerHour', ivcpu: 'ec2Vcpu', imem: 'ec2MemoryGB', util: 'utilisationPercent',
} as const;
const FLAGS = { trole: 'taskRole', erole: 'executionRole', lb: 'loadBalancer', always: 'alwaysOn' } as const;
const KEYS = ['lt', 'image', 'cpu', 'net', 'shape', ...Object.keys(NUMBERS), ...Object.keys(FLAGS)];
const SHAPES: readonly WorkloadShape[] = ['steady', 'bursty', 'batch'];
const NETS: readonly NetworkMode[] = ['awsvpc', 'bridge', 'host'];

export function encodeEcs(e: EcsInputs, params: URLSearchParams): void {
  params.set('lt', e.launchType);
  params.set('image', e.image);
  params.set('cpu', String(e.cpuUnits));
  params.set('net', e.networkMode);
  params.set('shape', e.shape);
  for (const [key, field] of Object.entries(NUMBERS)) params.set(key, String(e[field]));
  for (const [key, field] of Object.entries(FLAGS)) params.set(key, e[field] ? '1' : '0');
}

export function decodeEcs(params: URLSearchParams, base: EcsInputs, edition: Edition): { inputs: EcsInputs; problems: string[] } {
  const problems = unknownKeys(params, [...KEYS, 'edition']);
  const types: LaunchType[] = edition === 'current' ? ['EC2', 'FARGATE', 'EXTERNAL'] : ['EC2', 'FARGATE'];
  const lt = readChoice<LaunchType>(params, 'lt', types, types.includes(base.launchType) ? base.launchType : 'FARGATE',
    edition === 'current' ? 'EC2, FARGATE or EXTERNAL' : 'EC2 or FARGATE (EXTERNAL, ECS Anywhere, came later: switch to current AWS)');
  const cpu = readChoice(params, 'cpu', TASK_CPU_UNITS.map(String), String(base.cpuUnits), `one of ${TASK_CPU_UNITS.join(', ')} CPU units`);
  const net = readChoice<NetworkMode>(params, 'net', NETS, base.networkMode, NETS.join(', '));
  const shape = readChoice<WorkloadShape>(params, 'shape', SHAPES, base.shape, SHAPES.join(', '));
  const out: EcsInputs = { ...base, launchType: lt.value, cpuUnits: Number(cpu.value), networkMode: net.value, shape: shape.value };
  for (const r of [lt, cpu, net, shape]) if (r.problem) problems.push(r.problem);
  const image = params.get('image');
  if (image !== null) out.image = image.trim() ? image.slice(0, ECS_LIMITS.imageChars) : DEFAULT_ECS.image;
  for (const [key, field] of Object.entries(NUMBERS)) {
    const [min, max] = ECS_LIMITS[field];
    const read = readNumber(params, key, base[field], { min, max, integer: field !== 'hoursPerDay' && field !== 'ec2UsdPerHour' && field !== 'ec2MemoryGB' });
    if (read.problem) problems.push(read.problem);
    out[field] = read.value;
  }
  for (const [key, field] of Object.entries(FLAGS)) {
    const read = readFlag(params, key, base[field]);
    if (read.problem) problems.push(read.problem);
    out[field] = read.value;
  }
  return { inputs: fitEcs(out), problems };
}
