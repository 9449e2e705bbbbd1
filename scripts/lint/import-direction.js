// ESLint rule: imports inside src/ flow one way (shared/HOUSE_STYLE.md).
//   domain     -> domain
//   store      -> domain, store
//   components -> domain, components
//   features/X -> domain, store, components, features/X
//   app, main  -> anything in src, but a feature only by a dynamic import() (each view loads with its own code)
// Outside src/domain, the domain is imported through its public face (src/domain/index.ts) only.
import path from 'node:path';

const SRC = `${path.sep}src${path.sep}`;

/** The layer of a file under src/, e.g. 'domain' or 'features/ebs'; null outside src. */
export function layerOf(file) {
  const at = file.lastIndexOf(SRC);
  if (at === -1) return null;
  const parts = file.slice(at + SRC.length).split(path.sep);
  // A file directly in src/ (main.tsx) belongs to the app; `../domain` names the domain folder itself.
  if (parts.length === 1) return /\.[cm]?[jt]sx?$/.test(parts[0]) ? 'app' : parts[0];
  return parts[0] === 'features' ? `features/${parts[1]}` : parts[0];
}

const ALLOWED = {
  domain: (to) => to === 'domain',
  store: (to) => to === 'domain' || to === 'store',
  components: (to) => to === 'domain' || to === 'components',
  app: () => true,
};

export function allowed(from, to, { dynamic = false } = {}) {
  if (from.startsWith('features/')) return ['domain', 'store', 'components', from].includes(to);
  if (from === 'app' && to.startsWith('features/')) return dynamic;
  return (ALLOWED[from] ?? (() => true))(to);
}

/** True when `target` (a resolved import path) is the domain's public face rather than one of its modules. */
export function isDomainFace(target) {
  const at = target.lastIndexOf(SRC);
  const rest = target.slice(at + SRC.length).split(path.sep);
  return rest.length === 1 || (rest.length === 2 && /^index(\.[cm]?[jt]sx?)?$/.test(rest[1]));
}

export const importDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports flow domain <- store <- features <- app; components stand alone; features never import each other; views load lazily; the domain is imported through its index.' },
    schema: [],
    messages: {
      wrongWay: '{{from}} may not import {{to}} (import direction: domain <- store <- features <- app).',
      staticFeature: 'The app loads {{to}} lazily: import() it in src/app/views.ts, never statically (its code and state ship with it).',
      domainModule: 'Import the domain through its public face, src/domain/index.ts, not {{source}}.',
    },
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const check = (node, source, dynamic = false) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      const to = layerOf(target);
      if (!to) return;
      if (!allowed(from, to, { dynamic })) {
        const staticFeature = from === 'app' && to.startsWith('features/');
        context.report({ node, messageId: staticFeature ? 'staticFeature' : 'wrongWay', data: { from, to } });
      } else if (to === 'domain' && from !== 'domain' && !isDomainFace(target)) {
        context.report({ node, messageId: 'domainModule', data: { source } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, true),
    };
  },
};
