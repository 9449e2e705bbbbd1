import { describe, expect, it } from 'vitest';
import { burstActions } from '../../../src/features/burst/actions';
import { burstState } from '../../../src/features/burst/params';
import { defaultsOf } from '../../../src/store/view-state';
import { decodeQuery, viewStore } from '../../support/view-state';

const decode = (query: string, edition: 'saa-c02' | 'current' = 'saa-c02') => decodeQuery(burstState, query, edition);
const segments = [{ durationSeconds: 3600, demand: 150 }, { durationSeconds: 7200, demand: 3000 }];

describe('the burst view in the URL', () => {
  it('writes the volume, the preset and the playhead with readable keys', () => {
    const v = viewStore(burstState, burstActions);
    v.actions.resizeBurstVolume(200);
    v.actions.movePlayhead(5400);
    expect(v.link()).toBe('#/burst?edition=saa-c02&type=gp2&size=200&preset=nightly-batch&t=5400&start=100&snapshot=0');
  });

  it('writes a custom workload as duration x demand pairs, in place of the preset', () => {
    const v = viewStore(burstState, burstActions, '#/burst?segs=3600x150,7200x3000');
    expect(v.inputs()).toMatchObject({ preset: 'custom', segments });
    expect(v.link()).toBe('#/burst?edition=saa-c02&type=gp2&size=100&segs=3600x150%2C7200x3000&t=0&start=100&snapshot=0');
    expect(decode('segs=3600x150,7200x3000').inputs.segments).toEqual(segments);
  });

  it('reads the example links of its README without a problem', () => {
    expect(decode('type=gp2&size=100&preset=nightly-batch&t=5400&start=100&snapshot=0').problems).toEqual([]);
    const custom = decode('type=st1&size=2048&segs=3600x40%2C14400x500&t=0&start=50&snapshot=1', 'current');
    expect(custom.problems).toEqual([]);
    expect(custom.inputs).toMatchObject({ preset: 'custom', segments: [{ durationSeconds: 3600, demand: 40 }, { durationSeconds: 14_400, demand: 500 }] });
  });

  it('reads the link the EBS explorer opens a gp2, st1 or sc1 volume with: that volume, the rest at its defaults', () => {
    const d = decode('type=st1&size=500', 'current');
    expect(d.problems).toEqual([]);
    expect(d.inputs).toEqual({ ...defaultsOf(burstState), type: 'st1', sizeGiB: 500 });
  });
});

describe('a hand-edited burst link', () => {
  it('names a malformed segment list and draws what it could read', () => {
    const d = decode('type=gp2&segs=3600x150,abcx9,60');
    expect(d.problems.join(' | ')).toMatch(/segment 3 "60" is not duration x demand/);
    expect(d.problems.join(' | ')).toMatch(/segment 2 "abcx9" is not duration x demand \(seconds x IOPS or MiB\/s\): left out/);
    expect(d.inputs.preset).toBe('custom');
    expect(d.inputs.segments).toEqual([{ durationSeconds: 3600, demand: 150 }]);
  });

  it('keeps the preset when no segment can be read, and says which', () => {
    const d = decode('segs=banana');
    expect(d.inputs.preset).toBe('nightly-batch');
    expect(d.problems).toEqual([
      'segment 1 "banana" is not duration x demand (seconds x IOPS or MiB/s): left out',
      'segs: no segment could be read: used the nightly-batch preset',
    ]);
  });

  it('keeps a custom workload within the explorer\'s limits, naming each change', () => {
    expect(decode('segs=30x100').problems).toEqual(['segment 1: duration 30 s is shorter than 60 s: used 60 s']);
    expect(decode('segs=3600x2000000').inputs.segments).toEqual([{ durationSeconds: 3600, demand: 1_000_000 }]);
    const week = decode('segs=604800x10,3600x5');
    expect(week.inputs.segments).toEqual([{ durationSeconds: 604_800, demand: 10 }]);
    expect(week.problems).toEqual(['the workload runs past 604,800 s (7 days) at segment 2: left out segment 2 and dropped every segment after it']);
  });

  it('falls back to a preset the volume type has', () => {
    const d = decode('type=st1&size=500&preset=boot-storm');
    expect(d.inputs.preset).toBe('nightly-batch');
    expect(d.problems).toEqual(['preset "boot-storm" does not apply to st1: used nightly-batch']);
    expect(decode('preset=custom').problems).toEqual(['preset "custom" needs its segments in segs: used nightly-batch']);
  });

  it('keeps the size within the volume type\'s range, with the reason', () => {
    expect(decode('type=st1&size=50').problems).toEqual(['size 50: st1 volumes are 125 to 16,384 GiB; used 125 GiB']);
    const d = decode('size=99999');
    expect(d.inputs.sizeGiB).toBe(16_384);
    expect(d.problems).toEqual(['size 99999: gp2 volumes are 1 to 16,384 GiB; used 16,384 GiB']);
    expect(decode('size=1.5').problems).toEqual(['size 1.5: Sizes are whole GiB; used 2 GiB']);
    expect(decode('size=abc').problems).toEqual(['size "abc" is not a number: used 100 GiB']);
  });

  it('keeps the playhead within the workload it names: a day for the nightly batch, a week for the weekly report', () => {
    const d = decode('t=99999');
    expect(d.inputs.playheadSeconds).toBe(86_400);
    expect(d.problems).toEqual(['t 99999 is outside 0 to 86,400 s: used 86,400 s']);
    expect(decode('t=-5').problems).toEqual(['t -5 is outside 0 to 86,400 s: used 0 s']);
    expect(decode('preset=weekly-report&t=99999')).toMatchObject({ problems: [], inputs: { playheadSeconds: 99_999 } });
    expect(decode('t=1.5').problems).toEqual(['t 1.5 is not a whole number: used 2 s']);
  });

  it('names a start balance, a snapshot flag and a type it cannot use', () => {
    expect(decode('start=150').problems).toEqual(['start 150 is outside 0 to 100 %: used 100 %']);
    expect(decode('snapshot=maybe').problems).toEqual(['snapshot "maybe" is not 1 or 0: used 0']);
    const gp3 = decode('type=gp3&size=200');
    expect(gp3.inputs).toMatchObject({ type: 'gp2', sizeGiB: 200 });
    expect(gp3.problems).toEqual(['type "gp3" is not gp2, st1 or sc1: used gp2']);
  });
});

describe('the snapshot flag in a link', () => {
  it('is ignored for gp2, saying why, and kept for st1', () => {
    const gp2 = decode('type=gp2&snapshot=1');
    expect(gp2.inputs.snapshotInProgress).toBe(false);
    expect(gp2.problems).toEqual(['snapshot only applies to st1 and sc1: ignored']);
    expect(decode('type=st1&size=500&snapshot=1').inputs.snapshotInProgress).toBe(true);
    expect(decode('type=gp2&snapshot=0').problems).toEqual([]);
  });
});
