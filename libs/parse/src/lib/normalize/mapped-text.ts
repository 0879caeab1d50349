/** A span in some text, end exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The offset map as runs ("segments") of derived units: unit k of the segment starting at derived offset s comes
 * from original [start + step·(k − s), end + step·(k − s)). Copied text is one segment per run (step 1), replaced
 * text one per replacement, so the map costs memory and time per edit, not per character.
 */
export interface Segments {
  readonly count: number;
  /** Derived offset where each segment starts (increasing; the first is 0). */
  readonly at: Int32Array;
  /** Original range of the segment's first unit. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** 1: the range advances with the unit (copied text); 0: every unit has the same range (one replacement). */
  readonly step: Uint8Array;
}

/**
 * A derived text that remembers, for every UTF-16 unit, which range of the ORIGINAL text produced it.
 * Mapping is monotonic (normalization only replaces, deletes or expands in place, never reorders), so a span of
 * the derived text maps to the original range from the first unit's start to the last unit's end; characters the
 * normalizer deleted inside that range (stray spaces) are part of the original quote, which is what we want.
 */
export class MappedText {
  /** @internal Built by MappedTextBuilder; use `identity` or the normalizers. */
  constructor(
    readonly text: string,
    /** @internal */
    readonly segments: Segments,
    readonly originalLength: number,
  ) {}

  /** The identity mapping of a text onto itself. */
  static identity(text: string): MappedText {
    const one = text.length > 0 ? 1 : 0;
    return new MappedText(
      text,
      { count: one, at: new Int32Array(one), start: new Int32Array(one), end: new Int32Array(one).fill(1), step: new Uint8Array(one).fill(1) },
      text.length,
    );
  }

  /** The same mapping under a text of the same length whose units were replaced one for one. */
  withText(text: string): MappedText {
    if (text.length !== this.text.length) throw new RangeError('withText needs a text of the same length');
    return new MappedText(text, this.segments, this.originalLength);
  }

  /** Original range of the derived span [start, end). Empty spans map to an empty range at the nearest position. */
  toOriginal(start: number, end: number): TextSpan {
    const length = this.text.length;
    const a = clamp(start, 0, length);
    const b = clamp(end, a, length);
    if (a === b) {
      const at = a < length ? this.startOfUnit(a) : this.originalLength;
      return { start: at, end: at };
    }
    return { start: this.startOfUnit(a), end: this.endOfUnit(b - 1) };
  }

  /** Original start of derived unit i (or the original length past the end). */
  originalStartOf(index: number): number {
    return index < this.text.length ? this.startOfUnit(index) : this.originalLength;
  }

  originalEndOf(index: number): number {
    return index < this.text.length ? this.endOfUnit(index) : this.originalLength;
  }

  private startOfUnit(index: number): number {
    const segments = this.segments;
    const s = segmentAt(segments, index);
    return segments.start[s] + segments.step[s] * (index - segments.at[s]);
  }

  private endOfUnit(index: number): number {
    const segments = this.segments;
    const s = segmentAt(segments, index);
    return segments.end[s] + segments.step[s] * (index - segments.at[s]);
  }
}

/** Index of the segment holding derived unit `index` (0 ≤ index < text length): the last one starting at or before it. */
function segmentAt(segments: Segments, index: number): number {
  const at = segments.at;
  let low = 0;
  let high = segments.count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (at[middle] <= index) low = middle;
    else high = middle - 1;
  }
  return low;
}

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/**
 * Builds a MappedText from a source MappedText: each emitted string names the source range it replaces, and the
 * builder composes that with the source's own mapping so the result always points into the original text.
 * The map is kept as segments in typed arrays grown geometrically: a copied run adds (at most) one segment per
 * source segment it spans, and runs that continue each other are merged.
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private count = 0;
  private at: Int32Array;
  private start: Int32Array;
  private end: Int32Array;
  private step: Uint8Array;
  private readonly source: MappedText;
  private readonly sourceText: string;
  private readonly originalLength: number;
  /** True while everything emitted so far is the source's prefix [0, length), copied unchanged. */
  private prefixOfSource = true;
  /** Source range copied but not yet added to `parts` (-1: none). */
  private pendingFrom = -1;
  private pendingTo = -1;

  /** `source` is a mapped text, or a plain string standing for itself (the identity map). */
  constructor(source: MappedText | string) {
    this.source = typeof source === 'string' ? MappedText.identity(source) : source;
    this.sourceText = this.source.text;
    this.originalLength = this.source.originalLength;
    const capacity = Math.max(16, this.source.segments.count + 16);
    this.at = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.step = new Uint8Array(capacity);
  }

  /** Emit `value` as the replacement of source units [sourceStart, sourceEnd). */
  emit(value: string, sourceStart: number, sourceEnd: number): void {
    if (value.length === 0) return;
    const originalStart = this.source.originalStartOf(sourceStart);
    const originalEnd = sourceEnd > sourceStart ? this.source.originalEndOf(sourceEnd - 1) : originalStart;
    // One unit is a run of one: the step does not matter, and 1 lets it merge with copied runs around it.
    this.push(this.length, originalStart, originalEnd, value.length === 1 ? 1 : 0);
    this.length += value.length;
    this.flushPending();
    this.parts.push(value);
    this.prefixOfSource = false;
  }

  /** Copy source units [from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    const segments = this.source.segments;
    const inside = Math.min(to, this.sourceText.length);
    if (inside > from) {
      for (let s = segmentAt(segments, from); s < segments.count && segments.at[s] < inside; s++) {
        const first = Math.max(from, segments.at[s]);
        const offset = segments.step[s] * (first - segments.at[s]);
        this.push(this.length + (first - from), segments.start[s] + offset, segments.end[s] + offset, segments.step[s]);
      }
    }
    // Units past the source's end (never requested by the normalizers) map to the original length.
    if (to > inside) this.push(this.length + (Math.max(inside, from) - from), this.originalLength, this.originalLength, 0);
    if (this.prefixOfSource && from !== this.length) this.prefixOfSource = false;
    this.length += to - from;
    // Copies that continue each other (line after line) become one slice of the source.
    if (this.pendingTo === from) {
      this.pendingTo = to;
    } else {
      this.flushPending();
      this.pendingFrom = from;
      this.pendingTo = to;
    }
  }

  private flushPending(): void {
    if (this.pendingFrom < 0) return;
    const { pendingFrom: from, pendingTo: to } = this;
    this.parts.push(from === 0 && to === this.sourceText.length ? this.sourceText : this.sourceText.slice(from, to));
    this.pendingFrom = -1;
    this.pendingTo = -1;
  }

  build(): MappedText {
    // Nothing changed: the source mapping is the result (same text, same offsets).
    if (this.prefixOfSource && this.length === this.sourceText.length) return this.source;
    this.flushPending();
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    const count = this.count;
    return new MappedText(
      text,
      { count, at: this.at.slice(0, count), start: this.start.slice(0, count), end: this.end.slice(0, count), step: this.step.slice(0, count) },
      this.originalLength,
    );
  }

  /** Start a segment at derived offset `at`, or extend the last one when it already maps `at` to [start, end). */
  private push(at: number, start: number, end: number, step: number): void {
    const last = this.count - 1;
    if (last >= 0) {
      const length = at - this.at[last];
      // The last segment has one unit: its step is free, so it continues as a copied run if the ranges advance by 1.
      const lastStep = length === 1 && start === this.start[last] + 1 && end === this.end[last] + 1 ? 1 : this.step[last];
      if (lastStep === 1 && step === 1 && start === this.start[last] + length && end === this.end[last] + length) {
        this.step[last] = 1;
        return;
      }
    }
    if (this.count === this.at.length) this.grow();
    this.at[this.count] = at;
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.step[this.count] = step;
    this.count++;
  }

  private grow(): void {
    const size = this.at.length * 2;
    const at = new Int32Array(size);
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const step = new Uint8Array(size);
    at.set(this.at);
    start.set(this.start);
    end.set(this.end);
    step.set(this.step);
    this.at = at;
    this.start = start;
    this.end = end;
    this.step = step;
  }
}
