/** localStorage that never throws (private windows and blocked storage just keep nothing). */
export function readSaved(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeSaved(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    /* storage full or blocked: the URL still holds the state */
  }
}
