/**
 * The AMI machine: total (exhaustively and by random walks with a fixed seed), its allowed
 * transitions as drawn in docs/state-machines.md, and its refusals in a learner's words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AMI_EVENTS, AMI_MACHINE, AMI_STATES, EDIT_AMI_REFUSAL, PRIVATE_AMI_REFUSAL, regionRefusal, type AmiEvent,
  type AmiState,
} from '../../../src/domain/ami/machine';
import { isTotal, machineProblems, tryEvent } from '../../../src/domain/stepper/machine';
import { assertProperty } from '../support/property';

const allowed = (): string[] => AMI_STATES.flatMap((s) => AMI_EVENTS.flatMap((e) => {
  const r = tryEvent(AMI_MACHINE, s, e);
  return r.ok ? [`${s} --${e}--> ${r.to}`] : [];
}));

describe('the AMI machine', () => {
  it('decides every one of its 9 x 12 = 108 state x event pairs', () => {
    expect(machineProblems(AMI_MACHINE)).toEqual([]);
    expect(isTotal(AMI_MACHINE)).toBe(true);
    let decided = 0;
    for (const state of AMI_STATES) {
      for (const event of AMI_EVENTS) {
        const result = tryEvent(AMI_MACHINE, state, event);
        if (result.ok) expect(AMI_STATES).toContain(result.to);
        else expect(result.reason.trim().length).toBeGreaterThan(0);
        decided += 1;
      }
    }
    expect(decided).toBe(108);
  });

  it('starts before any instance is launched', () => {
    expect(AMI_MACHINE.initial).toBe('no-instance');
  });

  it('on any random walk, every event leads to a state or gives a reason (fixed seed)', () => {
    assertProperty(fc.property(fc.array(fc.constantFrom(...AMI_EVENTS), { maxLength: 40 }), (events) => {
      let state: AmiState = AMI_MACHINE.initial;
      for (const event of events) {
        const result = tryEvent(AMI_MACHINE, state, event);
        if (result.ok) {
          if (!AMI_STATES.includes(result.to)) return false;
          state = result.to;
        } else if (result.reason.trim() === '') {
          return false;
        }
      }
      return AMI_STATES.includes(state);
    }));
  });

  it('allows exactly the 30 transitions drawn in docs/state-machines.md', () => {
    const registered = (self: AmiState, shared: AmiState, copied: boolean, other: boolean): string[] => [
      `${self} --launch-from-ami--> ${self}`,
      copied ? `${self} --try-launch-other-region--> ${self}` : `${self} --copy-ami--> ${self === 'ami-private' ? 'copied-private' : 'copied-shared'}`,
      `${self} --set-permission-private--> ${copied ? 'copied-private' : 'ami-private'}`,
      `${self} --set-permission-accounts--> ${shared}`,
      `${self} --set-permission-public--> ${shared}`,
      ...(other ? [`${self} --other-account-launches--> ${self}`] : []),
      `${self} --deregister--> ${copied ? 'deregistered-copied' : 'deregistered'}`,
    ];
    expect([...allowed()].sort()).toEqual([
      'no-instance --launch-from-amazon-ami--> instance-running',
      'instance-running --configure--> instance-configured',
      'instance-configured --create-image--> ami-private',
      ...registered('ami-private', 'ami-shared', false, false),
      ...registered('ami-shared', 'ami-shared', false, true),
      ...registered('copied-private', 'copied-shared', true, false),
      ...registered('copied-shared', 'copied-shared', true, true),
      'deregistered-copied --try-launch-other-region--> deregistered-copied',
    ].sort());
    expect(allowed()).toHaveLength(30);
  });

  it('can reach every one of its states from the initial state', () => {
    const reached = new Set<AmiState>([AMI_MACHINE.initial]);
    let frontier: AmiState[] = [AMI_MACHINE.initial];
    while (frontier.length > 0) {
      frontier = frontier.flatMap((s) => AMI_EVENTS.flatMap((e: AmiEvent) => {
        const r = tryEvent(AMI_MACHINE, s, e);
        if (!r.ok || reached.has(r.to)) return [];
        reached.add(r.to);
        return [r.to];
      }));
    }
    expect([...reached].sort()).toEqual([...AMI_STATES].sort());
  });
});

describe('the AMI machine refuses', () => {
  it('to edit an AMI in every state, pointing to AMI baking', () => {
    for (const state of AMI_STATES) {
      expect(tryEvent(AMI_MACHINE, state, 'try-edit-ami')).toEqual({ ok: false, reason: EDIT_AMI_REFUSAL });
    }
    expect(EDIT_AMI_REFUSAL).toBe('An AMI cannot be edited: launch an instance from it, change that, and create a new AMI (AMI baking)');
  });

  it('to launch in another Region until a copy exists there, and allows it after the copy', () => {
    for (const state of ['ami-private', 'ami-shared'] as const) {
      expect(tryEvent(AMI_MACHINE, state, 'try-launch-other-region')).toEqual({ ok: false, reason: 'An AMI belongs to one Region: copy it to the other Region first' });
    }
    expect(regionRefusal('eu-west-1')).toBe('An AMI belongs to one Region: copy it to eu-west-1 first');
    for (const state of ['copied-private', 'copied-shared', 'deregistered-copied'] as const) {
      expect(tryEvent(AMI_MACHINE, state, 'try-launch-other-region')).toEqual({ ok: true, to: state });
    }
  });

  it('another account\'s launch while the AMI is private, and allows it once shared', () => {
    for (const state of ['ami-private', 'copied-private'] as const) {
      expect(tryEvent(AMI_MACHINE, state, 'other-account-launches')).toEqual({ ok: false, reason: PRIVATE_AMI_REFUSAL });
    }
    expect(PRIVATE_AMI_REFUSAL).toBe('Only your account may launch this AMI: add the account or make it public');
    expect(tryEvent(AMI_MACHINE, 'ami-shared', 'other-account-launches')).toEqual({ ok: true, to: 'ami-shared' });
  });

  it('any launch from a deregistered AMI, while the copy in the other Region still launches', () => {
    expect(tryEvent(AMI_MACHINE, 'deregistered-copied', 'launch-from-ami')).toEqual({ ok: false, reason: 'The AMI is deregistered: it can no longer launch new instances.' });
    expect(tryEvent(AMI_MACHINE, 'deregistered', 'other-account-launches')).toMatchObject({ ok: false, reason: expect.stringMatching(/^The AMI is deregistered/) });
    expect(tryEvent(AMI_MACHINE, 'deregistered', 'try-launch-other-region')).toMatchObject({ ok: false, reason: expect.stringMatching(/never copied/) });
  });

  it('to create an image before the instance is configured, or to launch from an AMI before one exists', () => {
    expect(tryEvent(AMI_MACHINE, 'instance-running', 'create-image')).toEqual({
      ok: false, reason: 'Configure the instance first: AMI baking captures an instance set up the way you want.',
    });
    for (const state of ['no-instance', 'instance-running', 'instance-configured'] as const) {
      expect(tryEvent(AMI_MACHINE, state, 'launch-from-ami')).toEqual({ ok: false, reason: 'There is no AMI of yours yet: create an image first.' });
    }
  });
});
