/**
 * What a cold reviewer found in the ECS view: a task bigger than any instance drawn and priced, the
 * 2021 "two modes" tip sourced to a page listing three, and remarks labelled "AWS:" whatever their source.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ecsView from '../../../src/features/ecs';
import type { EcsInputs } from '../../../src/features/ecs/params';
import { renderView } from '../../support/render-with-store';

const region = (name: string) => screen.getByRole('region', { name });
const BIG = '#/ecs?edition=saa-c02&lt=EC2&cpu=4096&mem=30720&net=bridge&count=5&azs=2';

describe('a task bigger than one EC2 instance', () => {
  it('is refused, drawn and priced nowhere, and says what would run with a fix button', () => {
    const { store } = renderView(ecsView, { hash: BIG });
    expect(screen.queryByText('ECS would accept this: every definition is complete.')).toBeNull();
    const refused = within(screen.getByRole('status', { name: 'What ECS would refuse' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(refused).toEqual(['A task of 4 vCPU and 30 GB is bigger than one container instance (2 vCPU, 8 GB): ECS places each task on one instance, so it cannot place this one. Choose a larger instance.']);
    expect(within(screen.getByRole('group', { name: 'Cluster' })).getAllByText('No task')).toHaveLength(2);
    const cost = region('What the service costs: Fargate or EC2 mode');
    expect(within(cost).getByRole('status', { name: 'Not priced' })).toHaveTextContent('With instances of 5 vCPU and 34 GB these 5 tasks would run');
    expect(within(cost).queryByText(/cheaper by/)).toBeNull();
    expect(screen.getAllByText('With instances of 5 vCPU and 34 GB these 5 tasks would run: 5 tasks of 4 vCPU and 30 GB on EC2, in us-east-1a (3) and us-east-1b (2), behind a load balancer.')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Use instances of 5 vCPU and 34 GB' }));
    expect((store.getState().views.ecs!.inputs as EcsInputs)).toMatchObject({ ec2Vcpu: 5, ec2MemoryGB: 34, cpuUnits: '4096', memoryMiB: 30_720 });
    expect(screen.getByText('ECS would accept this: every definition is complete.')).toBeInTheDocument();
    expect(within(cost).getByText(/EC2 mode: the peak \(20 vCPU, 150 GB\) needs 5 instances of 5 vCPU and 34 GB at 90% packing/)).toBeInTheDocument();
    expect(within(cost).queryByRole('alert')).toBeNull();
  });
});

describe('the exam tips in SAA-C02', () => {
  it('source "Two modes" to the notes alone and show the three-launch-types remark', () => {
    renderView(ecsView, { hash: '#/ecs?edition=saa-c02' });
    const tips = region('Exam tips: ECS');
    const twoModes = within(tips).getByText(/^Two modes: EC2 mode/).closest('li')!;
    expect(twoModes).toHaveTextContent('(the study notes, "ECS Cluster Mode")');
    expect(within(twoModes).queryAllByRole('link')).toEqual([]);
    expect(within(tips).getByText(/The notes say two; the ECS guide lists three launch types, including External/)).toBeInTheDocument();
  });

  it('label each correction with whose word it is, and print no bookkeeping', () => {
    renderView(ecsView, { hash: '#/ecs?edition=current' });
    const tips = region('Exam tips: ECS');
    const remark = (notes: RegExp) => within(tips).getByText(notes).closest('li')!.textContent!;
    expect(remark(/You only pay for the container resources you use/)).toMatch(/Third-party sources: Fargate bills the vCPU and memory/);
    expect(remark(/Each task is given an elastic network interface/)).toMatch(/AWS agrees: Fargate requires the awsvpc network mode/);
    expect(tips.textContent).not.toMatch(/AWS: Correct|AWS: Fargate bills|aws-facts|seed notes|Where the notes disagree"/);
    expect(within(tips).getAllByRole('link', { name: /^vantage\.sh\/blog\/fargate-pricing/ })[0]).toHaveAttribute('href', 'https://vantage.sh/blog/fargate-pricing');
  });
});
