/** Notices: what a link held that could not be used, or what an edition switch changed. Each belongs to one view. */

export interface Notice {
  id: number;
  /** The view it concerns; it is shown only there. */
  view: string;
  title: string;
  items: readonly string[];
}

export const LINK_NOTICE = 'Some values in the link could not be used';

let nextNoticeId = 1;

/** `notices` with `items` added for `view`: to its notice of the same title when there is one, else as a new one. */
export function withNotice(notices: readonly Notice[], view: string, title: string, items: readonly string[]): readonly Notice[] {
  if (!items.length) return notices;
  const same = notices.findIndex((n) => n.view === view && n.title === title);
  if (same === -1) return [...notices, { id: nextNoticeId++, view, title, items: [...items] }];
  const old = notices[same]!;
  const merged = { ...old, items: [...old.items, ...items.filter((i) => !old.items.includes(i))] };
  return notices.map((n, i) => (i === same ? merged : n));
}
