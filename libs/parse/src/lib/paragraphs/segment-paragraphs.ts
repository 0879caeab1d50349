import { isWhitespace, type Line } from '../lines';
import type { HeadingLine } from '../outline/build-outline';
import type { Paragraph, Sentence } from '../parsed-document';

/**
 * Every non-empty body line is a paragraph (soft line breaks were already removed). A heading line that carries
 * body text after its title ("（一）指导思想。以…") contributes that remainder as a paragraph. An item numbered 1. or
 * （1） whose title is a whole sentence is a task or a target of a list, not only its heading: that sentence is part of
 * the paragraph where the body follows on its line ("3.建设3个劳动密集型产业园。推动…") or no body follows at all
 * ("1.投资3000万元建设…养殖基地。" then "2.打造…。"), or only labels follow ("1.全省生产总值增长7%以上。" then
 * "牵头责任单位：省发展改革委。").
 */
export function segmentParagraphs(
  text: string,
  lines: readonly Line[],
  headings: ReadonlyMap<number, HeadingLine>,
  skippedLines: ReadonlySet<number>,
  sectionAt: (offset: number) => number,
): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const sentenceEnds = new SentenceEnds(text);
  const bodyLines = lines.filter((line) => !skippedLines.has(line.index) && line.content.length > 0);
  for (let i = 0; i < bodyLines.length; i++) {
    const line = bodyLines[i];
    const heading = headings.get(line.index);
    const next = bodyLines[i + 1];
    const sentenceItem =
      heading !== undefined &&
      isSentenceItem(text, heading, line) &&
      (heading.titleEnd < line.end || !next || headings.has(next.index) || LABEL_LINE.test(next.content));
    let start = heading ? (sentenceItem ? line.start + heading.marker.titleStart : heading.titleEnd) : line.start;
    while (start < line.end && isWhitespace(text.charCodeAt(start))) start++;
    if (start >= line.end) continue;
    paragraphs.push({
      start,
      end: line.end,
      text: text.slice(start, line.end),
      section: sectionAt(start),
      sentences: splitSentences(text, start, line.end, sentenceEnds),
    });
  }
  return paragraphs;
}

/** An item numbered 1. or （1） whose title is one sentence (it ends with 。), not a name (1.发展目标。). */
function isSentenceItem(text: string, heading: HeadingLine, line: Line): boolean {
  return (
    (heading.marker.kind === 'arabic-enum' || heading.marker.kind === 'arabic-paren') &&
    text.charCodeAt(heading.titleEnd - 1) === 0x3002 &&
    heading.titleEnd - line.start - heading.marker.titleStart > MIN_SENTENCE
  );
}

/** A label line under an item (责任单位：…, 牵头负责领导：…): says who, not what. */
const LABEL_LINE = /^[\u4e00-\u9fa5]{2,8}[：:]/;

/** "1.发展目标。" names a part; a task says more. */
const MIN_SENTENCE = 8;

/**
 * Sentences end at 。！？ (and the closing quote or bracket right after them); ；-clauses stay inside. Spans of one text
 * split in text order may share one SentenceEnds.
 */
export function splitSentences(text: string, start: number, end: number, ends: SentenceEnds = new SentenceEnds(text)): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = start;
  for (let at = ends.next(start); at !== -1 && at < end; at = ends.next(sentenceStart)) {
    let stop = at + 1;
    while (stop < end && isClosing(text.charCodeAt(stop))) stop++;
    sentences.push({ start: sentenceStart, end: stop, text: text.slice(sentenceStart, stop) });
    sentenceStart = stop;
  }
  if (sentenceStart < end) {
    const rest = text.slice(sentenceStart, end);
    if (rest.trim().length > 0) sentences.push({ start: sentenceStart, end, text: rest });
  }
  return sentences;
}

/**
 * The next 。, ！ or ？ of a text, found by the engine's own search (indexOf) rather than a test per character. Each
 * mark's next position is kept until it is passed, so the rare ！ and ？ are searched for once per occurrence, not per
 * paragraph: `next` must be asked in text order.
 */
export class SentenceEnds {
  /** Next position of each mark at or after the last `from` (-1: none further; -2: not searched yet). */
  private fullStop = -2;
  private exclamation = -2;
  private question = -2;

  constructor(private readonly text: string) {}

  /** The first sentence end at or after `from`, -1 when there is none. */
  next(from: number): number {
    if (this.fullStop !== -1 && this.fullStop < from) this.fullStop = this.text.indexOf('。', from);
    if (this.exclamation !== -1 && this.exclamation < from) this.exclamation = this.text.indexOf('！', from);
    if (this.question !== -1 && this.question < from) this.question = this.text.indexOf('？', from);
    return earliest(earliest(this.fullStop, this.exclamation), this.question);
  }
}

/** The smaller of two positions, -1 standing for none. */
function earliest(a: number, b: number): number {
  return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}

/** ” ’ ） 」 』 */
function isClosing(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 0xff09 || code === 0x300d || code === 0x300f;
}
