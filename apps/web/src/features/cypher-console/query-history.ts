export interface HistoryEntry {
  readonly query: string;
  readonly params: string;
  readonly at: number;
}

/** The part of Web Storage the history needs, so the logic is testable without a browser. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY = 'policygraph.cypherHistory';
export const HISTORY_SIZE = 30;

/** Newest first; running the same query again moves it to the top instead of repeating it. */
export function addToHistory(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const rest = history.filter((old) => old.query.trim() !== entry.query.trim() || old.params.trim() !== entry.params.trim());
  return [entry, ...rest].slice(0, HISTORY_SIZE);
}

/** Reads the stored history; anything unreadable (old format, hand-edited) counts as empty rather than failing. */
export function loadHistory(storage: KeyValueStorage | null): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (item): item is HistoryEntry =>
        typeof item === 'object' && item !== null && typeof item.query === 'string' && typeof item.params === 'string' && typeof item.at === 'number',
    );
  } catch {
    return [];
  }
}

export function saveHistory(storage: KeyValueStorage | null, history: readonly HistoryEntry[]): void {
  try {
    storage?.setItem(KEY, JSON.stringify(history));
  } catch {
    // Storage full or disabled (private mode): the history then lasts for this page only.
  }
}
