import { useDeferredValue, useMemo } from 'react';
import { parseDockerfile } from '../../domain/containers/dockerfile';
import { estimateLayers, wastedSpace } from '../../domain/containers/layers';
import { dockerfileSample } from '../../domain/containers/samples';
import { selectContainers } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';

/** The Dockerfile text on screen: a sample's or the person's own, as typed. */
export function useDockerfileText() {
  const c = useAppStore(selectContainers);
  return { inputs: c, text: c.sample === 'custom' ? c.dockerfile : dockerfileSample(c.sample).text };
}

/**
 * The Dockerfile parsed and the final image's layers. Parsing and redrawing follow the text one
 * render behind (useDeferredValue): a keystroke first updates the editor, then the layers.
 */
export function useImage() {
  const { inputs, text: typed } = useDockerfileText();
  const text = useDeferredValue(typed);
  const sizes = useDeferredValue(inputs.layerSizes);
  const parsed = useMemo(() => parseDockerfile(text), [text]);
  const layers = useMemo(() => estimateLayers(parsed, sizes), [parsed, sizes]);
  const waste = useMemo(() => wastedSpace(layers), [layers]);
  return { inputs, text, parsed, layers, waste };
}
