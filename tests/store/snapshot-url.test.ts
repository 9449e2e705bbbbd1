import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayActions } from '../../src/domain/snapshots/replay';
import { installSnapshotEngine } from '../../src/store/snapshot-engine';
import { walkthroughActions } from '../../src/domain/snapshots/walkthrough-figures';
import { DEFAULT_LOCATION } from '../../src/store/initial-state';
import { decodeLocation, encodeLocation, type LocationState } from '../../src/store/location';
import { DEFAULT_SNAPSHOTS, type SnapshotInputs } from '../../src/store/snapshot-defaults';

// The snapshot view installs free play's engine when it loads; these tests act as if it had.
installSnapshotEngine({ replayActions });

const BASE: LocationState = DEFAULT_LOCATION;
const at = (snapshots: SnapshotInputs): LocationState => ({ ...BASE, route: 'snapshots', snapshots });

describe('the snapshot view in the URL', () => {
  it('writes the walkthrough with readable keys, steps counted from 1', () => {
    const hash = encodeLocation(at({ ...DEFAULT_SNAPSHOTS, step: 2 }));
    expect(hash).toBe('#/snapshots?edition=saa-c02&size=40&used=10&changed=4&step=3&rstep=1&tier=standard&days=30&fsraz=3&fsrmin=90');
  });

  it('round-trips the walkthrough with every setting changed, with no problems', () => {
    const s = at({
      ...DEFAULT_SNAPSHOTS, figures: { sizeGiB: 64, writtenGiB: 20, changedGiB: 5 },
      step: 5, restoreStep: 2, tier: 'archive', daysKept: 15, fsrAzs: 1, fsrMinutes: 45,
    });
    const { problems, ...decoded } = decodeLocation(encodeLocation(s), BASE);
    expect(problems).toEqual([]);
    expect(decoded).toEqual(s);
  });

  it('writes free play as the engine\'s action codes and the selection, and reads them back', () => {
    const play = [...walkthroughActions(DEFAULT_SNAPSHOTS.figures)];
    const s = at({ ...DEFAULT_SNAPSHOTS, play, selected: [3, 7, 8, 9], step: 4 });
    const hash = encodeLocation(s);
    expect(new URLSearchParams(hash.split('?')[1]).get('play')).toBe('w0-9,s,w3-6,s,d1,r2,c2');
    expect(new URLSearchParams(hash.split('?')[1]).get('sel')).toBe('3.7-9');
    const { problems, ...decoded } = decodeLocation(hash, BASE);
    expect(problems).toEqual([]);
    expect(decoded).toEqual(s);
  });

  it('round-trips free play on a volume smaller than the walkthrough\'s data, with no problems', () => {
    // Shrinking the volume in free play clamps the walkthrough's figures to it (8 / 8 / 4).
    const s = at({ ...DEFAULT_SNAPSHOTS, figures: { sizeGiB: 8, writtenGiB: 8, changedGiB: 4 }, play: [{ kind: 'write', blocks: [0, 1] }, { kind: 'snapshot' }], step: 2 });
    const { problems, ...decoded } = decodeLocation(encodeLocation(s), BASE);
    expect(problems).toEqual([]);
    expect(decoded).toEqual(s);
  });

  it('round-trips any walkthrough figures, step, tier, days and FSR settings', () => {
    const state = fc.record({
      size: fc.integer({ min: 4, max: 64 }),
      usedShare: fc.double({ min: 0, max: 1, noNaN: true }),
      changedShare: fc.double({ min: 0, max: 1, noNaN: true }),
      step: fc.integer({ min: 0, max: 7 }),
      rstep: fc.integer({ min: 0, max: 3 }),
      tier: fc.constantFrom('standard' as const, 'archive' as const),
      days: fc.integer({ min: 1, max: 30 }),
      azs: fc.integer({ min: 1, max: 3 }),
      minutes: fc.integer({ min: 1, max: 43_200 }),
      edition: fc.constantFrom('saa-c02' as const, 'current' as const),
    }).map(({ size, usedShare, changedShare, step, rstep, tier, days, azs, minutes, edition }): LocationState => {
      const writtenGiB = Math.max(1, Math.round(usedShare * size));
      const changedGiB = Math.max(1, Math.round(changedShare * writtenGiB));
      return {
        ...at({ ...DEFAULT_SNAPSHOTS, figures: { sizeGiB: size, writtenGiB, changedGiB }, step, restoreStep: rstep, tier, daysKept: days, fsrAzs: azs, fsrMinutes: minutes }),
        edition,
      };
    });
    fc.assert(fc.property(state, (s) => {
      const { problems, ...decoded } = decodeLocation(encodeLocation(s), BASE);
      expect(problems).toEqual([]);
      expect(decoded).toEqual(s);
    }), { seed: 20261125, numRuns: 300 });
  });
});

describe('a hand-edited snapshot link', () => {
  const decode = (query: string) => decodeLocation(`#/snapshots?${query}`, BASE);

  it('moves a step past the end to the last step, and says so', () => {
    const d = decode('step=99');
    expect(d.snapshots.step).toBe(7);
    expect(d.problems).toEqual(['step 99 is outside 1 to 8: used 8']);
  });

  it('uses the first step for a step that is not a number', () => {
    const d = decode('step=abc');
    expect(d.snapshots.step).toBe(0);
    expect(d.problems).toEqual(['step "abc" is not a number: used 1']);
  });

  it('limits the data written to the volume size', () => {
    const d = decode('size=40&used=500');
    expect(d.snapshots.figures).toEqual({ sizeGiB: 40, writtenGiB: 40, changedGiB: 4 });
    expect(d.problems).toEqual(['The data written must be a whole number of GiB from 1 to 40: 500 became 40.']);
  });

  it('names a figure that is not a number and falls back to the default', () => {
    const d = decode('size=big');
    expect(d.snapshots.figures.sizeGiB).toBe(40);
    expect(d.problems).toEqual(['size "big" is not a number']);
  });

  it('keeps the actions it can use and names the unreadable part and the refused delete', () => {
    const d = decode('play=w0-3,zz,d7');
    expect(d.snapshots.play).toEqual([{ kind: 'write', blocks: [0, 1, 2, 3] }]);
    expect(d.problems).toEqual([
      'play: Part 2 ("zz") is not an action: use s, w<blocks>, d<n>, r<n> or c<n>.',
      'play: action "d7" was left out: There is no snapshot to delete.',
    ]);
  });

  it('drops selected blocks that are not on the volume', () => {
    const d = decode('play=w0-3&sel=999');
    expect(d.snapshots.selected).toEqual([]);
    expect(d.problems).toEqual(['sel "999" is not a list of blocks 0 to 39: used none']);
    const partly = decode('size=8&play=w0-3&sel=2.12');
    expect(partly.snapshots.selected).toEqual([2]);
    expect(partly.problems).toContain('sel "2.12" is not a list of blocks 0 to 7: used 2');
  });

  it('falls back to the standard tier for an unknown tier', () => {
    const d = decode('tier=glacier');
    expect(d.snapshots.tier).toBe('standard');
    expect(d.problems).toEqual(['tier "glacier" is not standard or archive: used standard']);
  });

  it('keeps the days within a 30-day month and the FSR settings within their ranges', () => {
    const d = decode('days=0&fsraz=9&fsrmin=2.5');
    expect(d.snapshots.daysKept).toBe(1);
    expect(d.snapshots.fsrAzs).toBe(3);
    expect(d.snapshots.fsrMinutes).toBe(3);
    expect(d.problems).toEqual([
      'days 0 is outside 1 to 30 days: used 1 days',
      'fsraz 9 is outside 1 to 3 AZs: used 3 AZs',
      'fsrmin 2.5 is not a whole number: used 3 minutes',
    ]);
  });

  it('says a selection without free play is ignored', () => {
    const d = decode('size=40&sel=1.2');
    expect(d.snapshots.selected).toEqual([]);
    expect(d.problems).toEqual(['sel only applies in free play (with play=...): ignored']);
  });

  it('ignores a key the view does not have, and says so', () => {
    const d = decode('colour=red&size=40');
    expect(d.snapshots).toEqual(DEFAULT_SNAPSHOTS);
    expect(d.problems).toEqual(['colour is not a setting of this view: ignored']);
  });

  it('never throws, and what it reads writes a link that reads back without problems', () => {
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer({ min: -100, max: 500 }).map(String), fc.constantFrom('w0-3,zz,d7', 's', 'w0-63,s,s,d1,r1', '1e9', 'NaN', ''));
    const query = fc.dictionary(fc.constantFrom('size', 'used', 'changed', 'play', 'sel', 'step', 'rstep', 'tier', 'days', 'fsraz', 'fsrmin', 'other'), value);
    fc.assert(fc.property(query, (q) => {
      const d = decodeLocation(`#/snapshots?${new URLSearchParams(q).toString()}`, BASE);
      expect(d.route).toBe('snapshots');
      const again = decodeLocation(encodeLocation(d), BASE);
      expect(again.problems).toEqual([]);
      expect(again.snapshots).toEqual(d.snapshots);
    }), { seed: 20261125, numRuns: 300 });
  });
});

describe('which snapshot values a link keeps', () => {
  const current = at({ ...DEFAULT_SNAPSHOTS, figures: { sizeGiB: 64, writtenGiB: 20, changedGiB: 5 }, step: 3, tier: 'archive', daysKept: 10 });

  it('reads a link that sets any view key as a whole: the keys it leaves out take their defaults', () => {
    const d = decodeLocation('#/snapshots?size=20', current);
    expect(d.snapshots).toEqual({ ...DEFAULT_SNAPSHOTS, figures: { sizeGiB: 20, writtenGiB: 10, changedGiB: 4 } });
    expect(d.problems).toEqual([]);
  });

  it('keeps what is on screen for a bare #/snapshots', () => {
    const d = decodeLocation('#/snapshots', current);
    expect(d.route).toBe('snapshots');
    expect(d.snapshots).toEqual(current.snapshots);
    expect(d.problems).toEqual([]);
  });
});
