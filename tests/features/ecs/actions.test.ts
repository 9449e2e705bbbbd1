import { describe, expect, it } from 'vitest';
import { ecsActions } from '../../../src/features/ecs/actions';
import { ecsState } from '../../../src/features/ecs/params';
import { createAppStore } from '../../../src/store/create-app-store';
import { CATALOGUE } from '../../../src/app/views';
import { LINK_NOTICE } from '../../../src/store/notices';
import { defaultsOf } from '../../../src/store/view-state';
import { decodeQuery, viewStore } from '../../support/view-state';

const DEFAULT_ECS = defaultsOf(ecsState);
const start = (hash?: string) => viewStore(ecsState, ecsActions, hash);
const noticesOf = (v: ReturnType<typeof start>) => v.store.getState().notices.filter((n) => n.view === 'ecs');
const EXTERNAL_LATER = 'EXTERNAL is not EC2 or FARGATE (EXTERNAL, ECS Anywhere, came later, in current AWS)';

describe('the ECS view\'s intents', () => {
  it('starts on three Fargate tasks of 0.5 vCPU and 1 GB behind a load balancer across 3 AZs, all day', () => {
    const v = start();
    expect(v.inputs()).toEqual(DEFAULT_ECS);
    expect(v.inputs()).toMatchObject({
      launchType: 'FARGATE', cpuUnits: '512', memoryMiB: 1_024, networkMode: 'awsvpc', desiredCount: 3, loadBalancer: true, azCount: 3, hoursPerDay: 24,
      ec2UsdPerHour: 0.096, ec2Vcpu: 2, ec2MemoryGB: 8, utilisationPercent: 90, alwaysOn: true,
    });
    expect(v.messages()).toEqual([]);
  });

  it('applies a choice and keeps every other setting', () => {
    const v = start();
    v.actions.chooseLaunchType('EC2');
    v.actions.defineTask({ networkMode: 'bridge' });
    expect(v.inputs()).toEqual({ ...DEFAULT_ECS, launchType: 'EC2', networkMode: 'bridge' });
  });

  it('keeps each number within the view\'s range, whole where it must be', () => {
    const v = start();
    v.actions.chooseLaunchType('EC2');
    v.actions.defineService({ desiredCount: 99, azCount: 0 });
    v.actions.defineContainer({ port: 80.6 });
    v.actions.defineTask({ memoryMiB: 100 });
    v.actions.describeWorkload({ hoursPerDay: 30, utilisationPercent: 150, ec2UsdPerHour: -2, ec2Vcpu: 2.4, ec2MemoryGB: 7.5 });
    expect(v.inputs()).toMatchObject({
      desiredCount: 50, azCount: 1, hoursPerDay: 24, port: 81, memoryMiB: 512, utilisationPercent: 100, ec2UsdPerHour: 0, ec2Vcpu: 2, ec2MemoryGB: 7.5,
    });
  });

  it('keeps the value it had for a number that is not finite, and cuts a long image to 200 characters', () => {
    const v = start();
    v.actions.defineService({ desiredCount: Number.NaN });
    v.actions.describeWorkload({ hoursPerDay: Number.POSITIVE_INFINITY });
    v.actions.defineContainer({ image: 'x'.repeat(300) });
    expect(v.inputs()).toMatchObject({ desiredCount: 3, hoursPerDay: 24, image: 'x'.repeat(200) });
  });

  it('moves the memory to the nearest one a new CPU allows on Fargate, and leaves it alone on EC2', () => {
    const v = start();
    v.actions.chooseTaskCpu(2_048);
    expect(v.inputs()).toMatchObject({ cpuUnits: '2048', memoryMiB: 4_096 });
    v.actions.defineTask({ memoryMiB: 9_216 });
    v.actions.chooseTaskCpu(1_024);
    expect(v.inputs()).toMatchObject({ cpuUnits: '1024', memoryMiB: 8_192 });
    v.actions.chooseTaskCpu(256);
    expect(v.inputs()).toMatchObject({ cpuUnits: '256', memoryMiB: 2_048 });
    expect(v.messages()).toEqual([]);
    v.actions.chooseLaunchType('EC2');
    v.actions.defineTask({ memoryMiB: 3_000 });
    v.actions.chooseTaskCpu(4_096);
    expect(v.inputs()).toMatchObject({ cpuUnits: '4096', memoryMiB: 3_000 });
  });

  it('replaces a pair Fargate does not have with the smallest size that covers it, and says why beside the controls', () => {
    const v = start();
    v.actions.chooseLaunchType('EC2');
    v.actions.defineTask({ memoryMiB: 5_120 });
    expect(v.inputs()).toMatchObject({ cpuUnits: '512', memoryMiB: 5_120 });
    v.actions.chooseLaunchType('FARGATE');
    expect(v.inputs()).toMatchObject({ launchType: 'FARGATE', cpuUnits: '1024', memoryMiB: 5_120 });
    expect(v.messages()).toEqual([
      'With 512 CPU units (0.5 vCPU), memory must be 1, 2, 3 or 4 GB (1,024-4,096 MiB); 5 GB is not one. Used 1,024 CPU units and 5,120 MiB.',
    ]);
    expect(noticesOf(v)).toEqual([]);
    v.actions.defineService({ desiredCount: 4 });
    expect(v.messages()).toEqual([]);
  });

  it('sets Fargate, awsvpc and the pair from a size of the Fargate table', () => {
    const v = start();
    v.actions.chooseLaunchType('EC2');
    v.actions.defineTask({ networkMode: 'bridge' });
    v.actions.chooseFargateSize(2_048, 8_192);
    expect(v.inputs()).toEqual({ ...DEFAULT_ECS, launchType: 'FARGATE', networkMode: 'awsvpc', cpuUnits: '2048', memoryMiB: 8_192 });
  });

  it('goes back to its starting values when the view is reset', () => {
    const v = start();
    v.actions.chooseLaunchType('EC2');
    v.actions.defineService({ desiredCount: 9 });
    v.store.getState().resetView('ecs');
    expect(v.inputs()).toEqual(DEFAULT_ECS);
  });
});

describe('an ECS link with a Fargate size the table does not have', () => {
  it('opens on the smallest size that covers it, with a notice item saying why', () => {
    const v = start('#/ecs?lt=FARGATE&cpu=512&mem=9000');
    expect(v.inputs()).toEqual({ ...DEFAULT_ECS, cpuUnits: '2048', memoryMiB: 9_216 });
    const notices = noticesOf(v);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.title).toBe(LINK_NOTICE);
    expect(notices[0]!.items).toEqual([
      'With 512 CPU units (0.5 vCPU), memory must be 1, 2, 3 or 4 GB (1,024-4,096 MiB); 9,000 MiB is not one. Used 2,048 CPU units and 9,216 MiB.',
    ]);
  });

  it('adds the task-size item to the link\'s notice after the link\'s other problems', () => {
    const v = start('#/ecs?count=99&cpu=512&mem=9000');
    const notices = noticesOf(v);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.items).toEqual([
      'count 99 is outside 0 to 50 tasks: used 50 tasks',
      'With 512 CPU units (0.5 vCPU), memory must be 1, 2, 3 or 4 GB (1,024-4,096 MiB); 9,000 MiB is not one. Used 2,048 CPU units and 9,216 MiB.',
    ]);
  });

  it('leaves a valid size, and any size on EC2, alone', () => {
    expect(noticesOf(start('#/ecs?cpu=2048&mem=9216'))).toEqual([]);
    const ec2 = start('#/ecs?lt=EC2&cpu=512&mem=9000');
    expect(ec2.inputs()).toMatchObject({ cpuUnits: '512', memoryMiB: 9_000 });
    expect(noticesOf(ec2)).toEqual([]);
  });
});

describe('the External launch type across an edition switch', () => {
  it('becomes Fargate in SAA-C02 with a notice, writes a link SAA-C02 accepts, and comes back in current AWS', () => {
    const v = start('#/ecs?edition=current&lt=EXTERNAL');
    expect(v.inputs().launchType).toBe('EXTERNAL');
    v.store.getState().switchEdition('saa-c02');
    expect(v.inputs()).toEqual(DEFAULT_ECS);
    expect(noticesOf(v).map((n) => [n.title, n.items])).toEqual([
      ['Switching to SAA-C02 (2021) changed some values', [`Launch type set to FARGATE: ${EXTERNAL_LATER}.`]],
    ]);
    const link = v.link();
    expect(link).toMatch(/^#\/ecs\?edition=saa-c02&lt=FARGATE&/);
    expect(decodeQuery(ecsState, link.slice(link.indexOf('?') + 1)).problems).toEqual([]);
    const reopened = createAppStore({ catalogue: CATALOGUE, hash: link, definitions: [ecsState] });
    expect(reopened.getState().notices).toEqual([]);
    expect(reopened.getState().views.ecs!.inputs).toEqual(DEFAULT_ECS);
    v.store.getState().switchEdition('current');
    expect(v.inputs()).toEqual({ ...DEFAULT_ECS, launchType: 'EXTERNAL' });
  });

  it('fits the size to Fargate in SAA-C02 and restores External\'s own size and later choices in current AWS', () => {
    const v = start('#/ecs?edition=current&lt=EXTERNAL&net=bridge&cpu=512&mem=5000');
    v.store.getState().switchEdition('saa-c02');
    expect(v.inputs()).toMatchObject({ launchType: 'FARGATE', networkMode: 'bridge', cpuUnits: '1024', memoryMiB: 5_120 });
    expect(noticesOf(v)[0]!.items).toEqual([
      `Launch type set to FARGATE: ${EXTERNAL_LATER}.`,
      'With 512 CPU units (0.5 vCPU), memory must be 1, 2, 3 or 4 GB (1,024-4,096 MiB); 5,000 MiB is not one. Used 1,024 CPU units and 5,120 MiB.',
    ]);
    v.actions.defineService({ desiredCount: 5 });
    v.store.getState().switchEdition('current');
    expect(v.inputs()).toEqual({ ...DEFAULT_ECS, launchType: 'EXTERNAL', networkMode: 'bridge', cpuUnits: '512', memoryMiB: 5_000, desiredCount: 5 });
  });
});
