import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BURST, type BurstInputs } from '../../src/store/burst-defaults';
import { decodeLocation, encodeLocation, type LocationState } from '../../src/store/location';
import { DEFAULT_LOCATION } from '../../src/store/initial-state';
import { burstHrefFor } from '../../src/store/burst-url';

const BASE: LocationState = DEFAULT_LOCATION;

describe('the burst view in the URL', () => {
  it('writes the volume, the preset and the playhead with readable keys', () => {
    const hash = encodeLocation({ ...BASE, route: 'burst', burst: { ...DEFAULT_BURST, volume: { type: 'gp2', sizeGiB: 200 }, playheadSeconds: 5400 } });
    expect(hash).toBe('#/burst?edition=saa-c02&type=gp2&size=200&preset=nightly-batch&t=5400&start=100&snapshot=0');
  });

  it('writes a custom workload as duration x demand pairs', () => {
    const burst: BurstInputs = { ...DEFAULT_BURST, preset: 'custom', segments: [{ durationSeconds: 3600, demand: 150 }, { durationSeconds: 7200, demand: 3000 }] };
    expect(encodeLocation({ ...BASE, route: 'burst', burst })).toContain('segs=3600x150%2C7200x3000');
    expect(decodeLocation('#/burst?segs=3600x150,7200x3000', BASE).burst.segments).toEqual(burst.segments);
  });

  it('names a malformed segment list and what was used instead', () => {
    const d = decodeLocation('#/burst?type=gp2&segs=3600x150,abcx9,60', BASE);
    expect(d.route).toBe('burst');
    expect(d.problems.join(' | ')).toMatch(/segment 3 "60" is not duration x demand/);
    expect(d.problems.join(' | ')).toMatch(/segment 2/);
    expect(d.burst.preset).toBe('custom');
  });

  it('falls back to a preset the volume type has', () => {
    const d = decodeLocation('#/burst?type=st1&size=500&preset=boot-storm', BASE);
    expect(d.burst.preset).toBe('nightly-batch');
    expect(d.problems.join()).toMatch(/boot-storm/);
  });

  it('opens the EBS explorer\'s gp2, st1 and sc1 volumes in the burst view, and nothing else', () => {
    expect(burstHrefFor({ type: 'gp2', sizeGiB: 200 }, 'current')).toBe('#/burst?edition=current&type=gp2&size=200');
    expect(burstHrefFor({ type: 'gp3', sizeGiB: 200 }, 'current')).toBeNull();
  });

  it('round-trips: decode(encode(state)) is the state, with no problems', () => {
    const state = fc.record({
      type: fc.constantFrom('gp2' as const, 'st1' as const, 'sc1' as const),
      size: fc.integer({ min: 125, max: 16_384 }),
      preset: fc.constantFrom('steady' as const, 'nightly-batch' as const, 'business-hours-db' as const, 'weekly-report' as const),
      t: fc.integer({ min: 0, max: 86_400 }),
      start: fc.integer({ min: 0, max: 100 }),
      snapshot: fc.boolean(),
    }).map(({ type, size, preset, t, start, snapshot }): LocationState => ({
      ...BASE, route: 'burst',
      burst: { volume: { type, sizeGiB: size }, preset, segments: [], playheadSeconds: t, startBalancePercent: start, snapshotInProgress: snapshot },
    }));
    fc.assert(fc.property(state, (s) => {
      const { problems, ...decoded } = decodeLocation(encodeLocation(s), BASE);
      expect(problems).toEqual([]);
      expect(decoded).toEqual(s);
    }), { seed: 20261125, numRuns: 200 });
  });
});
