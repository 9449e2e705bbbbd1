/**
 * A generic state-machine kit for the step-through animations (snapshots, AMI, encryption ...).
 *
 * A machine is a list of states, a list of events and a transition table in which every
 * state x event pair is decided: either a next state `{ to }` or a stated refusal `{ refused }`
 * that the UI can show ("there is no snapshot to restore from"). A scenario (a list of events) is
 * run ahead of time into a list of steps; the UI holds only a step index (HOUSE_STYLE: trace + cursor).
 *
 *   isTotal(m)         every (state, event) pair is present, every target is a state,
 *                      every refusal has a non-empty reason, and the initial state is a state
 *   tryEvent(m, s, e)  { ok: true, to } | { ok: false, reason }
 *   runScenario(m, es, describe) -> steps[i] = { index: i, from, event, to, explanation };
 *                      throws an Error naming the step and the refusal if any event is refused
 *
 * No units; the contract is drawn in docs/state-machines.md.
 */

export type Transition<S extends string> = { readonly to: S } | { readonly refused: string };

export interface Machine<S extends string, E extends string> {
  readonly states: readonly S[];
  readonly events: readonly E[];
  readonly initial: S;
  readonly transitions: Readonly<Record<S, Readonly<Record<E, Transition<S>>>>>;
}

export type EventResult<S extends string> = { ok: true; to: S } | { ok: false; reason: string };

export interface Step<S extends string, E extends string> {
  readonly index: number;
  readonly from: S;
  readonly event: E;
  readonly to: S;
  readonly explanation: string;
}

export type Describe<S extends string, E extends string> = (from: S, event: E, to: S) => string;

function isTransitionLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Every way the table fails to be total, as sentences; empty when the machine is total. */
export function machineProblems<S extends string, E extends string>(machine: Machine<S, E>): string[] {
  const problems: string[] = [];
  const states = new Set<string>(machine.states);
  if (!states.has(machine.initial)) problems.push(`the initial state "${machine.initial}" is not a state`);
  for (const state of machine.states) {
    const row = (machine.transitions as Record<string, Record<string, unknown> | undefined>)[state];
    for (const event of machine.events) {
      const cell = row?.[event];
      if (!isTransitionLike(cell)) {
        problems.push(`"${state}" x "${event}" is not decided`);
      } else if ('to' in cell) {
        if (typeof cell.to !== 'string' || !states.has(cell.to)) {
          problems.push(`"${state}" x "${event}" leads to "${String(cell.to)}", which is not a state`);
        }
      } else if (typeof cell.refused !== 'string' || cell.refused.trim() === '') {
        problems.push(`"${state}" x "${event}" is refused without a reason`);
      }
    }
  }
  return problems;
}

/** True when every state x event pair is decided, every target is a state and every refusal is stated. */
export function isTotal<S extends string, E extends string>(machine: Machine<S, E>): boolean {
  return machineProblems(machine).length === 0;
}

/** What `event` does in `state`: the next state, or the reason it is refused. */
export function tryEvent<S extends string, E extends string>(machine: Machine<S, E>, state: S, event: E): EventResult<S> {
  const cell: Transition<S> | undefined = machine.transitions[state]?.[event];
  if (cell === undefined) return { ok: false, reason: `"${event}" is not decided in state "${state}"` };
  if ('to' in cell) return { ok: true, to: cell.to };
  return { ok: false, reason: cell.refused };
}

/**
 * Runs `events` from the machine's initial state into explained steps. Throws an Error naming the
 * step number, the event, the state and the refusal when the scenario takes a refused transition.
 */
export function runScenario<S extends string, E extends string>(
  machine: Machine<S, E>,
  events: readonly E[],
  describe: Describe<S, E>,
): Step<S, E>[] {
  const steps: Step<S, E>[] = [];
  let state = machine.initial;
  events.forEach((event, index) => {
    const result = tryEvent(machine, state, event);
    if (!result.ok) {
      throw new Error(`Step ${index + 1} ("${event}" in state "${state}") is refused: ${result.reason}`);
    }
    steps.push({ index, from: state, event, to: result.to, explanation: describe(state, event, result.to) });
    state = result.to;
  });
  return steps;
}
