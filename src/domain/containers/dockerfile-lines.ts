/**
 * The first pass of the Dockerfile parser: raw text to logical lines (Dockerfile reference,
 * docs.docker.com/reference/dockerfile, "Format", "Parser directives", "Escape", "Here-documents").
 *
 *   - parser directives (`# syntax=…`, `# escape=…`, `# check=…`) only at the very top, each once;
 *     the first comment, blank line or instruction ends them (later ones are plain comments);
 *   - a line whose first non-blank character is `#` is a comment; `#` later in a line is not;
 *   - a line ending in the escape character (`\`, or `` ` `` after `# escape=``), optionally
 *     followed by spaces, continues on the next line; comment and blank lines inside a continuation
 *     are skipped; the pieces are joined as they are (the escape removed), as BuildKit does;
 *   - RUN, COPY and ADD may carry here-documents (`<<EOF` … `EOF`, `<<-EOF` strips leading tabs):
 *     their body lines belong to the instruction, joined with newlines.
 *
 * Linear in the text; never throws. Lines are counted from 1.
 */
import type { DockerfileError } from './dockerfile';

export interface LogicalLine {
  /** Line where the instruction starts. */
  line: number;
  /** Last line it spans (continuations and here-documents). */
  endLine: number;
  /** The instruction's text, continuations joined, leading blanks removed. */
  text: string;
  /** Its first physical line was indented (a hint that a continuation `\` is missing above). */
  indented: boolean;
}

export interface ScannedDockerfile {
  lines: LogicalLine[];
  directives: Record<string, string>;
  escape: string;
  errors: DockerfileError[];
  warnings: DockerfileError[];
}

const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
/** Read on a trimmed line, so the value has no trailing blanks. */
const DIRECTIVE = /^#\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(.*)$/;
const HEREDOC = /(?<!<)<<(?!<)(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);

function readDirectives(raw: readonly string[], out: ScannedDockerfile): number {
  let i = 0;
  for (; i < raw.length; i++) {
    const m = DIRECTIVE.exec(raw[i]!.trim());
    const name = m?.[1]?.toLowerCase();
    if (!m || !name || !KNOWN_DIRECTIVES.has(name)) break;
    if (name in out.directives) {
      out.errors.push({ line: i + 1, message: `The ${name} directive may appear only once` });
      continue;
    }
    const value = m[2] ?? '';
    out.directives[name] = value;
    if (name === 'escape') {
      if (value === '\\' || value === '`') out.escape = value;
      else out.errors.push({ line: i + 1, message: `The escape directive takes \\ or \`, not "${value}"` });
    }
  }
  return i;
}

/** The directives, logical lines and line-level problems of `text`. */
export function scanDockerfile(text: string): ScannedDockerfile {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: ScannedDockerfile = { lines: [], directives: {}, escape: '\\', errors: [], warnings: [] };
  let i = readDirectives(raw, out);
  const esc = out.escape === '`' ? '`' : '\\\\';
  const continues = new RegExp(`${esc}[ \\t]*$`);
  let warnedEmpty = false;
  for (; i < raw.length; i++) {
    const first = raw[i]!;
    const trimmed = first.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const start = i;
    let text = first.trimStart();
    let open = continues.test(text);
    if (open) text = text.replace(continues, '');
    while (open && i + 1 < raw.length) {
      i++;
      const next = raw[i]!;
      const t = next.trim();
      if (t.startsWith('#')) continue;
      if (t === '') {
        if (!warnedEmpty) out.warnings.push({ line: i + 1, message: 'An empty line inside a continuation is deprecated: remove it' });
        warnedEmpty = true;
        continue;
      }
      open = continues.test(next);
      text += open ? next.replace(continues, '') : next;
    }
    i = readHeredocs(raw, i, text, out, (body) => { text += body; });
    out.lines.push({ line: start + 1, endLine: i + 1, text: text.trim(), indented: /^\s/.test(first) });
  }
  return out;
}

/** Reads the bodies of the here-documents `text` opens; returns the index of the last line used. */
function readHeredocs(raw: readonly string[], at: number, text: string, out: ScannedDockerfile, append: (body: string) => void): number {
  const keyword = /^\S+/.exec(text)?.[0]?.toUpperCase() ?? '';
  if (!HEREDOC_KEYWORDS.has(keyword) || !text.includes('<<')) return at;
  let i = at;
  for (const m of text.matchAll(HEREDOC)) {
    const word = m[3]!;
    const stripTabs = m[1] === '-';
    const startLine = i + 1;
    let closed = false;
    let body = '';
    while (i + 1 < raw.length) {
      i++;
      const line = stripTabs ? raw[i]!.replace(/^\t+/, '') : raw[i]!;
      if (line === word) { closed = true; break; }
      body += `\n${line}`;
    }
    append(body);
    if (!closed) out.errors.push({ line: startLine, message: `The here-document <<${word} is never closed: end it with a line holding only ${word}` });
  }
  return i;
}
