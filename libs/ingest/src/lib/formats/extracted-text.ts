export type DocumentFormat = 'text' | 'pdf' | 'docx' | 'html';

/** What a format reader returns: the text the extractor reads (and evidence offsets point into), and how it got it. */
export interface ExtractedText {
  readonly text: string;
  readonly format: DocumentFormat;
  /** The character encoding the bytes were decoded from (text and HTML); PDF and DOCX carry Unicode themselves. */
  readonly encoding?: string;
  /** PDF only: the number of pages. */
  readonly pages?: number;
  /** PDF only: `pageStarts[i]` is the offset in `text` where page i + 1 begins, so evidence can name its page. */
  readonly pageStarts?: readonly number[];
}

/** The page (1-based) an offset into a PDF's extracted text falls on. */
export function pageAtOffset(pageStarts: readonly number[], offset: number): number {
  let page = 0;
  while (page + 1 < pageStarts.length && pageStarts[page + 1]! <= offset) page++;
  return page + 1;
}
