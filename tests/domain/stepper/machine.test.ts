/**
 * The stepper kit on a tiny door machine: totality, tryEvent, and runScenario's steps and refusals.
 */
import { describe, expect, it } from 'vitest';
import { isTotal, machineProblems, runScenario, tryEvent, type Machine } from '../../../src/domain';
import { DOOR, type Act, type Door } from './door';

const door = DOOR;

const describeDoor = (from: Door, event: Act, to: Door): string => `${event}: ${from} -> ${to}`;

describe('isTotal', () => {
  it('accepts a machine whose every state x event pair is decided', () => {
    expect(isTotal(door)).toBe(true);
    expect(machineProblems(door)).toEqual([]);
  });

  it('names a missing pair, a target that is not a state and a refusal without a reason', () => {
    const broken = {
      ...door,
      transitions: {
        ...door.transitions,
        closed: { open: { to: 'ajar' }, lock: { refused: ' ' } },
      },
    } as unknown as Machine<Door, Act>;
    expect(isTotal(broken)).toBe(false);
    expect(machineProblems(broken)).toEqual([
      '"closed" x "open" leads to "ajar", which is not a state',
      '"closed" x "close" is not decided',
      '"closed" x "lock" is refused without a reason',
    ]);
  });

  it('rejects an initial state that is not a state', () => {
    expect(isTotal({ ...door, initial: 'ajar' as Door })).toBe(false);
  });
});

describe('tryEvent', () => {
  it('gives the next state of an allowed event', () => {
    expect(tryEvent(door, 'closed', 'open')).toEqual({ ok: true, to: 'open' });
  });

  it('gives the stated reason of a refused event', () => {
    expect(tryEvent(door, 'open', 'lock')).toEqual({ ok: false, reason: 'Close the door before locking it.' });
  });
});

describe('runScenario', () => {
  it('runs events from the initial state into numbered, explained steps', () => {
    expect(runScenario(door, ['open', 'close', 'lock'], describeDoor)).toEqual([
      { index: 0, from: 'closed', event: 'open', to: 'open', explanation: 'open: closed -> open' },
      { index: 1, from: 'open', event: 'close', to: 'closed', explanation: 'close: open -> closed' },
      { index: 2, from: 'closed', event: 'lock', to: 'locked', explanation: 'lock: closed -> locked' },
    ]);
  });

  it('gives no steps for an empty scenario', () => {
    expect(runScenario(door, [], describeDoor)).toEqual([]);
  });

  it('throws naming the step, the event, the state and the refusal', () => {
    expect(() => runScenario(door, ['open', 'lock'], describeDoor))
      .toThrow('Step 2 ("lock" in state "open") is refused: Close the door before locking it.');
  });
});
