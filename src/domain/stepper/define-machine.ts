/**
 * Defining a machine from its allowed pairs and one refusal rule, checked when it is defined.
 *
 *   transitions[s][e] = { to: allowed[s][e] }          when allowed lists the pair
 *                       { refused: refusal(s, e) }     for every other pair
 *
 * so the table is total by construction, and a refusal is written once per rule rather than once
 * per cell (encryption: 289 pairs, 28 allowed; AMI: 108 pairs, 30 allowed). The result is checked
 * with machineProblems at once: a target that is not a state, an empty refusal or an initial state
 * that is not a state throws when the module loads, naming every problem, before any scenario runs.
 * Small machines whose every cell reads best as a literal (snapshots/lifecycle.ts,
 * snapshots/free-play-machine.ts) keep their literal Record table, which TypeScript already checks
 * for totality. No units; docs/state-machines.md draws each machine.
 */
import { machineProblems, type Machine, type Transition } from './machine';

export interface MachineDefinition<S extends string, E extends string> {
  readonly states: readonly S[];
  readonly events: readonly E[];
  readonly initial: S;
  /** The pairs that lead somewhere: state -> event -> next state. Every other pair is refused. */
  readonly allowed: Readonly<Partial<Record<S, Readonly<Partial<Record<E, S>>>>>>;
  /** The stated reason `event` is refused in `state`; called only for pairs `allowed` does not list. */
  readonly refusal: (state: S, event: E) => string;
}

/** The total machine of `definition`. Throws an Error listing every problem if it is not total. */
export function defineMachine<S extends string, E extends string>(definition: MachineDefinition<S, E>): Machine<S, E> {
  const { states, events, initial, allowed, refusal } = definition;
  const cell = (state: S, event: E): Transition<S> => {
    const to = allowed[state]?.[event];
    return to === undefined ? { refused: refusal(state, event) } : { to };
  };
  const row = (state: S) => Object.fromEntries(events.map((event) => [event, cell(state, event)])) as Record<E, Transition<S>>;
  const machine: Machine<S, E> = {
    states,
    events,
    initial,
    transitions: Object.fromEntries(states.map((state) => [state, row(state)])) as Record<S, Record<E, Transition<S>>>,
  };
  const problems = machineProblems(machine);
  if (problems.length > 0) throw new Error(`The machine is not total: ${problems.join('; ')}`);
  return machine;
}
