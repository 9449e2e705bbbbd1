/**
 * What each Dockerfile instruction needs (Dockerfile reference, docs.docker.com/reference/dockerfile):
 * the argument checks behind the parser's per-line errors, and the "did you mean" suggestion for an
 * unknown keyword (Levenshtein distance at most 2). Messages are sentences a learner can act on.
 * Pure, linear in the instruction's length; never throws. No units.
 */
import type { Instruction } from './dockerfile';

export const INSTRUCTION_KEYWORDS = ['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY',
  'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'] as const;
export type InstructionKeyword = (typeof INSTRUCTION_KEYWORDS)[number];

const KEYWORDS: ReadonlySet<string> = new Set(INSTRUCTION_KEYWORDS);

export function isInstructionKeyword(word: string): word is InstructionKeyword {
  return KEYWORDS.has(word);
}

/** The options each keyword accepts (keywords not listed take none, and `--x` is an argument). */
export const INSTRUCTION_FLAGS: Readonly<Partial<Record<InstructionKeyword, readonly string[]>>> = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'checksum', 'keep-git-dir', 'exclude'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The candidate closest to `word` (case-insensitive), if at most 2 edits away (1 for 3 letters or fewer). */
export function closest<T extends string>(word: string, candidates: readonly T[]): T | null {
  const w = word.toUpperCase();
  if (w.length < 2 || w.length > 32) return null;
  let best: T | null = null;
  let bestDistance = w.length <= 3 ? 2 : 3;
  for (const c of candidates) {
    const d = distance(w, c.toUpperCase());
    if (d < bestDistance) { best = c; bestDistance = d; }
  }
  return best;
}

/** The closest keyword to `word`, if one is at most 2 edits away (1 for words of 3 letters or fewer). */
export function suggestKeyword(word: string): InstructionKeyword | null {
  return closest(word, INSTRUCTION_KEYWORDS);
}

export function unknownInstructionMessage(word: string, previousLine: number | null): string {
  const shown = word.length > 30 ? `${word.slice(0, 30)}…` : word;
  const suggestion = suggestKeyword(word);
  if (suggestion) return `Unknown instruction "${shown}": did you mean ${suggestion}?`;
  if (previousLine !== null) return `Unknown instruction "${shown}": is a \\ missing at the end of line ${previousLine}?`;
  return `Unknown instruction "${shown}"`;
}

const PORT = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(tcp|udp|sctp))?$/i;
const ARG_NAME = /^[A-Za-z_][\w.-]*$/;

function portProblem(word: string): string | null {
  if (word.includes('$')) return null;
  const m = PORT.exec(word);
  const low = Number(m?.[1]);
  const high = m?.[2] === undefined ? low : Number(m[2]);
  if (m && low <= high && high <= 65_535) return null;
  return `EXPOSE takes ports like 80, 8000-8010 or 53/udp, not "${word}"`;
}

function pairProblems(keyword: 'ENV' | 'LABEL', words: readonly string[]): string[] {
  const example = keyword === 'ENV' ? 'ENV NODE_ENV=production' : 'LABEL version="1.0"';
  if (words.length === 0) return [`${keyword} needs at least one name=value pair, e.g. ${example}`];
  if (!words[0]!.includes('=')) {
    // The legacy form `ENV NAME value`: the name, then everything after it.
    return words.length >= 2 ? [] : [`${keyword} needs a value: ${keyword} ${words[0]!}=value`];
  }
  return words.filter((w) => !w.includes('=') || w.startsWith('='))
    .map((w) => `${keyword} pairs are name=value, and "${w}" is not`);
}

/** The problems of one known instruction's arguments and options (not those needing other lines). */
export function instructionProblems(ins: Instruction): string[] {
  const { keyword, words, json, flags } = ins;
  const allowed = INSTRUCTION_FLAGS[keyword as InstructionKeyword];
  const problems = allowed ? Object.keys(flags).filter((f) => !allowed.includes(f)).map((f) => `${keyword} has no --${f} option`) : [];
  const n = json ? json.length : words.length;
  const need = (ok: boolean, message: string) => { if (!ok) problems.push(message); };
  switch (keyword) {
    case 'FROM':
      if (n === 0) problems.push('FROM needs a base image, e.g. FROM alpine:3.20');
      else need(n === 1 || (n === 3 && words[1]!.toUpperCase() === 'AS'), 'FROM takes an image and optionally AS <name>, e.g. FROM golang:1.22 AS build');
      if (n === 3 && words[1]!.toUpperCase() === 'AS') need(/^[A-Za-z][\w.-]*$/.test(words[2]!), `"${words[2]!}" is not a valid stage name: use letters, digits, -, _ and .`);
      break;
    case 'RUN': case 'CMD': case 'ENTRYPOINT':
      need(json ? json.length > 0 || keyword !== 'RUN' : ins.args.trim() !== '' && words.length > 0, `${keyword} needs a command`);
      break;
    case 'LABEL': case 'ENV':
      problems.push(...pairProblems(keyword, words));
      break;
    case 'MAINTAINER':
      need(n > 0, 'MAINTAINER needs a name');
      break;
    case 'EXPOSE':
      if (n === 0) problems.push('EXPOSE needs at least one port, e.g. EXPOSE 80 or EXPOSE 53/udp');
      for (const w of words) { const p = portProblem(w); if (p) problems.push(p); }
      break;
    case 'ADD': case 'COPY':
      need(n >= 2, `${keyword} needs a source and a destination`);
      break;
    case 'VOLUME':
      need(n > 0, 'VOLUME needs at least one path, e.g. VOLUME /data');
      break;
    case 'USER':
      need(n === 1, 'USER takes one user, optionally with a group: USER app or USER 1000:1000');
      break;
    case 'WORKDIR':
      need(ins.args.trim() !== '', 'WORKDIR needs a path, e.g. WORKDIR /app');
      break;
    case 'ARG':
      if (n === 0) problems.push('ARG needs a name, e.g. ARG VERSION=1.0');
      for (const w of words) need(ARG_NAME.test(w.split('=')[0]!), `"${w}" does not start with a valid ARG name`);
      break;
    case 'ONBUILD': {
      const trigger = words[0]?.toUpperCase();
      if (!trigger) problems.push('ONBUILD needs an instruction to run in a later build, e.g. ONBUILD RUN make');
      else if (!isInstructionKeyword(trigger)) problems.push(unknownInstructionMessage(words[0]!, null));
      else need(trigger !== 'ONBUILD' && trigger !== 'FROM' && trigger !== 'MAINTAINER', `ONBUILD cannot trigger ${trigger}`);
      break;
    }
    case 'STOPSIGNAL':
      need(n === 1, 'STOPSIGNAL takes one signal, e.g. STOPSIGNAL SIGTERM');
      break;
    case 'HEALTHCHECK': {
      const first = words[0]?.toUpperCase();
      need((first === 'NONE' && words.length === 1 && Object.keys(flags).length === 0) || (first === 'CMD' && words.length > 1),
        'HEALTHCHECK needs CMD <command> (after any options) or NONE alone');
      break;
    }
    case 'SHELL':
      need(json !== null && json.length > 0, 'SHELL must be written in JSON form, e.g. SHELL ["/bin/bash", "-c"]');
      break;
  }
  return problems;
}
