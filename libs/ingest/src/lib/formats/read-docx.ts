import { load } from 'cheerio';
import * as mammoth from 'mammoth';
import { PolicyGraphError } from '@policygraph/graph-types';
import type { ExtractedText } from './extracted-text';
import { blockText } from './html-block-text';
import { assertZipWithinLimits } from './zip-limits';

/** Images carry no text to extract; mammoth would otherwise inline every one as a base64 data URI. */
const dropImage = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * Reads a Word .docx: mammoth turns it into semantic HTML (paragraphs, headings, tables with their merged cells),
 * which is laid out into lines like a portal page, so paragraphs are one per line and tables keep their rows.
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  assertZipWithinLimits(bytes, fileName);
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: dropImage }));
  } catch (error) {
    throw new PolicyGraphError(
      'INPUT_UNREADABLE',
      `${fileName} is not a readable Word document (${error instanceof Error ? error.message : String(error)}). Open it in Word or WPS, save it again as .docx (or export PDF), and ingest that copy.`,
      { fileName },
    );
  }
  return { text: blockText(load(html).root().get(0)!), format: 'docx', encoding: 'utf-8' };
}
