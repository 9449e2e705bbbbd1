// ESLint rule: imports inside src/ flow one way (shared/HOUSE_STYLE.md).
//   domain     -> domain
//   store      -> domain, store
//   components -> domain, components
//   features/X -> domain, store, components, features/X
//   app, main  -> anything in src
import path from 'node:path';

const SRC = `${path.sep}src${path.sep}`;

/** The layer of a file under src/, e.g. 'domain' or 'features/volume-explorer'; null outside src. */
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

export function allowed(from, to) {
  if (from.startsWith('features/')) return ['domain', 'store', 'components', from].includes(to);
  return (ALLOWED[from] ?? (() => true))(to);
}

export const importDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports flow domain <- store <- features <- app; components stand alone; features never import each other.' },
    schema: [],
    messages: { wrongWay: '{{from}} may not import {{to}} (import direction: domain <- store <- features <- app).' },
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(file), source));
      if (to && !allowed(from, to)) context.report({ node, messageId: 'wrongWay', data: { from, to } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
