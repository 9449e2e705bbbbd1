import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BURST } from '../../src/store/burst-defaults';
import { DEFAULT_EBS } from '../../src/store/ebs-defaults';
import { decodeLocation, encodeLocation, type LocationState } from '../../src/store/location';
import { DEFAULT_LOCATION } from '../../src/store/initial-state';
import { initialStateFrom } from '../../src/store/initial-state';
import { clampVolume, findInstanceType, VOLUME_TYPES, type Edition } from '../../src/domain';

const BASE: LocationState = DEFAULT_LOCATION;

describe('the URL codec', () => {
  it('writes readable keys for the EBS view', () => {
    const hash = encodeLocation({ ...BASE, route: 'ebs', ebs: { ...DEFAULT_EBS, volume: { type: 'gp3', sizeGiB: 500, iops: 6000, throughputMiBps: 250 } } });
    expect(hash).toMatch(/^#\/ebs\?edition=saa-c02&type=gp3&size=500&iops=6000&throughput=250&instance=m5.large/);
  });

  it('leaves IOPS and throughput out for types that do not provision them', () => {
    expect(encodeLocation({ ...BASE, route: 'ebs' })).not.toMatch(/iops=|throughput=/);
  });

  it('names every garbage value and what was used instead', () => {
    const d = decodeLocation('#/ebs?type=zz&size=-5&iops=abc', BASE);
    expect(d.route).toBe('ebs');
    expect(d.ebs.volume).toEqual({ type: 'gp2', sizeGiB: 1 });
    expect(d.problems).toEqual([
      expect.stringContaining('type "zz" is not an EBS volume type'),
      expect.stringMatching(/iops abc: gp2 sets IOPS by size/),
      expect.stringMatching(/size -5: gp2 volumes are 1 to 16,384 GiB; used 1 GiB/),
    ]);
  });

  it('clamps provisioned IOPS with the rule that binds', () => {
    const d = decodeLocation('#/ebs?type=gp3&size=6&iops=9000', BASE);
    expect(d.ebs.volume.iops).toBe(3000);
    expect(d.problems.join()).toContain('gp3 allows 500 IOPS per GiB: at 6 GiB at most 3,000 IOPS');
  });

  it('reports an unknown view, edition and key', () => {
    const d = decodeLocation('#/nowhere?edition=2019', BASE);
    expect(d.route).toBe('home');
    expect(d.problems).toEqual([expect.stringContaining('no view at #/nowhere'), expect.stringContaining('edition "2019"')]);
    expect(decodeLocation('#/ebs?colour=red', BASE).problems).toEqual(['colour is not a setting of this view: ignored']);
  });

  it('reads a link that sets view keys as a whole: keys it leaves out take their defaults', () => {
    const current = { ...BASE, edition: 'current' as const, ebs: { ...DEFAULT_EBS, volumeCount: 4, instance: 'r5b.24xlarge' } };
    const d = decodeLocation('#/ebs?type=gp3&size=300', current);
    expect(d.edition).toBe('saa-c02');
    expect(d.ebs.volumeCount).toBe(1);
    expect(d.ebs.instance).toBe('m5.large');
    expect(d.ebs.volume).toEqual({ type: 'gp3', sizeGiB: 300, iops: 3000, throughputMiBps: 125 });
  });

  it('keeps what is on screen for a bare navigation link', () => {
    const current = { ...BASE, edition: 'current' as const, ebs: { ...DEFAULT_EBS, volumeCount: 4 } };
    const d = decodeLocation('#/ebs', current);
    expect(d.edition).toBe('current');
    expect(d.ebs.volumeCount).toBe(4);
    expect(decodeLocation('#/?edition=current', current).ebs.volumeCount).toBe(4);
  });

  it('reads paths and type names in any case', () => {
    const d = decodeLocation('#/EBS/?type=GP3', BASE);
    expect(d.route).toBe('ebs');
    expect(d.ebs.volume.type).toBe('gp3');
    expect(d.problems).toEqual([]);
  });

  it('lets the URL win over what was saved locally', () => {
    const saved = encodeLocation({ ...BASE, edition: 'current', ebs: { ...DEFAULT_EBS, volume: { type: 'sc1', sizeGiB: 2000 } } }, 'ebs');
    const fromSave = initialStateFrom('', saved);
    expect(fromSave.edition).toBe('current');
    expect(fromSave.ebs.volume.type).toBe('sc1');
    const fromUrl = initialStateFrom('#/ebs?edition=saa-c02&type=gp2&size=50', saved);
    expect(initialStateFrom('#/ebs?size=50', saved).edition).toBe('saa-c02');
    expect(fromUrl.edition).toBe('saa-c02');
    expect(fromUrl.ebs.volume).toEqual({ type: 'gp2', sizeGiB: 50 });
    expect(fromUrl.notices).toEqual([]);
  });

  it('round-trips: decode(encode(state)) is the state, with no problems', () => {
    const editions = fc.constantFrom<Edition>('saa-c02', 'current');
    const state = fc.record({
      edition: editions,
      type: fc.constantFrom(...VOLUME_TYPES),
      size: fc.integer({ min: 1, max: 65_536 }),
      iops: fc.integer({ min: 0, max: 300_000 }),
      tp: fc.integer({ min: 0, max: 5_000 }),
      count: fc.integer({ min: 1, max: 16 }),
      hours: fc.integer({ min: 1, max: 744 }),
      calc: fc.boolean(),
      metric: fc.constantFrom('iops', 'throughput' as const),
    }).map(({ edition, type, size, iops, tp, count, hours, calc, metric }): LocationState => {
      const volume = clampVolume({ type, sizeGiB: size, iops, throughputMiBps: tp }, edition).volume;
      const instance = findInstanceType('m5.large', edition) ? 'm5.large' : 'c5.18xlarge';
      return { ...DEFAULT_LOCATION, route: 'ebs', edition, burst: DEFAULT_BURST, ebs: { ...DEFAULT_EBS, volume, instance, volumeCount: count, hoursPerMonth: hours, showCalculation: calc, chartMetric: metric } };
    });
    fc.assert(fc.property(state, (s) => {
      const { problems, ...decoded } = decodeLocation(encodeLocation(s), BASE);
      expect(problems).toEqual([]);
      expect(decoded).toEqual(s);
    }), { seed: 20261125, numRuns: 300 });
  });
});
