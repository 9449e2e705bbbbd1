/**
 * The AMI walkthrough's scenario: every permission x data volumes x instance store run takes no
 * refused transition except its attempt steps, whose `refused` is set and whose scene keeps every
 * Region, AMI, snapshot and instance; each step has a short title and a caption of one or two
 * sentences; a scenario that breaks the machine's rules throws naming the step.
 */
import { describe, expect, it } from 'vitest';
import { expectReadableStep } from '../support/captions';
import { AMI_PERMISSIONS, DEFAULT_AMI_INPUTS, amiScenario, type AmiInputs } from '../../../src/domain/ami/inputs';
import { AMI_MACHINE, EDIT_AMI_REFUSAL, PRIVATE_AMI_REFUSAL } from '../../../src/domain/ami/machine';
import { amiInitialScene, amiSteps, runAmiScenario } from '../../../src/domain/ami/scenario';
import { tryEvent } from '../../../src/domain/stepper/machine';

const ALL_INPUTS: AmiInputs[] = AMI_PERMISSIONS.flatMap((permission) => ([0, 1, 2] as const).flatMap((dataVolumes) =>
  ([0, 1, 2] as const).map((instanceStore) => ({ ...DEFAULT_AMI_INPUTS, permission, dataVolumes, instanceStore }))));

describe('every AMI scenario', () => {
  it('covers 3 permissions x 3 data-volume counts x 3 instance-store counts = 27 runs', () => {
    expect(ALL_INPUTS).toHaveLength(27);
  });

  it('takes no refused transition except its attempt steps, which set `refused` and keep the scene', () => {
    for (const inputs of ALL_INPUTS) {
      const steps = amiSteps(inputs);
      const attempts = amiScenario(inputs).flatMap((e, i) => (e.attempt ? [i] : []));
      expect(attempts).toEqual(inputs.permission === 'private' ? [3, 5, 8] : [3, 5]);
      steps.forEach((step, i) => {
        const result = tryEvent(AMI_MACHINE, step.from, step.event);
        const previous = i === 0 ? amiInitialScene(inputs) : steps[i - 1]!.scene;
        if (attempts.includes(i)) {
          expect(result.ok).toBe(false);
          expect(step.refused).toBeTruthy();
          expect(step.to).toBe(step.from);
          expect(step.scene.regions).toEqual(previous.regions);
        } else {
          expect(result).toEqual({ ok: true, to: step.to });
          expect(step.refused).toBeUndefined();
        }
        if (i > 0) expect(step.from).toBe(steps[i - 1]!.to);
        expect(step.index).toBe(i);
      });
    }
  });

  it('refuses the edit, the launch in the copy Region (named) and, when private, the other account, in the machine\'s words', () => {
    const steps = amiSteps({ ...DEFAULT_AMI_INPUTS, copyRegion: 'eu-west-1' });
    expect(steps[3]!.refused).toBe(EDIT_AMI_REFUSAL);
    expect(steps[5]!.refused).toBe('An AMI belongs to one Region: copy it to eu-west-1 first');
    expect(steps[8]!.refused).toBe(PRIVATE_AMI_REFUSAL);
    expect(steps[5]!.scene.active).toContain('region:eu-west-1');
  });

  it('runs launch, configure, create image, edit, launch, other Region, copy, permission, other account, deregister', () => {
    expect(amiSteps({ ...DEFAULT_AMI_INPUTS, permission: 'accounts' }).map((s) => `${s.event}: ${s.from} -> ${s.to}`)).toEqual([
      'launch-from-amazon-ami: no-instance -> instance-running',
      'configure: instance-running -> instance-configured',
      'create-image: instance-configured -> ami-private',
      'try-edit-ami: ami-private -> ami-private',
      'launch-from-ami: ami-private -> ami-private',
      'try-launch-other-region: ami-private -> ami-private',
      'copy-ami: ami-private -> copied-private',
      'set-permission-accounts: copied-private -> copied-shared',
      'other-account-launches: copied-shared -> copied-shared',
      'deregister: copied-shared -> deregistered-copied',
    ]);
  });

  it('gives every step a title of 3 to 7 words and a caption of one or two sentences', () => {
    for (const inputs of ALL_INPUTS) {
      for (const step of amiSteps(inputs)) {
        expectReadableStep(step);
      }
    }
  });
});

describe('the captions', () => {
  const steps = amiSteps(DEFAULT_AMI_INPUTS);

  it('name the devices, sizes and used data of the defaults', () => {
    expect(steps[0]!.explanation).toMatch(/starts in us-east-1a from ami-0[0-9a-f]{16}, an Amazon-provided AMI: its root volume vol-0[0-9a-f]{16} \(\/dev\/xvda, 8 GiB\)/);
    expect(steps[1]!.explanation).toBe('The application is installed, writing 3 GiB to the root volume, and 1 data volume of 100 GiB (/dev/xvdf) is attached, holding 20 GiB.');
    expect(steps[2]!.explanation).toMatch(/23 GiB of used data\) and registers ami-0[0-9a-f]{16} in us-east-1/);
    expect(steps[4]!.explanation).toMatch(/starts in us-east-1b .*\/dev\/xvda 8 GiB from snap-.* and \/dev\/xvdf 100 GiB from snap-/);
  });

  it('say the copy is complete and private, and what deregistering leaves billed', () => {
    expect(steps[6]!.explanation).toMatch(/complete copies, another 23 GiB billed in us-west-2, and it starts private/);
    expect(steps[9]!.explanation).toMatch(/Its snapshots \(23 GiB\) stay and are still billed at \$0\.05 per GB-month, \$1\.15 a month, until you delete them\./);
  });

  it('say the instance store is not captured when there is one', () => {
    const withStore = amiSteps({ ...DEFAULT_AMI_INPUTS, instanceStore: 1 });
    expect(withStore[0]!.explanation).toMatch(/instance store volume \(ephemeral0\) .* chosen only at launch/);
    expect(withStore[2]!.explanation).toMatch(/The instance store volumes \(ephemeral0\) are not captured/);
    expect(withStore[4]!.explanation).toMatch(/with no instance store data\.$/);
  });

  it('say who may launch for each permission', () => {
    const eighth = (permission: AmiInputs['permission']) => amiSteps({ ...DEFAULT_AMI_INPUTS, permission })[7]!;
    expect(eighth('private').title).toBe('Keep the AMI private');
    expect(eighth('accounts').explanation).toMatch(/shared with specific AWS accounts/);
    expect(eighth('public').explanation).toMatch(/is public: every AWS account may launch it/);
  });
});

describe('runAmiScenario', () => {
  it('throws naming the step when an event that is not an attempt is refused', () => {
    expect(() => runAmiScenario([{ event: 'configure' }], DEFAULT_AMI_INPUTS))
      .toThrow('Step 1 ("configure" in state "no-instance") is refused: There is no instance to configure: launch one first.');
  });

  it('throws when an attempt step turns out to be allowed', () => {
    expect(() => runAmiScenario([{ event: 'launch-from-amazon-ami', attempt: true }], DEFAULT_AMI_INPUTS))
      .toThrow('Step 1 ("launch-from-amazon-ami" in state "no-instance") is an attempt, yet the machine allows it');
  });

  it('launches from the copy once it exists, in the copy Region', () => {
    const entries = [...amiScenario(DEFAULT_AMI_INPUTS).slice(0, 7), { event: 'try-launch-other-region' as const }];
    const last = runAmiScenario(entries, DEFAULT_AMI_INPUTS).at(-1)!;
    expect(last.refused).toBeUndefined();
    const west = last.scene.regions.find((r) => r.name === 'us-west-2')!;
    const instance = west.azs.find((az) => az.name === 'us-west-2b')!.instances[0]!;
    expect(instance.fromAmi).toBe(west.amis[0]!.id);
    expect(instance.volumes.map((v) => v.fromSnapshot)).toEqual(west.snapshots.map((s) => s.id));
  });
});
