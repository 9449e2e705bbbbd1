/**
 * defineMachine: the allowed pairs plus one refusal rule give the same total table as writing every
 * cell by hand, the rule is asked only about the other pairs, and a table that is not total throws
 * when it is defined.
 */
import { describe, expect, it } from 'vitest';
import { defineMachine } from '../../../src/domain/stepper/define-machine';
import { isTotal } from '../../../src/domain/stepper/machine';
import { DOOR, type Act, type Door } from './door';

const STATES: readonly Door[] = ['closed', 'open', 'locked'];
const EVENTS: readonly Act[] = ['open', 'close', 'lock'];

function doorRefusal(state: Door, event: Act): string {
  if (state === 'locked') return event === 'open' ? 'The door is locked.' : `The door is already ${event === 'lock' ? 'locked' : 'closed'}.`;
  if (event === 'lock') return 'Close the door before locking it.';
  return `The door is already ${state}.`;
}

describe('defineMachine', () => {
  it('gives the same table as the door written cell by cell', () => {
    const door = defineMachine({
      states: STATES, events: EVENTS, initial: 'closed',
      allowed: { closed: { open: 'open', lock: 'locked' }, open: { close: 'closed' } },
      refusal: doorRefusal,
    });
    expect(door).toEqual(DOOR);
    expect(isTotal(door)).toBe(true);
  });

  it('asks the refusal rule about every pair the allowed list leaves out, and only those', () => {
    const asked: string[] = [];
    defineMachine({
      states: STATES, events: EVENTS, initial: 'closed',
      allowed: { closed: { open: 'open', lock: 'locked' }, open: { close: 'closed' } },
      refusal: (state, event) => {
        asked.push(`${state} x ${event}`);
        return doorRefusal(state, event);
      },
    });
    expect(asked).toEqual(['closed x close', 'open x open', 'open x lock', 'locked x open', 'locked x close', 'locked x lock']);
  });

  it('throws when it is defined, naming every problem, if the table is not total', () => {
    expect(() => defineMachine({
      states: STATES, events: EVENTS, initial: 'ajar' as Door,
      allowed: { closed: { open: 'ajar' as Door } },
      refusal: (state, event) => (state === 'open' && event === 'lock' ? ' ' : doorRefusal(state, event)),
    })).toThrow(
      'The machine is not total: the initial state "ajar" is not a state; "closed" x "open" leads to "ajar", which is not a state; '
      + '"open" x "lock" is refused without a reason',
    );
  });
});
