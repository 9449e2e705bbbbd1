/**
 * A generic state-machine kit for the step-through animations (snapshots, encryption, AMI, and the
 * instance lifecycle next): the machine, its totality check, and the one runner of scenarios.
 *
 * A machine is a list of states, a list of events and a transition table in which every
 * state x event pair is decided: either a next state `{ to }` or a stated refusal `{ refused }`
 * that the UI can show ("there is no snapshot to restore from"). A scenario is run ahead of time
 * into a list of steps; the UI holds only a step index (HOUSE_STYLE: trace + cursor).
 *
 *   isTotal(m)         every (state, event) pair is present, every target is a state,
 *                      every refusal has a non-empty reason, and the initial state is a state
 *   tryEvent(m, s, e)  { ok: true, to } | { ok: false, reason }
 *   runAttempts(m, entries, { initial, apply, attempt?, step }) -> steps[i] = step(context_i)
 *                      entries are { event, attempt? }. An allowed event moves the state and
 *                      apply()s the scene; an attempt is an event the machine is expected to refuse:
 *                      it keeps the state, the scene becomes attempt()'s (default: unchanged) and
 *                      the context carries the refusal. A refused event that is not an attempt, or
 *                      an attempt the machine allows, is a bug in the scenario: it throws an Error
 *                      naming the step number (from 1), the event, the state and the reason.
 *   runScenario(m, es, describe) -> steps[i] = { index: i, from, event, to, explanation }
 *                      the same runner with no attempts and no scene
 *
 * define-machine.ts builds a table from the allowed pairs and a refusal function, and checks it.
 *
 * Free play (snapshots/replay.ts) does not use the runner: its refusals are a person's actions,
 * not attempts marked ahead of time, so a refused action is skipped and listed rather than thrown
 * or drawn as a step; its control state is derived from the block frame (controlStateOf), not
 * carried from step to step; and its action's parameters are checked after the machine. It asks
 * tryEvent once per action (blocks.ts). No units; the contract is drawn in docs/state-machines.md.
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

/** One entry of a scenario: an event, and whether it is an attempt the machine is expected to refuse. */
export interface ScenarioEntry<E extends string> {
  readonly event: E;
  readonly attempt?: true;
}

/** What the runner hands to `step` for the entry at `index`. */
export interface StepContext<S extends string, E extends string, Scene> {
  readonly index: number;
  readonly event: E;
  /** The machine state before and after the step; equal on a refused attempt. */
  readonly from: S;
  readonly to: S;
  /** The scene before the step, and after it (apply's, or attempt's on a refused attempt). */
  readonly before: Scene;
  readonly after: Scene;
  /** Set on a refused attempt only: the machine's reason. */
  readonly refused?: string;
}

export interface RunAttemptsOptions<S extends string, E extends string, Scene, T> {
  /** The scene before the first step. */
  readonly initial: Scene;
  /** The scene after an allowed event. */
  apply(scene: Scene, event: E, from: S, to: S, index: number): Scene;
  /** The scene after a refused attempt, `state` unchanged; by default the scene is kept as it is. */
  attempt?(scene: Scene, event: E, reason: string, state: S, index: number): Scene;
  /** The step the caller keeps, built from what the runner knows. */
  step(context: StepContext<S, E, Scene>): T;
}

function scenarioError(index: number, event: string, state: string, what: string): Error {
  return new Error(`Step ${index + 1} ("${event}" in state "${state}") ${what}`);
}

/**
 * Runs `entries` from the machine's initial state and `options.initial` into steps. Throws an
 * Error naming the step when an event that is not an attempt is refused, or an attempt is allowed.
 */
export function runAttempts<S extends string, E extends string, Scene, T>(
  machine: Machine<S, E>,
  entries: readonly ScenarioEntry<E>[],
  options: RunAttemptsOptions<S, E, Scene, T>,
): T[] {
  let state = machine.initial;
  let scene = options.initial;
  return entries.map(({ event, attempt }, index) => {
    const from = state;
    const before = scene;
    const result = tryEvent(machine, from, event);
    if (result.ok && attempt) throw scenarioError(index, event, from, 'is an attempt, yet the machine allows it');
    if (!result.ok && !attempt) throw scenarioError(index, event, from, `is refused: ${result.reason}`);
    const context: StepContext<S, E, Scene> = result.ok
      ? { index, event, from, to: result.to, before, after: options.apply(before, event, from, result.to, index) }
      : {
        index, event, from, to: from, before, refused: result.reason,
        after: options.attempt ? options.attempt(before, event, result.reason, from, index) : before,
      };
    state = context.to;
    scene = context.after;
    return options.step(context);
  });
}

/**
 * Runs `events` (none of them an attempt) from the machine's initial state into explained steps.
 * Throws an Error naming the step number, the event, the state and the refusal when the scenario
 * takes a refused transition.
 */
export function runScenario<S extends string, E extends string>(
  machine: Machine<S, E>,
  events: readonly E[],
  describe: Describe<S, E>,
): Step<S, E>[] {
  return runAttempts(machine, events.map((event) => ({ event })), {
    initial: undefined,
    apply: () => undefined,
    step: ({ index, from, event, to }) => ({ index, from, event, to, explanation: describe(from, event, to) }),
  });
}
