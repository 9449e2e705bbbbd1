/**
 * A Dockerfile parser for the explorer: instructions, build stages, errors per line, and which
 * instructions make filesystem layers. No units.
 *
 * Layers (aws-facts §10, item 45; current Docker docs): only instructions that change the
 * filesystem create a layer: FROM (its base image's layers), RUN, COPY and ADD. LABEL, CMD, ENV,
 * EXPOSE and the other instructions only change the image's metadata. (The notes' "each line …
 * creates a new filesystem layer" is the old Docker 1.13-era wording.) With several stages
 * (`FROM x AS name`, `COPY --from=name`), only the last stage's layers ship in the image; the
 * others are build steps, listed per stage.
 *
 * Syntax (Dockerfile reference): keywords are case-insensitive; directives, comments,
 * continuations and here-documents are read by `scanDockerfile`; the JSON (exec) form is a JSON
 * array of strings, anything else is the shell form. Only ARG may come before the first FROM, and
 * ARGs declared there are substituted into FROM lines.
 *
 * A RUN that calls a package manager its base image lacks (apt-get on Alpine, apk on Debian) gets a
 * warning on its line (package-managers.ts).
 *
 * The parser never throws: every problem is an error (or warning) on its line and the rest is still
 * parsed, so a view can draw what it understood. An instruction with an error is not built: it is
 * in `instructions` but makes no layer. Linear in the text.
 */
import { closest, instructionProblems, isInstructionKeyword, unknownInstructionMessage } from './dockerfile-checks';
import { scanDockerfile } from './dockerfile-lines';
import { packageManagerRemarks } from './package-managers';
import { jsonForm, readFlags, splitWords, substituteArgs } from './shell-words';

export interface Instruction {
  /** 1-based line where the instruction starts. */
  line: number;
  keyword: string;
  /** Everything after the keyword, continuations joined, options included. */
  args: string;
  /** Last line the instruction spans. */
  endLine: number;
  /** Index of its stage in `stages`; -1 before the first FROM. */
  stage: number;
  /** Leading options (`--from=build` → { from: 'build' }); only for keywords that take options. */
  flags: Record<string, string>;
  /** The arguments after the options, split into words (quotes removed). */
  words: string[];
  /** The JSON (exec) form's strings, or null in shell form. */
  json: string[] | null;
}

export interface DockerfileLayer { fromLine: number; keyword: string }
export interface DockerfileError { line: number; message: string }

export interface DockerfileStage {
  index: number;
  /** `AS name`, as written, or null. Stage names compare case-insensitively. */
  name: string | null;
  fromLine: number;
  /** The base image after ARG substitution ('' when FROM names none). */
  base: string;
  /** The earlier stage the FROM builds on (FROM build AS test), or null for an image. */
  baseStage: number | null;
  /** The stage's instructions, its FROM first. */
  instructions: Instruction[];
  layers: DockerfileLayer[];
}

export interface ParsedDockerfile {
  instructions: Instruction[];
  /** The final stage's filesystem layers, base image first: what the image ships. */
  layers: DockerfileLayer[];
  errors: DockerfileError[];
  warnings: DockerfileError[];
  stages: DockerfileStage[];
  directives: Record<string, string>;
}

const FILESYSTEM_KEYWORDS: ReadonlySet<string> = new Set(['FROM', 'RUN', 'COPY', 'ADD']);
const COMMAND_KEYWORDS: ReadonlySet<string> = new Set(['RUN', 'CMD', 'ENTRYPOINT']);
const LOOKS_LIKE_IMAGE = /[:/@.]/;

/** FROM, RUN, COPY and ADD change the filesystem (make a layer); every other instruction is metadata. */
export function isFilesystemInstruction(keyword: string): boolean {
  return FILESYSTEM_KEYWORDS.has(keyword.toUpperCase());
}

function toInstruction(line: number, endLine: number, keyword: string, rest: string, escape: string, stage: number): Instruction {
  const { flags, rest: operands } = FILESYSTEM_KEYWORDS.has(keyword) || keyword === 'HEALTHCHECK'
    ? readFlags(rest) : { flags: {}, rest: rest.trim() };
  const json = jsonForm(operands);
  const words = keyword === 'WORKDIR' ? (operands ? [operands] : []) : splitWords(operands.split('\n')[0]!, escape);
  return { line, endLine, keyword, args: rest.trim(), stage, flags, words, json };
}

function copyFromProblem(value: string, stage: number, names: readonly (string | null)[]): string | null {
  if (/^\d+$/.test(value)) {
    return Number(value) < stage ? null : `COPY --from=${value} names no earlier stage: stages are counted from 0, and this is stage ${stage}`;
  }
  const at = names.findIndex((n) => n !== null && n.toLowerCase() === value.toLowerCase());
  if (at >= 0 && at < stage) return null;
  if (at >= stage) return `COPY --from=${value} names this stage or a later one: a stage can copy only from an earlier stage`;
  if (LOOKS_LIKE_IMAGE.test(value)) return null; // an image reference, e.g. nginx:1.27
  const earlier = names.slice(0, stage).filter((n): n is string => n !== null);
  const near = closest(value, earlier);
  const hint = near ? `Did you mean ${near}?` : earlier.length > 0 ? `The earlier stages are ${earlier.join(', ')}.` : 'No stage before it has a name (FROM image AS name).';
  return `COPY --from=${value} names no earlier stage. ${hint} To copy from an image, give its tag, e.g. ${value}:latest`;
}

/** The image a stage finally builds on, through `FROM <earlier stage>`. */
function rootBase(stages: readonly DockerfileStage[], stage: DockerfileStage): string {
  let at: DockerfileStage | undefined = stage;
  for (let hops = 0; at && at.baseStage !== null && hops < stages.length; hops++) at = stages[at.baseStage];
  return at?.base ?? '';
}

/** Parses `text` into instructions, stages and final-image layers, collecting errors per line. */
export function parseDockerfile(text: string): ParsedDockerfile {
  const scanned = scanDockerfile(text);
  const errors = [...scanned.errors];
  const warnings = [...scanned.warnings];
  const instructions: Instruction[] = [];
  let previousEnd: number | null = null;
  let stageCount = 0;
  for (const logical of scanned.lines) {
    const m = /^(\S+)\s*([\s\S]*)$/.exec(logical.text);
    const word = m?.[1] ?? '';
    const keyword = word.toUpperCase();
    if (!isInstructionKeyword(keyword)) {
      errors.push({ line: logical.line, message: unknownInstructionMessage(word, logical.indented ? previousEnd : null) });
    } else {
      if (keyword === 'FROM') stageCount++;
      instructions.push(toInstruction(logical.line, logical.endLine, keyword, m?.[2] ?? '', scanned.escape, stageCount - 1));
    }
    previousEnd = logical.endLine;
  }

  const stageNames = instructions.filter((i) => i.keyword === 'FROM')
    .map((i) => (i.words.length === 3 && i.words[1]!.toUpperCase() === 'AS' ? i.words[2]! : null));
  const globalArgs: Record<string, string> = {};
  const stages: DockerfileStage[] = [];
  const cmdLines = new Map<string, number>();
  for (const ins of instructions) {
    for (const problem of instructionProblems(ins)) errors.push({ line: ins.line, message: problem });
    if (ins.keyword === 'FROM') {
      const index = stages.length;
      const base = substituteArgs(ins.words[0] ?? '', globalArgs);
      const at = stageNames.findIndex((n) => n !== null && n.toLowerCase() === base.toLowerCase());
      const name = stageNames[index] ?? null;
      const dup = name === null ? -1 : stageNames.findIndex((n) => n?.toLowerCase() === name.toLowerCase());
      if (dup >= 0 && dup < index) errors.push({ line: ins.line, message: `The stage name "${name!}" is already used by stage ${dup}` });
      stages.push({ index, name, fromLine: ins.line, base, baseStage: at >= 0 && at < index ? at : null, instructions: [], layers: [] });
      cmdLines.clear();
    }
    const stage = stages[stages.length - 1];
    if (!stage) {
      if (ins.keyword === 'ARG') {
        for (const w of ins.words) { const [k, ...v] = w.split('='); if (k) globalArgs[k] = v.join('='); }
      } else {
        errors.push({ line: ins.line, message: 'The first instruction must be FROM (or ARG before FROM)' });
      }
      continue;
    }
    stage.instructions.push(ins);
    if (isFilesystemInstruction(ins.keyword)) stage.layers.push({ fromLine: ins.line, keyword: ins.keyword });
    if (ins.keyword === 'COPY' && ins.flags.from !== undefined) {
      const problem = copyFromProblem(ins.flags.from, stage.index, stageNames);
      if (problem) errors.push({ line: ins.line, message: problem });
    }
    if (ins.keyword === 'RUN') {
      const command = ins.json ? ins.json.join(' ') : readFlags(ins.args).rest;
      for (const message of packageManagerRemarks(command, rootBase(stages, stage))) warnings.push({ line: ins.line, message });
    }
    if (ins.keyword === 'MAINTAINER') warnings.push({ line: ins.line, message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="…"' });
    if ((ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && cmdLines.has(ins.keyword)) {
      warnings.push({ line: ins.line, message: `Only the last ${ins.keyword} of a stage takes effect: line ${cmdLines.get(ins.keyword)!}'s is replaced` });
    }
    if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') cmdLines.set(ins.keyword, ins.line);
    if (COMMAND_KEYWORDS.has(ins.keyword) && ins.json === null && ins.words[0]?.startsWith('[')) {
      warnings.push({ line: ins.line, message: `This ${ins.keyword} looks like JSON form but is not valid JSON (use double quotes), so it runs in shell form` });
    }
  }
  if (stages.length === 0 && !errors.some((e) => e.message.startsWith('The first instruction'))) {
    errors.push({ line: instructions[0]?.line ?? 1, message: 'A Dockerfile needs a FROM instruction, e.g. FROM alpine:3.20' });
  }
  errors.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => a.line - b.line);
  // A line with an error is not built: it makes no layer (Docker stops at the first error).
  const byLine = new Map(instructions.map((i) => [i.line, i.endLine]));
  const broken = (line: number) => errors.some((e) => e.line >= line && e.line <= (byLine.get(line) ?? line));
  for (const stage of stages) stage.layers = stage.layers.filter((l) => !broken(l.fromLine));
  return { instructions, layers: stages[stages.length - 1]?.layers ?? [], errors, warnings, stages, directives: scanned.directives };
}
