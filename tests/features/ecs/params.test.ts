import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { launchTypesFor } from '../../../src/domain';
import { ecsActions } from '../../../src/features/ecs/actions';
import { ecsState, type EcsInputs } from '../../../src/features/ecs/params';
import { defaultsOf, encodeView } from '../../../src/store/view-state';
import { assertProperty } from '../../domain/support/property';
import { decodeQuery, viewStore } from '../../support/view-state';

const DEFAULT_ECS = defaultsOf(ecsState);
const decode = (query: string, edition: 'saa-c02' | 'current' = 'saa-c02') => decodeQuery(ecsState, query, edition);
const queryOf = (inputs: EcsInputs, edition: 'saa-c02' | 'current' = 'saa-c02') => {
  const params = new URLSearchParams();
  encodeView(ecsState, inputs, params, edition);
  return params.toString();
};
const paramsOf = (hash: string) => new URLSearchParams(hash.slice(hash.indexOf('?') + 1));

describe('the ECS view in the URL', () => {
  it('writes every choice with a readable key', () => {
    expect([...paramsOf(viewStore(ecsState, ecsActions).link()).entries()]).toEqual([
      ['edition', 'saa-c02'], ['lt', 'FARGATE'], ['image', 'public.ecr.aws/nginx/nginx:latest'], ['cpu', '512'], ['net', 'awsvpc'],
      ['shape', 'steady'], ['port', '80'], ['mem', '1024'], ['count', '3'], ['azs', '3'], ['hours', '24'], ['price', '0.096'],
      ['ivcpu', '2'], ['imem', '8'], ['util', '90'], ['trole', '1'], ['erole', '1'], ['lb', '1'], ['always', '1'],
    ]);
  });

  it('round-trips every setting changed at once, an EC2 task of a size Fargate does not have included, with no problems', () => {
    const inputs: EcsInputs = {
      launchType: 'EC2', image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.2', port: 8080, cpuUnits: '2048', memoryMiB: 3_000,
      networkMode: 'bridge', taskRole: false, executionRole: false, desiredCount: 7, loadBalancer: false, azCount: 2, hoursPerDay: 6.5,
      shape: 'batch', ec2UsdPerHour: 0.192, ec2Vcpu: 4, ec2MemoryGB: 16, utilisationPercent: 75, alwaysOn: false,
    };
    const d = decode(queryOf(inputs));
    expect(d.problems).toEqual([]);
    expect(d.inputs).toEqual(inputs);
  });
});

describe('a hand-edited ECS link', () => {
  it('refuses the External launch type in the 2021 edition, saying it came later and which edition has it', () => {
    const d = decode('lt=EXTERNAL');
    expect(d.inputs.launchType).toBe('FARGATE');
    expect(d.problems).toEqual([
      'lt "EXTERNAL" is not EC2 or FARGATE (EXTERNAL, ECS Anywhere, came later, in current AWS): used FARGATE',
      'Open the link with edition=current to keep External (ECS Anywhere).',
    ]);
  });

  it('names one final CPU for a 2021 link asking for External and 16 vCPU, and says how to keep them', () => {
    const d = decode('lt=EXTERNAL&cpu=16384&mem=65536');
    expect(d.inputs).toMatchObject({ launchType: 'FARGATE', cpuUnits: '512', memoryMiB: 4_096 });
    expect(d.problems).toEqual([
      'lt "EXTERNAL" is not EC2 or FARGATE (EXTERNAL, ECS Anywhere, came later, in current AWS): used FARGATE',
      'cpu "16384" is not one of 256, 512, 1024, 2048, 4096 CPU units (8192 and 16384 arrived in September 2022, in current AWS): used 512',
      'With 512 CPU units (0.5 vCPU), memory must be 1, 2, 3 or 4 GB (1,024-4,096 MiB); 64 GB is not one. Kept 512 CPU units and used 4,096 MiB, the nearest memory it allows.',
      'Open the link with edition=current to keep External (ECS Anywhere) and 16 vCPU.',
    ]);
    expect(d.problems.join(' ')).not.toMatch(/switch to current AWS|4,096 CPU units and/);
    // The link with edition=current keeps what it asked for.
    expect(decode('lt=EXTERNAL&cpu=16384&mem=65536', 'current')).toMatchObject({ inputs: { launchType: 'EXTERNAL', cpuUnits: '16384', memoryMiB: 65_536 }, problems: [] });
  });

  it('accepts the External launch type in the current edition, and names the three there', () => {
    const d = decode('lt=EXTERNAL&net=bridge', 'current');
    expect(d.inputs).toEqual({ ...DEFAULT_ECS, launchType: 'EXTERNAL', networkMode: 'bridge' });
    expect(d.problems).toEqual([]);
    expect(decode('lt=ANYWHERE', 'current').problems).toEqual(['lt "ANYWHERE" is not EC2, FARGATE or EXTERNAL: used FARGATE']);
  });

  it('refuses a CPU that is not a task size, naming the CPU units allowed', () => {
    const d = decode('cpu=768');
    expect(d.inputs.cpuUnits).toBe('512');
    expect(d.problems).toEqual(['cpu "768" is not one of 256, 512, 1024, 2048, 4096 CPU units (8192 and 16384 arrived in September 2022, in current AWS): used 512']);
    expect(decode('cpu=768', 'current').problems).toEqual(['cpu "768" is not one of 256, 512, 1024, 2048, 4096, 8192, 16384 CPU units: used 512']);
  });

  it('offers 8 and 16 vCPU only in current AWS (aws-facts §11: they arrived in September 2022)', () => {
    expect(decode('lt=FARGATE&cpu=8192&mem=16384', 'current')).toMatchObject({ inputs: { cpuUnits: '8192', memoryMiB: 16_384 }, problems: [] });
    const d = decode('lt=FARGATE&cpu=8192&mem=16384');
    // The CPU the notice names (512) stays; the memory fits it; the link with edition=current keeps 8 vCPU.
    expect(d.inputs).toMatchObject({ cpuUnits: '512', memoryMiB: 4_096 });
    expect(d.problems).toHaveLength(3);
    expect(d.problems[0]).toBe('cpu "8192" is not one of 256, 512, 1024, 2048, 4096 CPU units (8192 and 16384 arrived in September 2022, in current AWS): used 512');
    expect(d.problems[2]).toBe('Open the link with edition=current to keep 8 vCPU.');
  });

  it('brings each number within its range, saying what it used', () => {
    const d = decode('lt=EC2&count=99&azs=5&hours=30&util=5&port=70000&mem=100&price=-1&ivcpu=2.5');
    expect(d.inputs).toEqual({
      ...DEFAULT_ECS, launchType: 'EC2', desiredCount: 50, azCount: 3, hoursPerDay: 24, utilisationPercent: 10, port: 65_535, memoryMiB: 512, ec2UsdPerHour: 0, ec2Vcpu: 3,
    });
    expect(d.problems).toEqual([
      'port 70000 is outside 1 to 65,535: used 65,535',
      'mem 100 is outside 512 to 122,880 MiB: used 512 MiB',
      'count 99 is outside 0 to 50 tasks: used 50 tasks',
      'azs 5 is outside 1 to 3 AZs: used 3 AZs',
      'hours 30 is outside 0 to 24 h: used 24 h',
      'price -1 is outside 0 to 100 USD per hour: used 0 USD per hour',
      'ivcpu 2.5 is not a whole number: used 3 vCPU',
      'util 5 is outside 10 to 100 %: used 10 %',
    ]);
  });

  it('falls back for words and flags it does not know', () => {
    const d = decode('net=nat&shape=spiky&lb=yes&count=lots');
    expect(d.inputs).toEqual(DEFAULT_ECS);
    expect(d.problems).toEqual([
      'net "nat" is not awsvpc, bridge, host: used awsvpc',
      'shape "spiky" is not steady, bursty, batch: used steady',
      'count "lots" is not a number: used 3 tasks',
      'lb "yes" is not 1 or 0: used 1',
    ]);
  });

  it('uses the default image for a blank one and keeps at most 200 characters of a long one, saying so', () => {
    expect(decode('image=%20%20').inputs.image).toBe(DEFAULT_ECS.image);
    const long = decode(`image=${'a'.repeat(250)}`);
    expect(long.inputs.image).toBe('a'.repeat(200));
    expect(long.problems).toEqual(['image: longer than 200 characters: the rest was left out']);
  });

  it('replaces a Fargate CPU and memory pair the table does not have with the smallest size that covers it', () => {
    const d = decode('lt=FARGATE&cpu=512&mem=9000');
    expect(d.inputs).toMatchObject({ launchType: 'FARGATE', cpuUnits: '2048', memoryMiB: 9_216 });
    expect(d.problems).toEqual([
      'With 512 CPU units (0.5 vCPU), memory must be 1, 2, 3 or 4 GB (1,024-4,096 MiB); 9,000 MiB is not one. Used 2,048 CPU units and 9,216 MiB.',
    ]);
    const largest = decode('cpu=256&mem=122880', 'current');
    expect(largest.inputs).toMatchObject({ cpuUnits: '16384', memoryMiB: 122_880 });
    expect(largest.problems).toHaveLength(1);
    // The 2021 table stops at 4 vCPU and 30 GB (aws-facts §11).
    const largest2021 = decode('cpu=256&mem=122880');
    expect(largest2021.inputs).toMatchObject({ cpuUnits: '4096', memoryMiB: 30_720 });
    expect(largest2021.problems).toEqual([
      'With 256 CPU units (0.25 vCPU), memory must be 0.5, 1 or 2 GB (512, 1,024 or 2,048 MiB); 120 GB is not one. Used 4,096 CPU units and 30,720 MiB, the largest size Fargate has in this edition.',
    ]);
  });

  it('keeps any pair on EC2, and on External in the current edition', () => {
    expect(decode('lt=EC2&cpu=512&mem=9000')).toEqual({ inputs: { ...DEFAULT_ECS, launchType: 'EC2', memoryMiB: 9_000 }, problems: [] });
    expect(decode('lt=EXTERNAL&net=host&cpu=256&mem=3000', 'current').problems).toEqual([]);
  });

  it('never throws, and what it reads writes a link that reads back without problems', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 10 }), fc.integer({ min: -100, max: 200_000 }).map(String),
      fc.constantFrom('EXTERNAL', 'EC2', 'FARGATE', 'bridge', 'batch', '768', '1e20', 'NaN', 'Infinity', '', '2.5', ' '),
    );
    const keys = ['lt', 'image', 'cpu', 'net', 'shape', 'port', 'mem', 'count', 'azs', 'hours', 'price', 'ivcpu', 'imem', 'util',
      'trole', 'erole', 'lb', 'always', 'other'] as const;
    const query = fc.dictionary(fc.constantFrom(...keys), value);
    const edition = fc.constantFrom('saa-c02' as const, 'current' as const);
    assertProperty(fc.property(query, edition, (q, ed) => {
      const d = decode(new URLSearchParams(q).toString(), ed);
      expect(launchTypesFor(ed)).toContain(d.inputs.launchType);
      const again = decode(queryOf(d.inputs, ed), ed);
      expect(again.problems).toEqual([]);
      expect(again.inputs).toEqual(d.inputs);
    }));
  });
});

describe('which ECS values a link keeps', () => {
  const onScreen = '#/ecs?edition=current&lt=EXTERNAL&net=host&count=9';

  it('reads a link that sets any view key as a whole: the keys it leaves out take their defaults', () => {
    const v = viewStore(ecsState, ecsActions, onScreen);
    v.store.getState().applyLocation('#/ecs?count=4');
    expect(v.store.getState().edition).toBe('saa-c02');
    expect(v.inputs()).toEqual({ ...DEFAULT_ECS, desiredCount: 4 });
    expect(v.store.getState().notices).toEqual([]);
  });

  it('moves External to Fargate when a link switches to the 2021 edition', () => {
    const v = viewStore(ecsState, ecsActions, onScreen);
    v.store.getState().applyLocation('#/ecs?edition=saa-c02');
    expect(v.store.getState().edition).toBe('saa-c02');
    expect(v.inputs()).toMatchObject({ launchType: 'FARGATE', networkMode: 'host', desiredCount: 9 });
  });
});
