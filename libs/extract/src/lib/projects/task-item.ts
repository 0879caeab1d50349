import type { Paragraph, ParsedDocument } from '@policygraph/parse';

/** A task as the document names it: a numbered heading, or the lead sentence of a paragraph. */
export interface TaskItem {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** The text gives it as a name (活动名称：X): a named undertaking whatever its head word. */
  readonly named?: boolean;
}

const MAX_LEAD_SENTENCE = 40;

/**
 * The task a paragraph belongs to. When the paragraph opens its section (the body after "（二）推动物流转型。"),
 * the section heading names the task; otherwise the paragraph's lead sentence ("推进设施高端化。") does.
 */
export function taskItemOfParagraph(document: ParsedDocument, paragraph: Paragraph, paragraphIndex: number): TaskItem {
  const section = document.sections[paragraph.section];
  const previous = paragraphIndex > 0 ? document.paragraphs[paragraphIndex - 1] : null;
  const opensSection = section.index > 0 && (previous === null || previous.start < section.span.start);
  if (opensSection && section.title.length > 0) {
    return { name: section.title, start: section.headingSpan.start, end: section.headingSpan.end };
  }
  const lead = paragraph.sentences[0];
  if (lead) {
    const text = lead.text.replace(/[。！？]+$/, '');
    if (text.length <= MAX_LEAD_SENTENCE) return { name: text, start: lead.start, end: lead.end };
    const clauseEnd = text.search(/[，；：]/);
    const cut = clauseEnd > 0 && clauseEnd <= MAX_LEAD_SENTENCE ? clauseEnd : MAX_LEAD_SENTENCE;
    return { name: text.slice(0, cut), start: lead.start, end: lead.start + cut };
  }
  return { name: paragraph.text.slice(0, MAX_LEAD_SENTENCE), start: paragraph.start, end: Math.min(paragraph.end, paragraph.start + MAX_LEAD_SENTENCE) };
}

/** Index of the paragraph containing a normalized offset (paragraphs are sorted and disjoint), or -1. */
export function paragraphIndexAt(document: ParsedDocument, offset: number): number {
  const paragraphs = document.paragraphs;
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (paragraphs[middle].end <= offset) low = middle + 1;
    else if (paragraphs[middle].start > offset) high = middle - 1;
    else return middle;
  }
  return -1;
}
