import { decodeText } from '../decode-text';
import type { ExtractedText } from './extracted-text';

/** Reads a text export of a plan: UTF-8, UTF-16 with BOM or GB18030, detected from the bytes. */
export async function readPlainText(bytes: Uint8Array, fileName: string): Promise<ExtractedText> {
  const { text, encoding } = decodeText(bytes, fileName);
  return { text, format: 'text', encoding };
}
