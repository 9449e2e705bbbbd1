import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import { dockerfileSample, estimateLayers, parseDockerfile, wastedSpace, type ImageLayer, type ParsedDockerfile } from '../../domain';
import { useInput } from '../../store/view-hooks';
import { containersState, type SampleChoice } from './params';

/** The Dockerfile text on screen: a sample's or the person's own, as typed. */
export function useDockerfileText(): { sample: SampleChoice; text: string } {
  const sample = useInput(containersState, 'sample');
  const own = useInput(containersState, 'dockerfile');
  return { sample, text: sample === 'custom' ? own : dockerfileSample(sample).text };
}

interface Image {
  text: string;
  parsed: ParsedDockerfile;
  layers: ImageLayer[];
  waste: ReturnType<typeof wastedSpace>;
}

const ImageContext = createContext<Image | null>(null);

/**
 * Parses the Dockerfile and estimates the image once for every panel. Parsing and the panels that
 * draw the image follow the text one render behind (useDeferredValue): a keystroke first updates
 * the editor; the panels below, which read this context, redraw in the deferred render only.
 */
export function ImageProvider({ children }: { children: ReactNode }) {
  const typed = useDockerfileText().text;
  const sizes = useInput(containersState, 'layerSizes');
  const text = useDeferredValue(typed);
  const deferredSizes = useDeferredValue(sizes);
  const parsed = useMemo(() => parseDockerfile(text), [text]);
  const layers = useMemo(() => estimateLayers(parsed, deferredSizes), [parsed, deferredSizes]);
  const value = useMemo(() => ({ text, parsed, layers, waste: wastedSpace(layers) }), [text, parsed, layers]);
  return <ImageContext.Provider value={value}>{children}</ImageContext.Provider>;
}

export function useImage(): Image {
  const image = useContext(ImageContext);
  if (!image) throw new Error('useImage needs an <ImageProvider> above it');
  return image;
}
