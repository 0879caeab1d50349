/** A dictionary hit: the term's payload and where it occurred. */
export interface DictionaryMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly term: string;
  readonly value: T;
}

interface TrieNode<T> {
  readonly next: Map<string, number>;
  fail: number;
  /** Terms ending here (own and, through failure links, shorter suffix terms). */
  outputs: Array<{ term: string; value: T }>;
}

/**
 * Aho–Corasick automaton: finds every occurrence of thousands of dictionary terms (sector names, departments,
 * places) in one pass over the text, instead of a giant regex alternation that backtracks per position.
 */
export class AhoCorasick<T> {
  private readonly nodes: TrieNode<T>[] = [{ next: new Map(), fail: 0, outputs: [] }];
  private built = false;

  add(term: string, value: T): this {
    if (term.length === 0) return this;
    this.built = false;
    let state = 0;
    for (const ch of term) {
      let target = this.nodes[state].next.get(ch);
      if (target === undefined) {
        target = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, outputs: [] });
        this.nodes[state].next.set(ch, target);
      }
      state = target;
    }
    this.nodes[state].outputs.push({ term, value });
    return this;
  }

  /** All occurrences, overlapping ones included, ordered by end then by length (longest first). */
  findAll(text: string): DictionaryMatch<T>[] {
    this.build();
    const matches: DictionaryMatch<T>[] = [];
    let state = 0;
    let offset = 0;
    for (const ch of text) {
      while (state !== 0 && !this.nodes[state].next.has(ch)) state = this.nodes[state].fail;
      state = this.nodes[state].next.get(ch) ?? 0;
      offset += ch.length;
      for (const output of this.nodes[state].outputs) {
        matches.push({ start: offset - output.term.length, end: offset, term: output.term, value: output.value });
      }
    }
    return matches;
  }

  /** Leftmost-longest, non-overlapping occurrences: the reading a person would make of the text. */
  findLongest(text: string): DictionaryMatch<T>[] {
    const all = this.findAll(text).sort((a, b) => a.start - b.start || b.end - a.end);
    const chosen: DictionaryMatch<T>[] = [];
    let covered = 0;
    for (const match of all) {
      if (match.start < covered) continue;
      chosen.push(match);
      covered = match.end;
    }
    return chosen;
  }

  /** Length of the longest term that is a prefix of `text` (0 when none). */
  longestPrefix(text: string): number {
    let state = 0;
    let best = 0;
    let offset = 0;
    for (const ch of text) {
      const target = this.nodes[state].next.get(ch);
      if (target === undefined) break;
      state = target;
      offset += ch.length;
      if (this.nodes[state].outputs.some((output) => output.term.length === offset)) best = offset;
    }
    return best;
  }

  private build(): void {
    if (this.built) return;
    const queue: number[] = [];
    for (const child of this.nodes[0].next.values()) {
      this.nodes[child].fail = 0;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [ch, child] of this.nodes[state].next) {
        let fail = this.nodes[state].fail;
        while (fail !== 0 && !this.nodes[fail].next.has(ch)) fail = this.nodes[fail].fail;
        const target = this.nodes[fail].next.get(ch);
        this.nodes[child].fail = target !== undefined && target !== child ? target : 0;
        this.nodes[child].outputs = [...this.nodes[child].outputs, ...this.nodes[this.nodes[child].fail].outputs];
        queue.push(child);
      }
    }
    this.built = true;
  }
}
