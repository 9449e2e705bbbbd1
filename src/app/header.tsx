import { useMemo } from 'react';
import type { Edition } from '../domain';
import { ChoiceGroup } from '../components/choice-group';
import { encodeLocation, type AppState } from '../store/create-app-store';
import { EDITION_LABELS } from '../store/location';
import { useAppStore } from '../store/store-context';
import { selectEdition, selectRoute } from '../store/view-hooks';
import { useTheme } from './theme';
import { VIEWS } from './views';

const EDITION_CHOICES = (['saa-c02', 'current'] as const).map((value) => ({ value, label: EDITION_LABELS[value] }));

const THEME_LABEL = { system: 'System', light: 'Light', dark: 'Dark' } as const;

/**
 * A selector for a view's full link that re-encodes only when that view's inputs or the edition
 * change: a keystroke in one view (a 100-line Dockerfile) does not re-encode every other link.
 */
function linkSelector(route: string) {
  let view: unknown;
  let edition: Edition | undefined;
  let href = '';
  return (s: AppState) => {
    const own = s.views[route] ?? s.pending[route];
    if (href && own === view && s.edition === edition) return href;
    view = own;
    edition = s.edition;
    href = encodeLocation(s, route);
    return href;
  };
}

function NavLink({ route, children }: { route: string; children: string }) {
  const current = useAppStore(selectRoute) === route;
  const select = useMemo(() => linkSelector(route), [route]);
  const href = useAppStore(select);
  return (
    <a
      href={href}
      aria-current={current ? 'page' : undefined}
      className="rounded-md px-2 py-1 text-sm font-medium hover:bg-slate-100 aria-[current=page]:bg-teal-700 aria-[current=page]:text-white dark:hover:bg-slate-800 dark:aria-[current=page]:bg-teal-400 dark:aria-[current=page]:text-slate-950"
    >
      {children}
    </a>
  );
}

export function Header() {
  const edition = useAppStore(selectEdition);
  const switchEdition = useAppStore((s) => s.switchEdition);
  const theme = useTheme();
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      {/* On a phone: the name and the theme, then the Figures switch, then the views as one row that scrolls sideways. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:py-3">
        <a href={`#/?edition=${edition}`} className="text-lg font-bold tracking-tight text-teal-800 dark:text-teal-300">
          EC2 Explorer
        </a>
        <nav aria-label="Explorers" className="order-3 -mx-1 flex w-full gap-1 overflow-x-auto px-1 pb-1 whitespace-nowrap sm:order-none sm:w-auto sm:flex-wrap sm:overflow-visible sm:pb-0 sm:whitespace-normal">
          {VIEWS.map((v) => <NavLink key={v.id} route={v.id}>{v.title}</NavLink>)}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-2 max-sm:contents">
          <div className="max-sm:order-2 max-sm:w-full">
            <ChoiceGroup<Edition> legend="Figures" choices={EDITION_CHOICES} value={edition} onChange={switchEdition} compact />
          </div>
          <button
            type="button"
            onClick={theme.next}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm max-sm:ml-auto dark:border-slate-600"
            aria-label={`Colour theme: ${THEME_LABEL[theme.choice]}. Change theme`}
          >
            Theme: {THEME_LABEL[theme.choice]}
          </button>
        </div>
      </div>
    </header>
  );
}
