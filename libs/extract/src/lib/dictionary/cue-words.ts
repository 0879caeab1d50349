/**
 * Which groups of cue words occur in a text, found in one pass: a table of first characters, then a startsWith per
 * candidate word. Rules use it as a gate before their full patterns. A regex alternation of a few dozen CJK words
 * tests every position against every first character; this reads each character once and costs a table load.
 */
export class CueWords {
  /** Candidate words (and the bits they set) of each first unit: candidates[listOfUnit[unit] - 1] (0: none). A typed
   * table, as a plain array of 65536 mostly empty slots would be stored as a dictionary. */
  private readonly listOfUnit = new Uint16Array(0x10000);
  private readonly candidates: Array<Array<{ word: string; bits: number }>> = [];
  private allBits = 0;

  /** `bits` of every word of `words` (one bit per group; a word of several groups gets each group's bit). */
  add(words: readonly string[], bits: number): this {
    for (const word of words) {
      if (word.length === 0) continue;
      const unit = word.charCodeAt(0);
      if (this.listOfUnit[unit] === 0) this.listOfUnit[unit] = this.candidates.push([]);
      const candidates = this.candidates[this.listOfUnit[unit] - 1];
      const same = candidates.find((candidate) => candidate.word === word);
      if (same) same.bits |= bits;
      else candidates.push({ word, bits });
    }
    this.allBits |= bits;
    return this;
  }

  /**
   * Union of the bits of the words occurring in text[from, to). `after` may add bits for an occurrence from what
   * surrounds it (its start and end offsets in `text`): a head noun followed by 建设. A sentence is best passed as its
   * span of the document's text: its own text is a slice, and each character read through a slice costs more.
   */
  bitsIn(text: string, after?: (text: string, end: number, bits: number, start: number) => number, from = 0, to = text.length): number {
    let found = 0;
    for (let i = from; i < to; i++) {
      const list = this.listOfUnit[text.charCodeAt(i)];
      if (list === 0) continue;
      for (const { word, bits } of this.candidates[list - 1]) {
        if (i + word.length > to || !text.startsWith(word, i)) continue;
        found |= bits;
        if (after) found |= after(text, i + word.length, bits, i);
      }
      if (found === this.allBits && !after) return found;
    }
    return found;
  }
}
