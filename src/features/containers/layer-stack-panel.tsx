import { formatNumber } from '../../components/format';
import { Section } from '../../components/section';
import { imageSizeMB } from '../../domain';
import { useActions } from '../../store/view-hooks';
import { containersActions } from './actions';
import { LayerSizeBox } from './layer-size-box';
import { useImage } from './use-image';

const CHANGE_WORD = { add: 'adds', change: 'changes', delete: 'deletes' } as const;

/** The final image as a stack of read-only layers, base at the bottom, each with its files and an editable size. */
export function LayerStackPanel() {
  const { layers, waste, parsed } = useImage();
  const { setLayerSize } = useActions(containersActions);
  const stages = parsed.stages.length;
  return (
    <Section title="The image's layer stack">
      {stages > 1 ? <p className="mb-2 text-sm">A multi-stage build: {stages} stages, but only the last stage's layers ship in the image; earlier stages only feed it files with <code>COPY --from</code>.</p> : null}
      {layers.length === 0 ? <p className="text-sm">No layer could be drawn: the Dockerfile needs a FROM.</p> : (
        <ol reversed aria-label="Layers, top first" className="flex flex-col-reverse gap-1">
          {layers.map((l) => (
            <li key={`${l.index}-${l.fromLine}`} className="step-enter rounded-md border border-slate-300 bg-sky-50 p-2 text-sm dark:border-slate-600 dark:bg-sky-950/40">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p><span className="font-semibold">Layer {l.index + 1}</span> · line {l.fromLine} · <span className="font-mono">{l.keyword}</span> · {l.summary}</p>
                <LayerSizeBox layer={l} onSize={setLayerSize} />
              </div>
              {l.files.length ? (
                <ul className="mt-1 text-xs">
                  {l.files.slice(0, 6).map((f) => (
                    <li key={f.path} className={f.change === 'delete' ? 'text-red-700 dark:text-red-300' : ''}>
                      {CHANGE_WORD[f.change]} <span className="break-all font-mono">{f.path}</span>{f.change === 'delete' ? ' (still stored in the layer below)' : ` · ${formatNumber(f.sizeMB, 2)} MB`}
                    </li>
                  ))}
                  {l.files.length > 6 ? <li>and {l.files.length - 6} more</li> : null}
                </ul>
              ) : null}
              <p className="mt-1 break-all font-mono text-[11px] text-slate-600 dark:text-slate-400">{l.digest}</p>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-3 text-sm font-medium">Image size: {formatNumber(imageSizeMB(layers), 1)} MB in {layers.length} layer{layers.length === 1 ? '' : 's'}.</p>
      {waste.wastedMB > 0 ? (
        <div className="mt-2 rounded-md bg-amber-50 p-2 text-sm dark:bg-amber-950/40">
          <p className="font-medium">{formatNumber(waste.wastedMB, 1)} MB wasted: files a later layer deletes or replaces still sit in the layer that added them.</p>
          <ul className="mt-1 text-xs">
            {waste.items.slice(0, 5).map((w) => <li key={`${w.path}-${w.addedInLayer}`}><span className="font-mono">{w.path}</span>: added in layer {w.addedInLayer + 1}, {w.reason} in layer {w.deletedInLayer + 1} ({formatNumber(w.sizeMB, 1)} MB)</li>)}
          </ul>
          <p className="mt-1 text-xs">Fixes: delete in the same RUN that created the files (combine RUN steps), or build in an earlier stage and COPY only the result (multi-stage).</p>
        </div>
      ) : <p className="mt-2 text-sm">No wasted space: nothing a layer adds is deleted later.</p>}
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Sizes are the explorer's estimates from each instruction (base images from a small table), not measurements: type your own. Digests here are short stand-ins computed from each layer's instruction and parent, not real SHA-256.</p>
    </Section>
  );
}
