/**
 * The encryption walkthrough's inputs and the event list of each branch, without captions or scenes,
 * so the URL codec can count a scenario's steps cheaply (shared/aws-facts.md §5; scenario.ts runs them).
 */
import type { ScenarioEntry as KitScenarioEntry } from '../stepper/machine';
import type { EncryptionEvent } from './machine';

export type KeyChoice = 'aws-managed' | 'customer-managed';
export const KEY_CHOICES: readonly KeyChoice[] = ['aws-managed', 'customer-managed'];

export type EncryptionBranch =
  | 'snapshot' | 'volume-same-key' | 'volume-other-key' | 'fresh-volume' | 'remove-encryption' | 'os-encryption';

export const ENCRYPTION_BRANCHES: readonly EncryptionBranch[] = [
  'snapshot', 'volume-same-key', 'volume-other-key', 'fresh-volume', 'remove-encryption', 'os-encryption',
];

export interface EncryptionInputs {
  key: KeyChoice;
  byDefault: boolean;
  branch: EncryptionBranch;
}

/** One entry of a scenario: an event, and whether it is an attempt the machine is expected to refuse (the stepper kit's). */
export type ScenarioEntry = KitScenarioEntry<EncryptionEvent>;

/** The base flow every branch starts with (aws-facts §5, steps 1-7 of the walkthrough). */
export const BASE_FLOW: readonly EncryptionEvent[] = [
  'check-region-setting', 'choose-key', 'create-volume', 'attach', 'decrypt-data-key', 'read-write', 'leave-host',
];

const BRANCH_EVENTS: Readonly<Record<EncryptionBranch, readonly ScenarioEntry[]>> = {
  snapshot: [{ event: 'snapshot' }],
  'volume-same-key': [{ event: 'snapshot' }, { event: 'create-volume-same-key' }],
  'volume-other-key': [{ event: 'snapshot' }, { event: 'create-volume-other-key' }],
  'fresh-volume': [{ event: 'create-fresh-volume' }],
  'remove-encryption': [
    { event: 'remove-encryption', attempt: true }, { event: 'snapshot' }, { event: 'copy-snapshot-other-key' },
    { event: 'start-instance' }, { event: 'create-plain-volume' }, { event: 'copy-files' },
  ],
  'os-encryption': [{ event: 'start-instance' }, { event: 'enable-os-encryption' }, { event: 'read-write' }],
};

/** The scenario of a branch: the base flow, then the branch's own entries. */
export function branchScenario(branch: EncryptionBranch): ScenarioEntry[] {
  return [...BASE_FLOW.map((event) => ({ event })), ...BRANCH_EVENTS[branch]];
}

/** How many steps a branch's scenario has (the base flow plus the branch's own). */
export function encryptionStepCount(branch: EncryptionBranch): number {
  return BASE_FLOW.length + BRANCH_EVENTS[branch].length;
}
