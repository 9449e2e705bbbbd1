/**
 * The snapshot lifecycle machine: total (exhaustively and by random walks with a fixed seed), its
 * standard scenario never refused, and its refusals stated in words a learner can read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SNAPSHOT_EVENTS, SNAPSHOT_MACHINE, SNAPSHOT_STATES, describeSnapshotStep, isTotal, machineProblems, runScenario,
  standardSnapshotSteps, tryEvent, type SnapshotEvent,
} from '../../../src/domain';
import { assertProperty } from '../support/property';

describe('the snapshot machine', () => {
  it('decides every one of its 8 x 7 = 56 state x event pairs', () => {
    expect(machineProblems(SNAPSHOT_MACHINE)).toEqual([]);
    expect(isTotal(SNAPSHOT_MACHINE)).toBe(true);
    let decided = 0;
    for (const state of SNAPSHOT_STATES) {
      for (const event of SNAPSHOT_EVENTS) {
        const result = tryEvent(SNAPSHOT_MACHINE, state, event);
        if (result.ok) expect(SNAPSHOT_STATES).toContain(result.to);
        else expect(result.reason.length).toBeGreaterThan(0);
        decided += 1;
      }
    }
    expect(decided).toBe(56);
  });

  it('on any random walk, every event leads to a state or gives a reason (fixed seed)', () => {
    const anyEvent = fc.constantFrom(...SNAPSHOT_EVENTS);
    assertProperty(fc.property(fc.array(anyEvent, { maxLength: 30 }), (events) => {
      let state = SNAPSHOT_MACHINE.initial;
      const accepted: SnapshotEvent[] = [];
      for (const event of events) {
        const result = tryEvent(SNAPSHOT_MACHINE, state, event);
        if (result.ok) {
          if (!SNAPSHOT_STATES.includes(result.to)) return false;
          accepted.push(event);
          state = result.to;
        } else if (result.reason.trim() === '') {
          return false;
        }
      }
      const steps = runScenario(SNAPSHOT_MACHINE, accepted, describeSnapshotStep);
      return steps.length === accepted.length && (steps.at(-1)?.to ?? SNAPSHOT_MACHINE.initial) === state;
    }));
  });

  it('refuses to restore when there is no snapshot to restore from', () => {
    expect(tryEvent(SNAPSHOT_MACHINE, 'written', 'restore-other-az'))
      .toEqual({ ok: false, reason: 'There is no snapshot to restore from.' });
  });

  it('throws with the refusal when a scenario restores before any snapshot', () => {
    expect(() => runScenario(SNAPSHOT_MACHINE, ['create-volume', 'write', 'restore-other-az'], describeSnapshotStep))
      .toThrow('Step 3 ("restore-other-az" in state "written") is refused: There is no snapshot to restore from.');
  });

  it('keeps the data on the volume when its only snapshot is deleted', () => {
    expect(tryEvent(SNAPSHOT_MACHINE, 'snapshotted', 'delete-snapshot')).toEqual({ ok: true, to: 'written' });
  });
});

describe('the standard snapshot scenario', () => {
  const steps = standardSnapshotSteps();

  it('takes no refused transition and walks through the eight steps in order', () => {
    expect(steps.map((s) => `${s.from} -> ${s.to}`)).toEqual([
      'no-volume -> volume', 'volume -> written', 'written -> snapshotted', 'snapshotted -> changed',
      'changed -> chained', 'chained -> snapshotted', 'snapshotted -> restored', 'restored -> copied',
    ]);
  });

  it('explains each step in one or two sentences with the worked GiB', () => {
    for (const step of steps) {
      const sentences = step.explanation.split(/(?<=\.)\s+/);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
    }
    expect(steps[2]?.explanation).toMatch(/10 GiB/);
    expect(steps[4]?.explanation).toMatch(/10 \+ 4 = 14 GiB/);
    expect(steps[5]?.explanation).toMatch(/Storage: 10 GiB/);
  });

  it('quotes the figures it is given: 64 / 20 / 5 GiB -> 20, 20 + 5 = 25, then 20 GiB', () => {
    const custom = standardSnapshotSteps({ volumeSizeGiB: 64, writtenGiB: 20, changedGiB: 5 });
    expect(custom.map((s) => s.to)).toEqual(steps.map((s) => s.to));
    expect(custom[0]?.explanation).toMatch(/empty 64 GiB volume/);
    expect(custom[2]?.explanation).toMatch(/Snapshot storage: 20 GiB/);
    expect(custom[4]?.explanation).toMatch(/20 \+ 5 = 25 GiB/);
    expect(custom[5]?.explanation).toMatch(/frees only the 5 GiB.*the 15 GiB the second still references are kept\. Storage: 20 GiB\./);
    expect(describeSnapshotStep('written', 'snapshot', 'snapshotted', { volumeSizeGiB: 10, writtenGiB: 10, changedGiB: 1 }))
      .toBe('The first snapshot copies only the 10 GiB of written blocks to S3. Snapshot storage: 10 GiB.');
  });
});
