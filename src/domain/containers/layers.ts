/**
 * The layers of the image a Dockerfile builds: what each adds, changes and deletes, its size, and
 * a digest; the space wasted by files a later layer deletes. Sizes in MB, decimal (10^6 bytes), as
 * `docker history` prints them, rounded to 0.001 MB (1 kB).
 *
 *   layer size   = Σ sizeMB of its 'add' and 'change' entries ('delete' entries are 0 MB)
 *   image size   = Σ layer sizes                     (what `docker image ls` shows for one image)
 *   wasted       = Σ sizes of files that a later layer deletes or replaces: still stored below
 *
 * Sources: aws-facts §10 (Docker docs: only filesystem-changing instructions make layers; layers
 * are read-only deltas). EVERY default size is an explorer's assumption (size-assumptions.ts), not
 * an AWS or Docker figure; `overrides` (fromLine → sizeMB) lets a person set any layer's size, and
 * the files it lists are scaled to match. A FROM is one row standing for all of its base image's
 * layers; `FROM scratch` is a row of 0 MB so that every FROM has one.
 *
 * An instruction with an error on one of its lines is not built and makes no layer (Docker stops
 * at the first error; the explorer still draws the lines it could build, as a sketch).
 *
 * Digests are NOT SHA-256: `layerDigest` is a small pure 48-bit hash (two FNV-1a passes, MurmurHash3
 * finaliser) shown as 'sha256:' and 12 hex digits so it reads like Docker's short ids. Each covers
 * the parent's digest, the instruction, the size and the files listed, like Docker's chain ids: the
 * same base and the same instructions with the same effect give the same digests in any
 * Dockerfile, so images share them.
 */
import type { DockerfileStage, ParsedDockerfile } from './dockerfile';
import { applyOps, copyOps, stackLayer, type VisibleFiles } from './layer-files';
import { runEffects } from './run-effects';
import { EXPLORER_ASSUMPTION, LAYER_SIZE_ASSUMPTIONS, baseImageRow, type LayerSizeAssumptions } from './size-assumptions';
import { isUnder, readFlags, resolvePath } from './shell-words';
import { fmix32 } from '../hash';

export interface LayerFile { path: string; sizeMB: number; change: 'add' | 'change' | 'delete' }
export interface ImageLayer { index: number; fromLine: number; keyword: string; summary: string; files: LayerFile[]; sizeMB: number; digest: string }
export interface WastedItem { path: string; addedInLayer: number; deletedInLayer: number; sizeMB: number; reason: 'deleted' | 'replaced' }
export type LayerSizeOverrides = Readonly<Record<number, number>>;

export const roundMB = (mb: number): number => Math.round(mb * 1000) / 1000;


/** 'sha256:' + 12 hex digits of a small pure hash of `content` (not a real SHA-256). */
export function layerDigest(content: string): string {
  let a = 0x811c_9dc5;
  let b = 0x0132_5a77;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    a = Math.imul(a ^ c, 0x0100_0193);
    b = Math.imul(b ^ c, 0x0100_0193) ^ (b >>> 15);
  }
  const hex = (n: number, digits: number) => fmix32(n).toString(16).padStart(8, '0').slice(0, digits);
  return `sha256:${hex(a ^ content.length, 8)}${hex(b + 0x9e37_79b9, 4)}`;
}

export const imageSizeMB = (layers: readonly ImageLayer[]): number => roundMB(layers.reduce((sum, l) => sum + l.sizeMB, 0));

interface StageResult { layers: ImageLayer[]; visible: VisibleFiles; workdir: string }

function overridden(overrides: LayerSizeOverrides, line: number): number | null {
  const v = Object.hasOwn(overrides, line) ? overrides[line] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(0, v) : null;
}

function withSize(files: readonly LayerFile[], sizeMB: number): LayerFile[] {
  const total = files.reduce((s, f) => s + f.sizeMB, 0);
  if (total > 0) return files.map((f) => ({ ...f, sizeMB: roundMB((f.sizeMB * sizeMB) / total) }));
  return sizeMB > 0 ? [...files, { path: '(files not estimated)', sizeMB, change: 'add' }] : [...files];
}

function fromLayer(stage: DockerfileStage, done: readonly StageResult[], a: LayerSizeAssumptions) {
  const prior = stage.baseStage === null ? undefined : done[stage.baseStage];
  if (prior) {
    const sizeMB = imageSizeMB(prior.layers);
    return { files: [{ path: '/', sizeMB, change: 'add' as const }], summary: `Builds on stage ${stage.base}: its ${prior.layers.length} layers, ${sizeMB} MB`,
      content: `FROM ${prior.layers[prior.layers.length - 1]?.digest ?? ''}`, visible: new Map(prior.visible), workdir: prior.workdir };
  }
  const row = baseImageRow(stage.base, a.baseImages);
  const sizeMB = stage.base === '' ? 0 : row ? row.uncompressedMB : a.unknownBaseMB;
  const summary = stage.base === '' ? 'No base image named'
    : row?.repo === 'scratch' ? 'scratch: an empty base with no layers (0 MB)'
      : row ? `Base image ${stage.base}: its layers, ${sizeMB} MB (${EXPLORER_ASSUMPTION}, typical uncompressed size)`
        : `Base image ${stage.base}: its layers, ${sizeMB} MB (${EXPLORER_ASSUMPTION} for an image not in the table)`;
  const files: LayerFile[] = sizeMB > 0 || (row && row.repo !== 'scratch') ? [{ path: '/', sizeMB, change: 'add' }] : [];
  return { files, summary, content: `FROM ${stage.base}`, visible: new Map<string, number>(), workdir: '/' };
}

/** COPY's or ADD's sources in one phrase ("COPY package.json and package-lock.json"): one instruction, one layer. */
function saidOf(keyword: string, said: readonly string[]): string[] {
  const prefix = `${keyword} `;
  if (said.length < 2 || !said.every((w) => w.startsWith(prefix) && !w.slice(prefix.length).includes(' '))) return [...said];
  const names = said.map((w) => w.slice(prefix.length));
  return [`${prefix}${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`];
}

function estimateStage(stage: DockerfileStage, done: readonly StageResult[], stageIndex: (ref: string) => number,
  overrides: LayerSizeOverrides, a: LayerSizeAssumptions, broken: (line: number, endLine: number) => boolean): StageResult {
  const layers: ImageLayer[] = [];
  let visible: VisibleFiles = new Map();
  let workdir = '/';
  let parent = '';
  for (const ins of stage.instructions) {
    if (ins.keyword === 'WORKDIR' && ins.words[0]) workdir = resolvePath(ins.words[0], workdir);
    // A line with an error is not built: Docker stops at the first error, so it makes no layer.
    if (!['FROM', 'RUN', 'COPY', 'ADD'].includes(ins.keyword) || broken(ins.line, ins.endLine)) continue;
    let files: LayerFile[];
    let summary: string;
    let content = `${parent}\n${ins.keyword} ${ins.args}`;
    if (ins.keyword === 'FROM') {
      const base = fromLayer(stage, done, a);
      ({ files, summary, content, visible, workdir } = base);
    } else {
      const ops = ins.keyword === 'RUN'
        ? runEffects(ins.json ? ins.json.join(' ') : readFlags(ins.args).rest, workdir, a)
        : copyOps(ins, workdir, a, (ref) => {
          const i = stageIndex(ref);
          return i >= 0 && i < stage.index ? done[i]?.visible ?? null : null;
        });
      files = applyOps(ops, visible);
      const said = saidOf(ins.keyword, [...new Set(ops.map((o) => o.what))]);
      summary = said.length > 0 ? `${said.join('; ')} (sizes: ${EXPLORER_ASSUMPTION})` : 'No file changes estimated from this command';
    }
    const own = overridden(overrides, ins.line);
    if (own !== null) {
      files = withSize(files, own);
      summary += `; size set by you: ${own} MB`;
    }
    const sizeMB = roundMB(files.reduce((s, f) => s + (f.change === 'delete' ? 0 : f.sizeMB), 0));
    const digest = layerDigest(`${content}\n${sizeMB}\n${files.map((f) => `${f.change} ${f.path} ${f.sizeMB}`).join('\n')}`);
    layers.push({ index: layers.length, fromLine: ins.line, keyword: ins.keyword, summary, files, sizeMB, digest });
    stackLayer(visible, files);
    parent = digest;
  }
  return { layers, visible, workdir };
}

/** Every stage's estimated layers, in stage order (the last is the image). */
export function estimateAllStages(parsed: ParsedDockerfile, overrides: LayerSizeOverrides = {},
  assumptions: LayerSizeAssumptions = LAYER_SIZE_ASSUMPTIONS): ImageLayer[][] {
  const names = parsed.stages.map((s) => s.name?.toLowerCase() ?? null);
  const stageIndex = (ref: string) => (/^\d+$/.test(ref) ? Number(ref) : names.indexOf(ref.toLowerCase()));
  const broken = (line: number, endLine: number) => parsed.errors.some((e) => e.line >= line && e.line <= endLine);
  const done: StageResult[] = [];
  for (const stage of parsed.stages) done.push(estimateStage(stage, done, stageIndex, overrides, assumptions, broken));
  return done.map((d) => d.layers);
}

/** The final image's layers, base first, with what each changes and its size (see the docblock). */
export function estimateLayers(parsed: ParsedDockerfile, overrides: LayerSizeOverrides = {},
  assumptions: LayerSizeAssumptions = LAYER_SIZE_ASSUMPTIONS): ImageLayer[] {
  return estimateAllStages(parsed, overrides, assumptions).at(-1) ?? [];
}

/** Files a later layer deletes or replaces: the earlier layer still stores them. */
export function wastedSpace(layers: readonly ImageLayer[]): { wastedMB: number; items: WastedItem[] } {
  const live = new Map<string, { layer: number; sizeMB: number }>();
  const items: WastedItem[] = [];
  for (const layer of layers) {
    for (const f of layer.files) {
      if (f.change === 'delete') {
        for (const [path, e] of live) {
          if (path !== '/' && isUnder(path, f.path)) {
            items.push({ path, addedInLayer: e.layer, deletedInLayer: layer.index, sizeMB: e.sizeMB, reason: 'deleted' });
            live.delete(path);
          }
        }
        if (f.path === '/' && live.has('/')) {
          items.push({ path: '/', addedInLayer: live.get('/')!.layer, deletedInLayer: layer.index, sizeMB: live.get('/')!.sizeMB, reason: 'deleted' });
          live.delete('/');
        }
        continue;
      }
      const before = live.get(f.path);
      if (before && f.change === 'change') items.push({ path: f.path, addedInLayer: before.layer, deletedInLayer: layer.index, sizeMB: before.sizeMB, reason: 'replaced' });
      live.set(f.path, { layer: layer.index, sizeMB: f.sizeMB });
    }
  }
  const kept = items.filter((i) => i.sizeMB > 0);
  return { wastedMB: roundMB(kept.reduce((s, i) => s + i.sizeMB, 0)), items: kept };
}
