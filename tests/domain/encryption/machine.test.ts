/**
 * The EBS encryption machine: total (exhaustively and by random walks with a fixed seed), its
 * allowed transitions as drawn in docs/state-machines.md, and its refusals in a learner's words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ENCRYPTION_EVENTS, ENCRYPTION_MACHINE, ENCRYPTION_STATES, REMOVE_ENCRYPTION_REFUSAL, type EncryptionEvent,
  type EncryptionState,
} from '../../../src/domain/encryption/machine';
import { isTotal, machineProblems, tryEvent } from '../../../src/domain/stepper/machine';
import { assertProperty } from '../support/property';

const allowed = (): string[] => ENCRYPTION_STATES.flatMap((s) => ENCRYPTION_EVENTS.flatMap((e) => {
  const r = tryEvent(ENCRYPTION_MACHINE, s, e);
  return r.ok ? [`${s} --${e}--> ${r.to}`] : [];
}));

describe('the encryption machine', () => {
  it('decides every one of its 17 x 17 = 289 state x event pairs', () => {
    expect(machineProblems(ENCRYPTION_MACHINE)).toEqual([]);
    expect(isTotal(ENCRYPTION_MACHINE)).toBe(true);
    let decided = 0;
    for (const state of ENCRYPTION_STATES) {
      for (const event of ENCRYPTION_EVENTS) {
        const result = tryEvent(ENCRYPTION_MACHINE, state, event);
        if (result.ok) expect(ENCRYPTION_STATES).toContain(result.to);
        else expect(result.reason.trim().length).toBeGreaterThan(0);
        decided += 1;
      }
    }
    expect(decided).toBe(289);
  });

  it('starts before the Region setting is checked', () => {
    expect(ENCRYPTION_MACHINE.initial).toBe('region-unchecked');
  });

  it('on any random walk, every event leads to a state or gives a reason (fixed seed)', () => {
    const anyEvent = fc.constantFrom(...ENCRYPTION_EVENTS);
    assertProperty(fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
      let state: EncryptionState = ENCRYPTION_MACHINE.initial;
      for (const event of events) {
        const result = tryEvent(ENCRYPTION_MACHINE, state, event);
        if (result.ok) {
          if (!ENCRYPTION_STATES.includes(result.to)) return false;
          state = result.to;
        } else if (result.reason.trim() === '') {
          return false;
        }
      }
      return ENCRYPTION_STATES.includes(state);
    }));
  });

  it('allows exactly the 28 transitions drawn in docs/state-machines.md', () => {
    expect([...allowed()].sort()).toEqual([
      'region-unchecked --check-region-setting--> region-checked',
      'region-checked --choose-key--> key-chosen',
      'key-chosen --create-volume--> volume-created',
      'volume-created --attach--> attaching',
      'attaching --decrypt-data-key--> key-in-memory',
      'key-in-memory --read-write--> in-use',
      'key-in-memory --leave-host--> stopped',
      'in-use --read-write--> in-use',
      'in-use --leave-host--> stopped',
      'stopped --start-instance--> restarted',
      'stopped --snapshot--> snapshotted',
      'stopped --create-fresh-volume--> fresh-volume',
      'snapshotted --start-instance--> restarted',
      'snapshotted --create-volume-same-key--> same-key-volume',
      'snapshotted --create-volume-other-key--> other-key-volume',
      'snapshotted --copy-snapshot-other-key--> rekeyed',
      'same-key-volume --start-instance--> restarted',
      'other-key-volume --start-instance--> restarted',
      'fresh-volume --start-instance--> restarted',
      'rekeyed --start-instance--> restarted',
      'restarted --read-write--> restarted',
      'restarted --leave-host--> stopped',
      'restarted --create-plain-volume--> plain-volume',
      'restarted --enable-os-encryption--> os-encrypted',
      'plain-volume --read-write--> plain-volume',
      'plain-volume --copy-files--> files-copied',
      'files-copied --read-write--> files-copied',
      'os-encrypted --read-write--> os-encrypted',
    ].sort());
  });

  it('can reach every one of its states from the initial state', () => {
    const reached = new Set<EncryptionState>([ENCRYPTION_MACHINE.initial]);
    let frontier: EncryptionState[] = [ENCRYPTION_MACHINE.initial];
    while (frontier.length > 0) {
      frontier = frontier.flatMap((s) => ENCRYPTION_EVENTS.flatMap((e: EncryptionEvent) => {
        const r = tryEvent(ENCRYPTION_MACHINE, s, e);
        if (!r.ok || reached.has(r.to)) return [];
        reached.add(r.to);
        return [r.to];
      }));
    }
    expect([...reached].sort()).toEqual([...ENCRYPTION_STATES].sort());
  });
});

describe('the encryption machine refuses', () => {
  it('to remove encryption in every state once the volume exists, in the user guide\'s words', () => {
    for (const state of ENCRYPTION_STATES) {
      const result = tryEvent(ENCRYPTION_MACHINE, state, 'remove-encryption');
      expect(result.ok).toBe(false);
      const before = ['region-unchecked', 'region-checked', 'key-chosen'].includes(state);
      expect(result).toEqual({ ok: false, reason: before ? 'There is no encrypted volume yet.' : REMOVE_ENCRYPTION_REFUSAL });
    }
    expect(REMOVE_ENCRYPTION_REFUSAL).toBe('You cannot remove encryption from an encrypted volume or snapshot');
  });

  it('to change the KMS key of the existing volume, pointing to a snapshot copy', () => {
    expect(tryEvent(ENCRYPTION_MACHINE, 'in-use', 'choose-key')).toEqual({
      ok: false, reason: "An existing volume's KMS key cannot be changed: only a copy of its snapshot can use another key.",
    });
  });

  it('to create the volume before the Region setting is checked or a key is chosen', () => {
    expect(tryEvent(ENCRYPTION_MACHINE, 'region-unchecked', 'create-volume')).toMatchObject({ ok: false, reason: expect.stringMatching(/^Check the Region's encryption-by-default setting first/) });
    expect(tryEvent(ENCRYPTION_MACHINE, 'region-checked', 'create-volume')).toEqual({
      ok: false, reason: "Choose a KMS key first: EBS asks it for the volume's data key.",
    });
  });

  it('reads and writes while the instance is stopped', () => {
    for (const state of ['stopped', 'snapshotted', 'rekeyed'] as const) {
      expect(tryEvent(ENCRYPTION_MACHINE, state, 'read-write')).toEqual({ ok: false, reason: 'The instance is stopped: nothing reads or writes the volume.' });
    }
  });

  it('a volume from a snapshot before any snapshot exists', () => {
    expect(tryEvent(ENCRYPTION_MACHINE, 'stopped', 'create-volume-same-key')).toEqual({ ok: false, reason: 'There is no snapshot to create a volume from.' });
    expect(tryEvent(ENCRYPTION_MACHINE, 'stopped', 'copy-snapshot-other-key')).toEqual({ ok: false, reason: 'There is no snapshot to copy.' });
  });

  it('OS-level steps while the instance is stopped', () => {
    expect(tryEvent(ENCRYPTION_MACHINE, 'stopped', 'enable-os-encryption')).toEqual({
      ok: false, reason: 'The instance is stopped: start it first. OS full-disk encryption runs inside it.',
    });
    expect(tryEvent(ENCRYPTION_MACHINE, 'rekeyed', 'create-plain-volume')).toMatchObject({ ok: false });
  });

  it('to decrypt the data key again while the host already holds it', () => {
    expect(tryEvent(ENCRYPTION_MACHINE, 'in-use', 'decrypt-data-key')).toEqual({ ok: false, reason: 'The host already holds the plaintext data key.' });
  });
});
