import { load } from 'cheerio';
import type { ExtractedText } from './extracted-text';
import { blockText } from './html-block-text';
import { decodeHtml } from './html-charset';
import { mainContent } from './html-main-content';
import { pageHeaderLines } from './html-page-header';

/**
 * Reads a saved government portal page: decoded by its charset, reduced to the document body, block by block, under the
 * lines the page states about the document outside its body (information block, title).
 */
export async function readHtml(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  const { html, encoding } = decodeHtml(bytes, fileName);
  const $ = load(html);
  const container = mainContent($);
  const header = pageHeaderLines($, container);
  const text = blockText(container);
  return { text: header.length > 0 ? `${header.join('\n')}\n${text}` : text, format: 'html', encoding };
}
