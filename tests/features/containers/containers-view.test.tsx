import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import containersView from '../../../src/features/containers';
import { renderView } from '../../support/render-with-store';

const region = (name: string) => screen.getByRole('region', { name });
const dockerfileBox = () => screen.getByRole('textbox', { name: 'Dockerfile' });
const chooseSample = (name: string | RegExp) =>
  fireEvent.click(within(screen.getByRole('group', { name: 'Start from' })).getByRole('radio', { name }));
const type = (text: string) => fireEvent.change(dockerfileBox(), { target: { value: text } });

/** The instruction table as [line, keyword, effect], as a person reads it. */
function instructionRows(): [number, string, string][] {
  const table = screen.getByRole('table', { name: 'What each instruction does' });
  return within(table).getAllByRole('row').slice(1).map((row) => {
    const [line, instruction, effect] = within(row).getAllByRole('cell').map((c) => c.textContent!);
    return [Number(line), instruction!.split(' ')[0]!, effect!];
  });
}
/** The stack's layers, each by the size box it draws ("Size of layer 2 (line 4), MB"). */
const layerSizeBoxes = () => within(region('The image\'s layer stack')).queryAllByRole('spinbutton', { name: /^Size of layer \d+ \(line \d+\), MB$/ });
const layerLines = () => layerSizeBoxes().map((box) => Number(/\(line (\d+)\)/.exec(box.getAttribute('aria-label')!)![1]));
/** "Image size: 123.4 MB in 4 layers." as its MB. */
function imageSizeMB(): number {
  const p = within(region('The image\'s layer stack')).getByText(/^Image size: /);
  return Number(/^Image size: ([\d,.]+) MB/.exec(p.textContent!)![1]!.replace(/,/g, ''));
}
/** The figure beside a label ("Memory" → 7,680) in the box under a heading of the VM panel. */
function barFigure(heading: RegExp, label: string): string {
  const box = within(region('Virtual machines against containers')).getByRole('heading', { level: 3, name: heading }).parentElement!;
  return within(box).getByText(label).nextElementSibling!.textContent!;
}
/** A figure of the host panel ("Saved by sharing layers") as MB. */
function hostFigureMB(term: string): number {
  const dd = within(region('Containers on one host')).getByText(term).nextElementSibling!;
  return Number(dd.textContent!.replace(/ MB$/, '').replace(/,/g, ''));
}
const containerCards = () => within(screen.getByRole('list', { name: 'Containers' })).getAllByText(/^app-\d+: its own read\/write layer/);

describe('the Dockerfile panel', () => {
  it('marks the Node sample\'s FROM, COPY and RUN lines as layers and the rest as metadata only', () => {
    renderView(containersView);
    expect(screen.getByRole('heading', { level: 1, name: 'Containers and image layers' })).toBeInTheDocument();
    expect(instructionRows()).toEqual([
      [2, 'FROM', 'a layer'],
      [3, 'WORKDIR', 'metadata only'],
      [4, 'COPY', 'a layer'],
      [5, 'RUN', 'a layer'],
      [7, 'COPY', 'a layer'],
      [8, 'ENV', 'metadata only'],
      [9, 'EXPOSE', 'metadata only'],
      [10, 'USER', 'metadata only'],
      [11, 'CMD', 'metadata only'],
    ]);
    expect(screen.getByText('No errors: every line parsed.')).toBeInTheDocument();
  });

  it('draws exactly one layer per filesystem instruction of the final stage, in build order', () => {
    renderView(containersView);
    const layered = instructionRows().filter(([, , effect]) => effect === 'a layer').map(([line]) => line);
    expect(layerLines()).toEqual(layered);
    expect(layerLines()).toEqual([2, 4, 5, 7]);
    expect(within(region('The image\'s layer stack')).getByText(/^Image size: .* in 4 layers\.$/)).toBeInTheDocument();
  });

  it('ships only the last stage of the Go multi-stage build, marking the build stage\'s layers not shipped', () => {
    renderView(containersView);
    chooseSample('A Go service, built in one stage and shipped in another');
    expect(within(region('The image\'s layer stack')).getByText(/^A multi-stage build: 2 stages, but only the last stage's layers ship in the image/)).toBeInTheDocument();
    const rows = instructionRows();
    const notShipped = rows.filter(([, , effect]) => effect === 'a layer of an earlier stage: not shipped').map(([line, keyword]) => [line, keyword]);
    expect(notShipped).toEqual([[3, 'FROM'], [5, 'COPY'], [6, 'RUN'], [7, 'COPY'], [8, 'RUN']]);
    expect(rows.filter(([, , effect]) => effect === 'a layer').map(([line, keyword]) => [line, keyword])).toEqual([[10, 'FROM'], [11, 'COPY']]);
    expect(layerLines()).toEqual([10, 11]);
  });

  it('shows the megabytes the wasteful Python sample wastes, and none for the tidy one', () => {
    renderView(containersView);
    const stack = () => region('The image\'s layer stack');
    chooseSample('A Python app that deletes too late');
    const wasted = within(stack()).getByText(/MB wasted: files a later layer deletes or replaces still sit in the layer that added them\.$/);
    expect(Number(/^([\d,.]+) MB wasted/.exec(wasted.textContent!)![1]!.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(within(stack()).queryByText(/^No wasted space/)).toBeNull();
    chooseSample('The same Python app, cleaned up in the same layer');
    expect(within(stack()).getByText('No wasted space: nothing a layer adds is deleted later.')).toBeInTheDocument();
    expect(within(stack()).queryByText(/MB wasted/)).toBeNull();
  });

  it('reports a misspelt instruction on its line and still draws the layers of the lines it understood', () => {
    renderView(containersView);
    type('FROM alpine:3.20\nRUNN apt-get update\nCOPY app.py /app/\nCMD ["python3", "/app/app.py"]\n');
    expect(screen.getByRole('radio', { name: 'Your own' })).toBeChecked();
    expect(dockerfileBox()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText((_, el) => el?.tagName === 'LI' && /^Line 2: Unknown instruction "RUNN"/.test(el.textContent!))).toBeInTheDocument();
    expect(instructionRows().map(([line, keyword]) => [line, keyword])).toEqual([[1, 'FROM'], [3, 'COPY'], [4, 'CMD']]);
    expect(layerLines()).toEqual([1, 3]);
  });

  it('says a Dockerfile with no FROM has no layers to draw', () => {
    renderView(containersView);
    type('RUN echo "no base image"\nCMD ["sh"]\n');
    expect(screen.getByText((_, el) => el?.tagName === 'LI' && el.textContent === 'Line 1: The first instruction must be FROM (or ARG before FROM)')).toBeInTheDocument();
    expect(within(region('The image\'s layer stack')).getByText('No layer could be drawn: the Dockerfile needs a FROM.')).toBeInTheDocument();
    expect(layerSizeBoxes()).toEqual([]);
  });

  it('opens a link\'s own Dockerfile with its errors and the layer sizes it sets', () => {
    renderView(containersView, { hash: '#/containers?df=FROM%20alpine%3A3.20%0ARUNN%20x%0ACOPY%20app.py%20%2Fapp%2F%0A&sizes=3:12.5' });
    expect(screen.getByRole('radio', { name: 'Your own' })).toBeChecked();
    expect(dockerfileBox()).toHaveValue('FROM alpine:3.20\nRUNN x\nCOPY app.py /app/\n');
    expect(screen.getByText((_, el) => el?.tagName === 'LI' && /^Line 2: Unknown instruction "RUNN"/.test(el.textContent!))).toBeInTheDocument();
    expect(layerLines()).toEqual([1, 3]);
    expect(screen.getByRole('spinbutton', { name: 'Size of layer 2 (line 3), MB' })).toHaveValue(12.5);
  });

  it('opens a link\'s sample', () => {
    renderView(containersView, { hash: '#/containers?sample=go-multistage' });
    expect(screen.getByRole('radio', { name: 'A Go service, built in one stage and shipped in another' })).toBeChecked();
    expect(layerLines()).toEqual([10, 11]);
  });

  it('changes the image size by what a layer\'s size box is changed by, fractions included', () => {
    renderView(containersView);
    const before = imageSizeMB();
    const box = screen.getByRole('spinbutton', { name: 'Size of layer 4 (line 7), MB' });
    const old = Number((box as HTMLInputElement).value);
    fireEvent.change(box, { target: { value: String(old + 100.5) } });
    expect(screen.getByRole('spinbutton', { name: 'Size of layer 4 (line 7), MB' })).toHaveValue(old + 100.5);
    expect(imageSizeMB()).toBeCloseTo(before + 100.5, 1);
  });
});

describe('the VM panel', () => {
  it('needs a guest OS per VM but one host OS for the containers, so memory grows faster with VMs', () => {
    renderView(containersView);
    // 6 apps of 256 MB: VMs 6 × (256 + 1,024); containers 1,024 + 100 + 6 × 256 (explorer's assumptions).
    expect(barFigure(/^6 VMs/, 'Memory')).toBe('7,680 MB');
    expect(barFigure(/^One host OS and a container engine, 6 containers$/, 'Memory')).toBe('2,660 MB');
    fireEvent.change(screen.getByRole('slider', { name: 'Apps' }), { target: { value: '2' } });
    expect(barFigure(/^2 VMs/, 'Memory')).toBe('2,560 MB');
    expect(barFigure(/^One host OS and a container engine, 2 containers$/, 'Memory')).toBe('1,636 MB');
  });
});

describe('the host panel', () => {
  it('saves space by sharing layers, more with a second image on the same base', () => {
    renderView(containersView);
    const host = region('Containers on one host');
    const second = within(host).getByRole('checkbox', { name: /^A second image built on the same base \(node:20-alpine\)$/ });
    expect(second).toBeChecked();
    const withSecond = hostFigureMB('Saved by sharing layers');
    expect(withSecond).toBeGreaterThan(0);
    expect(within(host).getByText(/\(1 layer shared by both images\)/)).toBeInTheDocument();
    fireEvent.click(second);
    expect(hostFigureMB('Saved by sharing layers')).toBeLessThan(withSecond);
    expect(within(host).getByText(/\(0 layers shared by both images\)/)).toBeInTheDocument();
  });

  it('lists one container, each with its own read/write layer, per container asked for', () => {
    renderView(containersView);
    expect(containerCards().map((c) => c.textContent!.split(':')[0])).toEqual(['app-1', 'app-2', 'app-3']);
    const stored = hostFigureMB('Stored on the host');
    fireEvent.change(screen.getByRole('slider', { name: 'Containers from the image' }), { target: { value: '5' } });
    expect(containerCards().map((c) => c.textContent!.split(':')[0])).toEqual(['app-1', 'app-2', 'app-3', 'app-4', 'app-5']);
    expect(hostFigureMB('Stored on the host')).toBeGreaterThan(stored);
  });
});

describe('the registry panel', () => {
  it('refuses a pull without credentials from a private repository and allows it from a public one', () => {
    renderView(containersView);
    const registry = region('A registry: push and pull by layer');
    expect(within(registry).getByText('Refused. A private repository requires authentication: sign in before pulling.')).toBeInTheDocument();
    fireEvent.click(within(registry).getByRole('radio', { name: /^Public repository/ }));
    expect(within(registry).getByText('Allowed. A public repository is open to the world: anyone can pull.')).toBeInTheDocument();
    expect(within(registry).queryByText(/^Refused\./)).toBeNull();
  });
});
