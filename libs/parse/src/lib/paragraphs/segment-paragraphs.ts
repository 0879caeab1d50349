import { isWhitespace, type Line } from '../lines';
import type { HeadingLine } from '../outline/build-outline';
import type { Paragraph, Sentence } from '../parsed-document';

/**
 * Every non-empty body line is a paragraph (soft line breaks were already removed). A heading line that carries
 * body text after its title ("（一）指导思想。以…") contributes that remainder as a paragraph.
 */
export function segmentParagraphs(
  text: string,
  lines: readonly Line[],
  headings: ReadonlyMap<number, HeadingLine>,
  skippedLines: ReadonlySet<number>,
  sectionAt: (offset: number) => number,
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    if (skippedLines.has(line.index) || line.content.length === 0) continue;
    const heading = headings.get(line.index);
    let start = heading ? heading.titleEnd : line.start;
    while (start < line.end && isWhitespace(text.charCodeAt(start))) start++;
    if (start >= line.end) continue;
    paragraphs.push({
      start,
      end: line.end,
      text: text.slice(start, line.end),
      section: sectionAt(start),
      sentences: splitSentences(text, start, line.end),
    });
  }
  return paragraphs;
}

/** Sentences end at 。！？ (and the closing quote or bracket right after them); ；-clauses stay inside. */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    if (!isSentenceEnd(text.charCodeAt(i))) continue;
    let stop = i + 1;
    while (stop < end && isClosing(text.charCodeAt(stop))) stop++;
    sentences.push({ start: sentenceStart, end: stop, text: text.slice(sentenceStart, stop) });
    sentenceStart = stop;
    i = stop - 1;
  }
  if (sentenceStart < end) {
    const rest = text.slice(sentenceStart, end);
    if (rest.trim().length > 0) sentences.push({ start: sentenceStart, end, text: rest });
  }
  return sentences;
}

/** 。！？ (code units, so scanning allocates no per-character strings). */
function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

/** ” ’ ） 」 』 */
function isClosing(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 0xff09 || code === 0x300d || code === 0x300f;
}
