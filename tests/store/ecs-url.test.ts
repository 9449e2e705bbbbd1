import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FARGATE_SIZES } from '../../src/domain/catalog/fargate';
import { launchTypesFor } from '../../src/domain/ecs/launch-types';
import { DEFAULT_ECS, ECS_LIMITS, TASK_CPU_UNITS, type EcsInputs } from '../../src/store/ecs-defaults';
import { DEFAULT_LOCATION } from '../../src/store/initial-state';
import { decodeLocation, encodeLocation, type LocationState } from '../../src/store/location';
import { assertProperty } from '../domain/support/property';

const BASE: LocationState = DEFAULT_LOCATION;
const at = (ecs: EcsInputs, edition: LocationState['edition'] = 'saa-c02'): LocationState => ({ ...BASE, route: 'ecs', edition, ecs });
const paramsOf = (hash: string) => new URLSearchParams(hash.slice(hash.indexOf('?') + 1));

const L = ECS_LIMITS;
/** A whole number or a decimal within a range; never -0, which a link cannot tell from 0. */
const wholeIn = ([min, max]: readonly [number, number]) => fc.integer({ min, max });
const decimalIn = ([min, max]: readonly [number, number]) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => n + 0);

/** Any inputs the view can hold in an edition: a launch type it knows, a Fargate size from the table on Fargate. */
const anyValidEcs = fc.constantFrom('saa-c02' as const, 'current' as const).chain((edition) => fc.record({
  edition: fc.constant(edition),
  launchType: fc.constantFrom(...launchTypesFor(edition)),
  size: fc.constantFrom(...FARGATE_SIZES).chain((row) => fc.constantFrom(...row.memoryMiB).map((memoryMiB) => ({ cpuUnits: row.cpuUnits, memoryMiB }))),
  anyCpu: fc.constantFrom(...TASK_CPU_UNITS),
  anyMemory: wholeIn(L.memoryMiB),
  image: fc.oneof(
    fc.constantFrom('public.ecr.aws/nginx/nginx:latest', '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.2', 'ghcr.io/acme/app@sha256:abc'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: L.imageChars }).filter((s) => s.trim() !== '' && s.length <= L.imageChars),
  ),
  port: wholeIn(L.port), networkMode: fc.constantFrom('awsvpc' as const, 'bridge' as const, 'host' as const),
  taskRole: fc.boolean(), executionRole: fc.boolean(), desiredCount: wholeIn(L.desiredCount), loadBalancer: fc.boolean(),
  azCount: wholeIn(L.azCount), hoursPerDay: decimalIn(L.hoursPerDay), shape: fc.constantFrom('steady' as const, 'bursty' as const, 'batch' as const),
  ec2UsdPerHour: decimalIn(L.ec2UsdPerHour), ec2Vcpu: wholeIn(L.ec2Vcpu), ec2MemoryGB: decimalIn(L.ec2MemoryGB),
  utilisationPercent: wholeIn(L.utilisationPercent), alwaysOn: fc.boolean(),
})).map(({ edition, size, anyCpu, anyMemory, ...rest }): LocationState => at({
  ...rest,
  ...(rest.launchType === 'FARGATE' ? size : { cpuUnits: anyCpu, memoryMiB: anyMemory }),
}, edition));

describe('the ECS view in the URL', () => {
  it('writes every choice with a readable key', () => {
    expect([...paramsOf(encodeLocation(at(DEFAULT_ECS))).entries()]).toEqual([
      ['edition', 'saa-c02'], ['lt', 'FARGATE'], ['image', 'public.ecr.aws/nginx/nginx:latest'], ['cpu', '512'], ['net', 'awsvpc'],
      ['shape', 'steady'], ['port', '80'], ['mem', '1024'], ['count', '3'], ['azs', '3'], ['hours', '24'], ['price', '0.096'],
      ['ivcpu', '2'], ['imem', '8'], ['util', '90'], ['trole', '1'], ['erole', '1'], ['lb', '1'], ['always', '1'],
    ]);
  });

  it('round-trips every setting changed at once, with no problems', () => {
    const s = at({
      launchType: 'EC2', image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.2', port: 8080, cpuUnits: 2_048, memoryMiB: 3_000,
      networkMode: 'bridge', taskRole: false, executionRole: false, desiredCount: 7, loadBalancer: false, azCount: 2, hoursPerDay: 6.5,
      shape: 'batch', ec2UsdPerHour: 0.192, ec2Vcpu: 4, ec2MemoryGB: 16, utilisationPercent: 75, alwaysOn: false,
    });
    const { problems, ...decoded } = decodeLocation(encodeLocation(s), BASE);
    expect(problems).toEqual([]);
    expect(decoded).toEqual(s);
  });

  it('round-trips any valid choices, in either edition, with no problems', () => {
    assertProperty(fc.property(anyValidEcs, (s) => {
      const { problems, route, edition, ecs } = decodeLocation(encodeLocation(s), BASE);
      expect(problems).toEqual([]);
      expect({ route, edition, ecs }).toEqual({ route: 'ecs', edition: s.edition, ecs: s.ecs });
    }));
  });
});

describe('a hand-edited ECS link', () => {
  const decode = (query: string) => decodeLocation(`#/ecs?${query}`, BASE);

  it('refuses the External launch type in the 2021 edition, saying it came later and which edition has it', () => {
    const d = decode('edition=saa-c02&lt=EXTERNAL');
    expect(d.ecs.launchType).toBe('FARGATE');
    expect(d.problems).toEqual(['lt "EXTERNAL" is not EC2 or FARGATE (EXTERNAL, ECS Anywhere, came later: switch to current AWS): used FARGATE']);
  });

  it('accepts the External launch type in the current edition', () => {
    const d = decode('edition=current&lt=EXTERNAL&net=bridge');
    expect(d.edition).toBe('current');
    expect(d.ecs).toEqual({ ...DEFAULT_ECS, launchType: 'EXTERNAL', networkMode: 'bridge' });
    expect(d.problems).toEqual([]);
  });

  it('refuses a CPU that is not a task size, naming the CPU units allowed', () => {
    const d = decode('cpu=768');
    expect(d.ecs.cpuUnits).toBe(512);
    expect(d.problems).toEqual(['cpu "768" is not one of 256, 512, 1024, 2048, 4096, 8192, 16384 CPU units: used 512']);
  });

  it('brings each number within its range, saying what it used', () => {
    const d = decode('count=99&azs=5&hours=30&util=5&port=70000&mem=100&price=-1&ivcpu=2.5');
    expect(d.ecs).toEqual({
      ...DEFAULT_ECS, desiredCount: 50, azCount: 3, hoursPerDay: 24, utilisationPercent: 10, port: 65_535, memoryMiB: 512, ec2UsdPerHour: 0, ec2Vcpu: 3,
    });
    expect(d.problems).toEqual([
      'port 70000 is outside 1 to 65,535: used 65,535',
      'mem 100 is outside 512 to 122,880: used 512',
      'count 99 is outside 0 to 50: used 50',
      'azs 5 is outside 1 to 3: used 3',
      'hours 30 is outside 0 to 24: used 24',
      'price -1 is outside 0 to 100: used 0',
      'ivcpu 2.5 is not a whole number: used 3',
      'util 5 is outside 10 to 100: used 10',
    ]);
  });

  it('falls back for words and flags it does not know', () => {
    const d = decode('net=nat&shape=spiky&lb=yes&count=lots');
    expect(d.ecs).toEqual(DEFAULT_ECS);
    expect(d.problems).toEqual([
      'net "nat" is not awsvpc, bridge, host: used awsvpc',
      'shape "spiky" is not steady, bursty, batch: used steady',
      'count "lots" is not a number: used 3',
      'lb "yes" is not 1 or 0: used 1',
    ]);
  });

  it('uses the default image for a blank one and keeps at most 200 characters of a long one', () => {
    expect(decode('image=%20%20').ecs.image).toBe(DEFAULT_ECS.image);
    expect(decode(`image=${'a'.repeat(250)}`).ecs.image).toBe('a'.repeat(200));
  });

  it('keeps a Fargate CPU and memory pair the table does not have, for the view to replace', () => {
    const d = decode('lt=FARGATE&cpu=512&mem=9000');
    expect(d.ecs).toMatchObject({ launchType: 'FARGATE', cpuUnits: 512, memoryMiB: 9_000 });
    expect(d.problems).toEqual([]);
  });

  it('ignores a key the view does not have, and says so', () => {
    const d = decode('colour=red&count=3');
    expect(d.ecs).toEqual(DEFAULT_ECS);
    expect(d.problems).toEqual(['colour is not a setting of this view: ignored']);
  });

  it('never throws, and what it reads writes a link that reads back without problems', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 10 }), fc.integer({ min: -100, max: 200_000 }).map(String),
      fc.constantFrom('EXTERNAL', 'EC2', 'FARGATE', 'bridge', 'batch', '768', '1e20', 'NaN', 'Infinity', '', '2.5', ' '),
    );
    const keys = ['lt', 'image', 'cpu', 'net', 'shape', 'port', 'mem', 'count', 'azs', 'hours', 'price', 'ivcpu', 'imem', 'util',
      'trole', 'erole', 'lb', 'always', 'edition', 'other'] as const;
    const query = fc.dictionary(fc.constantFrom(...keys), value);
    assertProperty(fc.property(query, (q) => {
      const d = decodeLocation(`#/ecs?${new URLSearchParams(q).toString()}`, BASE);
      expect(d.route).toBe('ecs');
      expect(launchTypesFor(d.edition)).toContain(d.ecs.launchType);
      const again = decodeLocation(encodeLocation(d), BASE);
      expect(again.problems).toEqual([]);
      expect(again.ecs).toEqual(d.ecs);
    }));
  });
});

describe('which ECS values a link keeps', () => {
  const current = at({ ...DEFAULT_ECS, launchType: 'EXTERNAL', networkMode: 'host', desiredCount: 9 }, 'current');

  it('reads a link that sets any view key as a whole: the keys it leaves out take their defaults', () => {
    const d = decodeLocation('#/ecs?count=4', current);
    expect(d.edition).toBe('saa-c02');
    expect(d.ecs).toEqual({ ...DEFAULT_ECS, desiredCount: 4 });
    expect(d.problems).toEqual([]);
  });

  it('keeps what is on screen for a bare #/ecs', () => {
    const d = decodeLocation('#/ecs', current);
    expect(d.ecs).toEqual(current.ecs);
    expect(d.problems).toEqual([]);
  });

  it('moves External to Fargate when a link switches to the 2021 edition', () => {
    const d = decodeLocation('#/ecs?edition=saa-c02', current);
    expect(d.edition).toBe('saa-c02');
    expect(d.ecs.launchType).toBe('FARGATE');
  });
});
