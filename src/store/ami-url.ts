/**
 * The AMI view's part of the URL:
 * `#/ami?boot=8&bootused=3&data=1&datasize=100&dataused=20&store=0&az=b&copy=us-west-2&perm=private&seed=2021&step=5`.
 */
import { AMI_PERMISSIONS, AZ_LETTERS, COPY_REGIONS, amiStepCount, clampAmiInputs, type AmiPermission, type AzLetter, type CopyRegion } from '../domain/ami/inputs';
import type { AmiViewInputs } from './ami-defaults';
import { clampStep } from './step-index';
import { readChoice, readNumber, readRawNumber, unknownKeys } from './url-params';

const NUMBERS = { boot: 'bootGiB', bootused: 'bootUsedGiB', data: 'dataVolumes', datasize: 'dataGiB', dataused: 'dataUsedGiB', store: 'instanceStore', seed: 'seed' } as const;
const KEYS = [...Object.keys(NUMBERS), 'az', 'copy', 'perm', 'step'];

export function encodeAmi(inputs: AmiViewInputs, params: URLSearchParams): void {
  for (const [key, field] of Object.entries(NUMBERS)) if (key !== 'seed') params.set(key, String(inputs[field]));
  params.set('az', inputs.launchAz);
  params.set('copy', inputs.copyRegion);
  params.set('perm', inputs.permission);
  params.set('seed', String(inputs.seed));
  params.set('step', String(inputs.step + 1));
}

export function decodeAmi(params: URLSearchParams, base: AmiViewInputs): { inputs: AmiViewInputs; problems: string[] } {
  const problems = unknownKeys(params, [...KEYS, 'edition']);
  const raw = { ...base };
  for (const [key, field] of Object.entries(NUMBERS)) {
    const read = readRawNumber(params, key);
    if (read.problem) problems.push(`${read.problem}: kept ${String(base[field])}`);
    else if (read.value !== undefined) raw[field] = read.value as never;
  }
  const az = readChoice<AzLetter>(params, 'az', AZ_LETTERS, base.launchAz, AZ_LETTERS.join(', '));
  const copy = readChoice<CopyRegion>(params, 'copy', COPY_REGIONS, base.copyRegion, COPY_REGIONS.join(' or '));
  const perm = readChoice<AmiPermission>(params, 'perm', AMI_PERMISSIONS, base.permission, AMI_PERMISSIONS.join(', '));
  for (const r of [az, copy, perm]) if (r.problem) problems.push(r.problem);
  const { step, ...rest } = raw;
  const clamped = clampAmiInputs({ ...rest, launchAz: az.value, copyRegion: copy.value, permission: perm.value });
  problems.push(...clamped.problems);
  const count = amiStepCount(clamped.inputs);
  const stepRead = readNumber(params, 'step', clampStep(step, count) + 1, { min: 1, max: count, integer: true });
  if (stepRead.problem) problems.push(stepRead.problem);
  return { inputs: { ...clamped.inputs, step: stepRead.value - 1 }, problems };
}
