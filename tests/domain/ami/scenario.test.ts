/**
 * The AMI walkthrough's scenario: every permission x data volumes x instance store run takes no
 * refused transition except its attempt steps, whose `refused` is set and whose scene keeps every
 * Region, AMI, snapshot and instance; each step has a short title and a caption of one or two
 * sentences that never repeats the refusal; every event has its sources; a scenario that breaks the
 * machine's rules throws naming the step.
 */
import { describe, expect, it } from 'vitest';
import { expectReadableStep } from '../support/captions';
import { AMI_PERMISSIONS, DEFAULT_AMI_INPUTS, amiScenario, type AmiInputs } from '../../../src/domain/ami/inputs';
import { AMI_STEP_SOURCES } from '../../../src/domain/ami/captions';
import { AMI_EVENTS, AMI_MACHINE, EDIT_AMI_REFUSAL, PRIVATE_AMI_REFUSAL } from '../../../src/domain/ami/machine';
import { amiInitialScene, amiSteps, runAmiScenario } from '../../../src/domain/ami/scenario';
import { tryEvent } from '../../../src/domain/stepper/machine';
import { sourceReferences } from '../../../src/domain/catalog/source-links';

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

  it('never repeats a refusal in the caption: the view shows `refused` on its own', () => {
    for (const inputs of ALL_INPUTS) {
      for (const step of amiSteps(inputs).filter((s) => s.refused)) {
        const [rule] = step.refused!.split(':');
        expect(step.explanation.toLowerCase(), step.explanation).not.toContain(rule!.toLowerCase());
        expect(step.explanation).not.toMatch(/refused/i);
      }
    }
  });

  it('agrees in number: "1 instance store volume ... comes", never "1 ... volumes" or "volume ... come"', () => {
    for (const inputs of ALL_INPUTS) {
      for (const { explanation } of amiSteps(inputs)) {
        expect(explanation).not.toMatch(/\b1 [a-z ]*volumes\b|volume ephemeral\d come\b|volumes ephemeral0 and ephemeral1 comes\b/);
      }
    }
  });
});

describe('AMI_STEP_SOURCES', () => {
  it('names a source for every event', () => {
    expect(Object.keys(AMI_STEP_SOURCES).sort()).toEqual([...AMI_EVENTS].sort());
    for (const e of AMI_EVENTS) expect(AMI_STEP_SOURCES[e].length).toBeGreaterThan(0);
  });

  it('attributes what aws-facts.md does not say to the EC2 User Guide page that says it, by its published address', () => {
    const page = (file: string) => `EC2 User Guide, docs.aws.amazon.com/AWSEC2/latest/UserGuide/${file}.html`;
    expect(AMI_STEP_SOURCES['copy-ami']).toContain(`${page('CopyingAMIs')}: a new AMI with complete copies of the snapshots, and launch permissions are not copied`);
    expect(AMI_STEP_SOURCES.deregister.startsWith(`${page('deregister-ami')}: instances keep running after deregistering, and the snapshots stay, still billed, until you delete them`)).toBe(true);
    for (const e of ['set-permission-accounts', 'set-permission-public'] as const) expect(AMI_STEP_SOURCES[e]).toContain(page('CopyingAMIs'));
    for (const e of ['create-image', 'launch-from-ami'] as const) {
      expect(AMI_STEP_SOURCES[e]).toContain(`${page('block-device-mapping-concepts')} (and the EC2 API Reference, CreateImage)`);
      expect(AMI_STEP_SOURCES[e]).toMatch(/aws-facts §6/);
    }
    expect(AMI_STEP_SOURCES['try-edit-ami']).toContain(`${page('sharingamis-explicit')} (and the EC2 API Reference, ModifyImageAttribute)`);
  });

  it('opens a page from every step: each source has a link, and every User Guide page it names is one', () => {
    for (const e of AMI_EVENTS) {
      const refs = sourceReferences(AMI_STEP_SOURCES[e]);
      expect(refs.length, e).toBeGreaterThan(0);
      const pages = AMI_STEP_SOURCES[e].match(/docs\.aws\.amazon\.com\/\S+\.html/g) ?? [];
      expect(refs.map((r) => r.href), e).toEqual(expect.arrayContaining(pages.map((p) => `https://${p}`)));
      for (const r of refs) expect(r.href, e).toMatch(/^https:\/\//);
    }
    expect(sourceReferences(AMI_STEP_SOURCES['copy-ami']).map((r) => r.href)).toEqual([
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/CopyingAMIs.html', 'https://aws.amazon.com/ebs/pricing/',
    ]);
  });
});

/** A caption with its ids shortened to the prefix, so the expected text can be written out. */
const redact = (text: string): string => text.replace(/\b(ami|snap|vol|i)-(?:0[0-9a-f]{16}\b|…[0-9a-f]{4})/g, '$1-…');

describe('the captions', () => {
  const steps = amiSteps(DEFAULT_AMI_INPUTS);

  it('name the devices, sizes and used data of the defaults', () => {
    expect(steps[0]!.explanation).toMatch(/starts in us-east-1a from ami-0[0-9a-f]{16}, an Amazon-provided AMI: its root volume vol-0[0-9a-f]{16} \(\/dev\/xvda, 8 GiB\)/);
    expect(steps[1]!.explanation).toBe('The application is installed, writing 3 GiB to the root volume, and 1 data volume of 100 GiB (/dev/xvdf) is attached, holding 20 GiB.');
    expect(redact(steps[2]!.explanation)).toBe('Creating an image snapshots each EBS volume (snap-… 3 GiB and snap-… 20 GiB: 23 GiB of used data) and registers ami-… in us-east-1, whose block device mapping links each EBS device to its snapshot. It starts private: only your account can launch it.');
    expect(steps[4]!.explanation).toMatch(/starts in us-east-1b .*\/dev\/xvda 8 GiB from snap-.* and \/dev\/xvdf 100 GiB from snap-/);
  });

  it('name the single snapshot of an image with no data volume once, with its used data', () => {
    const third = amiSteps({ ...DEFAULT_AMI_INPUTS, dataVolumes: 0, bootUsedGiB: 7 })[2]!.explanation;
    expect(redact(third)).toMatch(/^Creating an image snapshots its EBS root volume \(snap-…, 7 GiB of used data\) and registers ami-… in us-east-1, whose block device mapping links \/dev\/xvda to that snapshot\./);
    expect(third).not.toMatch(/7 GiB, 7 GiB/);
  });

  it('say an AMI\'s volumes, snapshots and mapping are fixed while its launch permission and description can change', () => {
    expect(redact(steps[3]!.explanation)).toBe('You try to change ami-… once it is registered: the volumes it captured, its snapshots and its block device mapping stay fixed, while its launch permission and description can still be changed. So each new version of the application becomes a new AMI with its own ID.');
  });

  it('say what the refused launch in the copy Region and the refused launch by another account tried', () => {
    expect(redact(steps[5]!.explanation)).toBe('You try to launch ami-… in us-west-2, which holds no AMI of yours yet. It matters as soon as you deploy to a second Region: the same operating system has a different AMI ID in each Region.');
    expect(redact(steps[8]!.explanation)).toBe('Another AWS account tries to launch ami-…, which is still private, the default for every new AMI. No instance starts and nothing in the scene changes: the launch permission decides which accounts may launch an AMI.');
  });

  it('say the copy is complete and private, and what deregistering leaves billed', () => {
    expect(steps[6]!.explanation).toMatch(/complete copies, another 23 GiB billed in us-west-2, and it starts private/);
    expect(redact(steps[9]!.explanation)).toBe('ami-… is deregistered: it can no longer launch instances, while the instances launched from it keep running. Every snapshot stays, billed at $0.05 per GB-month until you delete it: 23 GiB in us-east-1 ($1.15 a month, no AMI uses them now) and the copy\'s 23 GiB in us-west-2 ($1.15; the copy is unaffected and still launches): $2.30 a month in all.');
  });

  it('say the image maps the instance store with no snapshot and that it comes back empty, its data not captured', () => {
    const withStore = amiSteps({ ...DEFAULT_AMI_INPUTS, instanceStore: 1 });
    expect(withStore[0]!.explanation).toMatch(/Its instance store volume ephemeral0 comes with the instance type and can be chosen only at launch\.$/);
    expect(redact(withStore[2]!.explanation)).toBe('Creating an image snapshots each EBS volume (snap-… 3 GiB and snap-… 20 GiB: 23 GiB of used data) and registers ami-… in us-east-1, whose block device mapping links each EBS device to its snapshot and lists ephemeral0 with no snapshot. It starts private: only your account can launch it, and the data on ephemeral0 was not captured.');
    expect(redact(withStore[4]!.explanation)).toBe('Instance i-… starts in us-east-1b from ami-… with the installed application: each EBS mapping entry becomes a new volume in that AZ, restored from its snapshot (/dev/xvda 8 GiB from snap-… and /dev/xvdf 100 GiB from snap-…). Its instance store volume ephemeral0 comes back empty: its data was not captured.');
    const two = amiSteps({ ...DEFAULT_AMI_INPUTS, instanceStore: 2, permission: 'public' });
    expect(two[0]!.explanation).toMatch(/Its instance store volumes ephemeral0 and ephemeral1 come with the instance type/);
    expect(two[4]!.explanation).toMatch(/Its instance store volumes ephemeral0 and ephemeral1 come back empty: their data was not captured\.$/);
    expect(two[8]!.explanation).toMatch(/and its instance store volumes ephemeral0 and ephemeral1 come back empty, their data not captured\./);
  });

  it('say who may launch for each permission, and that the copy stays private once the source is shared', () => {
    const eighth = (permission: AmiInputs['permission']) => amiSteps({ ...DEFAULT_AMI_INPUTS, permission })[7]!;
    expect(eighth('private').title).toBe('Keep the AMI private');
    expect(redact(eighth('accounts').explanation)).toBe('ami-… is shared with specific AWS accounts: those accounts may launch it, and it stays yours. The copy ami-… in us-west-2 stays private: its launch permission is its own.');
    expect(redact(eighth('public').explanation)).toBe('ami-… is public: every AWS account may launch it, and it stays yours. The copy ami-… in us-west-2 stays private: its launch permission is its own.');
  });

  it('say which account launches at step 9: one of those you named, or any other', () => {
    const ninth = (permission: AmiInputs['permission'], instanceStore: AmiInputs['instanceStore'] = 0) =>
      redact(amiSteps({ ...DEFAULT_AMI_INPUTS, permission, instanceStore })[8]!.explanation);
    expect(ninth('accounts')).toBe('One of the accounts you named launches i-… from ami-…: its EBS volumes are restored from your snapshots in us-east-1b. The snapshots stay in your account, and their storage is billed to you.');
    expect(ninth('public')).toMatch(/^Another AWS account launches i-… from ami-…/);
    expect(ninth('accounts', 1)).toMatch(/in us-east-1b, and its instance store volume ephemeral0 comes back empty, its data not captured\./);
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
    expect(redact(last.explanation)).toBe('Instance i-… starts in us-west-2b from the copy ami-…, with EBS volumes restored from the snapshots in us-west-2.');
  });
});

describe('ids in the captions', () => {
  it('are each written in full once and short after that, in every step of every permission', () => {
    for (const permission of AMI_PERMISSIONS) {
      for (const { explanation } of amiSteps({ ...DEFAULT_AMI_INPUTS, dataVolumes: 2, instanceStore: 1, permission })) {
        const full = explanation.match(/\b(ami|snap|vol|i)-0[0-9a-f]{16}\b/g) ?? [];
        expect(new Set(full).size, explanation).toBe(full.length);
      }
    }
    const created = amiSteps(DEFAULT_AMI_INPUTS)[2]!;
    const amiId = sourceAmiId(created.scene);
    expect(created.explanation).toContain(amiId);
  });
});

describe('the permission step', () => {
  const of = (permission: AmiInputs['permission']) => amiSteps({ ...DEFAULT_AMI_INPUTS, permission })[7]!;

  it('says keeping it private changes nothing, and highlights who may launch on the AMI', () => {
    const step = of('private');
    expect(redact(step.explanation)).toBe('Setting the launch permission of ami-… to private changes nothing: every new AMI starts private, so only your account may launch it, and the next step\'s other account is refused. Adding accounts or making it public would widen who may launch.');
    expect(step.scene.active).toContain(`permission:${sourceAmiId(step.scene)}`);
  });

  it('marks the permission it sets on the AMI, for every choice', () => {
    for (const permission of AMI_PERMISSIONS) {
      const step = of(permission);
      const ami = step.scene.regions[0]!.amis.find((a) => a.provider === 'you')!;
      expect(ami.permission).toBe(permission);
      expect(step.scene.active).toContain(`permission:${ami.id}`);
    }
  });
});

function sourceAmiId(scene: ReturnType<typeof amiSteps>[number]['scene']): string {
  return scene.regions[0]!.amis.find((a) => a.provider === 'you')!.id;
}
