/**
 * A tiny door machine shared by the stepper kit's tests: three states, three events, four refusals.
 */
import type { Machine } from '../../../src/domain/stepper/machine';

export type Door = 'closed' | 'open' | 'locked';
export type Act = 'open' | 'close' | 'lock';

export const DOOR: Machine<Door, Act> = {
  states: ['closed', 'open', 'locked'],
  events: ['open', 'close', 'lock'],
  initial: 'closed',
  transitions: {
    closed: { open: { to: 'open' }, close: { refused: 'The door is already closed.' }, lock: { to: 'locked' } },
    open: { open: { refused: 'The door is already open.' }, close: { to: 'closed' }, lock: { refused: 'Close the door before locking it.' } },
    locked: { open: { refused: 'The door is locked.' }, close: { refused: 'The door is already closed.' }, lock: { refused: 'The door is already locked.' } },
  },
};
