/**
 * What keeping the AMI costs: its snapshots' used data at $0.05 per GB-month (aws-facts §3.2), per
 * Region, with the worked numbers of docs/model.md.
 */
import { describe, expect, it } from 'vitest';
import { amiStorageCost } from '../../../src/domain/ami/billing';
import { DEFAULT_AMI_INPUTS } from '../../../src/domain/ami/inputs';
import { amiSteps } from '../../../src/domain/ami/scenario';

const steps = amiSteps(DEFAULT_AMI_INPUTS);
const region = (step: number, name: string) => amiStorageCost(steps[step]!.scene).perRegion.find((r) => r.region === name)!;

describe('amiStorageCost, worked on the defaults', () => {
  it('bills nothing before the image: the Amazon-provided AMI\'s snapshot is not yours', () => {
    expect(amiStorageCost(steps[1]!.scene)).toEqual({
      perRegion: [
        { region: 'us-east-1', storedGiB: 0, orphanedGiB: 0, usdPerMonth: 0 },
        { region: 'us-west-2', storedGiB: 0, orphanedGiB: 0, usdPerMonth: 0 },
      ],
      totalUsd: 0, orphanedGiB: 0,
    });
  });

  it('stores 3 + 20 = 23 GiB after creating the image: $1.15 per 30-day month in us-east-1', () => {
    expect(region(2, 'us-east-1')).toMatchObject({ storedGiB: 23, orphanedGiB: 0 });
    expect(region(2, 'us-east-1').usdPerMonth).toBeCloseTo(1.15, 10);
    expect(amiStorageCost(steps[2]!.scene).totalUsd).toBeCloseTo(1.15, 10);
  });

  it('doubles after the copy: the copy\'s snapshots are complete, 23 GiB in us-west-2, $2.30 in all', () => {
    expect(region(6, 'us-west-2')).toMatchObject({ storedGiB: 23, orphanedGiB: 0 });
    expect(region(6, 'us-west-2').usdPerMonth).toBeCloseTo(1.15, 10);
    expect(amiStorageCost(steps[6]!.scene).totalUsd).toBeCloseTo(2.3, 10);
  });

  it('still bills both Regions after deregistering (step 10): 23 GiB orphaned in us-east-1 and the copy\'s 23 GiB in us-west-2, $2.30 in all', () => {
    const cost = amiStorageCost(steps[9]!.scene);
    expect(cost.perRegion.map((r) => r.region)).toEqual(['us-east-1', 'us-west-2']);
    expect(region(9, 'us-east-1')).toMatchObject({ storedGiB: 23, orphanedGiB: 23 });
    expect(region(9, 'us-east-1').usdPerMonth).toBeCloseTo(1.15, 10);
    expect(region(9, 'us-west-2')).toMatchObject({ storedGiB: 23, orphanedGiB: 0 });
    expect(region(9, 'us-west-2').usdPerMonth).toBeCloseTo(1.15, 10);
    expect(cost.orphanedGiB).toBe(23);
    expect(cost.totalUsd).toBeCloseTo(2.3, 10);
  });

  it('prorates by days in a 30-day month: 23 GiB for 15 days is $0.575', () => {
    expect(amiStorageCost(steps[2]!.scene, 15).totalUsd).toBeCloseTo(0.575, 10);
    expect(amiStorageCost(steps[2]!.scene, 0).totalUsd).toBe(0);
  });

  it('grows with the data stored, not the volume size: 2 data volumes of 500 GiB holding 50 GiB each and 4 GiB boot -> 104 GiB, $5.20', () => {
    const big = amiSteps({ ...DEFAULT_AMI_INPUTS, bootUsedGiB: 4, dataVolumes: 2, dataGiB: 500, dataUsedGiB: 50 });
    const cost = amiStorageCost(big[2]!.scene);
    expect(cost.perRegion[0]!.storedGiB).toBe(104);
    expect(cost.totalUsd).toBeCloseTo(5.2, 10);
  });

  it('bills the copy Region chosen, eu-west-1 too, and the step 10 caption prices each Region', () => {
    const eu = amiSteps({ ...DEFAULT_AMI_INPUTS, copyRegion: 'eu-west-1', dataVolumes: 2, dataGiB: 500, dataUsedGiB: 50, bootUsedGiB: 4 });
    const cost = amiStorageCost(eu[9]!.scene);
    expect(cost.perRegion.map((r) => [r.region, r.storedGiB])).toEqual([['us-east-1', 104], ['eu-west-1', 104]]);
    expect(cost.totalUsd).toBeCloseTo(10.4, 10);
    expect(eu[9]!.explanation).toContain('104 GiB in us-east-1 ($5.20 a month, no AMI uses them now) and the copy\'s 104 GiB in eu-west-1 ($5.20; the copy is unaffected and still launches): $10.40 a month in all.');
  });
});
