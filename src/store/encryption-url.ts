/** The encryption view's part of the URL: `#/encryption?key=aws-managed&default=0&branch=snapshot&step=4`. */
import { ENCRYPTION_BRANCHES, KEY_CHOICES, encryptionStepCount, type EncryptionBranch, type KeyChoice } from '../domain/encryption/branches';
import type { EncryptionViewInputs } from './encryption-defaults';
import { clampStep } from './step-index';
import { readChoice, readFlag, readNumber, unknownKeys } from './url-params';

const KEYS = ['key', 'default', 'branch', 'step'] as const;

export function encodeEncryption(inputs: EncryptionViewInputs, params: URLSearchParams): void {
  params.set('key', inputs.key);
  params.set('default', inputs.byDefault ? '1' : '0');
  params.set('branch', inputs.branch);
  params.set('step', String(inputs.step + 1));
}

export function decodeEncryption(params: URLSearchParams, base: EncryptionViewInputs): { inputs: EncryptionViewInputs; problems: string[] } {
  const problems = unknownKeys(params, [...KEYS, 'edition']);
  const key = readChoice<KeyChoice>(params, 'key', KEY_CHOICES, base.key, KEY_CHOICES.join(' or '));
  const byDefault = readFlag(params, 'default', base.byDefault);
  const branch = readChoice<EncryptionBranch>(params, 'branch', ENCRYPTION_BRANCHES, base.branch, `one of ${ENCRYPTION_BRANCHES.join(', ')}`);
  const scenario = { key: key.value, byDefault: byDefault.value, branch: branch.value };
  const count = encryptionStepCount(scenario.branch);
  // Steps are counted from 1 in the URL, as on screen.
  const step = readNumber(params, 'step', clampStep(base.step, count) + 1, { min: 1, max: count, integer: true });
  for (const r of [key, byDefault, branch, step]) if (r.problem) problems.push(r.problem);
  return { inputs: { ...scenario, step: step.value - 1 }, problems };
}
