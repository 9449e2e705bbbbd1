import { useState } from 'react';
import { formatNumber } from '../../components/format';
import type { ImageLayer } from '../../domain';
import { LAYER_SIZE_MB } from './params';

/**
 * A layer's size box: a value in range applies as typed; anything else is not applied, and the box
 * says so and what size is kept, as the ECS memory box does (never changed silently).
 */
export function LayerSizeBox({ layer, onSize }: { layer: ImageLayer; onSize: (line: number, sizeMB: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { min, max } = LAYER_SIZE_MB;
  const name = `Size of layer ${layer.index + 1} (line ${layer.fromLine}), MB`;
  const onChange = (typed: string) => {
    setDraft(typed);
    const v = Number(typed);
    if (typed.trim() === '') return setError(null);
    if (!Number.isFinite(v) || v < min || v > max) {
      setError(`Not applied: ${typed} MB is not from ${formatNumber(min)} to ${formatNumber(max)} MB; kept ${formatNumber(layer.sizeMB, 3)} MB.`);
      return;
    }
    setError(null);
    onSize(layer.fromLine, v);
  };
  return (
    <div className="text-xs">
      <label className="flex items-center justify-end gap-1">
        Size
        <input type="number" min={min} max={max} step="any" value={draft ?? layer.sizeMB} aria-label={name}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)} onBlur={() => setDraft(null)}
          className="w-24 rounded border border-slate-300 bg-white px-1 text-right tabular-nums dark:border-slate-600 dark:bg-slate-900" />
        MB
      </label>
      {error ? <p role="alert" className="mt-1 max-w-xs text-red-700 dark:text-red-300">{error}</p> : null}
    </div>
  );
}
