import type { DocumentPassage, PassageFact } from '../../../api/graph-api.types';

/** Characters shown on either side of a quote when the reader opens, and added by "earlier" / "later". */
export const READER_CONTEXT = 1_500;
/** The API's cap on one passage (MAX_PASSAGE_CHARS in graph-query). */
export const READER_MAX_WINDOW = 20_000;

const TASK_LABELS: ReadonlySet<string> = new Set(['Goal', 'Project', 'Task']);

export interface PassageSegment {
  readonly text: string;
  /** Inside the quote the reader was opened on. */
  readonly quote: boolean;
  /** Inside the evidence of at least one fact. */
  readonly fact: boolean;
}

/** The window a reader asks for first: the quote with READER_CONTEXT characters around it. */
export function initialWindow(quote: { start: number; end: number }): { start: number; end: number } {
  const start = Math.max(0, quote.start - READER_CONTEXT);
  return { start, end: Math.min(start + READER_MAX_WINDOW, quote.end + READER_CONTEXT) };
}

/** The window grown by READER_CONTEXT on one side, kept within the text and the API's cap (the far side gives way). */
export function grownWindow(window: { start: number; end: number }, side: 'before' | 'after', length: number): { start: number; end: number } {
  if (side === 'before') {
    const start = Math.max(0, window.start - READER_CONTEXT);
    return { start, end: Math.min(window.end, start + READER_MAX_WINDOW) };
  }
  const end = Math.min(length, window.end + READER_CONTEXT);
  return { start: Math.max(window.start, end - READER_MAX_WINDOW), end };
}

/**
 * The passage cut where the quote and the facts' evidence begin and end, so the quote can be marked and the text
 * facts were read from underlined. Offsets are the document's; the passage text starts at passage.start.
 */
export function passageSegments(passage: Pick<DocumentPassage, 'start' | 'text' | 'facts'>, quote: { start: number; end: number }): PassageSegment[] {
  const from = passage.start;
  const to = passage.start + passage.text.length;
  const cuts = new Set<number>([from, to]);
  const clamp = (offset: number): number => Math.min(to, Math.max(from, offset));
  for (const span of [quote, ...passage.facts]) {
    cuts.add(clamp(span.start));
    cuts.add(clamp(span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: PassageSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    if (end <= start) continue;
    segments.push({
      text: passage.text.slice(start - from, end - from),
      quote: start >= quote.start && end <= quote.end,
      fact: passage.facts.some((fact) => start >= fact.start && end <= fact.end),
    });
  }
  return segments;
}

/**
 * The goal or project a quote belongs to: the smallest one whose evidence holds the quote, else the last one of the
 * same section ending before it (a 责任单位 clause closes the task sentence before it). null when there is none.
 */
export function taskOfQuote(facts: readonly PassageFact[], quote: { start: number; end: number; section: readonly string[] }): PassageFact | null {
  const tasks = facts.filter((fact) => TASK_LABELS.has(fact.label));
  const holding = tasks.filter((fact) => fact.start <= quote.start && fact.end >= quote.end).sort((a, b) => a.end - a.start - (b.end - b.start));
  if (holding[0]) return holding[0];
  const sameSection = (fact: PassageFact): boolean => fact.section.join('\u0000') === quote.section.join('\u0000');
  const before = tasks.filter((fact) => fact.end <= quote.start && sameSection(fact)).sort((a, b) => b.end - a.end);
  return before[0] ?? null;
}

/** Each fact once (a fact may have several quotes in view), in text order. */
export function factsInView(facts: readonly PassageFact[]): PassageFact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => (seen.has(fact.id) ? false : (seen.add(fact.id), true)));
}
