import { useCallback, useEffect, useState } from 'react';
import { readSaved, writeSaved } from './local-save';

/** Same key and values as the inline script in index.html, which applies the theme before the first paint. */
export const THEME_KEY = 'ec2x.theme';
export type ThemeChoice = 'system' | 'light' | 'dark';
const ORDER: readonly ThemeChoice[] = ['system', 'light', 'dark'];

function readChoice(): ThemeChoice {
  const saved = readSaved(THEME_KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

const systemDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

function apply(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && systemDark());
  document.documentElement.classList.toggle('dark', dark);
}

/** The theme follows the system until the person picks one; the pick is remembered. */
export function useTheme(): { choice: ThemeChoice; next: () => void } {
  const [choice, setChoice] = useState<ThemeChoice>(readChoice);
  useEffect(() => {
    apply(choice);
    if (choice !== 'system' || !window.matchMedia) return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => apply('system');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [choice]);
  const next = useCallback(() => {
    setChoice((c) => {
      const n = ORDER[(ORDER.indexOf(c) + 1) % ORDER.length] ?? 'system';
      writeSaved(THEME_KEY, n);
      return n;
    });
  }, []);
  return { choice, next };
}
