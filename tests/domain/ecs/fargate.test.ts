/**
 * Fargate task sizes (the ECS23 table in aws-facts §10), the nearest valid size, and what Fargate
 * tasks cost at the third-party us-east-1 prices, with the worked numbers of docs/model.md.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FARGATE_PRICES, FARGATE_SIZES, FARGATE_SIZES_NOTE, fargateSizesFor } from '../../../src/domain/catalog/fargate';
import {
  fargateBilledSeconds, fargateHourlyUsd, fargateMonthlyCost, fargateSizeValid, nearestFargateSize,
} from '../../../src/domain/ecs/fargate';
import { EDITIONS } from '../../../src/domain/types';
import { anyEdition, assertProperty } from '../support/property';

const GB = 1_024;
const pairsOf = (rows: typeof FARGATE_SIZES) => rows.flatMap((row) => row.memoryMiB.map((memoryMiB) => ({ cpuUnits: row.cpuUnits, memoryMiB })));
const validPairs = pairsOf(FARGATE_SIZES);
const pairsIn = (edition: 'saa-c02' | 'current') => pairsOf(fargateSizesFor(edition));
const MEMORY_RULE = /^With [\d,]+ CPU units \([\d.]+ vCPU\), memory must be .+ GB.* \(.+ MiB\); .+ is not one\.$/;
const CPU_RULE = /is not a Fargate task size: CPU must be 256, 512, 1,024, 2,048, 4,096, 8,192 or 16,384 units \(0\.25, 0\.5, 1, 2, 4, 8 or 16 vCPU\)\.$/;

describe('the Fargate size table', () => {
  it('has the seven CPU values of aws-facts §10 with their memory ranges', () => {
    const summary = FARGATE_SIZES.map((r) => [r.cpuUnits, r.vcpu, r.memoryMiB[0]! / GB, r.memoryMiB[r.memoryMiB.length - 1]! / GB, r.memoryMiB.length]);
    expect(summary).toEqual([
      [256, 0.25, 0.5, 2, 3],
      [512, 0.5, 1, 4, 4],
      [1_024, 1, 2, 8, 7],
      [2_048, 2, 4, 16, 13],
      [4_096, 4, 8, 30, 23],
      [8_192, 8, 16, 60, 12],
      [16_384, 16, 32, 120, 12],
    ]);
    expect(FARGATE_SIZES[0]!.memoryMiB).toEqual([512, 1_024, 2_048]);
  });

  it('marks the two largest CPU values as needing platform 1.4.0 and names its source on every row', () => {
    expect(FARGATE_SIZES.filter((r) => r.note).map((r) => r.cpuUnits)).toEqual([8_192, 16_384]);
    for (const row of FARGATE_SIZES) expect(row.source).toMatch(/^ECS23 AWS_Fargate\.md/);
  });

  it('offers up to 4 vCPU and 30 GB in SAA-C02 and all seven rows in current AWS (aws-facts §11), and says so', () => {
    expect(fargateSizesFor('current')).toBe(FARGATE_SIZES);
    const saa = fargateSizesFor('saa-c02');
    expect(saa.map((r) => r.cpuUnits)).toEqual([256, 512, 1_024, 2_048, 4_096]);
    expect(Math.max(...saa.flatMap((r) => r.memoryMiB))).toBe(30 * GB);
    expect(FARGATE_SIZES_NOTE['saa-c02']).toMatch(/up to 4 vCPU and 30 GB.*September 2022/);
    expect(FARGATE_SIZES_NOTE.current).toMatch(/September 2022.*1\.4\.0/);
  });

  it('prices us-east-1 Linux/x86 at $0.04048 per vCPU-hour and $0.004445 per GB-hour, from a third party', () => {
    expect(FARGATE_PRICES).toMatchObject({ usdPerVcpuHour: 0.04048, usdPerGBHour: 0.004445, armUsdPerVcpuHour: 0.03238, armUsdPerGBHour: 0.00356, includedEphemeralStorageGB: 20, minimumBilledSeconds: 60 });
    expect(FARGATE_PRICES.source).toMatch(/third-party: Vantage, Fargate pricing, vantage\.sh\/blog\/fargate-pricing/);
  });
});

describe('fargateSizeValid', () => {
  it('accepts every pair in each edition\'s table', () => {
    for (const edition of EDITIONS) {
      for (const { cpuUnits, memoryMiB } of pairsIn(edition)) expect(fargateSizeValid(cpuUnits, memoryMiB, edition)).toMatchObject({ valid: true });
    }
  });

  it('refuses 8 and 16 vCPU in SAA-C02, naming the five 2021 sizes and when the larger ones arrived', () => {
    expect(fargateSizeValid(8_192, 16 * GB, 'saa-c02')).toEqual({
      valid: false,
      reason: '8,192 CPU units is not a Fargate task size: CPU must be 256, 512, 1,024, 2,048 or 4,096 units (0.25, 0.5, 1, 2 or 4 vCPU). The 8 vCPU size arrived in September 2022 (current AWS).',
    });
    expect(fargateSizeValid(16_384, 120 * GB, 'saa-c02').valid).toBe(false);
    expect(fargateSizeValid(16_384, 120 * GB, 'current').valid).toBe(true);
  });

  it('notes platform 1.4.0 on the 8,192 and 16,384 CPU-unit sizes only', () => {
    expect(fargateSizeValid(8_192, 16 * GB, 'current').note).toMatch(/platform version 1\.4\.0/);
    expect(fargateSizeValid(16_384, 120 * GB, 'current').note).toMatch(/platform version 1\.4\.0/);
    expect(fargateSizeValid(4_096, 30 * GB, 'current')).toEqual({ valid: true });
  });

  it('explains the rule for 512 CPU units and 5 GB', () => {
    expect(fargateSizeValid(512, 5 * GB, 'current')).toEqual({
      valid: false,
      reason: 'With 512 CPU units (0.5 vCPU), memory must be 1, 2, 3 or 4 GB (1,024-4,096 MiB); 5 GB is not one.',
    });
  });

  it('lists the three values of 256 CPU units and gives larger rows as a range in steps', () => {
    expect(fargateSizeValid(256, 4 * GB, 'current').reason).toBe(
      'With 256 CPU units (0.25 vCPU), memory must be 0.5, 1 or 2 GB (512, 1,024 or 2,048 MiB); 4 GB is not one.');
    expect(fargateSizeValid(2_048, 4_608, 'current').reason).toBe(
      'With 2,048 CPU units (2 vCPU), memory must be 4 to 16 GB in 1 GB steps (4,096-16,384 MiB); 4.5 GB is not one.');
    expect(fargateSizeValid(16_384, 36 * GB, 'current').reason).toBe(
      'With 16,384 CPU units (16 vCPU), memory must be 32 to 120 GB in 8 GB steps (32,768-122,880 MiB); 36 GB is not one.');
    expect(fargateSizeValid(1_024, 1_000, 'current').reason).toMatch(/; 1,000 MiB is not one\.$/);
  });

  it('refuses each neighbour off the grid: a MiB either side, half a step between, a step below and above the range', () => {
    for (const edition of EDITIONS) {
      for (const row of fargateSizesFor(edition)) {
        const mib = row.memoryMiB;
        const step = mib[mib.length - 1]! - mib[mib.length - 2]!;
        const neighbours = [
          ...mib.flatMap((m) => [m - 1, m + 1]),
          ...mib.slice(1).map((m, i) => (m + mib[i]!) / 2),
          mib[0]! - step, mib[mib.length - 1]! + step,
        ].filter((m) => !mib.includes(m));
        for (const m of neighbours) {
          const check = fargateSizeValid(row.cpuUnits, m, edition);
          expect(check.valid).toBe(false);
          expect(check.reason).toMatch(MEMORY_RULE);
        }
      }
    }
  });

  it('refuses CPU values that are not in the table, naming the seven that are', () => {
    for (const cpu of [768, 128, 1_023, 1_536, 3_072, 32_768, 0, -256, 0.5]) {
      const check = fargateSizeValid(cpu, 2 * GB, 'current');
      expect(check.valid).toBe(false);
      expect(check.reason).toMatch(CPU_RULE);
    }
    expect(fargateSizeValid(768, 2 * GB, 'saa-c02').reason).toMatch(/^768 CPU units is not a Fargate task size/);
  });

  it('is valid exactly for the edition\'s pairs (fixed seed)', () => {
    const sets = Object.fromEntries(EDITIONS.map((e) => [e, new Set(pairsIn(e).map((p) => `${p.cpuUnits}:${p.memoryMiB}`))]));
    const cpu = fc.oneof(fc.constantFrom(...FARGATE_SIZES.map((r) => r.cpuUnits)), fc.integer({ min: 0, max: 20_000 }));
    const memory = fc.oneof(fc.integer({ min: 1, max: 120 }).map((g) => g * GB), fc.integer({ min: 0, max: 130_000 }));
    assertProperty(fc.property(cpu, memory, anyEdition, (c, m, edition) => {
      const check = fargateSizeValid(c, m, edition);
      return check.valid === sets[edition]!.has(`${c}:${m}`) && (check.valid ? check.reason === undefined : (check.reason ?? '').length > 0);
    }));
  });
});

describe('nearestFargateSize', () => {
  it('rounds a request up to the smallest size that covers it', () => {
    expect(nearestFargateSize(256, 512)).toEqual({ cpuUnits: 256, memoryMiB: 512, covers: true });
    expect(nearestFargateSize(300, 600)).toEqual({ cpuUnits: 512, memoryMiB: 1_024, covers: true });
    expect(nearestFargateSize(1_024, 1_024)).toEqual({ cpuUnits: 1_024, memoryMiB: 2_048, covers: true });
    expect(nearestFargateSize(256, 3 * GB)).toEqual({ cpuUnits: 512, memoryMiB: 3 * GB, covers: true });
    expect(nearestFargateSize(4_096, 31 * GB)).toEqual({ cpuUnits: 8_192, memoryMiB: 32 * GB, covers: true });
    expect(nearestFargateSize(8_192, 17 * GB)).toEqual({ cpuUnits: 8_192, memoryMiB: 20 * GB, covers: true });
  });

  it('gives the largest size, not covering, when nothing is that large', () => {
    expect(nearestFargateSize(20_000, 1_024)).toEqual({ cpuUnits: 16_384, memoryMiB: 120 * GB, covers: false });
    expect(nearestFargateSize(256, 121 * GB)).toEqual({ cpuUnits: 16_384, memoryMiB: 120 * GB, covers: false });
    expect(() => nearestFargateSize(Number.NaN, 512)).toThrow(RangeError);
  });

  it('stops at 4 vCPU and 30 GB in SAA-C02', () => {
    expect(nearestFargateSize(4_096, 31 * GB, 'saa-c02')).toEqual({ cpuUnits: 4_096, memoryMiB: 30 * GB, covers: false });
    expect(nearestFargateSize(2_048, 17 * GB, 'saa-c02')).toEqual({ cpuUnits: 4_096, memoryMiB: 17 * GB, covers: true });
  });

  it('is always a valid size that covers the request, and no covering size is cheaper (fixed seed)', () => {
    const hourly = (p: { cpuUnits: number; memoryMiB: number }) => fargateHourlyUsd(p.cpuUnits / 1_024, p.memoryMiB / GB);
    assertProperty(fc.property(fc.integer({ min: 0, max: 16_384 }), fc.integer({ min: 0, max: 120 * GB }), anyEdition, (cpu, memory, edition) => {
      const size = nearestFargateSize(cpu, memory, edition);
      const covering = pairsIn(edition).filter((p) => p.cpuUnits >= cpu && p.memoryMiB >= memory);
      if (covering.length === 0) return !size.covers;
      return size.covers && fargateSizeValid(size.cpuUnits, size.memoryMiB, edition).valid
        && size.cpuUnits >= cpu && size.memoryMiB >= memory
        && covering.every((p) => hourly(p) >= hourly(size) - 1e-12);
    }));
  });
});

describe('fargateMonthlyCost', () => {
  it('charges 1 task of 0.25 vCPU and 0.5 GB for 720 h: 720 x (0.25 x 0.04048 + 0.5 x 0.004445) = $8.8866', () => {
    expect(fargateMonthlyCost({ vcpu: 0.25, memoryGB: 0.5, hours: 720 })).toBeCloseTo(8.8866, 10);
  });

  it('charges 10 tasks of 1 vCPU and 2 GB, 24 h a day for 30 days: 10 x 720 x 0.04937 = $355.464', () => {
    expect(fargateMonthlyCost({ vcpu: 1, memoryGB: 2, hours: 24 * 30, tasks: 10 })).toBeCloseTo(355.464, 10);
  });

  it('charges Graviton (arm64) less: 1 vCPU, 2 GB for 720 h = 720 x (0.03238 + 0.00712) = $28.44', () => {
    expect(fargateMonthlyCost({ vcpu: 1, memoryGB: 2, hours: 720, architecture: 'arm64' })).toBeCloseTo(28.44, 10);
  });

  it('refuses negative or non-numeric inputs', () => {
    expect(() => fargateMonthlyCost({ vcpu: -1, memoryGB: 2, hours: 1 })).toThrow(/vCPU/);
    expect(() => fargateMonthlyCost({ vcpu: 1, memoryGB: 2, hours: Number.NaN })).toThrow(/Hours/);
    expect(() => fargateMonthlyCost({ vcpu: 1, memoryGB: 2, hours: 1, tasks: -2 })).toThrow(/Tasks/);
  });

  it('is linear in tasks and in hours (fixed seed)', () => {
    const size = fc.constantFrom(...validPairs).map((p) => ({ vcpu: p.cpuUnits / 1_024, memoryGB: p.memoryMiB / GB }));
    assertProperty(fc.property(size, fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 744 }), fc.integer({ min: 1, max: 10 }), (s, tasks, hours, k) => {
      const one = fargateMonthlyCost({ ...s, hours, tasks });
      const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
      return one >= 0 && close(fargateMonthlyCost({ ...s, hours, tasks: tasks * k }), one * k) && close(fargateMonthlyCost({ ...s, hours: hours * k, tasks }), one * k);
    }));
  });
});

describe('fargateBilledSeconds', () => {
  it('bills per second with a 1-minute minimum, and nothing for no run', () => {
    expect([0, 1, 59.2, 60, 61.3, 3_600].map(fargateBilledSeconds)).toEqual([0, 60, 60, 60, 62, 3_600]);
    expect(() => fargateBilledSeconds(-1)).toThrow(RangeError);
  });
});
