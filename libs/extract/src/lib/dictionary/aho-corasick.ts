/** A dictionary hit: the term's payload and where it occurred. */
export interface DictionaryMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly term: string;
  readonly value: T;
}

/**
 * Leftmost-longest, non-overlapping choice among matches in findAll's order (sorts `matches` in place). Matches of
 * a sub-dictionary taken from a larger automaton's findAll keep that order, so this equals the sub-dictionary's own
 * findLongest.
 */
export function leftmostLongest<T>(matches: Array<DictionaryMatch<T>>): Array<DictionaryMatch<T>> {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Array<DictionaryMatch<T>> = [];
  let covered = 0;
  for (const match of matches) {
    if (match.start < covered) continue;
    chosen.push(match);
    covered = match.end;
  }
  return chosen;
}

interface Output<T> {
  readonly term: string;
  readonly value: T;
}

interface TrieNode<T> {
  /** Transitions by UTF-16 code unit (only while adding terms; scanning uses the compiled arrays below). */
  readonly next: Map<number, number>;
  /** Terms ending exactly here, in the order they were added. */
  readonly own: Array<Output<T>>;
}

/** The automaton compiled into flat typed arrays: no hashing and no per-node objects on the scanning path. */
interface Compiled<T> {
  /** Root transitions for every code unit (0 = stay at the root). */
  readonly rootNext: Int32Array;
  /** Edges of state s are edgeUnit/edgeTarget[edgeOffset[s], edgeOffset[s + 1]), sorted by unit. */
  readonly edgeOffset: Int32Array;
  readonly edgeUnit: Uint16Array;
  readonly edgeTarget: Int32Array;
  readonly fail: Int32Array;
  /** Terms ending at a state (own and, through failure links, shorter suffix terms); empty for most states. */
  readonly outputs: ReadonlyArray<ReadonlyArray<Output<T>>>;
  /** 1 when the state has outputs (a byte test on the hot path instead of an array length). */
  readonly hasOutput: Uint8Array;
}

/** Above this many children a state's edges are binary-searched instead of scanned. */
const LINEAR_EDGES = 8;

/**
 * Aho–Corasick automaton: finds every occurrence of thousands of dictionary terms (sector names, departments,
 * places) in one pass over the text, instead of a giant regex alternation that backtracks per position.
 */
export class AhoCorasick<T> {
  private readonly nodes: TrieNode<T>[] = [{ next: new Map(), own: [] }];
  private compiled: Compiled<T> | null = null;

  add(term: string, value: T): this {
    if (term.length === 0) return this;
    this.compiled = null;
    let state = 0;
    for (let i = 0; i < term.length; i++) {
      const unit = term.charCodeAt(i);
      let target = this.nodes[state].next.get(unit);
      if (target === undefined) {
        target = this.nodes.length;
        this.nodes.push({ next: new Map(), own: [] });
        this.nodes[state].next.set(unit, target);
      }
      state = target;
    }
    this.nodes[state].own.push({ term, value });
    return this;
  }

  /** All occurrences, overlapping ones included, ordered by end then by length (longest first). */
  findAll(text: string): DictionaryMatch<T>[] {
    const matches: DictionaryMatch<T>[] = [];
    this.scan(text, (start, end, term, value) => void matches.push({ start, end, term, value }));
    return matches;
  }

  /**
   * Report every occurrence, in findAll's order, without building match objects: for callers that keep only a few
   * of many candidates.
   */
  scan(text: string, onMatch: (start: number, end: number, term: string, value: T) => void): void {
    const { rootNext, edgeOffset, edgeUnit, edgeTarget, fail, outputs, hasOutput } = this.compile();
    const length = text.length;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const unit = text.charCodeAt(i);
      if (state === 0) {
        // Most units start no term: one table load and on to the next.
        state = rootNext[unit];
        if (state === 0) continue;
      } else {
        // Follow failure links until a state has a transition on `unit` (the root has one for every unit).
        for (;;) {
          let low = edgeOffset[state];
          let high = edgeOffset[state + 1];
          let target = -1;
          if (high - low <= LINEAR_EDGES) {
            for (; low < high; low++) {
              const edge = edgeUnit[low];
              if (edge >= unit) {
                if (edge === unit) target = edgeTarget[low];
                break;
              }
            }
          } else {
            high--;
            while (low <= high) {
              const middle = (low + high) >> 1;
              const edge = edgeUnit[middle];
              if (edge < unit) low = middle + 1;
              else if (edge > unit) high = middle - 1;
              else {
                target = edgeTarget[middle];
                break;
              }
            }
          }
          if (target >= 0) {
            state = target;
            break;
          }
          state = fail[state];
          if (state === 0) {
            state = rootNext[unit];
            break;
          }
        }
        if (state === 0) continue;
      }
      if (hasOutput[state] === 0) continue;
      const end = i + 1;
      for (const output of outputs[state]) onMatch(end - output.term.length, end, output.term, output.value);
    }
  }

  /** Leftmost-longest, non-overlapping occurrences: the reading a person would make of the text. */
  findLongest(text: string): DictionaryMatch<T>[] {
    return leftmostLongest(this.findAll(text));
  }

  /** Length of the longest term that is a prefix of `text` (0 when none). */
  longestPrefix(text: string): number {
    let state = 0;
    let best = 0;
    for (let i = 0; i < text.length; i++) {
      const target = this.nodes[state].next.get(text.charCodeAt(i));
      if (target === undefined) break;
      state = target;
      // Terms ending exactly at a state have its depth (i + 1) as their length.
      if (this.nodes[state].own.length > 0) best = i + 1;
    }
    return best;
  }

  private compile(): Compiled<T> {
    if (this.compiled) return this.compiled;
    const nodes = this.nodes;
    const count = nodes.length;
    const fail = new Int32Array(count);
    const outputs: Array<ReadonlyArray<Output<T>>> = nodes.map((node) => node.own);
    // Breadth-first, so a state's failure target (shallower) is complete before the state itself.
    const queue: number[] = [];
    for (const child of nodes[0].next.values()) {
      fail[child] = 0;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [unit, child] of nodes[state].next) {
        let failState = fail[state];
        while (failState !== 0 && !nodes[failState].next.has(unit)) failState = fail[failState];
        const target = nodes[failState].next.get(unit);
        fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = outputs[fail[child]];
        if (inherited.length > 0) outputs[child] = [...nodes[child].own, ...inherited];
        queue.push(child);
      }
    }

    const rootNext = new Int32Array(0x10000);
    for (const [unit, child] of nodes[0].next) rootNext[unit] = child;
    const edgeOffset = new Int32Array(count + 1);
    let edges = 0;
    for (let state = 0; state < count; state++) {
      edgeOffset[state] = edges;
      if (state !== 0) edges += nodes[state].next.size;
    }
    edgeOffset[count] = edges;
    const edgeUnit = new Uint16Array(edges);
    const edgeTarget = new Int32Array(edges);
    for (let state = 1; state < count; state++) {
      const sorted = [...nodes[state].next].sort((a, b) => a[0] - b[0]);
      let at = edgeOffset[state];
      for (const [unit, child] of sorted) {
        edgeUnit[at] = unit;
        edgeTarget[at] = child;
        at++;
      }
    }
    const hasOutput = new Uint8Array(count);
    for (let state = 0; state < count; state++) hasOutput[state] = outputs[state].length > 0 ? 1 : 0;
    this.compiled = { rootNext, edgeOffset, edgeUnit, edgeTarget, fail, outputs, hasOutput };
    return this.compiled;
  }
}
