import { normalizeCharacters, type MappedText } from '@policygraph/parse';
import type { Evidence } from '@policygraph/graph-types';
import type { TaskText } from './task-texts';

/** A task's text normalized for matching (radicals → ideographs, one form of punctuation) with its offset map. */
export interface NormalizedTask {
  readonly task: TaskText;
  readonly mapped: MappedText;
}

export function normalizeTask(task: TaskText): NormalizedTask {
  return { task, mapped: normalizeCharacters(task.text) };
}

const CLAUSE_END = /[。；！？\n]/;

/**
 * Evidence for a match at normalized [start, end) of a task: the sentence around it, as ORIGINAL offsets and the
 * original quote, so an analyst reads the whole clause that applies the strategy.
 */
export function clauseEvidence(normalized: NormalizedTask, start: number, end: number): Evidence {
  const text = normalized.mapped.text;
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !CLAUSE_END.test(text[to]!)) to++;
  if (to < text.length) to++;
  while (from < to && /\s/.test(text[from]!)) from++;
  const span = normalized.mapped.toOriginal(from, to);
  const { task } = normalized;
  return {
    documentId: task.documentId,
    start: task.start + span.start,
    end: task.start + span.end,
    quote: task.text.slice(span.start, span.end),
    section: task.section,
  };
}
