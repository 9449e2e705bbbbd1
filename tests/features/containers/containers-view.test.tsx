import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import containersView from '../../../src/features/containers';
import { dockerfileSample } from '../../../src/domain';
import { encodeLocation, stateForStorage } from '../../../src/store/create-app-store';
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

describe('your own Dockerfile', () => {
  const OWN = 'FROM alpine:3.20\nRUN echo mine > /mine.txt\n';

  it('comes back after a sample is chosen and "Your own" chosen again, with its layer sizes, in the link too', () => {
    const { store } = renderView(containersView);
    type(OWN);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Size of layer 2 (line 2), MB' }), { target: { value: '7.5' } });
    chooseSample('A Python app that deletes too late');
    expect(dockerfileBox()).toHaveValue(dockerfileSample('python-wasteful').text);
    expect(screen.getByRole('radio', { name: 'Your own' })).not.toBeChecked();
    expect(screen.getByText(/^Your own Dockerfile \(2 lines\) is kept: choose "Your own" to go back to it\./)).toBeInTheDocument();
    const link = new URLSearchParams(encodeLocation(store.getState(), 'containers').split('?')[1]);
    expect([link.get('sample'), link.get('df'), link.get('ownsizes')]).toEqual(['python-wasteful', OWN, '2:7.5']);
    chooseSample(/^Your own/);
    expect(dockerfileBox()).toHaveValue(OWN);
    expect(layerLines()).toEqual([1, 2]);
    expect(screen.getByRole('spinbutton', { name: 'Size of layer 2 (line 2), MB' })).toHaveValue(7.5);
  });

  it('is in the save: a later visit showing a sample still has it', () => {
    const first = renderView(containersView);
    type(OWN);
    chooseSample('A Python app that deletes too late');
    const saved = stateForStorage(first.store.getState());
    first.unmount();
    renderView(containersView, { saved, hash: '#/containers' });
    expect(screen.getByRole('radio', { name: 'A Python app that deletes too late' })).toBeChecked();
    chooseSample(/^Your own/);
    expect(dockerfileBox()).toHaveValue(OWN);
  });

  it('opens from a link that shows a sample and keeps your own', () => {
    renderView(containersView, { hash: `#/containers?sample=go-multistage&df=${encodeURIComponent(OWN)}` });
    expect(screen.getByRole('radio', { name: 'A Go service, built in one stage and shipped in another' })).toBeChecked();
    chooseSample(/^Your own/);
    expect(dockerfileBox()).toHaveValue(OWN);
  });

  it('is never replaced silently: editing a sample says what it replaced and Undo brings it back', () => {
    renderView(containersView);
    type(OWN);
    chooseSample('The notes\' example: CentOS 7 and Apache');
    type(`${dockerfileSample('notes-apache').text}RUN echo edited\n`);
    expect(screen.getByRole('radio', { name: /^Your own/ })).toBeChecked();
    const status = screen.getByText(/^Your own Dockerfile \(2 lines\) was replaced by the edited sample\./);
    fireEvent.click(within(status).getByRole('button', { name: 'Undo: bring back your own' }));
    expect(screen.getByRole('radio', { name: 'The notes\' example: CentOS 7 and Apache' })).toBeChecked();
    expect(dockerfileBox()).toHaveValue(dockerfileSample('notes-apache').text);
    expect(screen.queryByText(/was replaced by the edited sample/)).toBeNull();
    chooseSample(/^Your own/);
    expect(dockerfileBox()).toHaveValue(OWN);
  });

  it('says nothing was replaced when there was no own Dockerfile yet, and "Your own" starts from the sample shown', () => {
    renderView(containersView);
    expect(screen.getByText('Type in it, or choose "Your own", to start your own Dockerfile from this sample.')).toBeInTheDocument();
    type(`${dockerfileSample('node-web').text}RUN true\n`);
    expect(screen.queryByText(/was replaced by the edited sample/)).toBeNull();
    chooseSample('A Python app that deletes too late');
    chooseSample(/^Your own/);
    expect(dockerfileBox()).toHaveValue(`${dockerfileSample('node-web').text}RUN true\n`);
  });
});

describe('a RUN calling a package manager the base lacks', () => {
  it('gets a remark on its line: apt-get on alpine', () => {
    renderView(containersView);
    type('FROM alpine:3.20\nRUN apt-get update && apt-get install -y curl\n');
    const remarks = screen.getByRole('list', { name: 'Remarks by line' });
    expect(within(remarks).getByRole('listitem')).toHaveTextContent(/^Line 2: apt-get is not in alpine:3\.20, an Alpine image, whose package manager is apk/);
    type('FROM alpine:3.20\nRUN apk add --no-cache curl\n');
    expect(screen.queryByRole('list', { name: 'Remarks by line' })).toBeNull();
  });
});

describe('sources', () => {
  it('open the Docker page they name in a new tab, with the date read', () => {
    renderView(containersView);
    const links = screen.getAllByRole('link', { name: /^docs\.docker\.com\/engine\/storage\/drivers\// });
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const a of links) {
      expect(a).toHaveAttribute('href', 'https://docs.docker.com/engine/storage/drivers/');
      expect(a).toHaveAttribute('target', '_blank');
    }
    expect(screen.getAllByRole('link', { name: /^docs\.docker\.com\/build\/building\/best-practices\// })[0]).toHaveAttribute('href', 'https://docs.docker.com/build/building/best-practices/');
    expect(screen.getAllByText(/Docker documentation, Image layers:/).length).toBeGreaterThanOrEqual(5);
    expect(screen.queryByText(/aws-facts|seed notes/)).toBeNull();
    expect(screen.queryAllByRole('link').some((a) => a.getAttribute('href')!.includes('AmazonECS'))).toBe(false);
  });
});

describe('the VM panel', () => {
  it('draws the picture first: a guest OS per VM against one host OS, before any control', () => {
    renderView(containersView);
    const panel = region('Virtual machines against containers');
    const picture = within(panel).getByRole('img', { name: '6 VMs need 6 guest operating systems over a hypervisor and one host OS; 6 containers share one host OS through a container engine' });
    expect(within(panel).getAllByRole('slider')[0]!.compareDocumentPosition(picture) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    fireEvent.change(screen.getByRole('slider', { name: 'Apps' }), { target: { value: '3' } });
    expect(within(panel).getByRole('img', { name: /^3 VMs need 3 guest operating systems/ })).toBeInTheDocument();
  });

  it('needs a guest OS per VM but one host OS for the containers, so memory grows faster with VMs', () => {
    renderView(containersView);
    // 6 apps of 256 MB: VMs 1,024 + 6 × (256 + 1,024); containers 1,024 + 100 + 6 × 256 (explorer's assumptions).
    expect(barFigure(/^6 VMs/, 'Memory')).toBe('8,704 MB');
    expect(barFigure(/^One host OS and a container engine, 6 containers$/, 'Memory')).toBe('2,660 MB');
    fireEvent.change(screen.getByRole('slider', { name: 'Apps' }), { target: { value: '2' } });
    expect(barFigure(/^2 VMs/, 'Memory')).toBe('3,584 MB');
    expect(barFigure(/^One host OS and a container engine, 2 containers$/, 'Memory')).toBe('1,636 MB');
  });
});

describe('the host panel', () => {
  it('saves space by sharing layers, more with a second image on the same base', () => {
    renderView(containersView);
    const host = region('Containers on one host');
    const second = within(host).getByRole('checkbox', { name: "A second image built on the same base (node:20-alpine), with its own top layer: report/, 5 MB (an explorer's assumption)" });
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

describe('what sharing saves', () => {
  it('counts containers not copying their image (3 × 235.02 MB) beside the base the second image shares (135 MB)', () => {
    renderView(containersView);
    // 264 MB of the app image and its containers, plus the second image's own 5 MB top layer.
    expect(hostFigureMB('Stored on the host')).toBe(269);
    expect(hostFigureMB('If nothing were shared')).toBe(1_109.1);
    expect(hostFigureMB('Saved by sharing layers')).toBe(840.1);
    const why = within(screen.getByRole('list', { name: 'Where the saving comes from' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(why).toEqual([
      '705.1 MB: the 3 containers run on the image\'s read-only layers instead of each copying the image, as every VM copies its disk.',
      '135 MB: the second image shares 1 layer with the first, stored once.',
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: /^A second image built on the same base/ }));
    expect(hostFigureMB('Stored on the host')).toBe(264);
    expect(hostFigureMB('Saved by sharing layers')).toBe(705.1);
    fireEvent.change(screen.getByRole('slider', { name: 'Containers from the image' }), { target: { value: '5' } });
    expect(hostFigureMB('Saved by sharing layers')).toBe(1_175.1);
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
