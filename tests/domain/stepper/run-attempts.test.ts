/**
 * runAttempts, the one runner of scenarios with attempts: worked cases on the door machine (a
 * refused attempt keeps the state and the scene, an allowed attempt and a refused non-attempt throw
 * naming the step), and properties over random machines with a fixed seed: entries marked as
 * attempts exactly where tryEvent refuses never throw and follow tryEvent's chain of states; flip
 * one mark and the runner throws at that step.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  runAttempts, runScenario, tryEvent, type Machine, type ScenarioEntry, type StepContext, type Transition,
} from '../../../src/domain/stepper/machine';
import { assertProperty } from '../support/property';
import { DOOR, type Act, type Door } from './door';

/** A scene that records each applied event, so a test can see what changed it. */
type Log = readonly string[];
const applyLog = (scene: Log, event: Act, from: Door, to: Door, index: number): Log => [...scene, `${index}: ${from} -${event}-> ${to}`];
const keep = (context: StepContext<Door, Act, Log>) => context;

describe('runAttempts on the door machine', () => {
  it('runs allowed events from the initial state, applying each to the scene', () => {
    const steps = runAttempts(DOOR, [{ event: 'open' }, { event: 'close' }], { initial: [] as Log, apply: applyLog, step: keep });
    expect(steps).toEqual([
      { index: 0, event: 'open', from: 'closed', to: 'open', before: [], after: ['0: closed -open-> open'] },
      { index: 1, event: 'close', from: 'open', to: 'closed', before: ['0: closed -open-> open'], after: ['0: closed -open-> open', '1: open -close-> closed'] },
    ]);
    expect(steps[0]).not.toHaveProperty('refused');
  });

  it('keeps the state and the scene on a refused attempt, carries the refusal, and goes on from the kept state', () => {
    const entries: ScenarioEntry<Act>[] = [{ event: 'open' }, { event: 'lock', attempt: true }, { event: 'close' }, { event: 'lock' }];
    const steps = runAttempts(DOOR, entries, { initial: [] as Log, apply: applyLog, step: keep });
    const attempt = steps[1]!;
    expect(attempt).toMatchObject({ index: 1, event: 'lock', from: 'open', to: 'open', refused: 'Close the door before locking it.' });
    expect(attempt.after).toBe(attempt.before);
    expect(steps.map((s) => `${s.from} -> ${s.to}`)).toEqual(['closed -> open', 'open -> open', 'open -> closed', 'closed -> locked']);
    expect(steps.at(-1)!.after).toEqual(['0: closed -open-> open', '2: open -close-> closed', '3: closed -lock-> locked']);
  });

  it('lets `attempt` draw the refused step, with the reason, and never applies the refused event', () => {
    const steps = runAttempts(DOOR, [{ event: 'close', attempt: true }], {
      initial: ['start'] as Log,
      apply: () => { throw new Error('apply must not run on a refused attempt'); },
      attempt: (scene, event, reason, state, index) => [...scene, `${index}: ${event} refused in ${state} (${reason})`],
      step: keep,
    });
    expect(steps[0]!.after).toEqual(['start', '0: close refused in closed (The door is already closed.)']);
    expect(steps[0]!.to).toBe('closed');
  });

  it('throws when an attempt turns out to be allowed', () => {
    expect(() => runAttempts(DOOR, [{ event: 'open', attempt: true }], { initial: [] as Log, apply: applyLog, step: keep }))
      .toThrow('Step 1 ("open" in state "closed") is an attempt, yet the machine allows it');
  });

  it('throws naming the step number, the event, the state and the reason when a non-attempt is refused', () => {
    const entries: ScenarioEntry<Act>[] = [{ event: 'open' }, { event: 'close' }, { event: 'close' }];
    expect(() => runAttempts(DOOR, entries, { initial: [] as Log, apply: applyLog, step: keep }))
      .toThrow('Step 3 ("close" in state "closed") is refused: The door is already closed.');
  });

  it('gives no steps for no entries', () => {
    expect(runAttempts(DOOR, [], { initial: [] as Log, apply: applyLog, step: keep })).toEqual([]);
  });

  it('is what runScenario runs: the same states, and the same error', () => {
    const events: Act[] = ['open', 'close', 'lock'];
    const viaRunner = runAttempts(DOOR, events.map((event) => ({ event })), { initial: [] as Log, apply: applyLog, step: keep });
    expect(runScenario(DOOR, events, () => '').map((s) => [s.from, s.to])).toEqual(viaRunner.map((s) => [s.from, s.to]));
    expect(() => runScenario(DOOR, ['open', 'open'], () => '')).toThrow('Step 2 ("open" in state "open") is refused: The door is already open.');
  });
});

/** A random machine: 1-5 states, 1-4 events, each pair a random next state or a refusal naming it. */
const anyMachine: fc.Arbitrary<Machine<string, string>> = fc
  .record({ stateCount: fc.integer({ min: 1, max: 5 }), eventCount: fc.integer({ min: 1, max: 4 }) })
  .chain(({ stateCount, eventCount }) => {
    const states = Array.from({ length: stateCount }, (_, i) => `s${i}`);
    const events = Array.from({ length: eventCount }, (_, i) => `e${i}`);
    const cell = fc.option(fc.constantFrom(...states), { nil: undefined });
    return fc.tuple(fc.array(cell, { minLength: stateCount * eventCount, maxLength: stateCount * eventCount }), fc.constantFrom(...states))
      .map(([cells, initial]): Machine<string, string> => ({
        states, events, initial,
        transitions: Object.fromEntries(states.map((s, i) => [s, Object.fromEntries(events.map((e, j): [string, Transition<string>] => {
          const to = cells[i * eventCount + j];
          return [e, to === undefined ? { refused: `${s} refuses ${e}` } : { to }];
        }))])),
      }));
  });

/** A machine and a list of its events, marked as attempts exactly where tryEvent refuses them; with the chain of states. */
const anyMarkedScenario = anyMachine.chain((machine) => fc.array(fc.constantFrom(...machine.events), { maxLength: 30 }).map((events) => {
  let state = machine.initial;
  const entries: ScenarioEntry<string>[] = [];
  const chain: { from: string; to: string; refused?: string }[] = [];
  for (const event of events) {
    const result = tryEvent(machine, state, event);
    entries.push(result.ok ? { event } : { event, attempt: true });
    chain.push(result.ok ? { from: state, to: result.to } : { from: state, to: state, refused: result.reason });
    state = result.ok ? result.to : state;
  }
  return { machine, entries, chain };
}));

describe('runAttempts on random machines', () => {
  it('never throws when attempts are marked exactly where tryEvent refuses, and follows tryEvent\'s chain of states', () => {
    assertProperty(fc.property(anyMarkedScenario, ({ machine, entries, chain }) => {
      const steps = runAttempts(machine, entries, {
        initial: [] as readonly string[],
        apply: (scene, event) => [...scene, event],
        step: (context) => context,
      });
      expect(steps.map(({ from, to, refused }) => (refused === undefined ? { from, to } : { from, to, refused }))).toEqual(chain);
      steps.forEach((step, i) => {
        expect(step.index).toBe(i);
        if (i > 0) expect(step.before).toBe(steps[i - 1]!.after);
        expect(step.after).toEqual(step.refused === undefined ? [...step.before, step.event] : step.before);
      });
    }));
  });

  it('throws at the first entry whose attempt mark disagrees with tryEvent, naming its step', () => {
    const flipped = anyMarkedScenario
      .filter(({ entries }) => entries.length > 0)
      .chain((s) => fc.nat({ max: s.entries.length - 1 }).map((k) => ({ ...s, k })));
    assertProperty(fc.property(flipped, ({ machine, entries, chain, k }) => {
      const entry = entries[k]!;
      const wrong = entries.map((e, i) => (i !== k ? e : entry.attempt ? { event: e.event } : { event: e.event, attempt: true as const }));
      const what = entry.attempt ? `is refused: ${chain[k]!.refused ?? ''}` : 'is an attempt, yet the machine allows it';
      expect(() => runAttempts(machine, wrong, { initial: null, apply: () => null, step: (c) => c }))
        .toThrow(`Step ${k + 1} ("${entry.event}" in state "${chain[k]!.from}") ${what}`);
    }));
  });
});
