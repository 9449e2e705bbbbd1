/**
 * The encryption walkthrough's scenarios: every branch x key x byDefault x edition runs without a
 * refused transition except its one attempt step, each step has a short title and a caption of at
 * most two sentences, and the two editions differ only where the 2021 guide said something else.
 */
import { describe, expect, it } from 'vitest';
import { expectReadableStep } from '../support/captions';
import { EDITIONS } from '../../../src/domain/types';
import { ENCRYPTION_MACHINE, REMOVE_ENCRYPTION_REFUSAL } from '../../../src/domain/encryption/machine';
import {
  BASE_FLOW, ENCRYPTION_BRANCHES, KEY_CHOICES, branchLabel, branchScenario, encryptionSteps, runEncryptionScenario,
  type EncryptionInputs,
} from '../../../src/domain/encryption/scenario';
import { tryEvent } from '../../../src/domain/stepper/machine';

const ALL_INPUTS: EncryptionInputs[] = ENCRYPTION_BRANCHES.flatMap((branch) =>
  KEY_CHOICES.flatMap((key) => [false, true].map((byDefault) => ({ branch, key, byDefault }))));

describe('every encryption scenario', () => {
  it('covers 6 branches x 2 keys x 2 settings x 2 editions = 48 runs', () => {
    expect(ALL_INPUTS.length * EDITIONS.length).toBe(48);
  });

  it('takes no refused transition except its attempt step, which keeps the state and sets `refused`', () => {
    for (const inputs of ALL_INPUTS) {
      for (const edition of EDITIONS) {
        const steps = encryptionSteps(inputs, edition);
        const attempts = branchScenario(inputs.branch).flatMap((e, i) => (e.attempt ? [i] : []));
        steps.forEach((step, i) => {
          const result = tryEvent(ENCRYPTION_MACHINE, step.from, step.event);
          if (attempts.includes(i)) {
            expect(result.ok).toBe(false);
            expect(step.refused).toBe(REMOVE_ENCRYPTION_REFUSAL);
            expect(step.to).toBe(step.from);
            const previous = steps[i - 1]!.scene;
            expect(step.scene.volumes).toEqual(previous.volumes);
            expect(step.scene.snapshots).toEqual(previous.snapshots);
            expect(step.scene.host).toEqual(previous.host);
          } else {
            expect(result).toEqual({ ok: true, to: step.to });
            expect(step.refused).toBeUndefined();
          }
          if (i > 0) expect(step.from).toBe(steps[i - 1]!.to);
          expect(step.index).toBe(i);
        });
        expect(attempts).toEqual(inputs.branch === 'remove-encryption' ? [7] : []);
      }
    }
  });

  it('starts with the seven steps of the base flow', () => {
    for (const inputs of ALL_INPUTS) {
      expect(encryptionSteps(inputs, 'current').slice(0, 7).map((s) => s.event)).toEqual(BASE_FLOW);
    }
  });

  it('gives every step a title of 3 to 7 words and a caption of one or two sentences', () => {
    for (const inputs of ALL_INPUTS) {
      for (const edition of EDITIONS) {
        for (const step of encryptionSteps(inputs, edition)) {
          expectReadableStep(step);
        }
      }
    }
  });

  it('differs between the editions only in the step that makes a volume with another KMS key', () => {
    for (const inputs of ALL_INPUTS) {
      const old = encryptionSteps(inputs, 'saa-c02');
      const now = encryptionSteps(inputs, 'current');
      const differing = now.flatMap((s, i) => (s.explanation === old[i]!.explanation && s.detail === old[i]!.detail ? [] : [s.event]));
      expect(differing).toEqual(inputs.branch === 'volume-other-key' ? ['create-volume-other-key'] : []);
      expect(now.map((s) => s.scene)).toEqual(old.map((s) => s.scene));
    }
    const old = encryptionSteps({ branch: 'volume-other-key', key: 'aws-managed', byDefault: true }, 'saa-c02').at(-1)!;
    expect(old.detail).toMatch(/2021 guide said only that volumes created from the snapshot share its data key/);
    expect(old.scene.volumes[1]?.dataKey).toBe('DK-2');
  });
});

describe('the captions', () => {
  const base = (byDefault: boolean, key: 'aws-managed' | 'customer-managed' = 'aws-managed') =>
    encryptionSteps({ branch: 'snapshot', key, byDefault }, 'current');

  it('say the setting is per Region, and on or off as chosen', () => {
    expect(base(true)[0]!.explanation).toMatch(/^Encryption by default is on .* in this Region, so every new EBS volume here is encrypted automatically\./);
    expect(base(false)[0]!.explanation).toMatch(/^Encryption by default is off .* encrypted only if you ask for it\./);
    expect(base(true)[0]!.explanation).toMatch(/It is set per Region\.$/);
    expect(base(true)[0]!.detail).toMatch(/does not change existing volumes or snapshots/);
  });

  it('say whether encryption was applied automatically or asked for, and the volume ends encrypted either way', () => {
    expect(base(true)[2]!.explanation).toMatch(/^Encryption is applied automatically by the Region setting/);
    expect(base(false)[2]!.explanation).toMatch(/^Encryption is asked for explicitly/);
    for (const byDefault of [false, true]) expect(base(byDefault)[2]!.scene.volumes[0]?.encrypted).toBe(true);
  });

  it('name the chosen KMS key, AES-256 and the 4 KiB limit that calls for a data key per volume', () => {
    expect(base(true)[1]!.explanation).toMatch(/AWS managed KMS key aws\/ebs, which AWS creates for the account in each Region/);
    expect(base(true, 'customer-managed')[1]!.explanation).toMatch(/alias\/app-data, a symmetric customer managed KMS key/);
    expect(base(true)[2]!.explanation).toMatch(/AES-256 data key, DK-1, and stores only its encrypted copy with vol-1/);
    expect(base(true)[2]!.detail).toMatch(/^A KMS key directly encrypts at most 4 KiB of data/);
  });

  it('quote "a minimal effect on latency", not "no performance loss"', () => {
    const rw = base(true)[5]!.explanation;
    expect(rw).toMatch(/Same IOPS, a minimal effect on latency\.$/);
    expect(base(true)[5]!.detail).toMatch(/The notes say there is no performance loss; AWS states the same IOPS/);
    expect(rw).not.toMatch(/no performance loss/i);
  });
});

describe('the caption of every step', () => {
  const words = (text: string) => text.trim().split(/\s+/).length;

  it('is at most 35 words, with the refusal, in every scenario; the rest sits in its detail', () => {
    for (const inputs of ALL_INPUTS) {
      for (const edition of EDITIONS) {
        for (const step of encryptionSteps(inputs, edition)) {
          const caption = `${step.title}. ${step.explanation}${step.refused ? ` Refused: ${step.refused}` : ''}`;
          expect(words(step.explanation), step.explanation).toBeLessThanOrEqual(30);
          expect(words(caption), caption).toBeLessThanOrEqual(35);
          if (step.detail) expect(words(step.detail), step.detail).toBeLessThanOrEqual(45);
        }
      }
    }
  });

  it('names a source for every step', () => {
    for (const inputs of ALL_INPUTS) for (const step of encryptionSteps(inputs, 'saa-c02')) expect(step.source).toMatch(/EBSEncryption\.md/);
  });
});

describe('branchLabel', () => {
  it('gives the short button label of each branch', () => {
    expect(ENCRYPTION_BRANCHES.map(branchLabel)).toEqual([
      'Snapshot the volume', 'Volume from the snapshot, same KMS key', 'Volume from the snapshot, another KMS key',
      'A fresh volume', 'Try to remove encryption', 'OS full-disk encryption',
    ]);
  });
});

describe('runEncryptionScenario', () => {
  const inputs = { key: 'aws-managed', byDefault: false } as const;

  it('throws naming the step when an event that is not an attempt is refused', () => {
    expect(() => runEncryptionScenario([{ event: 'check-region-setting' }, { event: 'attach' }], inputs, 'current'))
      .toThrow('Step 2 ("attach" in state "region-checked") is refused: There is no volume to attach yet.');
  });

  it('throws when an attempt step turns out to be allowed', () => {
    expect(() => runEncryptionScenario([{ event: 'check-region-setting', attempt: true }], inputs, 'current'))
      .toThrow('Step 1 ("check-region-setting" in state "region-unchecked") is an attempt, yet the machine allows it');
  });
});

describe('the encryption captions\' wording', () => {
  const step = (branch: EncryptionInputs['branch'], event: string) =>
    encryptionSteps({ branch, key: 'aws-managed', byDefault: false }, 'current').find((s) => s.event === event)!;

  it('says a copy is the only way to change the KMS key of an existing snapshot or volume, and that a new volume may use another key', () => {
    const copy = step('remove-encryption', 'copy-snapshot-other-key');
    expect(copy.explanation).toContain('the only way to change the KMS key of an existing snapshot or volume');
    expect(copy.explanation).not.toContain('existing data');
    expect(copy.detail).toContain('A new volume made from a snapshot can use another KMS key as well.');
  });

  it('keeps the plaintext key while the instance runs on this host, not "while the volume is attached"', () => {
    for (const inputs of ALL_INPUTS) {
      for (const s of encryptionSteps(inputs, 'current')) expect(s.explanation).not.toContain('while the volume is attached');
    }
    expect(step('snapshot', 'decrypt-data-key').explanation).toContain('while the instance runs on this host');
  });
});
