import type { DocumentFormat, ExtractedText } from './extracted-text';
import { readDocx } from './read-docx';
import { readHtml } from './read-html';
import { readPdf } from './read-pdf';
import { readPlainText } from './read-plain-text';
import { sniffFormat } from './sniff-format';

const READERS: Record<DocumentFormat, (bytes: Uint8Array, fileName: string) => Promise<ExtractedText>> = {
  text: readPlainText,
  pdf: readPdf,
  docx: readDocx,
  html: readHtml,
};

/** The text of a plan in any supported format, read by the reader its content calls for. */
export async function extractText(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  return READERS[sniffFormat(bytes, fileName)](bytes, fileName);
}
