import { load } from 'cheerio';
import type { ExtractedText } from './extracted-text';
import { blockText } from './html-block-text';
import { decodeHtml } from './html-charset';
import { mainContent } from './html-main-content';

/** Reads a saved government portal page: decoded by its charset, reduced to the document body, block by block. */
export async function readHtml(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  const { html, encoding } = decodeHtml(bytes, fileName);
  const $ = load(html);
  return { text: blockText(mainContent($)), format: 'html', encoding };
}
