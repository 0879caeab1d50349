/** A dictionary hit: the term's payload and where it occurred. */
export interface DictionaryMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly term: string;
  readonly value: T;
}

interface TrieNode<T> {
  /** Transitions by UTF-16 code unit (numeric keys: no per-character string allocation while scanning). */
  readonly next: Map<number, number>;
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
    for (let i = 0; i < term.length; i++) {
      const unit = term.charCodeAt(i);
      let target = this.nodes[state].next.get(unit);
      if (target === undefined) {
        target = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, outputs: [] });
        this.nodes[state].next.set(unit, target);
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
    const nodes = this.nodes;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let target = nodes[state].next.get(unit);
      while (target === undefined && state !== 0) {
        state = nodes[state].fail;
        target = nodes[state].next.get(unit);
      }
      state = target ?? 0;
      const outputs = nodes[state].outputs;
      if (outputs.length === 0) continue;
      const offset = i + 1;
      for (const output of outputs) matches.push({ start: offset - output.term.length, end: offset, term: output.term, value: output.value });
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
    for (let i = 0; i < text.length; i++) {
      const target = this.nodes[state].next.get(text.charCodeAt(i));
      if (target === undefined) break;
      state = target;
      const offset = i + 1;
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
      for (const [unit, child] of this.nodes[state].next) {
        let fail = this.nodes[state].fail;
        while (fail !== 0 && !this.nodes[fail].next.has(unit)) fail = this.nodes[fail].fail;
        const target = this.nodes[fail].next.get(unit);
        this.nodes[child].fail = target !== undefined && target !== child ? target : 0;
        this.nodes[child].outputs = [...this.nodes[child].outputs, ...this.nodes[this.nodes[child].fail].outputs];
        queue.push(child);
      }
    }
    this.built = true;
  }
}
