/**
 * The AMI lifecycle as a total state machine (seed notes (AMI), "AMI Lifecycle" and "Exam Powerups":
 * launch, configure, create image, launch; Regional; cannot be edited; copied between Regions;
 * permissions). Drawn, with every refusal, in docs/state-machines.md.
 *
 *   no-instance -> instance-running (from an Amazon-provided AMI) -> instance-configured
 *   -> ami-private (create-image: AMI baking) <-> ami-shared (set-permission-*)
 *   -> copied-private <-> copied-shared (copy-ami to the other Region)
 *   -> deregistered | deregistered-copied (deregister; the snapshots stay)
 * launch-from-ami, other-account-launches and try-launch-other-region (once a copy exists) keep the
 * state: they add instances to the scene, not a new phase.
 *
 * Every state x event pair is a next state or a stated refusal (defineMachine fills in the
 * refusals and checks the table when the module loads). `try-edit-ami` is refused in every
 * state (seed notes (AMI): "An AMI cannot be edited"). `try-launch-other-region` is refused until a
 * copy exists (seed notes: "AMI can only be used in one region"); `other-account-launches` while
 * the AMI is private (seed notes: "Default only your account can use it"). A deregistered AMI
 * launches nothing, and its copy is unaffected (EC2 User Guide deregister-ami.md, CopyingAMIs.md;
 * not in aws-facts.md). Refusals that name "the walkthrough" are its scope, not AWS rules. No units.
 */
import { defineMachine } from '../stepper/define-machine';
import type { Machine } from '../stepper/machine';

export type AmiState =
  | 'no-instance' | 'instance-running' | 'instance-configured' | 'ami-private' | 'ami-shared'
  | 'copied-private' | 'copied-shared' | 'deregistered' | 'deregistered-copied';

export type AmiEvent =
  | 'launch-from-amazon-ami' | 'configure' | 'create-image' | 'try-edit-ami' | 'launch-from-ami'
  | 'try-launch-other-region' | 'copy-ami' | 'set-permission-private' | 'set-permission-accounts'
  | 'set-permission-public' | 'other-account-launches' | 'deregister';

export const AMI_STATES: readonly AmiState[] = [
  'no-instance', 'instance-running', 'instance-configured', 'ami-private', 'ami-shared', 'copied-private',
  'copied-shared', 'deregistered', 'deregistered-copied',
];

export const AMI_EVENTS: readonly AmiEvent[] = [
  'launch-from-amazon-ami', 'configure', 'create-image', 'try-edit-ami', 'launch-from-ami', 'try-launch-other-region',
  'copy-ami', 'set-permission-private', 'set-permission-accounts', 'set-permission-public', 'other-account-launches',
  'deregister',
];

/** Seed notes (AMI), Exam Powerups: "An AMI cannot be edited ... launch an instance with it, make changes ... then make new AMI". */
export const EDIT_AMI_REFUSAL = 'An AMI cannot be edited: launch an instance from it, change that, and create a new AMI (AMI baking)';
/** Seed notes (AMI): permissions default to your account only; specific accounts or public can be added. */
export const PRIVATE_AMI_REFUSAL = 'Only your account may launch this AMI: add the account or make it public';
/** The machine names no Region; a scenario names the chosen one (scenario.ts). */
export const OTHER_REGION = 'the other Region';

/** Seed notes (AMI): "AMI can only be used in one region", "Can be copied between regions". */
export function regionRefusal(region: string): string {
  return `An AMI belongs to one Region: copy it to ${region} first`;
}

type S = AmiState;
type E = AmiEvent;

/** The row of a state in which your AMI is registered: `shared` is where sharing leads, `other` whether another account may launch. */
function registered(self: S, shared: S, otherMayLaunch: boolean): Partial<Record<E, S>> {
  const copied = self === 'copied-private' || self === 'copied-shared';
  const row: Partial<Record<E, S>> = {
    'launch-from-ami': self,
    'set-permission-private': copied ? 'copied-private' : 'ami-private',
    'set-permission-accounts': shared,
    'set-permission-public': shared,
    deregister: copied ? 'deregistered-copied' : 'deregistered',
  };
  if (copied) row['try-launch-other-region'] = self;
  else row['copy-ami'] = self === 'ami-private' ? 'copied-private' : 'copied-shared';
  if (otherMayLaunch) row['other-account-launches'] = self;
  return row;
}

/** The allowed transitions; every other pair is refused by `refusal` below (defineMachine fills them in). */
const ALLOWED: Readonly<Record<S, Partial<Record<E, S>>>> = {
  'no-instance': { 'launch-from-amazon-ami': 'instance-running' },
  'instance-running': { configure: 'instance-configured' },
  'instance-configured': { 'create-image': 'ami-private' },
  'ami-private': registered('ami-private', 'ami-shared', false),
  'ami-shared': registered('ami-shared', 'ami-shared', true),
  'copied-private': registered('copied-private', 'copied-shared', false),
  'copied-shared': registered('copied-shared', 'copied-shared', true),
  deregistered: {},
  // The copy is an AMI of its own: deregistering the source does not affect it (CopyingAMIs.md).
  'deregistered-copied': { 'try-launch-other-region': 'deregistered-copied' },
};

const NO_AMI: readonly S[] = ['no-instance', 'instance-running', 'instance-configured'];
const GONE: readonly S[] = ['deregistered', 'deregistered-copied'];

const CREATE_FIRST = 'There is no AMI of yours yet: create an image first.';

/** Why `event` is refused in `state` (only called for pairs ALLOWED does not list). */
function refusal(state: S, event: E): string {
  const is = (group: readonly S[]) => group.includes(state);
  switch (event) {
    case 'try-edit-ami': return EDIT_AMI_REFUSAL;
    case 'launch-from-amazon-ami':
      return 'The walkthrough launches one instance from an Amazon-provided AMI, and it is running.';
    case 'configure':
      if (state === 'no-instance') return 'There is no instance to configure: launch one first.';
      if (state === 'instance-configured') return 'The instance is already configured: create an image of it next.';
      return 'The image is already taken: changing the instance now would not change the AMI.';
    case 'create-image':
      if (state === 'no-instance') return 'There is no instance to create an image from: launch one first.';
      if (state === 'instance-running') return 'Configure the instance first: AMI baking captures an instance set up the way you want.';
      return 'The walkthrough bakes one AMI, and it exists: a new version would be a new AMI.';
    case 'launch-from-ami':
      return is(GONE) ? 'The AMI is deregistered: it can no longer launch new instances.' : CREATE_FIRST;
    case 'try-launch-other-region':
      if (is(NO_AMI)) return CREATE_FIRST;
      return is(GONE) ? 'The AMI is deregistered and was never copied: the other Region has no copy to launch from.' : regionRefusal(OTHER_REGION);
    case 'copy-ami':
      if (is(NO_AMI)) return 'There is no AMI of yours to copy yet: create an image first.';
      return is(GONE) ? 'The AMI is deregistered: there is nothing left to copy.' : 'The AMI is already copied to the other Region.';
    case 'set-permission-private':
    case 'set-permission-accounts':
    case 'set-permission-public':
      return is(GONE) ? 'The AMI is deregistered: there is nothing left to share.' : 'There is no AMI of yours yet: permissions belong to an AMI.';
    case 'other-account-launches':
      if (is(NO_AMI)) return 'There is no AMI of yours to share yet: create an image first.';
      return is(GONE) ? 'The AMI is deregistered: no account can launch new instances from it.' : PRIVATE_AMI_REFUSAL;
    case 'deregister':
      return is(GONE) ? 'The AMI is already deregistered.' : 'There is no AMI of yours to deregister yet.';
  }
}

export const AMI_MACHINE: Machine<AmiState, AmiEvent> = defineMachine({
  states: AMI_STATES, events: AMI_EVENTS, initial: 'no-instance', allowed: ALLOWED, refusal,
});
