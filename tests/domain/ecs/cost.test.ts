/**
 * One workload in EC2 mode or on Fargate: the worked numbers of docs/model.md ("ECS and Fargate"),
 * the notes' three lines of advice, and the model's invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EC2_MODE, EC2_MODE_SOURCES, ecsCostComparison, instancesFor, runHours, WORKLOAD_SHAPES,
  type Ec2Mode, type EcsWorkload,
} from '../../../src/domain/ecs/cost';
import { assertProperty } from '../support/property';

const PACKED: Ec2Mode = { ...DEFAULT_EC2_MODE, utilisationPercent: 100 };
const applying = (r: ReturnType<typeof ecsCostComparison>) => r.guidance.filter((g) => g.applies).map((g) => g.id);

describe('the EC2-mode defaults', () => {
  it('price an m5.large at the third-party $0.096 an hour and label the rest as assumptions', () => {
    expect(DEFAULT_EC2_MODE).toEqual({ instanceUsdPerHour: 0.096, instanceVcpu: 2, instanceMemoryGB: 8, utilisationPercent: 90, alwaysOn: true });
    expect(EC2_MODE_SOURCES.instanceUsdPerHour).toMatch(/^third-party.*Spot and Reserved prices are unsourced/);
    expect(EC2_MODE_SOURCES.instanceVcpu).toMatch(/^explorer's assumption/);
    expect(EC2_MODE_SOURCES.instanceMemoryGB).toMatch(/^explorer's assumption/);
    expect(Object.values(EC2_MODE_SOURCES).join(' ')).not.toMatch(/aws-facts/);
  });
});

describe('ecsCostComparison: worked cases', () => {
  const large: EcsWorkload = { tasks: 40, vcpu: 0.5, memoryGB: 2, hoursPerDay: 24, shape: 'steady' };

  it('runs a steady, large workload cheaper in EC2 mode when it packs tightly: $691.20 against $838.94', () => {
    const r = ecsCostComparison(large, PACKED);
    expect(r.instances).toBe(10);
    expect(r.ec2InstanceHours).toBe(7_200);
    expect(r.ec2Usd).toBeCloseTo(691.2, 9);
    expect(r.fargateTaskHours).toBe(28_800);
    expect(r.fargateUsd).toBeCloseTo(838.944, 9);
    expect(r.cheaper).toBe('ec2');
    expect(applying(r)).toEqual(['use-ecs', 'ec2-large-price-conscious']);
    expect(r.explanation).toBe(
      'Steady: 40 tasks run 24 h a day, for 30 days. ' +
      'Fargate: 28,800 task-hours at 0.5 vCPU and 2 GB, $0.02913 an hour each = $838.94. ' +
      'EC2 mode: the peak (20 vCPU, 80 GB) needs 10 instances of 2 vCPU and 8 GB at 100% packing; 7,200 instance-hours at $0.096 = $691.20. ' +
      'The container instances run, and bill, 24 h a day whether tasks run or not. EC2 mode is cheaper by $147.74.');
  });

  it('loses that lead at 80% packing: 13 instances cost $898.56', () => {
    const r = ecsCostComparison(large, { ...PACKED, utilisationPercent: 80 });
    expect(r.instances).toBe(13);
    expect(r.ec2Usd).toBeCloseTo(898.56, 9);
    expect(r.cheaper).toBe('fargate');
    expect(r.explanation).toMatch(/Fargate is cheaper by \$59\.62\.$/);
    expect(applying(r)).toEqual(['use-ecs']);
  });

  it('runs a small batch job far cheaper on Fargate: $1.48 against $69.12 for an instance that never stops', () => {
    const batch: EcsWorkload = { tasks: 2, vcpu: 0.25, memoryGB: 0.5, hoursPerDay: 2, shape: 'batch' };
    const r = ecsCostComparison(batch, DEFAULT_EC2_MODE);
    expect(r.instances).toBe(1);
    expect(r.fargateUsd).toBeCloseTo(2 * 2 * 30 * 0.0123425, 12);
    expect(r.ec2Usd).toBeCloseTo(69.12, 9);
    expect(r.cheaper).toBe('fargate');
    expect(applying(r)).toEqual(['use-ecs', 'fargate-small-bursty-batch']);
    expect(r.explanation).toMatch(/^Batch: 2 tasks run once a day for 2 h, then exit, for 30 days\. /);
    expect(r.explanation).toMatch(/Fargate is cheaper by \$67\.64\.$/);
    expect(ecsCostComparison(batch, { ...DEFAULT_EC2_MODE, alwaysOn: false }).ec2Usd).toBeCloseTo(5.76, 9);
  });

  it('bills a bursty workload its bursts plus the one task kept up between them', () => {
    const bursty: EcsWorkload = { tasks: 10, vcpu: 1, memoryGB: 2, hoursPerDay: 4, shape: 'bursty' };
    const r = ecsCostComparison(bursty, PACKED);
    expect(r.fargateTaskHours).toBe(30 * (10 * 4 + 1 * 20));
    expect(r.fargateUsd).toBeCloseTo(1_800 * 0.04937, 9);
    expect(r.instances).toBe(5);
    expect(r.ec2Usd).toBeCloseTo(345.6, 9);
    expect(r.explanation).toMatch(/^Bursty: 10 tasks run 4 h a day \(a 17% duty cycle\) and 1 keeps the service up the other 20 h, for 30 days\./);
    const following = ecsCostComparison(bursty, { ...PACKED, alwaysOn: false });
    expect(following.ec2InstanceHours).toBe(30 * (5 * 4 + 1 * 20));
    expect(following.ec2Usd).toBeCloseTo(115.2, 9);
    expect(ecsCostComparison({ ...bursty, baseTasks: 0 }, PACKED).fargateTaskHours).toBe(1_200);
    expect(ecsCostComparison({ ...bursty, hoursPerDay: 24 }, PACKED).explanation).toMatch(/^Bursty: 10 tasks run 24 h a day \(a 100% duty cycle\), for 30 days\. /);
  });

  it('bills Fargate the nearest valid size: 1 vCPU with 1 GB pays for 2 GB', () => {
    const r = ecsCostComparison({ tasks: 4, vcpu: 1, memoryGB: 1, hoursPerDay: 24, shape: 'steady' }, DEFAULT_EC2_MODE);
    expect(r.fargateSize).toEqual({ cpuUnits: 1_024, memoryMiB: 2_048, covers: true });
    expect(r.fargateUsd).toBeCloseTo(4 * 720 * 0.04937, 9);
    expect(r.explanation).toMatch(/Fargate has no 1 vCPU \/ 1 GB size: each task requests, and pays for, the nearest that covers it\./);
  });

  it('bills a batch run of 18 seconds as a full minute', () => {
    expect(runHours(0.005)).toBeCloseTo(1 / 60, 12);
    expect(runHours(0)).toBe(0);
    const r = ecsCostComparison({ tasks: 1, vcpu: 0.25, memoryGB: 0.5, hoursPerDay: 0.005, shape: 'batch' }, { ...DEFAULT_EC2_MODE, alwaysOn: false });
    expect(r.fargateTaskHours).toBeCloseTo(0.5, 12);
    expect(r.ec2InstanceHours).toBeCloseTo(0.5, 12);
  });

  it('warns when one task is bigger than an instance, and when no Fargate size is that large', () => {
    const big = ecsCostComparison({ tasks: 2, vcpu: 4, memoryGB: 16, hoursPerDay: 24, shape: 'steady' }, DEFAULT_EC2_MODE);
    expect(big.taskFitsInstance).toBe(false);
    expect(big.explanation).toMatch(/One task \(4 vCPU, 16 GB\) is bigger than an instance at 90% packing: .* pick a larger instance\./);
    const huge = ecsCostComparison({ tasks: 1, vcpu: 32, memoryGB: 64, hoursPerDay: 1, shape: 'steady' }, DEFAULT_EC2_MODE);
    expect(huge.fargateSize.covers).toBe(false);
    expect(huge.explanation).toMatch(/No Fargate task size is that large/);
  });

  it('costs nothing for no tasks', () => {
    const r = ecsCostComparison({ tasks: 0, vcpu: 1, memoryGB: 2, hoursPerDay: 24, shape: 'bursty' }, DEFAULT_EC2_MODE);
    expect([r.fargateUsd, r.ec2Usd, r.instances, r.cheaper]).toEqual([0, 0, 0, 'equal']);
    expect(applying(r)).toEqual([]);
    expect(r.explanation).toBe('No tasks: nothing runs in either mode, and nothing is billed.');
  });

  it('refuses inputs outside the model', () => {
    const w: EcsWorkload = { tasks: 1, vcpu: 1, memoryGB: 2, hoursPerDay: 8, shape: 'steady' };
    expect(() => ecsCostComparison({ ...w, tasks: 1.5 }, DEFAULT_EC2_MODE)).toThrow(/Tasks/);
    expect(() => ecsCostComparison({ ...w, hoursPerDay: 25 }, DEFAULT_EC2_MODE)).toThrow(/Hours a day/);
    expect(() => ecsCostComparison(w, { ...DEFAULT_EC2_MODE, utilisationPercent: 0 })).toThrow(/Utilisation/);
    expect(() => ecsCostComparison(w, { ...DEFAULT_EC2_MODE, instanceUsdPerHour: -0.01 })).toThrow(/price/);
  });
});

const workload: fc.Arbitrary<EcsWorkload> = fc.record({
  tasks: fc.integer({ min: 0, max: 200 }),
  vcpu: fc.constantFrom(0.25, 0.5, 1, 2, 4, 8),
  memoryGB: fc.constantFrom(0.5, 1, 2, 3, 4, 8, 16, 30),
  hoursPerDay: fc.oneof(fc.integer({ min: 0, max: 24 }), fc.double({ min: 0, max: 24, noNaN: true })),
  shape: fc.constantFrom(...WORKLOAD_SHAPES),
  days: fc.integer({ min: 0, max: 31 }),
});
const ec2Mode: fc.Arbitrary<Ec2Mode> = fc.record({
  instanceUsdPerHour: fc.double({ min: 0, max: 5, noNaN: true }),
  instanceVcpu: fc.constantFrom(1, 2, 4, 8, 16, 96),
  instanceMemoryGB: fc.constantFrom(2, 8, 16, 32, 384),
  utilisationPercent: fc.integer({ min: 10, max: 100 }),
  alwaysOn: fc.boolean(),
});
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('ecsCostComparison: properties (fixed seed)', () => {
  it('gives costs that are finite and never negative, and instances that hold the peak', () => {
    assertProperty(fc.property(workload, ec2Mode, (w, ec2) => {
      const r = ecsCostComparison(w, ec2);
      const u = ec2.utilisationPercent / 100;
      return Number.isFinite(r.fargateUsd) && r.fargateUsd >= 0 && Number.isFinite(r.ec2Usd) && r.ec2Usd >= 0
        && r.instances * ec2.instanceVcpu * u >= w.tasks * w.vcpu - 1e-6
        && r.instances * ec2.instanceMemoryGB * u >= w.tasks * w.memoryGB - 1e-6
        && r.instances === instancesFor(w.tasks, w, ec2);
    }));
  });

  it('bills Fargate linearly in tasks for steady and batch work, and the same for each extra task when bursty', () => {
    assertProperty(fc.property(workload, fc.integer({ min: 1, max: 10 }), (w, k) => {
      const fargate = (tasks: number) => ecsCostComparison({ ...w, tasks }, DEFAULT_EC2_MODE).fargateUsd;
      if (w.shape !== 'bursty') return close(fargate(w.tasks * k), fargate(w.tasks) * k);
      const n = Math.max(1, w.tasks);
      return close(fargate(n + k) - fargate(n), (fargate(n + 1) - fargate(n)) * k);
    }));
  });

  it('never bills instances that stay on less than instances that follow the tasks', () => {
    assertProperty(fc.property(workload, ec2Mode, (w, ec2) =>
      ecsCostComparison(w, { ...ec2, alwaysOn: true }).ec2Usd >= ecsCostComparison(w, { ...ec2, alwaysOn: false }).ec2Usd - 1e-9));
  });

  it('calls the cheaper mode by the cent, and lets at most one mode\'s advice apply', () => {
    assertProperty(fc.property(workload, ec2Mode, (w, ec2) => {
      const r = ecsCostComparison(w, ec2);
      const f = Math.round(r.fargateUsd * 100);
      const e = Math.round(r.ec2Usd * 100);
      const expected = f === e ? 'equal' : f < e ? 'fargate' : 'ec2';
      const [useEcs, ec2Line, fargateLine] = r.guidance;
      return r.cheaper === expected && useEcs!.applies === w.tasks > 0 && !(ec2Line!.applies && fargateLine!.applies)
        && (!ec2Line!.applies || r.cheaper === 'ec2') && (!fargateLine!.applies || r.cheaper === 'fargate');
    }));
  });
});

describe('EC2 mode across AZs', () => {
  it('needs at least one instance in each AZ that holds a task, since an instance sits in one AZ', () => {
    const w = { tasks: 3, vcpu: 0.5, memoryGB: 1, hoursPerDay: 24, shape: 'steady' as const };
    expect(ecsCostComparison(w, DEFAULT_EC2_MODE).instances).toBe(1);
    expect(ecsCostComparison({ ...w, azs: 3 }, DEFAULT_EC2_MODE).instances).toBe(3);
    expect(ecsCostComparison({ ...w, azs: 3 }, DEFAULT_EC2_MODE).ec2Usd).toBeCloseTo(3 * 24 * 30 * 0.096, 10);
    expect(ecsCostComparison({ ...w, tasks: 2, azs: 3 }, DEFAULT_EC2_MODE).instances).toBe(2);
  });
});
