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
/** A lead-in clause of what a task follows: 按照国家统一部署, 根据省委要求, 依据…规定 (rule preamble-clause). */
const PREAMBLE = /^(?:按照|根据|依据|遵照|按|依照)[^，；。：]{2,20}(?:部署|要求|规定|安排|精神|意见|通知|方案|标准)$/;
const CLAUSE_END = /[，；。：]/;

/**
 * The task a paragraph belongs to. When the paragraph opens its section (the body after "（二）推动物流转型。"),
 * the section heading names the task; otherwise the paragraph's lead sentence ("推进设施高端化。") does.
 */
export function taskItemOfParagraph(document: ParsedDocument, paragraph: Paragraph, paragraphIndex: number): TaskItem {
  const section = document.sections[paragraph.section];
  const previous = paragraphIndex > 0 ? document.paragraphs[paragraphIndex - 1] : null;
  const opensSection = section.index > 0 && (previous === null || previous.start < section.span.start);
  if (opensSection && section.title.length > 0) {
    // A numbered heading cut at its first comma after a lead-in (1.按照國家統一部署 / ，平穩有序實施…政策): the clause after it.
    if (PREAMBLE.test(section.title) && paragraph.text.startsWith('，')) {
      const after = paragraph.text.slice(1);
      const end = after.search(CLAUSE_END);
      const name = after.slice(0, end > 0 ? end : Math.min(after.length, MAX_LEAD_SENTENCE));
      if (name.length >= 4 && name.length <= MAX_LEAD_SENTENCE) return { name, start: paragraph.start + 1, end: paragraph.start + 1 + name.length };
    }
    return { name: section.title, start: section.headingSpan.start, end: section.headingSpan.end };
  }
  const lead = paragraph.sentences[0];
  if (lead) {
    const text = lead.text.replace(/[。！？]+$/, '');
    if (text.length <= MAX_LEAD_SENTENCE) return { name: text, start: lead.start, end: lead.end };
    const clauseEnd = text.search(/[，；：]/);
    // Rule `preamble-clause`: a lead-in saying what the task follows (按照国家统一部署，根据省里要求，) names no task: the
    // clause after it does (东莞 2021 稳就业: 1.按照國家統一部署,平穩有序實施企業職工基本養老保險繳費比例、繳費基數統一政策).
    if (clauseEnd > 0 && PREAMBLE.test(text.slice(0, clauseEnd))) {
      const next = text.slice(clauseEnd + 1).search(/[，；：]/);
      const length = next > 0 ? next : text.length - clauseEnd - 1;
      if (length >= 4 && length <= MAX_LEAD_SENTENCE)
        return { name: text.slice(clauseEnd + 1, clauseEnd + 1 + length), start: lead.start + clauseEnd + 1, end: lead.start + clauseEnd + 1 + length };
    }
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
