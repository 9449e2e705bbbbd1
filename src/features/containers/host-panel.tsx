import { useMemo } from 'react';
import { formatNumber } from '../../components/format';
import { RangeField } from '../../components/range-field';
import { Section } from '../../components/section';
import { estimateLayers, hostStorage, parseDockerfile, writeToContainer, type ContainerRW } from '../../domain';
import { useActions, useInput } from '../../store/view-hooks';
import { containersActions } from './actions';
import { containersState } from './params';
import { useImage } from './use-image';

const COUNT = containersState.params.containerCount;

function sharedCount(layers: readonly { usedBy: string[] }[]): string {
  const n = layers.filter((l) => l.usedBy.length > 1).length;
  return `${n} layer${n === 1 ? '' : 's'}`;
}

/** The second image: the same base and a top layer of its own (a folder copied in: its size is an explorer's assumption). */
const secondDockerfile = (base: string) => `FROM ${base}\nCOPY report/ /srv/report/\nCMD ["/srv/report/run"]\n`;

/** Containers sharing the image's read-only layers, each with its own thin read/write layer; a second image on the same base. */
export function HostPanel() {
  const { layers, parsed } = useImage();
  const containerCount = useInput(containersState, 'containerCount');
  const secondImage = useInput(containersState, 'secondImage');
  const { setContainersCount: setCount, toggleSecondImage: toggleSecond } = useActions(containersActions);
  const base = parsed.stages.at(-1)?.base ?? '';
  const second = useMemo(() => (base ? estimateLayers(parseDockerfile(secondDockerfile(base))) : []), [base]);
  const secondOwnMB = second.slice(1).reduce((sum, l) => sum + l.sizeMB, 0);
  const storage = useMemo(() => {
    const images = [{ name: 'app', layers }, ...(secondImage && second.length ? [{ name: 'report', layers: second }] : [])];
    const changeable = [...layers].reverse().flatMap((l) => l.files.filter((f) => f.change !== 'delete')).at(0)?.path;
    const containers: ContainerRW[] = Array.from({ length: containerCount }, (_, i) => {
      let c: ContainerRW = { id: `app-${i + 1}`, image: 'app', writtenFiles: [] };
      c = writeToContainer(c, layers, `/tmp/session-${i + 1}.log`, 2 + i);
      if (i === 0 && changeable) c = writeToContainer(c, layers, changeable);
      return c;
    });
    return { images, containers, result: hostStorage(images, containers) };
  }, [layers, second, secondImage, containerCount]);
  const { result, containers, images } = storage;
  return (
    <Section title="Containers on one host">
      <div className="grid gap-3 sm:grid-cols-2">
        <RangeField label={COUNT.label} unit="containers" value={containerCount} min={COUNT.min!} max={COUNT.max!} onChange={setCount} />
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" checked={secondImage} onChange={toggleSecond} className="h-4 w-4" />
          {second.length > 1
            ? `A second image built on the same base (${base}), with its own top layer: report/, ${formatNumber(secondOwnMB, 1)} MB (an explorer's assumption)`
            : `A second image built on the same base (${base || 'none'})`}
        </label>
      </div>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3" aria-label="Containers">
        {containers.map((c) => (
          <li key={c.id} className="step-enter rounded-md border border-slate-300 p-2 text-xs dark:border-slate-600">
            <p className="font-semibold">{c.id}: its own read/write layer, {formatNumber(result.perContainerRWMB[c.id] ?? 0, 1)} MB</p>
            <ul>{c.writtenFiles.map((f) => <li key={f.path}><span className="break-all font-mono">{f.path}</span>{f.copiedUp ? ' (copied up from the image, then changed)' : ' (new)'}</li>)}</ul>
            <p className="mt-1 text-slate-600 dark:text-slate-400">over the image's {layers.length} shared read-only layers</p>
          </li>
        ))}
      </ul>
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
        <div><dt className="font-medium">Stored on the host</dt><dd className="tabular-nums">{formatNumber(result.storedMB, 1)} MB</dd></div>
        <div><dt className="font-medium">If nothing were shared</dt><dd className="tabular-nums">{formatNumber(result.fullCopiesMB, 1)} MB</dd></div>
        <div><dt className="font-medium">Saved by sharing layers</dt><dd className="tabular-nums">{formatNumber(result.savedTotalMB, 1)} MB</dd></div>
      </dl>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-xs" aria-label="Where the saving comes from">
        <li>{formatNumber(result.savedByContainersMB, 1)} MB: the {containerCount} container{containerCount === 1 ? '' : 's'} run{containerCount === 1 ? 's' : ''} on the image's read-only layers instead of each copying the image, as every VM copies its disk.</li>
        <li>{formatNumber(result.savedMB, 1)} MB: {images.length > 1 ? `the second image shares ${sharedCount(result.uniqueLayers)} with the first, stored once` : 'no second image shares a layer'}.</li>
      </ul>
      <p className="mt-2 text-xs">Each layer is stored once however many images and containers use it ({sharedCount(result.uniqueLayers)} shared by both images). Writing to a file of the image copies it up into the container's own layer first (copy-on-write).</p>
    </Section>
  );
}
