import { PolicyGraphError } from '@policygraph/graph-types';
import type { ExtractedText } from './extracted-text';
import { textFromPdfLayout } from './pdf-layout';
import { PDF_READ_TIMEOUT_MS, readPdfTextLayer, type PdfTextLayer } from './pdf-text-layer';

/** Fewer characters than this per page on average: page numbers or a stamp at most, the plan itself is an image. */
const MIN_CHARACTERS_PER_PAGE = 10;
/** Text made of private-use code points or U+FFFD comes from fonts without a Unicode map: as unreadable as an image. */
const MAX_UNMAPPED_SHARE = 0.3;

/** Reads a PDF's text layer (pdfjs-dist) in reading order. Scanned PDFs are refused: there is no OCR. */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  const layer = await readPdfTextLayer(bytes);
  if (!layer.ok) throw pdfjsFailure(layer, fileName);
  const pages = layer.pages.length;
  const { text, pageStarts } = textFromPdfLayout(layer.pages);
  const characters = text.replace(/\s/g, '');
  if (characters.length < MIN_CHARACTERS_PER_PAGE * pages) {
    throw new PolicyGraphError(
      'INPUT_UNREADABLE',
      `${fileName}: no text layer; OCR is not supported. The PDF looks scanned (${pages} page${pages === 1 ? '' : 's'}, ${characters.length} characters of text). Ask for the digital original, or run OCR (e.g. ocrmypdf -l chi_sim) and ingest the result.`,
      { fileName, pages },
    );
  }
  const unmapped = characters.match(/[\uE000-\uF8FF\uFFFD]/g)?.length ?? 0;
  if (unmapped / characters.length > MAX_UNMAPPED_SHARE) {
    throw new PolicyGraphError(
      'INPUT_UNREADABLE',
      `${fileName}: the text layer cannot be decoded (${unmapped} of ${characters.length} characters have no Unicode mapping in their fonts). Export the PDF again from the original document, or run OCR and ingest the result.`,
      { fileName, pages },
    );
  }
  return { text, format: 'pdf', pages, pageStarts };
}

function pdfjsFailure(failure: Extract<PdfTextLayer, { ok: false }>, fileName: string): PolicyGraphError {
  const details = { fileName, reason: failure.message };
  switch (failure.name) {
    case 'PasswordException':
      return new PolicyGraphError('INPUT_UNREADABLE', `${fileName} is password-protected. Save or print a copy without the password and ingest that.`, details);
    case 'TimeoutError':
      return new PolicyGraphError(
        'INPUT_UNREADABLE',
        `${fileName}: reading the PDF took longer than ${PDF_READ_TIMEOUT_MS / 1000} s; it is probably damaged. Export or print it to PDF again and ingest that copy.`,
        details,
      );
    default:
      return new PolicyGraphError(
        'INPUT_UNREADABLE',
        `${fileName} is not a readable PDF (${failure.message}); it may be truncated or damaged. Download or export it again.`,
        details,
      );
  }
}
