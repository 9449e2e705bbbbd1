/**
 * Small text helpers the Dockerfile parser and the layer estimate share: splitting an instruction's
 * arguments into words, reading leading `--flag=value` options and the JSON (exec) form, ARG
 * substitution in FROM, and resolving paths against the working directory. No units.
 *
 * Rules follow the Dockerfile reference (docs.docker.com/reference/dockerfile): words are split on
 * whitespace, "double" and 'single' quotes group a word and are removed, the escape character (\ by
 * default) takes the next character literally outside single quotes; the JSON form is a JSON array
 * of strings (double quotes only); anything else is the shell form. `${NAME}`, `$NAME`,
 * `${NAME:-default}` and `${NAME:+alternative}` are substituted from ARGs declared before the first
 * FROM. Every function is linear in its input and never throws.
 */

const isBlank = (code: number) => code === 32 || (code >= 9 && code <= 13);

/** The words of `text`, quotes removed. */
export function splitWords(text: string, escape = '\\'): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === escape && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === escape && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (isBlank(text.charCodeAt(i))) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The leading `--name=value` / `--name` options of `text` and what follows them. */
export function readFlags(text: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  const flag = /[ \t]*--([A-Za-z][\w-]*)(?:=("[^"]*"|'[^']*'|\S*))?(?=\s|$)/y;
  let at = 0;
  for (let m = flag.exec(text); m; m = flag.exec(text)) {
    const name = m[1]!.toLowerCase();
    const raw = m[2] ?? 'true';
    const value = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
    flags[name] = name in flags ? `${flags[name]!} ${value}` : value;
    at = flag.lastIndex;
  }
  return { flags, rest: text.slice(at).trim() };
}

/** The JSON form's strings, or null when `text` is not a JSON array of strings. */
export function jsonForm(text: string): string[] | null {
  const t = text.trim();
  if (!t.startsWith('[') || !t.endsWith(']')) return null;
  try {
    const value: unknown = JSON.parse(t);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
  } catch {
    return null;
  }
}

/** `text` with `$NAME` / `${NAME}` / `${NAME:-d}` / `${NAME:+a}` replaced from `vars` (unset: empty). */
export function substituteArgs(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{([A-Za-z_]\w*)(?::([-+])([^}]*))?\}|\$([A-Za-z_]\w*)/g,
    (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
      const name = (braced ?? bare)!;
      const value = Object.hasOwn(vars, name) ? vars[name]! : undefined;
      if (op === '-') return value ? value : (word ?? '');
      if (op === '+') return value ? (word ?? '') : '';
      return value ?? '';
    });
}

/** `path` made absolute against `workdir` (itself absolute), `.`/`..`/`//` and a trailing `/` removed. */
export function resolvePath(path: string, workdir = '/'): string {
  if (path.startsWith('/') && !/\/\/|\/\.|\/$/.test(path)) return path; // already clean
  const p = path.replace(/^~(?=\/|$)/, '/root').replace(/^\$\{?HOME\}?(?=\/|$)/, '/root');
  const full = p.startsWith('/') ? p : `${workdir}/${p}`;
  const parts: string[] = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/** A delete target as the layer model matches it: `/x/*` and `/x/` both mean `/x`. */
export function deleteTarget(path: string, workdir = '/'): string {
  return resolvePath(path.replace(/\/\*$/, ''), workdir);
}

/** True when `path` is `dir` or lies under it. */
export function isUnder(path: string, dir: string): boolean {
  return path === dir || dir === '/' || (path.length > dir.length && path.charCodeAt(dir.length) === 47 && path.startsWith(dir));
}

/** The last segment of a path or URL, query string dropped. */
export function baseName(path: string): string {
  const clean = path.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return clean.slice(clean.lastIndexOf('/') + 1);
}
