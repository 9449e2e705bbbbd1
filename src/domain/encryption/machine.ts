/**
 * The EBS encryption (KMS) flow as a total state machine (shared/aws-facts.md §5, UG21 and UG23
 * EBSEncryption.md; the notes' "EBS Encryption" section, corrected by aws-facts items 32-35).
 * Drawn, with every refusal, in docs/state-machines.md.
 *
 * One encrypted volume, vol-1, on one instance, then one branch:
 *   region-unchecked -> region-checked (encryption by default, per Region) -> key-chosen (aws/ebs or a
 *   customer managed key) -> volume-created (encrypted data key stored with the volume) -> attaching
 *   (EC2 asks KMS to decrypt it) -> key-in-memory (plaintext data key in host memory) -> in-use
 *   (AES-256 between host and EBS) -> stopped (plaintext key discarded), then snapshotted,
 *   same-key-volume, other-key-volume, fresh-volume, rekeyed (snapshot copied with another key),
 *   restarted (KMS asked again), plain-volume, files-copied (OS-level copy) or os-encrypted.
 *
 * Every state x event pair is a next state or a stated refusal (defineMachine fills in the
 * refusals and checks the table when the module loads). `remove-encryption` is refused in
 * every state; once the volume exists, with "You cannot remove encryption from an encrypted
 * volume or snapshot" (UG21/UG23).
 * Refusals that name "the walkthrough" are its scope, not AWS rules. No units.
 */
import { defineMachine } from '../stepper/define-machine';
import type { Machine } from '../stepper/machine';

export type EncryptionState =
  | 'region-unchecked' | 'region-checked' | 'key-chosen' | 'volume-created' | 'attaching' | 'key-in-memory'
  | 'in-use' | 'stopped' | 'snapshotted' | 'same-key-volume' | 'other-key-volume' | 'fresh-volume' | 'rekeyed'
  | 'restarted' | 'plain-volume' | 'files-copied' | 'os-encrypted';

export type EncryptionEvent =
  | 'check-region-setting' | 'choose-key' | 'create-volume' | 'attach' | 'decrypt-data-key' | 'read-write'
  | 'leave-host' | 'start-instance' | 'snapshot' | 'create-volume-same-key' | 'create-volume-other-key'
  | 'create-fresh-volume' | 'remove-encryption' | 'copy-snapshot-other-key' | 'create-plain-volume' | 'copy-files'
  | 'enable-os-encryption';

export const ENCRYPTION_STATES: readonly EncryptionState[] = [
  'region-unchecked', 'region-checked', 'key-chosen', 'volume-created', 'attaching', 'key-in-memory', 'in-use',
  'stopped', 'snapshotted', 'same-key-volume', 'other-key-volume', 'fresh-volume', 'rekeyed', 'restarted',
  'plain-volume', 'files-copied', 'os-encrypted',
];

export const ENCRYPTION_EVENTS: readonly EncryptionEvent[] = [
  'check-region-setting', 'choose-key', 'create-volume', 'attach', 'decrypt-data-key', 'read-write', 'leave-host',
  'start-instance', 'snapshot', 'create-volume-same-key', 'create-volume-other-key', 'create-fresh-volume',
  'remove-encryption', 'copy-snapshot-other-key', 'create-plain-volume', 'copy-files', 'enable-os-encryption',
];

/** UG21/UG23 EBSEncryption.md, verbatim (shared/aws-facts.md §5). */
export const REMOVE_ENCRYPTION_REFUSAL = 'You cannot remove encryption from an encrypted volume or snapshot';

type S = EncryptionState;
type E = EncryptionEvent;

/** The allowed transitions; every other pair is refused by `refusal` below (defineMachine fills them in). */
const ALLOWED: Readonly<Record<S, Partial<Record<E, S>>>> = {
  'region-unchecked': { 'check-region-setting': 'region-checked' },
  'region-checked': { 'choose-key': 'key-chosen' },
  'key-chosen': { 'create-volume': 'volume-created' },
  'volume-created': { attach: 'attaching' },
  attaching: { 'decrypt-data-key': 'key-in-memory' },
  'key-in-memory': { 'read-write': 'in-use', 'leave-host': 'stopped' },
  'in-use': { 'read-write': 'in-use', 'leave-host': 'stopped' },
  stopped: {
    'start-instance': 'restarted', snapshot: 'snapshotted', 'create-fresh-volume': 'fresh-volume',
  },
  snapshotted: {
    'start-instance': 'restarted', 'create-volume-same-key': 'same-key-volume',
    'create-volume-other-key': 'other-key-volume', 'copy-snapshot-other-key': 'rekeyed',
  },
  'same-key-volume': { 'start-instance': 'restarted' },
  'other-key-volume': { 'start-instance': 'restarted' },
  'fresh-volume': { 'start-instance': 'restarted' },
  rekeyed: { 'start-instance': 'restarted' },
  restarted: {
    'read-write': 'restarted', 'leave-host': 'stopped', 'create-plain-volume': 'plain-volume',
    'enable-os-encryption': 'os-encrypted',
  },
  'plain-volume': { 'read-write': 'plain-volume', 'copy-files': 'files-copied' },
  'files-copied': { 'read-write': 'files-copied' },
  'os-encrypted': { 'read-write': 'os-encrypted' },
};

const BEFORE_VOLUME: readonly S[] = ['region-unchecked', 'region-checked', 'key-chosen'];
const NOT_ON_HOST_YET: readonly S[] = [...BEFORE_VOLUME, 'volume-created', 'attaching'];
const STOPPED: readonly S[] = ['stopped', 'snapshotted', 'same-key-volume', 'other-key-volume', 'fresh-volume', 'rekeyed'];
const NO_SNAPSHOT: readonly S[] = [...NOT_ON_HOST_YET, 'key-in-memory', 'in-use', 'stopped', 'fresh-volume'];
const BRANCH_ENDS: readonly S[] = ['same-key-volume', 'other-key-volume', 'fresh-volume', 'plain-volume', 'files-copied', 'os-encrypted'];

const CHECK_FIRST = "Check the Region's encryption-by-default setting first: it decides whether new volumes are encrypted automatically.";
const FINISHED = 'This branch of the walkthrough ends here: choose another branch to see more.';
const OTHER_BRANCH = 'That step belongs to another branch of the walkthrough: choose that branch to see it.';
const START_FIRST = 'The instance is stopped: start it first.';

/** Why `event` is refused in `state` (only called for pairs ALLOWED does not list). */
function refusal(state: S, event: E): string {
  const is = (group: readonly S[]) => group.includes(state);
  const scope = is(BRANCH_ENDS) ? FINISHED : OTHER_BRANCH;
  switch (event) {
    case 'check-region-setting': return "The Region's encryption-by-default setting is already checked.";
    case 'choose-key':
      if (state === 'region-unchecked') return CHECK_FIRST;
      if (state === 'key-chosen') return 'The KMS key is already chosen.';
      return "An existing volume's KMS key cannot be changed: only a copy of its snapshot can use another key.";
    case 'create-volume':
      if (state === 'region-unchecked') return CHECK_FIRST;
      if (state === 'region-checked') return "Choose a KMS key first: EBS asks it for the volume's data key.";
      return 'The walkthrough follows one encrypted volume, and it already exists.';
    case 'attach':
      return is(BEFORE_VOLUME) ? 'There is no volume to attach yet.' : 'The volume is already attached to the instance.';
    case 'decrypt-data-key':
      if (is(NOT_ON_HOST_YET)) return 'Nothing has asked KMS for the data key yet: attach the volume first.';
      if (is(STOPPED)) return 'The instance is stopped: starting it asks KMS to decrypt the data key again.';
      return 'The host already holds the plaintext data key.';
    case 'read-write':
      if (is(STOPPED)) return 'The instance is stopped: nothing reads or writes the volume.';
      return 'The volume is not attached with its data key in host memory yet.';
    case 'leave-host':
      if (is(NOT_ON_HOST_YET)) return 'The volume is not in use on the host yet: there is no plaintext key to discard.';
      if (is(STOPPED)) return 'The instance is already stopped.';
      return scope;
    case 'start-instance': return 'The instance is already running.';
    case 'snapshot':
      if (is(BEFORE_VOLUME)) return 'There is no volume to snapshot.';
      if (is(NOT_ON_HOST_YET) || state === 'key-in-memory' || state === 'in-use') {
        return 'The walkthrough snapshots the volume once the instance has stopped.';
      }
      return is(STOPPED) && state !== 'fresh-volume' ? 'The walkthrough takes one snapshot, and it exists.' : scope;
    case 'create-volume-same-key':
    case 'create-volume-other-key':
      return is(NO_SNAPSHOT) ? 'There is no snapshot to create a volume from.' : scope;
    case 'copy-snapshot-other-key':
      return is(NO_SNAPSHOT) ? 'There is no snapshot to copy.' : scope;
    case 'create-fresh-volume':
      if (is(BEFORE_VOLUME)) return 'The walkthrough creates its first encrypted volume before any other.';
      return state === 'fresh-volume' ? 'The fresh volume already exists.' : scope;
    case 'remove-encryption':
      return is(BEFORE_VOLUME) ? 'There is no encrypted volume yet.' : REMOVE_ENCRYPTION_REFUSAL;
    case 'create-plain-volume':
      if (is(STOPPED)) return `${START_FIRST} The files are copied inside it, at the OS level.`;
      return state === 'plain-volume' || state === 'files-copied' ? 'The unencrypted volume already exists.' : scope;
    case 'copy-files':
      if (state === 'files-copied') return 'The files are already copied.';
      return 'There is no unencrypted volume attached to copy the files to.';
    case 'enable-os-encryption':
      if (is(STOPPED)) return `${START_FIRST} OS full-disk encryption runs inside it.`;
      return state === 'os-encrypted' ? 'OS full-disk encryption is already on.' : scope;
  }
}

export const ENCRYPTION_MACHINE: Machine<EncryptionState, EncryptionEvent> = defineMachine({
  states: ENCRYPTION_STATES, events: ENCRYPTION_EVENTS, initial: 'region-unchecked', allowed: ALLOWED, refusal,
});
