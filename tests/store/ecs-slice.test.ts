import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/create-app-store';
import { DEFAULT_ECS } from '../../src/store/ecs-defaults';
import { fitEcs } from '../../src/store/ecs-slice';
import { selectEcs } from '../../src/store/selectors';

const TITLE = 'Some values in the link could not be used';

describe('the ECS slice', () => {
  it('starts on three Fargate tasks of 0.5 vCPU and 1 GB behind a load balancer across 3 AZs, all day', () => {
    const ecs = selectEcs(createAppStore().getState());
    expect(ecs).toEqual(DEFAULT_ECS);
    expect(ecs).toMatchObject({ launchType: 'FARGATE', cpuUnits: 512, memoryMiB: 1_024, networkMode: 'awsvpc', desiredCount: 3, loadBalancer: true, azCount: 3, hoursPerDay: 24 });
  });

  it('applies a choice and keeps every other setting', () => {
    const store = createAppStore();
    store.getState().chooseEcs({ launchType: 'EC2', networkMode: 'bridge' });
    expect(selectEcs(store.getState())).toEqual({ ...DEFAULT_ECS, launchType: 'EC2', networkMode: 'bridge' });
  });

  it('keeps each number within the view\'s range, whole where it must be', () => {
    const store = createAppStore();
    store.getState().chooseEcs({ desiredCount: 99, azCount: 0, hoursPerDay: 30, port: 80.6, memoryMiB: 100, utilisationPercent: 150, ec2UsdPerHour: -2, ec2Vcpu: 2.4, ec2MemoryGB: 7.5 });
    expect(selectEcs(store.getState())).toMatchObject({
      desiredCount: 50, azCount: 1, hoursPerDay: 24, port: 81, memoryMiB: 512, utilisationPercent: 100, ec2UsdPerHour: 0, ec2Vcpu: 2, ec2MemoryGB: 7.5,
    });
  });

  it('replaces a number that is not finite with the default and cuts a long image to 200 characters', () => {
    const fitted = fitEcs({ ...DEFAULT_ECS, desiredCount: Number.NaN, hoursPerDay: Number.POSITIVE_INFINITY, image: 'x'.repeat(300) });
    expect(fitted.desiredCount).toBe(3);
    expect(fitted.hoursPerDay).toBe(24);
    expect(fitted.image).toBe('x'.repeat(200));
  });

  it('leaves an invalid Fargate pair as chosen: the view checks it against the size table', () => {
    const store = createAppStore();
    store.getState().chooseEcs({ cpuUnits: 512, memoryMiB: 5_120 });
    expect(selectEcs(store.getState())).toMatchObject({ cpuUnits: 512, memoryMiB: 5_120 });
  });

  it('fixes a link\'s task size to the pair given and says why in a notice item', () => {
    const store = createAppStore({ ecs: { ...DEFAULT_ECS, cpuUnits: 512, memoryMiB: 9_000 } });
    store.getState().fixTaskSize(2_048, 9_216, 'That memory is too big for 512 CPU units.');
    expect(selectEcs(store.getState())).toEqual({ ...DEFAULT_ECS, cpuUnits: 2_048, memoryMiB: 9_216 });
    const { notices } = store.getState();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.title).toBe(TITLE);
    expect(notices[0]!.items).toHaveLength(1);
    expect(notices[0]!.items[0]).toMatch(/^That memory is too big for 512 CPU units\. Used 2,?048 CPU units and 9,216 MiB\.$/);
  });

  it('adds the task-size item to the link\'s notice when the link already had one', () => {
    const store = createAppStore();
    store.getState().applyLocation('#/ecs?count=99&cpu=512&mem=9000');
    expect(store.getState().notices).toHaveLength(1);
    store.getState().fixTaskSize(2_048, 9_216, 'Not a Fargate size.');
    const { notices } = store.getState();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.items).toHaveLength(2);
    expect(notices[0]!.items[0]).toBe('count 99 is outside 0 to 50: used 50');
    expect(notices[0]!.items[1]).toMatch(/^Not a Fargate size\. Used 2,?048 CPU units and 9,216 MiB\.$/);
  });

  it('goes back to its starting values when the view is reset', () => {
    const store = createAppStore();
    store.getState().chooseEcs({ launchType: 'EC2', desiredCount: 9 });
    store.getState().resetView('ecs');
    expect(selectEcs(store.getState())).toEqual(DEFAULT_ECS);
  });
});
