import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMI_PERMISSIONS, AZ_LETTERS, COPY_REGIONS } from '../../src/domain/ami/inputs';
import { DEFAULT_AMI, type AmiViewInputs } from '../../src/store/ami-defaults';
import { DEFAULT_LOCATION } from '../../src/store/initial-state';
import { decodeLocation, encodeLocation, type LocationState } from '../../src/store/location';
import { assertProperty } from '../domain/support/property';

const BASE: LocationState = DEFAULT_LOCATION;
const at = (ami: AmiViewInputs): LocationState => ({ ...BASE, route: 'ami', ami });

/** Any inputs the view can show: whole sizes within the limits, data at most its volume, any step of the ten. */
const anyValidAmi: fc.Arbitrary<AmiViewInputs> = fc.record({
  bootGiB: fc.integer({ min: 8, max: 1024 }), dataGiB: fc.integer({ min: 1, max: 16_384 }),
  bootShare: fc.double({ min: 0, max: 1, noNaN: true }), dataShare: fc.double({ min: 0, max: 1, noNaN: true }),
  dataVolumes: fc.constantFrom(0 as const, 1 as const, 2 as const), instanceStore: fc.constantFrom(0 as const, 1 as const, 2 as const),
  launchAz: fc.constantFrom(...AZ_LETTERS), copyRegion: fc.constantFrom(...COPY_REGIONS), permission: fc.constantFrom(...AMI_PERMISSIONS),
  seed: fc.integer({ min: 0, max: 0xffff_ffff }), step: fc.integer({ min: 0, max: 9 }),
}).map(({ bootShare, dataShare, ...r }) => ({
  ...r, bootUsedGiB: Math.max(1, Math.round(bootShare * r.bootGiB)), dataUsedGiB: Math.max(1, Math.round(dataShare * r.dataGiB)),
}));

describe('the AMI view in the URL', () => {
  it('writes every choice with a readable key, the step counted from 1', () => {
    expect(encodeLocation(at({ ...DEFAULT_AMI, step: 2 })))
      .toBe('#/ami?edition=saa-c02&boot=8&bootused=3&data=1&datasize=100&dataused=20&store=0&az=b&copy=us-west-2&perm=private&seed=2021&step=3');
  });

  it('round-trips every setting changed at once, with no problems', () => {
    const s = at({
      bootGiB: 30, bootUsedGiB: 12, dataVolumes: 2, dataGiB: 500, dataUsedGiB: 450, instanceStore: 2,
      launchAz: 'c', copyRegion: 'eu-west-1', permission: 'accounts', seed: 0xffff_ffff, step: 9,
    });
    const { problems, ...decoded } = decodeLocation(encodeLocation(s), BASE);
    expect(problems).toEqual([]);
    expect(decoded).toEqual(s);
  });

  it('round-trips any valid choices and step, in either edition, with no problems', () => {
    const state = fc.tuple(anyValidAmi, fc.constantFrom('saa-c02' as const, 'current' as const))
      .map(([ami, edition]): LocationState => ({ ...at(ami), edition }));
    assertProperty(fc.property(state, (s) => {
      const { problems, route, edition, ami } = decodeLocation(encodeLocation(s), BASE);
      expect(problems).toEqual([]);
      expect({ route, edition, ami }).toEqual({ route: 'ami', edition: s.edition, ami: s.ami });
    }));
  });
});

describe('a hand-edited AMI link', () => {
  const decode = (query: string) => decodeLocation(`#/ami?${query}`, BASE);

  it('keeps the default boot size for a size that is not a number, and says what it kept', () => {
    const d = decode('boot=abc');
    expect(d.ami.bootGiB).toBe(8);
    expect(d.problems).toEqual(['boot "abc" is not a number: kept 8']);
  });

  it('lowers the data on the root volume to the volume\'s size', () => {
    const d = decode('boot=8&bootused=99');
    expect(d.ami).toEqual({ ...DEFAULT_AMI, bootUsedGiB: 8 });
    expect(d.problems).toEqual(['The boot volume\'s data (GiB) must be a whole number from 1 to 8: 99 became 8.']);
  });

  it('allows at most two data volumes and no fewer than zero instance store volumes', () => {
    const d = decode('data=5&store=-1');
    expect(d.ami.dataVolumes).toBe(2);
    expect(d.ami.instanceStore).toBe(0);
    expect(d.problems).toEqual([
      'The number of data volumes must be a whole number from 0 to 2: 5 became 2.',
      'The number of instance store volumes must be a whole number from 0 to 2: -1 became 0.',
    ]);
  });

  it('falls back to the default AZ, copy Region and permission for words it does not know', () => {
    const d = decode('az=d&copy=mars&perm=everyone');
    expect(d.ami).toEqual(DEFAULT_AMI);
    expect(d.problems).toEqual([
      'az "d" is not a, b, c: used b',
      'copy "mars" is not us-west-2 or eu-west-1: used us-west-2',
      'perm "everyone" is not private, accounts, public: used private',
    ]);
  });

  it('keeps the seed a 32-bit unsigned whole number', () => {
    const d = decode('seed=-3');
    expect(d.ami.seed).toBe(0);
    expect(d.problems).toEqual(['The seed must be a whole number from 0 to 4294967295: -3 became 0.']);
  });

  it('keeps the step within the ten steps', () => {
    const first = decode('step=0');
    expect(first.ami.step).toBe(0);
    expect(first.problems).toEqual(['step 0 is outside 1 to 10: used 1']);
    const last = decode('step=11');
    expect(last.ami.step).toBe(9);
    expect(last.problems).toEqual(['step 11 is outside 1 to 10: used 10']);
    expect(decode('step=10').problems).toEqual([]);
  });

  it('ignores a key the view does not have, and says so', () => {
    const d = decode('colour=red&boot=8');
    expect(d.ami).toEqual(DEFAULT_AMI);
    expect(d.problems).toEqual(['colour is not a setting of this view: ignored']);
  });

  it('names several problems at once and uses what it can', () => {
    const d = decode('boot=abc&bootused=6&az=d&perm=public&step=9');
    expect(d.ami).toEqual({ ...DEFAULT_AMI, bootUsedGiB: 6, permission: 'public', step: 8 });
    expect(d.problems).toEqual(['boot "abc" is not a number: kept 8', 'az "d" is not a, b, c: used b']);
  });

  it('never throws, and what it reads writes a link that reads back without problems', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 8 }), fc.integer({ min: -100, max: 20_000 }).map(String),
      fc.constantFrom('1e20', 'NaN', 'Infinity', '', '2.5', 'a', 'eu-west-1', 'public'),
    );
    const keys = ['boot', 'bootused', 'data', 'datasize', 'dataused', 'store', 'az', 'copy', 'perm', 'seed', 'step', 'other'] as const;
    const query = fc.dictionary(fc.constantFrom(...keys), value);
    assertProperty(fc.property(query, (q) => {
      const d = decodeLocation(`#/ami?${new URLSearchParams(q).toString()}`, BASE);
      expect(d.route).toBe('ami');
      const again = decodeLocation(encodeLocation(d), BASE);
      expect(again.problems).toEqual([]);
      expect(again.ami).toEqual(d.ami);
    }));
  });
});

describe('which AMI values a link keeps', () => {
  const current = at({ ...DEFAULT_AMI, bootGiB: 64, bootUsedGiB: 30, permission: 'public', seed: 7, step: 6 });

  it('reads a link that sets any view key as a whole: the keys it leaves out take their defaults', () => {
    const d = decodeLocation('#/ami?perm=accounts', current);
    expect(d.ami).toEqual({ ...DEFAULT_AMI, permission: 'accounts' });
    expect(d.problems).toEqual([]);
  });

  it('keeps what is on screen for a bare #/ami', () => {
    const d = decodeLocation('#/ami', current);
    expect(d.route).toBe('ami');
    expect(d.ami).toEqual(current.ami);
    expect(d.problems).toEqual([]);
  });
});
