/**
 * What a cold reviewer found in the containers view: a second image with no layer of its own,
 * a footnote naming not every assumption, layers built from lines with errors, size boxes that
 * changed bad values silently, and wording.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import containersView from '../../../src/features/containers';
import { renderView } from '../../support/render-with-store';

const region = (name: string) => screen.getByRole('region', { name });
function instructionEffects(): [number, string][] {
  const table = screen.getByRole('table', { name: 'What each instruction does' });
  return within(table).getAllByRole('row').slice(1).map((row) => {
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent!);
    return [Number(cells[0]), cells[2]!];
  });
}

describe('the broken sample', () => {
  it('builds no layer from a line with an error, and says Docker stops at the first error', () => {
    renderView(containersView, { hash: '#/containers?sample=broken' });
    expect(instructionEffects()).toEqual([
      [1, 'error: not built'], [2, 'a layer'], [4, 'error: not built'], [5, 'error: not built'], [6, 'error: not built'], [7, 'metadata only'],
    ]);
    expect(screen.getByText(/^Docker stops at the first error \(line 1\): this Dockerfile builds no image\./)).toBeInTheDocument();
    const stack = region('The image\'s layer stack');
    expect(within(stack).getAllByRole('spinbutton').map((b) => b.getAttribute('aria-label'))).toEqual(['Size of layer 1 (line 2), MB']);
  });

  it('keeps its table headers apart on a narrow screen', () => {
    renderView(containersView);
    const headers = within(screen.getByRole('table', { name: 'What each instruction does' })).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Line', 'Instruction', 'Effect']);
    for (const h of headers.slice(0, -1)) expect(h.className).toMatch(/\bpr-3\b/);
  });
});

describe('a layer size box', () => {
  it('does not apply a size below 0 or above 100,000 MB, and says what it kept', () => {
    renderView(containersView);
    const name = 'Size of layer 2 (line 4), MB';
    const kept = Number((screen.getByRole('spinbutton', { name }) as HTMLInputElement).value);
    fireEvent.change(screen.getByRole('spinbutton', { name }), { target: { value: '-5' } });
    expect(screen.getByRole('alert')).toHaveTextContent(`Not applied: -5 MB is not from 0 to 100,000 MB; kept ${kept} MB.`);
    fireEvent.change(screen.getByRole('spinbutton', { name }), { target: { value: '500000' } });
    expect(screen.getByRole('alert')).toHaveTextContent(`Not applied: 500000 MB is not from 0 to 100,000 MB; kept ${kept} MB.`);
    fireEvent.blur(screen.getByRole('spinbutton', { name }));
    expect(screen.getByRole('spinbutton', { name })).toHaveValue(kept);
    fireEvent.change(screen.getByRole('spinbutton', { name }), { target: { value: '12' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('spinbutton', { name })).toHaveValue(12);
  });
});

describe('the VM footnote', () => {
  it('lists every assumption, the host OS on both sides, and promises no edit', () => {
    renderView(containersView);
    const panel = region('Virtual machines against containers');
    const note = within(panel).getByText(/^Every figure besides your apps' is an assumption:/);
    expect(note).toHaveTextContent("each guest OS 1,024 MB of memory and 4,000 MB of disk, booting in 45 s; the host OS 1,024 MB of memory and 4,000 MB of disk, counted once on both sides; the container engine 100 MB of memory; a container starting in 1 s; the hypervisor's own overhead left out");
    expect(note.textContent).not.toMatch(/edit them/);
  });
});

describe('wording', () => {
  it('says "1 layer comes down" and one COPY of two files', () => {
    renderView(containersView, { hash: '#/containers?sample=notes-apache' });
    expect(within(region('A registry: push and pull by layer')).getByText(/^1 layer comes down \(/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'A Node.js web app' }));
    expect(within(region('The image\'s layer stack')).getByText(/COPY package\.json and package-lock\.json \(sizes: explorer's assumption\)/)).toBeInTheDocument();
  });
});
