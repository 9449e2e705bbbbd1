/**
 * The sentences beside the EC2-mode-versus-Fargate comparison (cost.ts computes every figure;
 * this file only words them): the workload's shape, the Fargate bill, the EC2-mode bill, and the
 * verdict. Money in USD to the cent; Fargate's hourly rate to five decimals, as priced (aws-facts §10).
 */
import { fmt, numberFormat } from '../format';
import type { Ec2Mode, EcsWorkload } from './cost';
import type { Edition } from '../types';
import { fargateHourlyUsd, largestFargateSizeText, type NearestFargateSize } from './fargate';

export interface EcsCostFigures {
  w: EcsWorkload;
  ec2: Ec2Mode;
  edition: Edition;
  days: number;
  base: number;
  fargateSize: NearestFargateSize;
  billedVcpu: number;
  billedGB: number;
  fargateTaskHours: number;
  fargateUsd: number;
  instances: number;
  /** Instances the peak needs as one pool, before one instance per AZ with a task. */
  pooledInstances: number;
  azsWithTasks: number;
  ec2InstanceHours: number;
  ec2Usd: number;
  taskFitsInstance: boolean;
  cheaper: 'fargate' | 'ec2' | 'equal';
}

const usd = (n: number): string => `$${numberFormat(2, 2).format(n)}`;
const rate = (n: number): string => `$${numberFormat(2, 5).format(n)}`;
const price = (n: number): string => `$${numberFormat(2, 4).format(n)}`;
const plural = (n: number, one: string, many: string): string => `${fmt(n, 2)} ${n === 1 ? one : many}`;

function shapeSentence(f: EcsCostFigures): string {
  const { w, days, base } = f;
  const h = w.hoursPerDay;
  const tasks = plural(w.tasks, 'task', 'tasks');
  const period = `for ${plural(days, 'day', 'days')}`;
  if (w.shape === 'bursty') {
    const cycle = `Bursty: ${tasks} run ${fmt(h, 2)} h a day (a ${fmt((h / 24) * 100)}% duty cycle)`;
    if (h >= 24) return `${cycle}, ${period}.`;
    const between = base > 0 ? `${fmt(base)} ${base === 1 ? 'keeps' : 'keep'} the service up the other ${fmt(24 - h, 2)} h` : 'nothing runs the other hours';
    return `${cycle} and ${between}, ${period}.`;
  }
  if (w.shape === 'batch') return `Batch: ${tasks} run once a day for ${fmt(h, 2)} h, then exit, ${period}.`;
  return `Steady: ${tasks} run ${fmt(h, 2)} h a day, ${period}.`;
}

function fargateSentence(f: EcsCostFigures): string {
  const { w, fargateSize, billedVcpu, billedGB } = f;
  const each = f.fargateTaskHours > 0 ? `, ${rate(fargateHourlyUsd(billedVcpu, billedGB))} an hour each` : '';
  let s = `Fargate: ${plural(f.fargateTaskHours, 'task-hour', 'task-hours')} at ${fmt(billedVcpu, 2)} vCPU and ${fmt(billedGB, 2)} GB${each} = ${usd(f.fargateUsd)}.`;
  if (!fargateSize.covers) {
    s += ` No Fargate task size is that large (${largestFargateSizeText(f.edition)} at most): priced as requested, but Fargate cannot run it.`;
  } else if (billedVcpu !== w.vcpu || billedGB !== w.memoryGB) {
    s += ` Fargate has no ${fmt(w.vcpu, 2)} vCPU / ${fmt(w.memoryGB, 2)} GB size: each task requests, and pays for, the nearest that covers it.`;
  }
  return s;
}

function ec2Sentence(f: EcsCostFigures): string {
  const { w, ec2 } = f;
  const util = `${fmt(ec2.utilisationPercent, 1)}% packing`;
  const peak = `${fmt(w.tasks * w.vcpu, 2)} vCPU, ${fmt(w.tasks * w.memoryGB, 2)} GB`;
  const size = `${fmt(ec2.instanceVcpu, 2)} vCPU and ${fmt(ec2.instanceMemoryGB, 2)} GB`;
  // When the AZs, not the peak, set the count, the sentence says so: an instance sits in one AZ.
  const needs = f.instances > f.pooledInstances
    ? `the peak (${peak}) fits on ${plural(f.pooledInstances, 'instance', 'instances')} of ${size} at ${util}, but an instance sits in one AZ and the tasks are spread over ${plural(f.azsWithTasks, 'AZ', 'AZs')}, so it needs ${plural(f.instances, 'instance', 'instances')}, one in each`
    : `the peak (${peak}) needs ${plural(f.instances, 'instance', 'instances')} of ${size} at ${util}`;
  let s = `EC2 mode: ${needs}; ${plural(f.ec2InstanceHours, 'instance-hour', 'instance-hours')} at ${price(ec2.instanceUsdPerHour)} = ${usd(f.ec2Usd)}.`;
  s += ec2.alwaysOn
    ? ' The container instances run, and bill, 24 h a day whether tasks run or not.'
    : ' The instances run only while tasks need them.';
  if (!f.taskFitsInstance) {
    s += ` One task (${fmt(w.vcpu, 2)} vCPU, ${fmt(w.memoryGB, 2)} GB) is bigger than an instance at ${util}: the count treats the cluster as one pool, so pick a larger instance.`;
  }
  return s;
}

function verdict(f: EcsCostFigures): string {
  if (f.cheaper === 'equal') return 'Both cost the same.';
  const diff = Math.abs(f.fargateUsd - f.ec2Usd);
  return `${f.cheaper === 'ec2' ? 'EC2 mode' : 'Fargate'} is cheaper by ${usd(diff)}.`;
}

export function ecsCostExplanation(f: EcsCostFigures): string {
  if (f.w.tasks === 0) return 'No tasks: nothing runs in either mode, and nothing is billed.';
  return [shapeSentence(f), fargateSentence(f), ec2Sentence(f), verdict(f)].join(' ');
}
