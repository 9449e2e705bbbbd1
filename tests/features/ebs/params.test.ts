import { describe, expect, it } from 'vitest';
import { ebsActions } from '../../../src/features/ebs/actions';
import { ebsState } from '../../../src/features/ebs/params';
import { decodeQuery, viewStore } from '../../support/view-state';

const decode = (query: string, edition?: 'saa-c02' | 'current') => decodeQuery(ebsState, query, edition);
const volumeOf = ({ type, sizeGiB, iops, throughputMiBps }: ReturnType<typeof decode>['inputs']) => ({ type, sizeGiB, iops, throughputMiBps });

describe('the EBS view in the URL', () => {
  it('writes readable keys, the volume first', () => {
    const v = viewStore(ebsState, ebsActions);
    v.actions.adoptConfiguration({ type: 'gp3', sizeGiB: 500, iops: 6000, throughputMiBps: 250 });
    expect(v.link()).toBe('#/ebs?edition=saa-c02&type=gp3&size=500&iops=6000&throughput=250&instance=m5.large'
      + '&count=1&hours=720&chart=iops&calc=0&needSize=500&needIops=6000&needThroughput=250&needIo=16&needPattern=random');
  });

  it('leaves IOPS and throughput out for types that do not provision them', () => {
    expect(viewStore(ebsState, ebsActions).link()).not.toMatch(/iops=|throughput=/);
    const io1 = viewStore(ebsState, ebsActions, '#/ebs?type=io1&size=500&iops=20000');
    expect(io1.link()).toMatch(/type=io1&size=500&iops=20000&instance=/);
  });

  it('reads a link that sets its keys as a whole: the keys it leaves out take their defaults', () => {
    const v = viewStore(ebsState, ebsActions, '#/ebs?edition=current&type=io1&count=4&instance=r5b.24xlarge');
    v.store.getState().applyLocation('#/ebs?type=gp3&size=300');
    expect(v.store.getState().edition).toBe('saa-c02');
    expect(v.inputs()).toMatchObject({ volumeCount: 1, instance: 'm5.large' });
    expect(volumeOf(v.inputs())).toEqual({ type: 'gp3', sizeGiB: 300, iops: 3000, throughputMiBps: 125 });
  });

  it('reads type names in any case', () => {
    const d = decode('type=GP3');
    expect(d.inputs.type).toBe('gp3');
    expect(d.problems).toEqual([]);
  });
});

describe('a hand-edited EBS link', () => {
  it('names every garbage value and what was used instead', () => {
    const d = decode('type=zz&size=-5&iops=abc');
    expect(volumeOf(d.inputs)).toEqual({ type: 'gp2', sizeGiB: 1, iops: undefined, throughputMiBps: undefined });
    expect(d.problems).toEqual([
      'type "zz" is not an EBS volume type (gp2, gp3, io1, io2, io2-block-express, st1, sc1): used gp2',
      'iops "abc" is not a number',
      "iops abc: gp2 sets IOPS by size, so the link's value was ignored",
      'size -5: gp2 volumes are 1 to 16,384 GiB; used 1 GiB',
    ]);
  });

  it('clamps provisioned IOPS with the rule that binds', () => {
    const d = decode('type=gp3&size=6&iops=9000');
    expect(d.inputs.iops).toBe(3000);
    expect(d.problems).toEqual(['iops 9000: gp3 allows 500 IOPS per GiB: at 6 GiB at most 3,000 IOPS; used 3,000 IOPS']);
  });

  it('says a size too large for the type is the type\'s largest', () => {
    const d = decode('type=gp2&size=99999');
    expect(d.inputs.sizeGiB).toBe(16_384);
    expect(d.problems).toEqual(['size 99999: gp2 volumes are 1 to 16,384 GiB; used 16,384 GiB']);
  });

  it('ignores IOPS and throughput for a type that does not provision them, and says why', () => {
    const d = decode('type=io1&size=100&iops=5000&throughput=500');
    expect(volumeOf(d.inputs)).toEqual({ type: 'io1', sizeGiB: 100, iops: 5000, throughputMiBps: undefined });
    expect(d.problems).toEqual(["throughput 500: io1 does not provision throughput, so the link's value was ignored"]);
    expect(decode('type=st1&size=500&iops=400').problems).toEqual(["iops 400: st1 sets IOPS by size, so the link's value was ignored"]);
  });

  it('uses the least IOPS and throughput the type allows for a word where a figure was due', () => {
    const d = decode('type=gp3&size=500&iops=lots&throughput=fast');
    expect(volumeOf(d.inputs)).toEqual({ type: 'gp3', sizeGiB: 500, iops: 3000, throughputMiBps: 125 });
    expect(d.problems).toEqual([
      'iops "lots" is not a number',
      'throughput "fast" is not a number',
      'iops "lots": used 3,000 IOPS, the least gp3 allows',
      'throughput "fast": used 125 MiB/s, the least gp3 allows',
    ]);
  });

  it('lists io2 Block Express as io2 today, and keeps it apart in SAA-C02', () => {
    const today = decode('type=io2-block-express&size=500&iops=20000', 'current');
    expect(today.inputs.type).toBe('io2');
    expect(today.problems).toEqual(['type io2-block-express: Every io2 volume is Block Express today, so it is listed as io2; used io2']);
    expect(decode('type=io2-block-express&size=500&iops=20000').inputs.type).toBe('io2-block-express');
  });

  it('opens a link to an HDD volume on throughput, unless it names the chart', () => {
    expect(decode('type=st1&size=500').inputs.chartMetric).toBe('throughput');
    expect(decode('type=sc1&size=500&chart=iops').inputs.chartMetric).toBe('iops');
    expect(decode('type=gp3').inputs.chartMetric).toBe('iops');
    // A chart the link names but misspells falls back to the default, as the words say.
    const d = decode('type=st1&size=500&chart=bars');
    expect(d.inputs.chartMetric).toBe('iops');
    expect(d.problems).toEqual(['chart "bars" is not iops or throughput: used iops']);
  });

  it('reads the instance against the edition\'s table', () => {
    expect(decode('instance=m6in.32xlarge', 'current').inputs.instance).toBe('m6in.32xlarge');
    const d = decode('instance=m6in.32xlarge');
    expect(d.inputs.instance).toBe('m5.large');
    expect(d.problems).toEqual(["instance \"m6in.32xlarge\" is not in this edition's instance table: used m5.large"]);
  });

  it('keeps the count, the hours and the need within the interface ranges, in their units', () => {
    const d = decode('count=20&hours=800&needSize=70000&needIops=-1&needThroughput=4000.5');
    expect(d.inputs).toMatchObject({ volumeCount: 16, hoursPerMonth: 744, needSizeGiB: 65_536, needIops: 0, needThroughputMiBps: 4_000 });
    expect(d.problems).toEqual([
      'count 20 is outside 1 to 16 volumes: used 16 volumes',
      'hours 800 is outside 1 to 744 h: used 744 h',
      'needSize 70000 is outside 1 to 65,536 GiB: used 65,536 GiB',
      'needIops -1 is outside 0 to 256,000 IOPS: used 0 IOPS',
      'needThroughput 4000.5 is outside 0 to 4,000 MiB/s: used 4,000 MiB/s',
    ]);
  });

  it('reads the I/O size and access pattern of the need, within 4 KiB to 1 MiB', () => {
    const d = decode('needIops=500&needIo=1024&needPattern=sequential');
    expect(d.inputs).toMatchObject({ needIops: 500, needIoKiB: 1_024, needPattern: 'sequential' });
    const bad = decode('needIo=4096&needPattern=zigzag');
    expect(bad.inputs).toMatchObject({ needIoKiB: 1_024, needPattern: 'random' });
    expect(bad.problems).toEqual([
      'needIo 4096 is outside 4 to 1,024 KiB: used 1,024 KiB',
      'needPattern "zigzag" is not random or sequential: used random',
    ]);
  });
});
