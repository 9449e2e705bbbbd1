/**
 * Imported first by main.tsx, so this runs before React is evaluated: it asks for the module of the
 * view the link opens, which then downloads while React and the shell start.
 */
import { HOME, parseHash, viewForPath } from '../store/location';
import { VIEWS } from './views';

const id = viewForPath(parseHash(window.location.hash).path, VIEWS.map((v) => v.id)) ?? HOME;
const entry = VIEWS.find((v) => v.id === id) ?? VIEWS[0]!;
const requested = entry.load();
// A failed download is shown by the app, with a retry (the view loader asks again).
requested.catch(() => {});

export const firstView = { id: entry.id, requested };
