/**
 * Invariants of the block engine and free play (fast-check, fixed seed; FC_SEED=<n> to explore):
 * storage is the number of distinct referenced (block, version) pairs, never more than the live
 * snapshots' data and always the sum of their charges; deleting never adds storage; a snapshot
 * right after another uploads nothing; free play never throws and a refusal changes nothing;
 * the text form of actions round-trips and never throws on garbage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyBlockAction, emptyFrame, type BlockAction, type BlockFrame } from '../../../src/domain/snapshots/blocks';
import { encodeActions, parseActions, runFreePlay } from '../../../src/domain/snapshots/free-play';
import { assertProperty } from '../support/property';

/** Actions on a volume of up to 16 blocks, snapshot ids 1 to 8: most are accepted. */
const plausibleAction: fc.Arbitrary<BlockAction> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 1, maxLength: 6 }).map((blocks): BlockAction => ({ kind: 'write', blocks })) },
  { weight: 3, arbitrary: fc.constant<BlockAction>({ kind: 'snapshot' }) },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.constantFrom('delete' as const, 'restore' as const, 'copy' as const), fc.integer({ min: 1, max: 8 }))
      .map(([kind, snapshot]): BlockAction => ({ kind, snapshot })),
  },
);

const anyNumber = fc.oneof(fc.integer({ min: -5, max: 80 }), fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e9));

/** Any well-typed action, its numbers possibly negative, fractional, not finite or huge. */
const anyAction: fc.Arbitrary<BlockAction> = fc.oneof(
  plausibleAction,
  fc.array(anyNumber, { maxLength: 5 }).map((blocks): BlockAction => ({ kind: 'write', blocks })),
  fc.tuple(fc.constantFrom('delete' as const, 'restore' as const, 'copy' as const), anyNumber).map(([kind, snapshot]): BlockAction => ({ kind, snapshot })),
);

/** Valid actions for the text form: blocks 0 to 63, snapshot ids 1 to 999,999. */
const encodableAction: fc.Arbitrary<BlockAction> = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 63 }), { minLength: 1, maxLength: 12 }).map((blocks): BlockAction => ({ kind: 'write', blocks })),
  fc.constant<BlockAction>({ kind: 'snapshot' }),
  fc.tuple(fc.constantFrom('delete' as const, 'restore' as const, 'copy' as const), fc.integer({ min: 1, max: 999_999 }))
    .map(([kind, snapshot]): BlockAction => ({ kind, snapshot })),
);

/** An independent count of the distinct (block, version > 0) pairs the live snapshots reference. */
function distinctPairs(frame: BlockFrame): number {
  return new Set(frame.snapshots.flatMap((s) => s.versions.flatMap((v, b) => (v > 0 ? [`${b}:${v}`] : [])))).size;
}

function frames(sizeGiB: number, actions: readonly BlockAction[]): BlockFrame[] {
  const run = runFreePlay(sizeGiB, actions);
  return [run.start, ...run.steps.map((s) => s.frame)];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('block engine invariants (fixed seed)', () => {
  it('stores the distinct referenced pairs: never more than the live snapshots\' data, always the sum of their charges', () => {
    assertProperty(fc.property(fc.array(plausibleAction, { maxLength: 40 }), (actions) =>
      frames(16, actions).every((f) =>
        f.storedGiB === distinctPairs(f)
        && f.storedGiB <= sum(f.snapshots.map((s) => s.usedGiB))
        && f.storedGiB === sum(f.snapshots.map((s) => s.chargedGiB))
        && f.usedGiB === f.volume.filter((v) => v > 0).length)));
  });

  it('never increases storage by a delete, and frees exactly the drop in storage', () => {
    assertProperty(fc.property(fc.array(plausibleAction, { maxLength: 40 }), (actions) => {
      const run = runFreePlay(16, actions);
      let before = run.start;
      for (const step of run.steps) {
        if (step.action.kind === 'delete') {
          if (step.frame.storedGiB > before.storedGiB) return false;
          if (before.storedGiB - step.frame.storedGiB !== step.frame.last?.freedBlocks.length) return false;
        }
        before = step.frame;
      }
      return true;
    }));
  });

  it('uploads 0 blocks in a snapshot taken right after another', () => {
    assertProperty(fc.property(fc.array(plausibleAction, { maxLength: 30 }), (actions) => {
      const run = runFreePlay(16, [...actions, { kind: 'snapshot' }, { kind: 'snapshot' }]);
      const last = run.steps.at(-1);
      const previous = run.steps.at(-2);
      if (last?.action.kind !== 'snapshot' || previous?.action.kind !== 'snapshot') return true;
      return last.frame.last?.uploadedBlocks.length === 0;
    }));
  });

  it('uploads in a snapshot exactly the blocks changed since the latest live one', () => {
    assertProperty(fc.property(fc.array(plausibleAction, { maxLength: 30 }), (actions) => {
      const run = runFreePlay(16, actions);
      let before = run.start;
      for (const step of run.steps) {
        if (step.action.kind === 'snapshot') {
          const changed = before.changedSinceSnapshot.flatMap((c, b) => (c ? [b] : []));
          if (JSON.stringify(step.frame.last?.uploadedBlocks) !== JSON.stringify(changed)) return false;
          if (step.frame.storedGiB !== before.storedGiB + changed.length) return false;
        }
        before = step.frame;
      }
      return true;
    }));
  });

  it('never throws on arbitrary actions, and a refused action leaves the frame as it was', () => {
    assertProperty(fc.property(fc.integer({ min: -10, max: 100 }), fc.array(anyAction, { maxLength: 30 }), (size, actions) => {
      const run = runFreePlay(size, actions);
      let frame = run.start;
      let next = 0;
      for (let i = 0; i < actions.length; i += 1) {
        const action = actions[i]!;
        const result = applyBlockAction(frame, action);
        const step = run.steps[next];
        if (result.ok) {
          if (step?.actionIndex !== i) return false;
          frame = step.frame;
          next += 1;
        } else if (!run.refused.some((r) => r.index === i && r.reason === result.reason) || result.reason.trim() === '') {
          return false;
        }
      }
      return next === run.steps.length && run.steps.length + run.refused.length === actions.length;
    }));
  });

  it('does not change the frame it is given', () => {
    assertProperty(fc.property(fc.array(plausibleAction, { maxLength: 20 }), anyAction, (actions, extra) => {
      const frame = frames(16, actions).at(-1) ?? emptyFrame(16);
      const copy = JSON.stringify(frame);
      applyBlockAction(frame, extra);
      return JSON.stringify(frame) === copy;
    }));
  });
});

describe('the text form of actions (fixed seed)', () => {
  it('round-trips: parseActions(encodeActions(a)) gives a back with no problems', () => {
    assertProperty(fc.property(fc.array(encodableAction, { maxLength: 30 }), (actions) => {
      const parsed = parseActions(encodeActions(actions));
      return parsed.problems.length === 0 && JSON.stringify(parsed.actions) === JSON.stringify(actions);
    }));
  });

  it('is URL-safe: only letters, digits and , . -', () => {
    assertProperty(fc.property(fc.array(encodableAction, { maxLength: 30 }), (actions) => /^[a-z0-9,.-]*$/.test(encodeActions(actions))));
  });

  it('never throws on garbage and names a problem for every part it leaves out', () => {
    assertProperty(fc.property(fc.string({ maxLength: 80 }), (raw) => {
      const { actions, problems } = parseActions(raw);
      const parts = raw.split(',').map((p) => p.trim()).filter((p) => p !== '');
      return actions.length + problems.length === parts.length;
    }));
    expect(parseActions(42 as unknown as string)).toEqual({ actions: [], problems: ['The actions are not text.'] });
  });
});
