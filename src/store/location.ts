/**
 * The location codec: `#/<view>?edition=current&<the view's keys>`. The hash keeps routing on any
 * static host and sub-path. Paths are read case-insensitively and without a trailing slash
 * (`#/EBS/` is `#/ebs`); home is `#/`.
 */
import { isEdition, type Edition } from '../domain';

export const DEFAULT_EDITION: Edition = 'saa-c02';
export const HOME = 'home';

export const EDITION_LABELS: Readonly<Record<Edition, string>> = { 'saa-c02': 'SAA-C02 (2021)', current: 'Current AWS' };

/** What the shell knows of a view before its code loads: the app's one list provides these. */
export interface ViewSummary {
  id: string;
  title: string;
  /** One line on what the view teaches. */
  lesson: string;
}

export function pathOf(id: string): string {
  return id === HOME ? '/' : `/${id}`;
}

export function parseHash(hash: string): { path: string; params: URLSearchParams } {
  const body = hash.replace(/^#/, '');
  const q = body.indexOf('?');
  const raw = (q === -1 ? body : body.slice(0, q)).toLowerCase().replace(/\/+$/, '') || '/';
  return { path: raw.startsWith('/') ? raw : `/${raw}`, params: new URLSearchParams(q === -1 ? '' : body.slice(q + 1)) };
}

export function viewForPath(path: string, ids: readonly string[]): string | undefined {
  return ids.find((id) => pathOf(id) === path);
}

/** The link's edition: the one it names, else `fallback`; a word that is not an edition is named. */
export function editionOf(params: URLSearchParams, fallback: Edition): { edition: Edition; problem?: string } {
  const raw = params.get('edition');
  if (raw === null) return { edition: fallback };
  if (isEdition(raw)) return { edition: raw };
  return { edition: fallback, problem: `edition "${raw}" is not saa-c02 or current: used ${fallback}` };
}

/** The link's keys other than the edition, as a query string (how a view's fragment is kept until its code loads). */
export function viewQuery(params: URLSearchParams): string {
  const own = new URLSearchParams(params);
  own.delete('edition');
  return own.toString();
}

export function hrefOf(id: string, edition: Edition, query: string): string {
  return `#${pathOf(id)}?edition=${edition}${query ? `&${query}` : ''}`;
}
