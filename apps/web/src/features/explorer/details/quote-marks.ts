export interface QuoteSegment {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Splits a quote into plain and marked pieces, marking every occurrence of any term (longest first, so
 * 省发展改革委 wins over 发展). Terms shorter than two characters are ignored: one Chinese character matches too much.
 */
export function markTerms(quote: string, terms: readonly string[]): QuoteSegment[] {
  const usable = [...new Set(terms.map((term) => term.trim()).filter((term) => [...term].length >= 2))].sort((a, b) => b.length - a.length);
  if (usable.length === 0 || quote.length === 0) return quote.length === 0 ? [] : [{ text: quote, marked: false }];
  const marked = new Array<boolean>(quote.length).fill(false);
  for (const term of usable) {
    for (let at = quote.indexOf(term); at >= 0; at = quote.indexOf(term, at + term.length)) {
      for (let i = at; i < at + term.length; i++) marked[i] = true;
    }
  }
  const segments: QuoteSegment[] = [];
  let start = 0;
  for (let i = 1; i <= quote.length; i++) {
    if (i === quote.length || marked[i] !== marked[start]) {
      segments.push({ text: quote.slice(start, i), marked: marked[start] ?? false });
      start = i;
    }
  }
  return segments;
}
