import { ViewSnapshotError, readViewSnapshot, type ViewSnapshot } from './view-snapshot';

/** The browser storage key holding every saved view. */
export const SAVED_VIEWS_KEY = 'policygraph.savedViews';

/** One saved view as listed: its name, when it was saved and how many nodes it holds. */
export interface SavedViewEntry {
  readonly name: string;
  readonly savedAt: string;
  readonly nodeCount: number;
}

interface StoredView {
  readonly name: string;
  readonly savedAt: string;
  readonly view: unknown;
}

/**
 * Views saved by name in the browser's storage (localStorage): an analyst's own views, kept without an account and
 * without touching the graph. One JSON list under one key; entries are checked when opened, not trusted.
 */
export class SavedViews {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'>) {}

  list(): SavedViewEntry[] {
    return this.read().map((entry) => ({
      name: entry.name,
      savedAt: entry.savedAt,
      nodeCount: Array.isArray((entry.view as { nodeIds?: unknown } | null)?.nodeIds) ? (entry.view as { nodeIds: unknown[] }).nodeIds.length : 0,
    }));
  }

  /** Saves under `name` (trimmed), replacing a view of the same name. */
  save(name: string, view: ViewSnapshot, now: Date = new Date()): void {
    const trimmed = name.trim();
    if (trimmed.length === 0) throw new Error('a saved view needs a name');
    const others = this.read().filter((entry) => entry.name !== trimmed);
    this.write([...others, { name: trimmed, savedAt: now.toISOString(), view }].sort((a, b) => a.name.localeCompare(b.name)));
  }

  /** The view saved under `name`; an error naming the view and the problem when it is missing or damaged. */
  load(name: string): ViewSnapshot {
    const entry = this.read().find((stored) => stored.name === name);
    if (!entry) throw new Error(`saved view "${name}": not found`);
    try {
      return readViewSnapshot(entry.view);
    } catch (error) {
      if (error instanceof ViewSnapshotError) throw new Error(`saved view "${name}": ${error.message}`);
      throw error;
    }
  }

  remove(name: string): void {
    this.write(this.read().filter((entry) => entry.name !== name));
  }

  private read(): StoredView[] {
    const text = this.storage.getItem(SAVED_VIEWS_KEY);
    if (text === null) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`saved views (browser storage key ${SAVED_VIEWS_KEY}): not JSON`);
    }
    if (!Array.isArray(parsed)) throw new Error(`saved views (browser storage key ${SAVED_VIEWS_KEY}): not a list`);
    // An entry without a name cannot be listed or opened: skipped rather than failing every other view.
    return parsed.filter(
      (entry): entry is StoredView => typeof entry === 'object' && entry !== null && typeof entry.name === 'string' && typeof entry.savedAt === 'string',
    );
  }

  private write(entries: readonly StoredView[]): void {
    this.storage.setItem(SAVED_VIEWS_KEY, JSON.stringify(entries));
  }
}
