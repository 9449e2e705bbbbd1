import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amiActions } from '../../../src/features/ami/actions';
import { amiState } from '../../../src/features/ami/params';
import { defaultsOf, encodeView } from '../../../src/store/view-state';
import { assertProperty } from '../../domain/support/property';
import { decodeQuery, viewStore } from '../../support/view-state';

const DEFAULT_AMI = defaultsOf(amiState);
const decode = (query: string) => decodeQuery(amiState, query);
const queryOf = (inputs: typeof DEFAULT_AMI) => {
  const params = new URLSearchParams();
  encodeView(amiState, inputs, params, 'saa-c02');
  return params.toString();
};

describe('the AMI view in the URL', () => {
  it('writes every choice with a readable key, the step counted from 1', () => {
    const v = viewStore(amiState, amiActions);
    v.actions.goToAmiStep(2);
    expect(v.link())
      .toBe('#/ami?edition=saa-c02&boot=8&bootused=3&data=1&datasize=100&dataused=20&store=0&az=b&copy=us-west-2&perm=private&seed=2021&step=3');
  });

  it('reads back every setting changed at once, with no problems', () => {
    const ami = {
      bootGiB: 30, bootUsedGiB: 12, dataVolumes: 2, dataGiB: 500, dataUsedGiB: 450, instanceStore: 2,
      launchAz: 'c', copyRegion: 'eu-west-1', permission: 'accounts', seed: 0xffff_ffff, step: 9,
    } as const;
    expect(queryOf(ami)).toBe('boot=30&bootused=12&data=2&datasize=500&dataused=450&store=2&az=c&copy=eu-west-1&perm=accounts&seed=4294967295&step=10');
    expect(decode(queryOf(ami))).toEqual({ inputs: ami, problems: [] });
  });
});

describe('a hand-edited AMI link', () => {
  it('keeps the default boot size for a size that is not a number, and says what it used', () => {
    const d = decode('boot=abc');
    expect(d.inputs.bootGiB).toBe(8);
    expect(d.problems).toEqual(['boot "abc" is not a number: used 8 GiB']);
  });

  it('keeps the boot volume within 8 to 1,024 GiB and a data volume within 16,384 GiB', () => {
    const d = decode('boot=4&datasize=20000');
    expect(d.inputs).toEqual({ ...DEFAULT_AMI, bootGiB: 8, dataGiB: 16_384 });
    expect(d.problems).toEqual(['boot 4 is outside 8 to 1,024 GiB: used 8 GiB', 'datasize 20000 is outside 1 to 16,384 GiB: used 16,384 GiB']);
  });

  it('lowers the data on the root volume to the volume\'s size', () => {
    const d = decode('boot=8&bootused=99');
    expect(d.inputs).toEqual({ ...DEFAULT_AMI, bootUsedGiB: 8 });
    expect(d.problems).toEqual(['The boot volume\'s data (GiB) must be a whole number from 1 to 8: 99 became 8.']);
  });

  it('lowers the data on each data volume to the size the link gives it', () => {
    const d = decode('datasize=50&dataused=80');
    expect(d.inputs).toEqual({ ...DEFAULT_AMI, dataGiB: 50, dataUsedGiB: 50 });
    expect(d.problems).toEqual(['Each data volume\'s data (GiB) must be a whole number from 1 to 50: 80 became 50.']);
  });

  it('allows at most two data volumes and no fewer than zero instance store volumes', () => {
    const d = decode('data=5&store=-1');
    expect(d.inputs.dataVolumes).toBe(2);
    expect(d.inputs.instanceStore).toBe(0);
    expect(d.problems).toEqual(['data 5 is outside 0 to 2: used 2', 'store -1 is outside 0 to 2: used 0']);
  });

  it('falls back to the default AZ, copy Region and permission for words it does not know', () => {
    const d = decode('az=d&copy=mars&perm=everyone');
    expect(d.inputs).toEqual(DEFAULT_AMI);
    expect(d.problems).toEqual([
      'az "d" is not a, b, c: used b',
      'copy "mars" is not us-west-2 or eu-west-1: used us-west-2',
      'perm "everyone" is not private, accounts, public: used private',
    ]);
  });

  it('keeps the seed a 32-bit unsigned whole number', () => {
    const d = decode('seed=-3');
    expect(d.inputs.seed).toBe(0);
    expect(d.problems).toEqual(['seed -3 is outside 0 to 4294967295: used 0']);
    expect(decode('seed=4294967296').inputs.seed).toBe(0xffff_ffff);
    // A seed is an id: no thousands commas in what the link is told.
    expect(decode('seed=abc').problems).toEqual(['seed "abc" is not a number: used 2021']);
    expect(decode('seed=2021.5').problems).toEqual(['seed 2021.5 is not a whole number: used 2022']);
    expect(decode('seed=77').problems).toEqual([]);
  });

  it('keeps the step within the ten steps', () => {
    const first = decode('step=0');
    expect(first.inputs.step).toBe(0);
    expect(first.problems).toEqual(['step 0 is outside 1 to 10: used 1']);
    const last = decode('step=11');
    expect(last.inputs.step).toBe(9);
    expect(last.problems).toEqual(['step 11 is outside 1 to 10: used 10']);
    expect(decode('step=10').problems).toEqual([]);
  });

  it('names several problems at once and uses what it can', () => {
    const d = decode('boot=abc&bootused=6&az=d&perm=public&step=9');
    expect(d.inputs).toEqual({ ...DEFAULT_AMI, bootUsedGiB: 6, permission: 'public', step: 8 });
    expect(d.problems).toEqual(['boot "abc" is not a number: used 8 GiB', 'az "d" is not a, b, c: used b']);
  });

  it('never throws, and what it reads writes a link that reads back without problems', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 8 }), fc.integer({ min: -100, max: 20_000 }).map(String),
      fc.constantFrom('1e20', 'NaN', 'Infinity', '', '2.5', 'a', 'eu-west-1', 'public'),
    );
    const keys = ['boot', 'bootused', 'data', 'datasize', 'dataused', 'store', 'az', 'copy', 'perm', 'seed', 'step', 'other'] as const;
    const query = fc.dictionary(fc.constantFrom(...keys), value);
    assertProperty(fc.property(query, (q) => {
      const d = decode(new URLSearchParams(q).toString());
      const again = decode(queryOf(d.inputs));
      expect(again.problems).toEqual([]);
      expect(again.inputs).toEqual(d.inputs);
    }));
  });
});

describe('which AMI values a link keeps', () => {
  it('reads a link that sets any view key as a whole: the keys it leaves out take their defaults', () => {
    const v = viewStore(amiState, amiActions, '#/ami?boot=64&bootused=30&perm=public&seed=7&step=7');
    expect(v.inputs()).toEqual({ ...DEFAULT_AMI, bootGiB: 64, bootUsedGiB: 30, permission: 'public', seed: 7, step: 6 });
    v.store.getState().applyLocation('#/ami?perm=accounts');
    expect(v.inputs()).toEqual({ ...DEFAULT_AMI, permission: 'accounts' });
    expect(v.store.getState().notices).toEqual([]);
  });
});
