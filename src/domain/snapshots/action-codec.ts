/**
 * A compact, URL-safe, readable text form of a list of free-play block actions, for the URL and
 * for "Edit in free play". No units or AWS figures; limits come from FREE_PLAY_LIMITS.
 *
 *   actions  = action ("," action)*
 *   action   = "s"                          take a snapshot
 *            | "w" list                     write blocks (0-based), e.g. w0-9  w2-5.7
 *            | ("d" | "r" | "c") id         delete / restore in another AZ / copy to another Region
 *   list     = item ("." item)*,  item = n | n "-" m   (an ascending range, both ends included)
 *
 * Example: "w0-9,s,w2-5.7,s,d1,r2,c2". Blocks must lie below FREE_PLAY_LIMITS.maxSizeGiB (64),
 * snapshot ids are 1 or more, and at most FREE_PLAY_LIMITS.maxActions actions are read.
 * parseActions(encodeActions(a)) returns a for every valid list; parseActions never throws and
 * names each part it could not read.
 */
import type { BlockAction } from './blocks';
import { FREE_PLAY_LIMITS } from './step-counts';

/** "2-5.7": ascending runs of two or more consecutive blocks as ranges, the rest one by one. */
export function encodeBlockList(blocks: readonly number[]): string {
  const items: string[] = [];
  let i = 0;
  while (i < blocks.length) {
    const first = blocks[i] ?? 0;
    let j = i;
    while (j + 1 < blocks.length && blocks[j + 1] === (blocks[j] ?? 0) + 1) j += 1;
    items.push(j > i ? `${first}-${blocks[j] ?? first}` : String(first));
    i = j + 1;
  }
  return items.join('.');
}

function encodeAction(action: BlockAction): string {
  switch (action.kind) {
    case 'write': return `w${encodeBlockList(action.blocks)}`;
    case 'snapshot': return 's';
    case 'delete': return `d${action.snapshot}`;
    case 'restore': return `r${action.snapshot}`;
    case 'copy': return `c${action.snapshot}`;
  }
}

/** The text form of `actions`, e.g. "w0-9,s,w2-5.7,s,d1,r2,c2". */
export function encodeActions(actions: readonly BlockAction[]): string {
  return actions.map(encodeAction).join(',');
}

const ID_KINDS = { d: 'delete', r: 'restore', c: 'copy' } as const;

function shown(part: string): string {
  return part.length > 24 ? `${part.slice(0, 24)}…` : part;
}

/** The blocks a list names, or the reason it cannot be read. */
function parseBlockList(list: string): number[] | string {
  if (list === '') return 'names no block';
  const blocks: number[] = [];
  for (const item of list.split('.')) {
    const match = /^(\d{1,3})(?:-(\d{1,3}))?$/.exec(item);
    if (match === null) return `has "${shown(item)}", which is neither a block number nor a range like 2-5`;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to < from) return `has the range ${item}, which runs backwards`;
    if (to >= FREE_PLAY_LIMITS.maxSizeGiB) return `names block ${to}, beyond the largest volume (blocks 0 to ${FREE_PLAY_LIMITS.maxSizeGiB - 1})`;
    for (let b = from; b <= to; b += 1) blocks.push(b);
  }
  return blocks;
}

function parsePart(part: string): BlockAction | string {
  if (part === 's') return { kind: 'snapshot' };
  const head = part.charAt(0);
  const rest = part.slice(1);
  if (head === 'w') {
    const blocks = parseBlockList(rest);
    return typeof blocks === 'string' ? `writes but ${blocks}` : { kind: 'write', blocks };
  }
  if (head === 'd' || head === 'r' || head === 'c') {
    if (!/^\d{1,6}$/.test(rest)) return `needs a snapshot number after "${head}", like ${head}1`;
    const snapshot = Number(rest);
    if (snapshot < 1) return 'names snapshot 0: snapshots are numbered from 1';
    return { kind: ID_KINDS[head], snapshot };
  }
  return 'is not an action: use s, w<blocks>, d<n>, r<n> or c<n>';
}

/**
 * The actions `raw` names, and a sentence for each part that could not be read (that part is left
 * out). Empty parts and surrounding spaces are ignored; never throws.
 */
export function parseActions(raw: string): { actions: BlockAction[]; problems: string[] } {
  if (typeof raw !== 'string') return { actions: [], problems: ['The actions are not text.'] };
  const actions: BlockAction[] = [];
  const problems: string[] = [];
  const parts = raw.split(',').map((p) => p.trim()).filter((p) => p !== '');
  parts.forEach((part, i) => {
    if (i >= FREE_PLAY_LIMITS.maxActions) return;
    const parsed = parsePart(part);
    if (typeof parsed === 'string') problems.push(`Part ${i + 1} ("${shown(part)}") ${parsed}.`);
    else actions.push(parsed);
  });
  if (parts.length > FREE_PLAY_LIMITS.maxActions) {
    problems.push(`Only the first ${FREE_PLAY_LIMITS.maxActions} actions are read; ${parts.length - FREE_PLAY_LIMITS.maxActions} more were left out.`);
  }
  return { actions, problems };
}
