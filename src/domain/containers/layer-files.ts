/**
 * The file bookkeeping behind the layer estimate: what one layer's entries are, given the files
 * the layers below it already show, and what COPY and ADD bring in. Sizes in MB (decimal), every
 * default an explorer's assumption (size-assumptions.ts).
 *
 * A layer is a read-only delta over the layers below (aws-facts §10; Docker docs):
 *   - add a path nobody below has              → 'add' (its size counts in this layer)
 *   - add or touch a path a lower layer has    → 'change': the WHOLE file is copied into this layer
 *   - delete a path a lower layer has          → 'delete' entry (a whiteout) of 0 MB: it hides the
 *     file, the lower layer still holds its bytes
 *   - add then delete inside the same layer    → nothing: it never reaches the layer
 * Paths are absolute; a directory stands for everything under it; the base image is one entry `/`.
 */
import type { Instruction } from './dockerfile';
import type { LayerFile } from './layers';
import type { FileOp } from './run-effects';
import type { LayerSizeAssumptions } from './size-assumptions';
import { baseName, isUnder, resolvePath } from './shell-words';

/** Path → sizeMB of what the stage shows after its layers so far. */
export type VisibleFiles = Map<string, number>;

/** A lower file (not the base's `/`) is at, under or above `path`. */
function lowerTouches(lower: ReadonlyMap<string, number>, path: string): boolean {
  for (const q of lower.keys()) if (q !== '/' && (isUnder(path, q) || isUnder(q, path))) return true;
  return false;
}

/** The entries of one layer after applying `ops` in order over `lower`. */
export function applyOps(ops: readonly FileOp[], lower: ReadonlyMap<string, number>): LayerFile[] {
  const entries = new Map<string, LayerFile>();
  for (const op of ops) {
    const prev = entries.get(op.path);
    if (op.op === 'add') {
      const change = prev ? (prev.change === 'add' ? 'add' : 'change') : lower.has(op.path) ? 'change' : 'add';
      entries.set(op.path, { path: op.path, sizeMB: op.sizeMB, change });
    } else if (op.op === 'delete') {
      let removedHere = false;
      for (const [p, f] of entries) if (f.change !== 'delete' && isUnder(p, op.path)) { entries.delete(p); removedHere = true; }
      // A path this layer created and removed leaves nothing; one from below leaves a whiteout.
      if (lowerTouches(lower, op.path) || (!removedHere && lower.has('/'))) entries.set(op.path, { path: op.path, sizeMB: 0, change: 'delete' });
    } else if (!prev || prev.change === 'delete') {
      let copied = false;
      if (!prev) {
        for (const [q, sizeMB] of lower) {
          if (q !== '/' && isUnder(q, op.path)) { entries.set(q, { path: q, sizeMB, change: 'change' }); copied = true; }
        }
      }
      if (!copied) entries.set(op.path, { path: op.path, sizeMB: 0, change: prev || lowerTouches(lower, op.path) || lower.has('/') ? 'change' : 'add' });
    }
  }
  return [...entries.values()];
}

/** `visible` after a layer with these entries (mutates and returns the map it is given). */
export function stackLayer(visible: VisibleFiles, files: readonly LayerFile[]): VisibleFiles {
  for (const f of files) {
    if (f.change === 'delete') {
      for (const q of visible.keys()) if (q !== '/' && isUnder(q, f.path)) visible.delete(q);
    } else {
      visible.set(f.path, f.sizeMB);
    }
  }
  return visible;
}

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2|zip)$/i;
const TAR = /\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2)$/i;
const URL = /^([a-z]+:\/\/|git@)/i;

/** The size the stage `files` holds at or under `path`, or null when nothing is there. */
function sizeIn(files: ReadonlyMap<string, number>, path: string): number | null {
  if (files.has(path)) return files.get(path)!;
  let total = 0;
  let found = false;
  for (const [q, sizeMB] of files) if (q !== '/' && isUnder(q, path)) { total += sizeMB; found = true; }
  return found ? total : null;
}

/**
 * The adds of a COPY or ADD. `fromStage` gives an earlier stage's files for `--from=<stage>`, or
 * null when `--from` names an image.
 */
export function copyOps(ins: Instruction, workdir: string, a: LayerSizeAssumptions,
  fromStage: (ref: string) => ReadonlyMap<string, number> | null): FileOp[] {
  const list = ins.json ?? ins.words;
  if (list.length < 2) return [];
  const dst = list[list.length - 1]!;
  const sources = list.slice(0, -1);
  const stageFiles = ins.flags.from === undefined ? null : fromStage(ins.flags.from);
  const dstIsDir = sources.length > 1 || /(^|\/)\.{0,2}$/.test(dst) || resolvePath(dst, workdir) === workdir;
  const into = (src: string, dirLike: boolean) => (dirLike || !dstIsDir
    ? resolvePath(dst, workdir) : resolvePath(`${dst}/${baseName(src)}`, workdir));
  return sources.map((src): FileOp => {
    const named = ins.flags.from !== undefined ? ` from ${ins.flags.from}` : '';
    const isFile = /\.[A-Za-z0-9]{1,8}$/.test(baseName(src));
    if (stageFiles) {
      const sizeMB = sizeIn(stageFiles, resolvePath(src, '/'));
      return { op: 'add', path: into(src, !isFile && sizeMB === null), sizeMB: sizeMB ?? (isFile ? a.smallFileMB : a.directoryMB), what: `${ins.keyword} ${src}${named}` };
    }
    if (ins.flags.from === undefined && (src === '.' || src === './' || src === '*')) {
      return { op: 'add', path: into(src, true), sizeMB: a.contextMB, what: `${ins.keyword} the build context` };
    }
    if (URL.test(src)) return { op: 'add', path: into(src, false), sizeMB: a.downloadMB, what: `${ins.keyword} downloads ${baseName(src)}` };
    if (ins.keyword === 'ADD' && TAR.test(src) && ins.flags.from === undefined) {
      return { op: 'add', path: into(src, true), sizeMB: a.extractedArchiveMB, what: `ADD unpacks ${baseName(src)}` };
    }
    if (ARCHIVE.test(src)) return { op: 'add', path: into(src, false), sizeMB: a.archiveMB, what: `${ins.keyword} ${src}${named}` };
    return { op: 'add', path: into(src, !isFile), sizeMB: isFile ? a.smallFileMB : a.directoryMB, what: `${ins.keyword} ${src}${named}` };
  });
}
