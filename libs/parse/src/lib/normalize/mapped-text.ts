/** A span in some text, end exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * A derived text that remembers, for every UTF-16 unit, which range of the ORIGINAL text produced it.
 * Mapping is monotonic (normalization only replaces, deletes or expands in place, never reorders), so a span of
 * the derived text maps to the original range from the first unit's start to the last unit's end; characters the
 * normalizer deleted inside that range (stray spaces) are part of the original quote, which is what we want.
 */
export class MappedText {
  constructor(
    readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    readonly originalLength: number,
  ) {}

  /** The identity mapping of a text onto itself. */
  static identity(text: string): MappedText {
    const starts = new Int32Array(text.length);
    const ends = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new MappedText(text, starts, ends, text.length);
  }

  /** The same mapping under a text of the same length whose units were replaced one for one. */
  withText(text: string): MappedText {
    if (text.length !== this.text.length) throw new RangeError('withText needs a text of the same length');
    return new MappedText(text, this.starts, this.ends, this.originalLength);
  }

  /** Original range of the derived span [start, end). Empty spans map to an empty range at the nearest position. */
  toOriginal(start: number, end: number): TextSpan {
    const length = this.text.length;
    const a = clamp(start, 0, length);
    const b = clamp(end, a, length);
    if (a === b) {
      const at = a < length ? this.starts[a] : this.originalLength;
      return { start: at, end: at };
    }
    return { start: this.starts[a], end: this.ends[b - 1] };
  }

  /** Original start of derived unit i (or the original length past the end). */
  originalStartOf(index: number): number {
    return index < this.text.length ? this.starts[index] : this.originalLength;
  }

  originalEndOf(index: number): number {
    return index < this.text.length ? this.ends[index] : this.originalLength;
  }
}

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/**
 * Builds a MappedText from a source MappedText: each emitted string names the source range it replaces, and the
 * builder composes that with the source's own mapping so the result always points into the original text.
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(private readonly source: MappedText) {
    this.starts = new Int32Array(Math.max(16, source.text.length));
    this.ends = new Int32Array(Math.max(16, source.text.length));
  }

  /** Emit `value` as the replacement of source units [sourceStart, sourceEnd). */
  emit(value: string, sourceStart: number, sourceEnd: number): void {
    if (value.length === 0) return;
    const originalStart = this.source.originalStartOf(sourceStart);
    const originalEnd = sourceEnd > sourceStart ? this.source.originalEndOf(sourceEnd - 1) : originalStart;
    this.ensureCapacity(this.length + value.length);
    for (let i = 0; i < value.length; i++) {
      this.starts[this.length + i] = originalStart;
      this.ends[this.length + i] = originalEnd;
    }
    this.length += value.length;
    this.parts.push(value);
  }

  /** Copy source units [from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.ensureCapacity(this.length + (to - from));
    for (let i = from; i < to; i++) {
      this.starts[this.length] = this.source.originalStartOf(i);
      this.ends[this.length] = this.source.originalEndOf(i);
      this.length++;
    }
    this.parts.push(this.source.text.slice(from, to));
  }

  build(): MappedText {
    return new MappedText(
      this.parts.join(''),
      this.starts.slice(0, this.length),
      this.ends.slice(0, this.length),
      this.source.originalLength,
    );
  }

  private ensureCapacity(needed: number): void {
    if (needed <= this.starts.length) return;
    const size = Math.max(needed, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }
}
