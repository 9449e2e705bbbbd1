import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ecsView from '../../../src/features/ecs';
import type { EcsInputs } from '../../../src/features/ecs/params';
import type { AppStore } from '../../../src/store/create-app-store';
import { renderView } from '../../support/render-with-store';

const region = (name: string) => screen.getByRole('region', { name });
const choose = (group: string, option: string | RegExp) =>
  fireEvent.click(within(screen.getByRole('group', { name: group })).getByRole('radio', { name: option }));
/** Types into a number box and leaves it, as a person does: the box applies values on leaving. */
function typeNumber(name: string, value: string) {
  const box = screen.getByRole('spinbutton', { name });
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value } });
  fireEvent.blur(box);
}
const inputsOf = (store: AppStore) => store.getState().views.ecs!.inputs as EcsInputs;
const accepted = () => screen.queryByText('ECS would accept this: every definition is complete.');
const refusals = () => within(screen.getByRole('status', { name: 'What ECS would refuse' })).getAllByRole('listitem').map((li) => li.textContent);
/** The tasks drawn in each AZ of the service, in AZ order. */
function tasksPerAz(): Record<string, number> {
  const cluster = screen.getByRole('group', { name: 'Cluster' });
  return Object.fromEntries(['us-east-1a', 'us-east-1b', 'us-east-1c']
    .filter((az) => within(cluster).queryByText(az))
    .map((az) => [az, within(within(cluster).getByText(az).parentElement!).queryAllByRole('listitem').length]));
}
/** The month's cost a card of the cost panel shows ("Fargate", "EC2 mode"), in dollars. */
function monthlyUsd(card: 'Fargate' | 'EC2 mode'): number {
  const dt = within(region('What the service costs: Fargate or EC2 mode')).getByText(card, { selector: 'dt' });
  const amount = dt.nextElementSibling!.textContent!;
  expect(amount).toMatch(/^\$[\d,]+\.\d{2}$/);
  return Number(amount.replace(/[$,]/g, ''));
}
const launchTypes = () => within(screen.getByRole('group', { name: 'Launch type (cluster capacity)' })).getAllByRole('radio')
  .map((r) => r.closest('label')!.textContent);

describe('building an ECS service', () => {
  it('accepts the default Fargate service: three tasks of 0.5 vCPU and 1 GB', () => {
    renderView(ecsView);
    expect(screen.getByRole('heading', { level: 1, name: 'ECS on EC2 and on Fargate' })).toBeInTheDocument();
    expect(accepted()).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'What ECS would refuse' })).toBeNull();
    expect(screen.getByText(/^Service "web": 3 tasks behind a load balancer$/)).toBeInTheDocument();
  });

  it('refuses the bridge network mode on Fargate, which needs awsvpc', () => {
    renderView(ecsView);
    choose('Network mode', 'bridge');
    expect(accepted()).toBeNull();
    expect(refusals()).toEqual(['Fargate requires the awsvpc network mode (each task gets its own ENI in your VPC); bridge is not allowed.']);
    choose('Network mode', /^awsvpc/);
    expect(accepted()).toBeInTheDocument();
  });

  it('explains the memory rule for 512 CPU units and keeps 1 GB when 5,120 MiB is typed', () => {
    const { store } = renderView(ecsView);
    typeNumber('Task memory (MiB)', '5120');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'With 512 CPU units (0.5 vCPU), memory must be 1, 2, 3 or 4 GB (1,024-4,096 MiB); 5 GB is not one. Not applied: 1,024 MiB kept.',
    );
    expect(inputsOf(store).memoryMiB).toBe(1_024);
    expect(screen.getByRole('spinbutton', { name: 'Task memory (MiB)' })).toHaveValue(1_024);
    expect(accepted()).toBeInTheDocument();
  });

  it('applies a memory the CPU allows', () => {
    const { store } = renderView(ecsView);
    typeNumber('Task memory (MiB)', '3072');
    expect(inputsOf(store).memoryMiB).toBe(3_072);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByText(/^Task \(0\.5 vCPU, 3 GB\)/)).toHaveLength(3);
  });

  it('sets the task\'s CPU and memory from a memory button of the Fargate sizes panel', () => {
    const { store } = renderView(ecsView);
    const sizes = region('Fargate task sizes');
    const eight = within(within(sizes).getByRole('group', { name: 'Memory for 2 vCPU' })).getByRole('button', { name: '8 GB' });
    expect(eight).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(eight);
    expect(inputsOf(store)).toMatchObject({ launchType: 'FARGATE', cpuUnits: '2048', memoryMiB: 8_192 });
    expect(eight).toHaveAttribute('aria-pressed', 'true');
    expect(within(within(sizes).getByRole('group', { name: 'Memory for 0.5 vCPU' })).getByRole('button', { name: '1 GB' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('radio', { name: /^2 vCPU/ })).toBeChecked();
    expect(screen.getByRole('spinbutton', { name: 'Task memory (MiB)' })).toHaveValue(8_192);
    expect(screen.getAllByText(/^Task \(2 vCPU, 8 GB\)/)).toHaveLength(3);
    expect(accepted()).toBeInTheDocument();
  });

  it('spreads 5 desired tasks over 3 AZs as 2, 2 and 1', () => {
    renderView(ecsView);
    expect(tasksPerAz()).toEqual({ 'us-east-1a': 1, 'us-east-1b': 1, 'us-east-1c': 1 });
    typeNumber('Desired tasks (tasks)', '5');
    expect(tasksPerAz()).toEqual({ 'us-east-1a': 2, 'us-east-1b': 2, 'us-east-1c': 1 });
    typeNumber('AZs to spread over (AZs)', '2');
    expect(tasksPerAz()).toEqual({ 'us-east-1a': 3, 'us-east-1b': 2 });
  });
});

describe('what the service costs', () => {
  it('prices the month on Fargate and in EC2 mode, and both follow the hours a day the tasks run', () => {
    renderView(ecsView);
    // 3 tasks × 720 h × (0.5 × $0.04048 + 1 × $0.004445); one m5.large-sized instance in each of the 3 AZs × 720 h × $0.096.
    expect(monthlyUsd('Fargate')).toBe(53.32);
    expect(monthlyUsd('EC2 mode')).toBe(207.36);
    typeNumber('Hours a day the tasks run (h)', '8');
    expect(monthlyUsd('Fargate')).toBe(17.77);
    // Instances that run all day cost the same whatever the tasks do...
    expect(monthlyUsd('EC2 mode')).toBe(207.36);
    // ...and only the hours the tasks run once they stop with them.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Instances run all day, whether tasks run or not' }));
    expect(monthlyUsd('EC2 mode')).toBe(69.12);
  });

  it('shows the notes\' advice, marking which of it fits the numbers', () => {
    renderView(ecsView);
    const cost = region('What the service costs: Fargate or EC2 mode');
    const advice = (text: RegExp) => within(cost).getByText(text).closest('[role="note"]')!;
    expect(advice(/^Small, bursty or batch workloads: Fargate/)).toHaveTextContent(/^The notes' advice fits these numbers/);
    expect(advice(/^A large workload and a price-conscious business: EC2 mode/)).toHaveTextContent(/^The notes' advice does not apply to these numbers/);
    // Far cheaper instances make EC2 mode the cheaper one, and the Fargate advice stops fitting.
    typeNumber('Instance price (USD per hour)', '0.01');
    expect(monthlyUsd('EC2 mode')).toBeLessThan(monthlyUsd('Fargate'));
    expect(advice(/^Small, bursty or batch workloads: Fargate/)).toHaveTextContent(/^The notes' advice does not apply to these numbers/);
  });
});

describe('launch types by edition', () => {
  it('offers EC2 and Fargate only in the 2021 edition', () => {
    renderView(ecsView);
    expect(launchTypes()).toEqual(['EC2', 'Fargate']);
    expect(within(region('Launch types side by side')).getAllByRole('columnheader').map((h) => h.textContent).filter((t) => t && t !== 'Aspect')).toEqual(['EC2', 'Fargate']);
  });

  it('adds External (ECS Anywhere) in the current edition', () => {
    renderView(ecsView, { hash: '#/ecs?edition=current' });
    expect(launchTypes()).toEqual(['EC2', 'Fargate', 'External (ECS Anywhere)']);
    expect(within(region('Launch types side by side')).getByRole('columnheader', { name: 'External (ECS Anywhere)' })).toBeInTheDocument();
    choose('Launch type (cluster capacity)', 'External (ECS Anywhere)');
    expect(refusals()).toEqual([
      'External (ECS Anywhere) does not support the awsvpc network mode: use bridge or host.',
      'External instances (ECS Anywhere) do not support service load balancing.',
    ]);
  });
});

describe('a Fargate size the table does not have', () => {
  it('is replaced on opening a link by the smallest size that covers it, with a notice saying why', () => {
    const { store } = renderView(ecsView, { hash: '#/ecs?lt=FARGATE&cpu=512&mem=9000' });
    expect(inputsOf(store)).toMatchObject({ cpuUnits: '2048', memoryMiB: 9_216 });
    const { notices } = store.getState();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.title).toBe('Some values in the link could not be used');
    expect(notices[0]!.items).toEqual([
      'With 512 CPU units (0.5 vCPU), memory must be 1, 2, 3 or 4 GB (1,024-4,096 MiB); 9,000 MiB is not one. Used 2,048 CPU units and 9,216 MiB.',
    ]);
    expect(screen.getAllByText(/^Task \(2 vCPU, 9 GB\)/)).toHaveLength(3);
    expect(accepted()).toBeInTheDocument();
  });

  it('leaves a valid size, and any size on EC2, alone', () => {
    const valid = renderView(ecsView);
    expect(valid.store.getState().notices).toEqual([]);
    valid.unmount();
    const ec2 = renderView(ecsView, { hash: '#/ecs?lt=EC2&cpu=512&mem=9000' });
    expect(inputsOf(ec2.store)).toMatchObject({ cpuUnits: '512', memoryMiB: 9_000 });
    expect(ec2.store.getState().notices).toEqual([]);
  });

  it('is replaced when an EC2 task moves to Fargate, saying why beside the task definition', () => {
    const { store } = renderView(ecsView);
    choose('Launch type (cluster capacity)', 'EC2');
    typeNumber('Task memory (MiB)', '5120');
    expect(screen.getAllByText(/^Task \(0\.5 vCPU, 5 GB\)/)).toHaveLength(3);
    choose('Launch type (cluster capacity)', 'Fargate');
    expect(screen.getByText('With 512 CPU units (0.5 vCPU), memory must be 1, 2, 3 or 4 GB (1,024-4,096 MiB); 5 GB is not one. Used 1,024 CPU units and 5,120 MiB.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^1 vCPU/ })).toBeChecked();
    expect(screen.getAllByText(/^Task \(1 vCPU, 5 GB\)/)).toHaveLength(3);
    expect(store.getState().notices).toEqual([]);
  });
});

describe('a configuration ECS refuses (Fargate with bridge)', () => {
  it('draws no running task and no load balancer, prices nothing, and says what would run', () => {
    renderView(ecsView, { hash: '#/ecs?lt=FARGATE&net=bridge' });
    expect(refusals()).toEqual(['Fargate requires the awsvpc network mode (each task gets its own ENI in your VPC); bridge is not allowed.']);
    const cluster = screen.getByRole('group', { name: 'Cluster' });
    expect(within(cluster).queryAllByRole('listitem')).toHaveLength(0);
    expect(within(cluster).getAllByText('No task')).toHaveLength(3);
    expect(within(cluster).getByText('Service "web": refused, no task runs (3 asked for)')).toBeInTheDocument();
    expect(within(cluster).queryByText(/behind a load balancer/)).toBeNull();
    expect(within(cluster).queryByLabelText('Load balancer')).toBeNull();
    const would = 'With awsvpc these 3 tasks would run: 3 tasks of 0.5 vCPU and 1 GB on Fargate, one in each of us-east-1a, us-east-1b and us-east-1c, behind a load balancer.';
    expect(screen.getAllByText(would)).toHaveLength(2);
    const cost = region('What the service costs: Fargate or EC2 mode');
    expect(within(cost).queryByText('Fargate', { selector: 'dt' })).toBeNull();
    expect(within(cost).queryByText(/^\$[\d,]+\.\d{2}$/)).toBeNull();
    expect(within(cost).getByRole('status', { name: 'Not priced' })).toHaveTextContent(/^Not priced: ECS would refuse this service/);
  });

  it('runs and prices the 3 tasks once the person takes awsvpc', () => {
    const { store } = renderView(ecsView, { hash: '#/ecs?lt=FARGATE&net=bridge' });
    fireEvent.click(screen.getByRole('button', { name: 'Use awsvpc' }));
    expect(inputsOf(store).networkMode).toBe('awsvpc');
    expect(accepted()).toBeInTheDocument();
    expect(tasksPerAz()).toEqual({ 'us-east-1a': 1, 'us-east-1b': 1, 'us-east-1c': 1 });
    expect(monthlyUsd('Fargate')).toBe(53.32);
  });
});

describe('Fargate sizes by edition (aws-facts §11)', () => {
  const cpuChoices = () => within(screen.getByRole('group', { name: 'CPU' })).getAllByRole('radio').map((r) => r.closest('label')!.textContent);
  it('offers up to 4 vCPU and 30 GB in SAA-C02, with 8 and 16 vCPU in current AWS', () => {
    const { store } = renderView(ecsView);
    expect(cpuChoices()).toEqual(['0.25 vCPU256 units', '0.5 vCPU512 units', '1 vCPU1024 units', '2 vCPU2048 units', '4 vCPU4096 units']);
    const sizes = region('Fargate task sizes');
    expect(within(sizes).queryByRole('group', { name: 'Memory for 8 vCPU' })).toBeNull();
    expect(within(sizes).getByText(/^The 2021 sizes: up to 4 vCPU and 30 GB\./)).toBeInTheDocument();
    act(() => store.getState().switchEdition('current'));
    expect(cpuChoices()).toHaveLength(7);
    fireEvent.click(within(within(region('Fargate task sizes')).getByRole('group', { name: 'Memory for 8 vCPU' })).getByRole('button', { name: '16 GB' }));
    expect(inputsOf(store)).toMatchObject({ cpuUnits: '8192', memoryMiB: 16_384 });
    // Back to 2021: the task becomes the largest 2021 size that holds it, and comes back afterwards.
    act(() => store.getState().switchEdition('saa-c02'));
    expect(inputsOf(store)).toMatchObject({ cpuUnits: '4096', memoryMiB: 16_384 });
    expect(accepted()).toBeInTheDocument();
    act(() => store.getState().switchEdition('current'));
    expect(inputsOf(store)).toMatchObject({ cpuUnits: '8192', memoryMiB: 16_384 });
  });
});

describe('ECS Managed Instances', () => {
  const columns = () => within(region('Launch types side by side')).getAllByRole('columnheader').map((h) => h.textContent).filter((t) => t && t !== 'Aspect');
  it('sits beside the launch types in current AWS, in the table and the builder, and not in SAA-C02', () => {
    const saa = renderView(ecsView);
    expect(columns()).toEqual(['EC2', 'Fargate']);
    expect(screen.queryByText(/ECS Managed Instances \(capacity option/)).toBeNull();
    saa.unmount();
    renderView(ecsView, { hash: '#/ecs?edition=current' });
    expect(columns()).toEqual(['EC2', 'Fargate', 'External (ECS Anywhere)', 'ECS Managed Instances (capacity option, 2025)']);
    expect(screen.getByText(/^Also in current AWS: ECS Managed Instances \(capacity option, 2025\)\. AWS: EC2 instances/)).toBeInTheDocument();
    expect(launchTypes()).toEqual(['EC2', 'Fargate', 'External (ECS Anywhere)']);
  });
});

describe('sources a person can open', () => {
  it('links the Fargate prices, the EC2-mode price and each launch type to their pages, in a new tab', () => {
    renderView(ecsView);
    const cost = region('What the service costs: Fargate or EC2 mode');
    const vantage = within(cost).getByRole('link', { name: /^vantage\.sh\/blog\/fargate-pricing/ });
    expect(vantage).toHaveAttribute('href', 'https://vantage.sh/blog/fargate-pricing');
    expect(vantage).toHaveAttribute('target', '_blank');
    // The m5.large price has no AWS page: nothing links beside "no AWS page found".
    expect(within(cost).getByText(/as many independent public code fixtures give it; no AWS page found/)).toBeInTheDocument();
    expect(within(cost).queryAllByRole('link').some((a) => a.getAttribute('href') === 'https://aws.amazon.com/ec2/pricing/')).toBe(false);
    expect(within(cost).queryByText(/aws-facts|not in aws-facts\.md/)).toBeNull();
    const types = region('Launch types side by side');
    expect(within(types).getAllByRole('link', { name: /^ECS23 launch_types\.md/ })).toHaveLength(2);
    expect(within(region('Fargate task sizes')).getByRole('link', { name: /^ECS23 AWS_Fargate\.md/ })).toHaveAttribute('target', '_blank');
  });
});
