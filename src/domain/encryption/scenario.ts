/**
 * The EBS encryption walkthrough's scenarios, run ahead of time into explained steps with a scene
 * each (HOUSE_STYLE: trace + cursor). Every branch starts with the base flow of shared/aws-facts.md
 * §5 (UG21/UG23 EBSEncryption.md): Region setting, KMS key, create, attach, plaintext key in host
 * memory, reads and writes, leave the host. Then one branch:
 *   snapshot           the snapshot is encrypted with the same data key (UG21)
 *   volume-same-key    a volume from it with the same KMS key shares the data key (UG21, UG23)
 *   volume-other-key   with another KMS key it gets a new data key (UG23)
 *   fresh-volume       a new empty volume gets its own data key (notes; aws-facts §5 "data key per volume")
 *   remove-encryption  an ATTEMPT the machine refuses (UG21), then a snapshot copy with another key and
 *                      an OS-level copy to an unencrypted volume (notes, Exam PowerUp)
 *   os-encryption      OS full-disk encryption on top, independent of EBS encryption (notes)
 * An attempt step is the one place a refused event appears: it keeps the state and the volumes and
 * snapshots, and carries the refusal. Any other refusal is a bug and throws: the stepper kit's
 * runAttempts runs the entries (stepper/machine.ts).
 */
import { runAttempts } from '../stepper/machine';
import type { Edition } from '../types';
import { encryptionStepText, encryptionStepTitle } from './captions';
import { ENCRYPTION_MACHINE, type EncryptionEvent, type EncryptionState } from './machine';
import { branchScenario, type EncryptionBranch, type EncryptionInputs, type KeyChoice, type ScenarioEntry } from './branches';
import {
  AWS_MANAGED_ALIAS, CUSTOMER_MANAGED_ALIAS, SECOND_CUSTOMER_MANAGED_ALIAS, applyEncryptionEvent, initialScene,
  type EncryptionScene,
} from './scene';

export type { EncryptionBranch, EncryptionInputs, KeyChoice, ScenarioEntry } from './branches';
export { BASE_FLOW, ENCRYPTION_BRANCHES, KEY_CHOICES, branchScenario, encryptionStepCount } from './branches';

const LABELS: Readonly<Record<EncryptionBranch, string>> = {
  snapshot: 'Snapshot the volume',
  'volume-same-key': 'Volume from the snapshot, same KMS key',
  'volume-other-key': 'Volume from the snapshot, another KMS key',
  'fresh-volume': 'A fresh volume',
  'remove-encryption': 'Try to remove encryption',
  'os-encryption': 'OS full-disk encryption',
};

/** The short button label of a branch. */
export function branchLabel(b: EncryptionBranch): string {
  return LABELS[b];
}

/** The AWS managed key aws/ebs, or a symmetric customer managed key (UG21 EBSEncryption.md). */
export function kmsAliasOf(key: KeyChoice): string {
  return key === 'aws-managed' ? AWS_MANAGED_ALIAS : CUSTOMER_MANAGED_ALIAS;
}

/** The "another KMS key" of the other-key and re-key steps: never the chosen one. */
export function otherKmsAliasOf(key: KeyChoice): string {
  return key === 'aws-managed' ? CUSTOMER_MANAGED_ALIAS : SECOND_CUSTOMER_MANAGED_ALIAS;
}

export interface EncryptionStep {
  index: number;
  event: EncryptionEvent;
  /** The machine state before and after the step; equal on an attempt step. */
  from: EncryptionState;
  to: EncryptionState;
  title: string;
  /** The caption, at most 30 words; more under `detail`, both from `source`. */
  explanation: string;
  detail?: string;
  source: string;
  /** Set on an attempt step whose event the machine refuses; the state does not change. */
  refused?: string;
  scene: EncryptionScene;
}

/** Runs a branch's scenario into steps, each with its caption and the scene to draw after it. */
export function encryptionSteps(inputs: EncryptionInputs, edition: Edition): EncryptionStep[] {
  return runEncryptionScenario(branchScenario(inputs.branch), inputs, edition);
}

/**
 * Runs any list of entries from the machine's initial state. Throws naming the step when an event
 * that is not an attempt is refused, or when an attempt is allowed.
 */
export function runEncryptionScenario(
  entries: readonly ScenarioEntry[], inputs: Omit<EncryptionInputs, 'branch'>, edition: Edition,
): EncryptionStep[] {
  const keys = { kmsAlias: kmsAliasOf(inputs.key), otherKmsAlias: otherKmsAliasOf(inputs.key) };
  return runAttempts(ENCRYPTION_MACHINE, entries, {
    initial: initialScene(keys.kmsAlias, inputs.byDefault),
    apply: (scene, event) => applyEncryptionEvent(scene, event, keys),
    // A refused attempt changes nothing but what is highlighted.
    attempt: (scene, event) => ({ ...scene, active: applyEncryptionEvent(scene, event, keys).active }),
    step: ({ index, event, from, to, before, after, refused }): EncryptionStep => ({
      index, event, from, to,
      title: encryptionStepTitle(event, from),
      ...encryptionStepText({ event, from, byDefault: inputs.byDefault, edition, before, after }),
      scene: after,
      ...(refused === undefined ? {} : { refused }),
    }),
  });
}
