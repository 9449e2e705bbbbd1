/**
 * What a RUN instruction does to the filesystem, guessed from its command line: a list of file
 * operations the layer estimate applies in order. Sizes come from `LayerSizeAssumptions` (every one
 * an explorer's assumption, MB decimal). Commands split on `&&`, `||`, `;`, `|` and new lines;
 * leading `NAME=value` assignments and `sudo` are skipped. Recognised:
 *
 *   apt-get / apt update            add /var/lib/apt/lists                       aptListsMB
 *   apt-get / apt install p…        add /usr/lib/<p> per package                 packageMB each
 *   yum / dnf / microdnf install p… add /usr/lib/<p> and the cache /var/cache/yum packageMB, yumCacheMB
 *   yum / dnf clean                 delete the cache
 *   apk add p… (--no-cache)         add /usr/lib/<p> (and /var/cache/apk)        apkPackageMB, apkCacheMB
 *   pip install -r f | p…           add site-packages (and /root/.cache/pip)     pipRequirementsMB | pipPackageMB, pipCacheMB
 *   npm install / i / ci            add <workdir>/node_modules and /root/.npm    npmModulesMB, npmCacheMB
 *   npm cache clean                 delete /root/.npm
 *   go mod download | go build      add /go/pkg/mod | the binary (-o path)       goModulesMB | goBinaryMB
 *   curl -o f / -O, wget [-O f]     add the downloaded file                      downloadMB
 *   rm, apt-get/yum remove, apk del delete (frees nothing below this layer)
 *   mkdir, touch                    add an empty entry
 *   chmod, chown, touch (existing)  change: the whole file is copied up into the new layer
 *
 * `/usr/lib/<package>` stands for a package's files, which really spread over /usr. Anything else
 * changes no estimated file (the layer is 0 MB unless the person sets its size). Linear; pure.
 */
import type { LayerSizeAssumptions } from './size-assumptions';
import { baseName, deleteTarget, resolvePath, splitWords } from './shell-words';

export type FileOp =
  | { op: 'add'; path: string; sizeMB: number; what: string }
  | { op: 'delete'; path: string; what: string }
  | { op: 'touch'; path: string; what: string };

const SEPARATOR = /&&|\|\||;|\||\n/;
const PACKAGE_MANAGERS: Readonly<Record<string, string>> = { yum: '/var/cache/yum', dnf: '/var/cache/dnf', microdnf: '/var/cache/yum' };

const operands = (tokens: readonly string[]) => tokens.filter((t) => !t.startsWith('-'));
const packagePath = (p: string) => `/usr/lib/${p.replace(/[=<>].*$/, '')}`;

function packageOps(manager: string, packages: readonly string[], sizeMB: number): FileOp[] {
  return packages.map((p) => ({ op: 'add', path: packagePath(p), sizeMB, what: `${manager} installs ${p.replace(/[=<>].*$/, '')}` }));
}

function removeOps(manager: string, packages: readonly string[]): FileOp[] {
  return packages.map((p) => ({ op: 'delete', path: packagePath(p), what: `${manager} removes ${p}` }));
}

function downloadOps(cmd: string, args: readonly string[], workdir: string, a: LayerSizeAssumptions): FileOp[] {
  const url = args.find((t) => /^[a-z]+:\/\//i.test(t));
  if (args.some((t) => /^-[A-Za-z]*O-$/.test(t))) return []; // wget -qO- writes to stdout
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!;
    const short = /^-[A-Za-z]+$/.test(t) ? t : '';
    if (t === '--output' || short.endsWith('o') || (cmd === 'wget' && short.endsWith('O'))) {
      const out = args[i + 1];
      return !out || out === '-' ? [] : [{ op: 'add', path: resolvePath(out, workdir), sizeMB: a.downloadMB, what: `${cmd} downloads ${baseName(out)}` }];
    }
    if (cmd === 'wget' && t.startsWith('-O')) return t === '-O-' ? [] : [{ op: 'add', path: resolvePath(t.slice(2), workdir), sizeMB: a.downloadMB, what: `wget downloads ${baseName(t.slice(2))}` }];
  }
  const remoteName = cmd === 'wget' || args.some((t) => t === '--remote-name' || /^-[A-Za-z]*O[A-Za-z]*$/.test(t));
  if (!url || !remoteName) return [];
  return [{ op: 'add', path: resolvePath(baseName(url) || 'index.html', workdir), sizeMB: a.downloadMB, what: `${cmd} downloads ${baseName(url)}` }];
}

function commandOps(tokens: readonly string[], workdir: string, a: LayerSizeAssumptions): FileOp[] {
  let t = tokens.slice();
  while (t.length > 0 && (/^[A-Za-z_]\w*=/.test(t[0]!) || t[0] === 'sudo' || t[0] === 'exec')) t = t.slice(1);
  if (/^python[\d.]*$/.test(baseName(t[0] ?? '')) && t[1] === '-m') t = t.slice(2);
  const cmd = baseName(t[0] ?? '');
  const args = t.slice(1);
  const words = operands(args);
  const sub = words[0] ?? '';
  switch (cmd) {
    case 'apt-get': case 'apt':
      if (sub === 'update') return [{ op: 'add', path: '/var/lib/apt/lists', sizeMB: a.aptListsMB, what: `${cmd} update writes package lists` }];
      if (sub === 'install') return packageOps(cmd, words.slice(1), a.packageMB);
      if (sub === 'remove' || sub === 'purge') return removeOps(cmd, words.slice(1));
      return [];
    case 'yum': case 'dnf': case 'microdnf': {
      const cache = PACKAGE_MANAGERS[cmd]!;
      const cacheOp: FileOp = { op: 'add', path: cache, sizeMB: a.yumCacheMB, what: `${cmd} fills its cache` };
      if (sub === 'install') return [cacheOp, ...packageOps(cmd, words.slice(1), a.packageMB)];
      if (sub === 'update' || sub === 'upgrade' || sub === 'makecache') return [cacheOp];
      if (sub === 'clean') return [{ op: 'delete', path: cache, what: `${cmd} clean empties its cache` }];
      if (sub === 'remove' || sub === 'erase') return removeOps(cmd, words.slice(1));
      return [];
    }
    case 'apk': {
      const cacheOp: FileOp[] = args.includes('--no-cache') ? [] : [{ op: 'add', path: '/var/cache/apk', sizeMB: a.apkCacheMB, what: 'apk caches its index' }];
      if (sub === 'add') return [...cacheOp, ...packageOps('apk', words.slice(1), a.apkPackageMB)];
      if (sub === 'update') return cacheOp;
      if (sub === 'del') return removeOps('apk', words.slice(1));
      return [];
    }
    case 'pip': case 'pip3': {
      if (sub !== 'install') return [];
      const site = '/usr/local/lib/python3/site-packages';
      const r = args.findIndex((x) => x === '-r' || x === '--requirement');
      const cache: FileOp[] = args.includes('--no-cache-dir') ? [] : [{ op: 'add', path: '/root/.cache/pip', sizeMB: a.pipCacheMB, what: 'pip keeps its download cache' }];
      if (r >= 0) return [{ op: 'add', path: site, sizeMB: a.pipRequirementsMB, what: `pip installs ${args[r + 1] ?? 'requirements'}` }, ...cache];
      return [...words.slice(1).map((p): FileOp => ({ op: 'add', path: `${site}/${p.replace(/[=<>~!].*$/, '')}`, sizeMB: a.pipPackageMB, what: `pip installs ${p}` })), ...cache];
    }
    case 'npm':
      if (['install', 'i', 'ci'].includes(sub)) {
        return [{ op: 'add', path: resolvePath('node_modules', workdir), sizeMB: a.npmModulesMB, what: `npm ${sub} writes node_modules` },
          { op: 'add', path: '/root/.npm', sizeMB: a.npmCacheMB, what: 'npm keeps its cache' }];
      }
      return sub === 'cache' && words[1] === 'clean' ? [{ op: 'delete', path: '/root/.npm', what: 'npm cache clean empties its cache' }] : [];
    case 'go': {
      if (sub === 'mod' && words[1] === 'download') return [{ op: 'add', path: '/go/pkg/mod', sizeMB: a.goModulesMB, what: 'go mod download fetches modules' }];
      if (sub !== 'build') return [];
      const o = args.indexOf('-o');
      const pkg = words[1];
      const name = pkg && pkg !== '.' && pkg !== './...' ? baseName(pkg) : baseName(workdir) || 'app';
      const out = o >= 0 && args[o + 1] ? resolvePath(args[o + 1]!, workdir) : resolvePath(name, workdir);
      return [{ op: 'add', path: out, sizeMB: a.goBinaryMB, what: `go build writes ${baseName(out)}` }];
    }
    case 'curl': case 'wget':
      return downloadOps(cmd, args, workdir, a);
    case 'rm':
      return words.map((p) => ({ op: 'delete', path: deleteTarget(p, workdir), what: `rm ${p}` }));
    case 'mkdir':
      return words.map((p) => ({ op: 'add', path: resolvePath(p, workdir), sizeMB: 0, what: `mkdir ${p}` }));
    case 'touch':
      return words.map((p) => ({ op: 'touch', path: resolvePath(p, workdir), what: `touch ${p}` }));
    case 'chmod': case 'chown':
      return words.slice(1).map((p) => ({ op: 'touch', path: resolvePath(p, workdir), what: `${cmd} ${p}` }));
    default:
      return [];
  }
}

/** The file operations of a RUN command (shell form text, or the JSON form's strings joined). */
export function runEffects(command: string, workdir: string, a: LayerSizeAssumptions): FileOp[] {
  const ops: FileOp[] = [];
  for (const segment of command.split(SEPARATOR)) {
    const tokens = splitWords(segment);
    if (tokens.length > 0) for (const op of commandOps(tokens, workdir, a)) ops.push(op);
  }
  return ops;
}
