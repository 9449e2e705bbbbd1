import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import amiView from '../../../src/features/ami';
import { renderView } from '../../support/render-with-store';

const steps = () => screen.getByRole('group', { name: 'AMI steps' });
/** What a screen reader reads for the step on screen: the stepper's live caption. */
/** What a person reads for the step: the stepper's caption (title, and a refusal) and the explanation under it. */
const caption = () => {
  const title = within(steps()).getByText(/^Step \d+ of \d+:/).closest('p')!;
  const words = document.createElement('div');
  words.textContent = `${title.textContent ?? ''} ${title.nextElementSibling?.textContent ?? ''}`;
  return words;
};
/** Jump to step `n` (counted from 1) with the list of steps. */
const goTo = (n: number) => fireEvent.click(within(steps()).getByRole('button', { name: new RegExp(`^${n}\\. `) }));
/** The refusal drawn above the stage (the caption's own "Refused:" is a span, not a paragraph). */
const stageRefusal = () => within(steps()).queryByText(/^Refused:/, { selector: 'p' });
const region = (name: string) => screen.getByRole('region', { name: `Region ${name}` });
const choose = (group: string, option: RegExp | string) =>
  fireEvent.click(within(screen.getByRole('group', { name: group })).getByRole('radio', { name: option }));

const MAPPING = /^Block device mapping of ami-0[0-9a-f]{16}$/;
/** How the drawing prints an id: its prefix and last four hex digits. */
const shortOf = (id: string) => `${id.split('-')[0]}-…${id.slice(-4)}`;
/** Your AMI's mapping table in a Region (not the Amazon-provided AMI's), by its caption. */
function yourMapping(regionName = 'us-east-1') {
  const tables = within(region(regionName)).getAllByRole('table', { name: MAPPING });
  const yours = tables.filter((t) => t.parentElement!.textContent!.includes('app-server-v1'));
  expect(yours).toHaveLength(1);
  return yours[0]!;
}
/** The Amazon-provided AMI's mapping table (root device only). */
const amazonMapping = () => within(region('us-east-1')).getAllByRole('table', { name: MAPPING })
  .find((t) => t.parentElement!.textContent!.includes('(Amazon)'))!;
const amiIdOf = (table: HTMLElement) => table.querySelector('caption')!.textContent!.replace('Block device mapping of ', '');
/** Each mapping row as [device, snapshot id, size GiB]. */
function mappingRows(table: HTMLElement): [string, string, number][] {
  return within(table).getAllByRole('row').slice(1).map((row) => {
    const [device, snapshot] = within(row).getAllByRole('cell');
    const [, short, size] = /^(snap-…[0-9a-f]{4}) \((\d+) GiB\)$/.exec(snapshot!.textContent!)!;
    const id = within(snapshot!).getByText(short!).getAttribute('title')!;
    expect(id).toMatch(/^snap-0[0-9a-f]{16}$/);
    expect(short).toBe(shortOf(id));
    return [device!.textContent!, id, Number(size)];
  });
}
/** The card of an instance whose description starts with `described` ("Your instance from ami-..."). */
function instanceCard(described: string) {
  const cards = screen.getAllByText((_, el) => el?.tagName === 'P' && el.textContent!.startsWith(described));
  expect(cards).toHaveLength(1);
  return cards[0]!.parentElement!;
}
const volumeLines = (card: HTMLElement) => within(card).getAllByRole('listitem').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

const billing = () => within(screen.getByRole('region', { name: 'What the AMI costs at this step' })).getByRole('table', { name: 'Snapshot storage per Region' });
/** The billing table as rows of cell text. */
const bill = () => within(billing()).getAllByRole('row').slice(1).map((row) => within(row).queryAllByRole('cell').map((c) => c.textContent!));

describe('the AMI walkthrough', () => {
  it('opens on its first step: an instance launched from an Amazon-provided AMI', () => {
    renderView(amiView);
    expect(screen.getByRole('heading', { level: 1, name: 'The AMI lifecycle' })).toBeInTheDocument();
    expect(caption()).toHaveTextContent(/^Step 1 of 10: Launch from an Amazon AMI\. Instance i-0[0-9a-f]{16} starts in us-east-1a from ami-0[0-9a-f]{16}, an Amazon-provided AMI: its root volume vol-0[0-9a-f]{16} \(\/dev\/xvda, 8 GiB\)/);
    expect(within(within(steps()).getByRole('list', { name: 'Steps' })).getAllByRole('listitem')).toHaveLength(10);
    expect(stageRefusal()).toBeNull();
  });

  it('reaches "Try to edit the AMI" with Next and the arrow keys, and shows the refusal in the caption and on the stage', () => {
    renderView(amiView);
    fireEvent.click(within(steps()).getByRole('button', { name: 'Next' }));
    expect(caption()).toHaveTextContent(/^Step 2 of 10: Configure the instance\./);
    fireEvent.keyDown(steps(), { key: 'ArrowRight' });
    expect(caption()).toHaveTextContent(/^Step 3 of 10: Create an image \(AMI baking\)\./);
    expect(stageRefusal()).toBeNull();
    fireEvent.keyDown(steps(), { key: 'ArrowRight' });
    expect(caption()).toHaveTextContent(/^Step 4 of 10: Try to edit the AMI\. Refused: .* You try to change ami-0[0-9a-f]{16} once it is registered/);
    expect(caption()).toHaveTextContent('Refused: An AMI cannot be edited: launch an instance from it, change that, and create a new AMI (AMI baking)');
    expect(stageRefusal()).toHaveTextContent('✕ Refused: An AMI cannot be edited');
    fireEvent.keyDown(steps(), { key: 'ArrowLeft' });
    expect(caption()).toHaveTextContent(/^Step 3 of 10:/);
    expect(stageRefusal()).toBeNull();
  });

  it('launches an instance from your AMI with one volume per mapping entry, restored from the mapped snapshot', () => {
    renderView(amiView);
    goTo(5);
    expect(caption()).toHaveTextContent(/^Step 5 of 10: Launch from your AMI\./);
    const table = yourMapping();
    const rows = mappingRows(table);
    expect(rows.map(([device, , size]) => [device, size])).toEqual([['/dev/xvda', 8], ['/dev/xvdf', 100]]);
    const card = instanceCard(`Your instance from ${shortOf(amiIdOf(table))}`);
    const held: Record<string, number> = { '/dev/xvda': 3, '/dev/xvdf': 20 };
    expect(volumeLines(card)).toEqual(rows.map(([device, snap, size]) => `${device} EBS ${size} GiB, holds ${held[device]} GiB · from ${shortOf(snap)}`));
    // The instance the image was baked from kept its data volume, created empty.
    const first = instanceCard(`Your instance from ${shortOf(amiIdOf(amazonMapping()))}`);
    expect(first).not.toBe(card);
    expect(volumeLines(first)[1]).toBe('/dev/xvdf EBS 100 GiB, holds 20 GiB');
  });

  it('has no /dev/xvdf anywhere when no data volume is chosen', () => {
    renderView(amiView);
    goTo(5);
    expect(screen.getAllByText('/dev/xvdf').length).toBeGreaterThan(0);
    choose('EBS data volumes (/dev/xvdf, /dev/xvdg)', 'None');
    expect(caption()).toHaveTextContent(/^Step 5 of 10:/);
    expect(screen.queryAllByText('/dev/xvdf')).toEqual([]);
    expect(mappingRows(yourMapping()).map(([device]) => device)).toEqual(['/dev/xvda']);
  });

  it('lists instance store in the mapping of the AMI without a snapshot, and gives launched instances empty instance store volumes', () => {
    renderView(amiView);
    choose('Instance store volumes (chosen at launch)', 'One');
    const storeLines = () => screen.queryAllByText(/^instance store \(its data is never captured in an image\)$/, { selector: 'li' });
    expect(storeLines().map((li) => li.textContent)).toEqual(['ephemeral0 instance store (its data is never captured in an image)']);
    expect(instanceCard(`Your instance from ${shortOf(amiIdOf(amazonMapping()))}`)).toContainElement(storeLines()[0]!);
    goTo(3);
    expect(caption()).toHaveTextContent('the data on ephemeral0 was not captured');
    expect(yourMapping()).toHaveTextContent('ephemeral0instance store: no snapshot, comes back empty');
    goTo(5);
    expect(caption()).toHaveTextContent('Its instance store volume ephemeral0 comes back empty: its data was not captured.');
    expect(storeLines()).toHaveLength(2);
  });

  it('bills 23 GiB in us-east-1 once the image exists, as much again in us-west-2 after the copy, and the snapshots after deregistering', () => {
    renderView(amiView);
    expect(bill()).toEqual([['us-east-1', '0 GiB', '$0.00'], ['us-west-2', '0 GiB', '$0.00'], ['Total', '', '$0.00']]);
    goTo(3);
    expect(bill()).toEqual([['us-east-1', '23 GiB', '$1.15'], ['us-west-2', '0 GiB', '$0.00'], ['Total', '', '$1.15']]);
    goTo(7);
    expect(caption()).toHaveTextContent(/^Step 7 of 10: Copy the AMI to us-west-2\./);
    expect(bill()).toEqual([['us-east-1', '23 GiB', '$1.15'], ['us-west-2', '23 GiB', '$1.15'], ['Total', '', '$2.30']]);
    expect(screen.queryByText(/they stay billable until you delete them/)).toBeNull();
    goTo(10);
    expect(caption()).toHaveTextContent(/^Step 10 of 10: Deregister the AMI\./);
    // Both Regions are billed: the source's orphaned snapshots and the copy's.
    expect(caption()).toHaveTextContent("Every snapshot stays, billed at $0.05 per GB-month until you delete it: 23 GiB in us-east-1 ($1.15 a month, no AMI uses them now) and the copy's 23 GiB in us-west-2 ($1.15; the copy is unaffected and still launches): $2.30 a month in all.");
    expect(screen.getByText('Deregistering an AMI does not delete its snapshots: they stay billable until you delete them.')).toBeInTheDocument();
    expect(bill().map((row) => row.slice(1))).toEqual([['23 GiB', '$1.15'], ['23 GiB', '$1.15'], ['', '$2.30']]);
    // Only the source's snapshots are orphaned: the copy in us-west-2 is an AMI of its own.
    expect(bill().map((row) => row[0])).toEqual([expect.stringMatching(/^us-east-1\s*23 GiB in snapshots no AMI uses$/), 'us-west-2', 'Total']);
    expect(yourMapping().parentElement).toHaveTextContent('Deregistered: no one can launch it');
  });

  it('lets another account launch at step 9 once the AMI is public, and refuses while it is private', () => {
    renderView(amiView);
    goTo(9);
    expect(caption()).toHaveTextContent(/^Step 9 of 10: Another account tries to launch\./);
    expect(caption()).toHaveTextContent('Refused: Only your account may launch this AMI');
    expect(stageRefusal()).not.toBeNull();
    choose('Who may launch it', /^Public/);
    expect(caption()).toHaveTextContent(/^Step 9 of 10: Another account launches it\./);
    expect(caption()).not.toHaveTextContent('Refused');
    expect(stageRefusal()).toBeNull();
    const table = yourMapping();
    expect(instanceCard(`Another account's instance from ${shortOf(amiIdOf(table))}`)).toBeInTheDocument();
    expect(table.parentElement).toHaveTextContent('Launch permission: everyone (public)');
  });

  it('draws new ids with "New ids", staying on the same step', () => {
    renderView(amiView);
    goTo(3);
    const before = amiIdOf(yourMapping());
    expect(screen.getByText(/^Drawn from seed 2021,/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'New ids' }));
    const after = amiIdOf(yourMapping());
    expect(after).toMatch(/^ami-0[0-9a-f]{16}$/);
    expect(after).not.toBe(before);
    expect(screen.queryByText(/^Drawn from seed 2021,/)).toBeNull();
    expect(caption()).toHaveTextContent(new RegExp(`^Step 3 of 10: .*registers ${after} in us-east-1`));
  });

  it('opens a shared link on its step with its choices, and says when the data no longer fits a smaller volume', () => {
    renderView(amiView, { hash: '#/ami?boot=64&bootused=40&data=2&perm=public&step=9' });
    expect(caption()).toHaveTextContent(/^Step 9 of 10: Another account launches it\./);
    expect(within(screen.getByRole('group', { name: 'EBS data volumes (/dev/xvdf, /dev/xvdg)' })).getByRole('radio', { name: 'Two' })).toBeChecked();
    expect(screen.queryByRole('status')).toBeNull();
    const boot = screen.getByRole('spinbutton', { name: 'Root volume /dev/xvda, exact value in GiB' });
    fireEvent.focus(boot);
    fireEvent.change(boot, { target: { value: '16' } });
    fireEvent.keyDown(boot, { key: 'Enter' });
    expect(screen.getByRole('status')).toHaveTextContent('The boot volume\'s data (GiB) must be a whole number from 1 to 16: 40 became 16.');
    expect(screen.getByRole('slider', { name: 'Data on the root volume after configuring' })).toHaveAttribute('max', '16');
    expect(caption()).toHaveTextContent(/^Step 9 of 10:/);
  });

  it('shows the exam power-ups and the remark that an AMI does not capture instance store', () => {
    renderView(amiView);
    const tips = screen.getByRole('region', { name: 'Exam power-ups: AMIs' });
    expect(within(tips).getByText(/^An AMI cannot be edited: to update it, launch an instance from it/)).toBeInTheDocument();
    expect(within(tips).getByText(/^An AMI belongs to one Region and has a unique ID/)).toBeInTheDocument();
    expect(within(tips).getAllByText('The notes say')).toHaveLength(1);
    expect(within(tips).getByText(/Only the EBS volumes keep their data: an AMI does not capture instance store data/)).toBeInTheDocument();
  });

  it('prints ids short on the drawing, never broken, with the full id on hover and once in the caption', () => {
    renderView(amiView);
    goTo(3);
    const amiId = amiIdOf(yourMapping());
    const onDrawing = within(steps()).getAllByTitle(amiId);
    expect(onDrawing.length).toBeGreaterThan(0);
    for (const el of onDrawing) {
      expect(el).toHaveTextContent(new RegExp(`^ami-…${amiId.slice(-4)}$`));
      expect(el).toHaveClass('whitespace-nowrap');
      expect(el).not.toHaveClass('break-all');
    }
    expect(steps().querySelector('.break-all')).toBeNull();
    const text = caption().textContent!;
    expect(text.split(amiId)).toHaveLength(2);
    for (const id of text.match(/\b(ami|snap|vol|i)-0[0-9a-f]{16}\b/g) ?? []) expect(text.split(id), id).toHaveLength(2);
  });

  it('shows on the AMI what keeping it private changes at step 8: who may launch, and that nothing else does', () => {
    renderView(amiView);
    goTo(8);
    expect(caption()).toHaveTextContent(/^Step 8 of 10: Keep the AMI private\. Setting the launch permission of ami-0[0-9a-f]{16} to private changes nothing/);
    const amiId = amiIdOf(yourMapping());
    const who = within(region('us-east-1')).getByRole('list', { name: `Who may launch ${amiId}` });
    expect(within(who).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '✓ your account: may launch', '✕ accounts you name: may not launch', '✕ every AWS account: may not launch',
    ]);
    expect(who.parentElement).toHaveTextContent('Launch permission: your account only (this step)');
    goTo(7);
    expect(within(region('us-east-1')).getByRole('list', { name: `Who may launch ${amiId}` }).parentElement).not.toHaveTextContent('(this step)');
    choose('Who may launch it', /^Specific accounts/);
    goTo(8);
    const shared = within(region('us-east-1')).getByRole('list', { name: `Who may launch ${amiId}` });
    expect(within(shared).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '✓ your account: may launch', '✓ accounts you name: may launch', '✕ every AWS account: may not launch',
    ]);
  });

  it('links every source on the view to its page, opening in a new tab, the step sources too', () => {
    renderView(amiView);
    for (const n of [1, 3, 7, 10]) {
      goTo(n);
      const line = within(steps()).getByText(/^Source for this step:/);
      const links = within(line).getAllByRole('link');
      expect(links.length, `step ${n}`).toBeGreaterThan(0);
      for (const a of links) {
        expect(a).toHaveAttribute('target', '_blank');
        expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      }
    }
    goTo(7);
    expect(within(within(steps()).getByText(/^Source for this step:/)).getByRole('link', { name: /CopyingAMIs\.html/ }))
      .toHaveAttribute('href', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/CopyingAMIs.html');
    const bill = screen.getByRole('region', { name: 'What the AMI costs at this step' });
    expect(within(bill).getByRole('link', { name: /PRICE25/ })).toHaveAttribute('href', 'https://aws.amazon.com/ebs/pricing/');
    const tips = screen.getByRole('region', { name: 'Exam power-ups: AMIs' });
    expect(within(tips).getAllByRole('link', { name: /InstanceStorage\.md/ }).length).toBeGreaterThan(0);
  });

  it('says the Figures switch changes nothing here, and cites instance store only when the scenario has some', () => {
    renderView(amiView);
    expect(screen.getByText(/The Figures switch changes nothing here: the AMI figures .* are the same in both editions\./)).toBeInTheDocument();
    for (const n of [6, 9]) {
      goTo(n);
      expect(within(steps()).getByText(/^Source for this step:/).textContent, `step ${n}`).not.toMatch(/aws-facts §6/);
    }
  });

  it('reads the step out when it changes, not when a slider changes the sizes it quotes', () => {
    renderView(amiView, { hash: '#/ami?step=3' });
    const live = () => [...steps().querySelectorAll('[aria-live]')].map((n) => n.textContent).join(' | ');
    const before = live();
    expect(before).toMatch(/Step 3 of 10/);
    fireEvent.change(screen.getByRole('slider', { name: /^Data on the root volume/ }), { target: { value: '5' } });
    expect(caption()).toHaveTextContent(/5 GiB and snap-0[0-9a-f]{16} 20 GiB: 25 GiB of used data/);
    expect(live()).toBe(before);
    fireEvent.click(within(steps()).getByRole('button', { name: 'Next' }));
    expect(live()).toMatch(/Step 4 of 10/);
  });
});
