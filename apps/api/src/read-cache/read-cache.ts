/**
 * A short-lived cache of read answers (micro-caching). The graph changes only when documents are ingested, while an
 * explorer session asks for the same neighbourhoods and searches again and again; answering repeats from memory for
 * a second or two takes Neo4j out of the hot path without serving anything older than `ttlMs`.
 *
 * - Concurrent requests for a missing key share one computation (no stampede when fifty clients ask at once).
 * - Failures are never cached: the next request tries the database again.
 * - `clear()` is called after every ingest through this API; writes made elsewhere (the CLI) show after `ttlMs`.
 */
export interface ReadCacheOptions {
  /** How long an answer may be reused; 0 turns the cache off. */
  readonly ttlMs: number;
  /** Bound on memory: the least recently used answers go first. */
  readonly maxEntries: number;
}

interface Entry {
  readonly expiresAt: number;
  readonly value: Promise<unknown>;
}

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(
    private readonly options: ReadCacheOptions,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.enabled) return compute();
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) {
      // Map order is insertion order: re-inserting marks the entry as most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const generation = this.generation;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { expiresAt: now + this.options.ttlMs, value });
    value.catch(() => {
      // Only drop the entry this call stored: a clear() or a newer computation may have replaced it.
      if (this.generation === generation && this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    // Least recently used first: drop expired answers from the front (they hold memory until then), then any excess.
    for (const [oldKey, entry] of this.entries) {
      if (entry.expiresAt > now && this.entries.size <= this.options.maxEntries) break;
      this.entries.delete(oldKey);
    }
    return value;
  }

  /** Forgets every answer, including computations still running (they complete for their own callers only). */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
