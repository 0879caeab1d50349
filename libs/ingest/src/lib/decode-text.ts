import * as iconv from 'iconv-lite';
import { PolicyGraphError } from '@policygraph/graph-types';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/**
 * Decodes a plain-text plan. Government files come as UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030;
 * the order of checks matters: a BOM is decisive, then strict UTF-8, then GB18030 (a superset of GBK) if it decodes
 * to mostly CJK text. Anything else is refused rather than turned into mojibake.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) {
    throw new PolicyGraphError('INPUT_EMPTY', `${fileName} is empty: there is nothing to extract. Check that the file was saved completely.`, { fileName });
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3), fileName), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  if (looksBinary(bytes)) {
    throw new PolicyGraphError(
      'INPUT_BINARY',
      `${fileName} is a binary file (${binaryKind(bytes)}), not text. Convert it to text first, or pass the .txt version.`,
      { fileName },
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // UTF-8 with a few broken bytes decodes almost cleanly; GBK text decoded as UTF-8 is mostly replacement
    // characters. Only the second is worth decoding as GB18030: GB18030 accepts nearly any byte sequence, so trying
    // it on damaged UTF-8 would silently produce mojibake.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const replaced = countChar(lenient, '\uFFFD');
    if (replaced / Math.max(1, lenient.length) < 0.02) {
      const offset = firstInvalidUtf8(bytes);
      throw new PolicyGraphError(
        'INPUT_UNREADABLE',
        `${fileName} is UTF-8 text with invalid byte sequences (${replaced} of them; the first at byte offset ${offset}). The file is probably damaged: re-export or re-save it as UTF-8.`,
        { fileName, offset },
      );
    }
    const gb = iconv.decode(Buffer.from(bytes), 'gb18030');
    if (cjkShare(gb) >= 0.3 && !gb.includes('\uFFFD')) return { text: gb, encoding: 'gb18030' };
    const offset = firstInvalidUtf8(bytes);
    throw new PolicyGraphError(
      'INPUT_UNREADABLE',
      `${fileName} is neither valid UTF-8 nor GBK/GB18030 text (invalid byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${offset}). Re-save it as UTF-8.`,
      { fileName, offset },
    );
  }
}

function countChar(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) count++;
  return count;
}

function utf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new PolicyGraphError(
      'INPUT_UNREADABLE',
      `${fileName} starts with a UTF-8 byte-order mark but has invalid UTF-8 at byte ${offset + 3}. Re-save it as UTF-8.`,
      { fileName },
    );
  }
}

/** NUL bytes never occur in UTF-8 or GBK text; they do in images, archives and office files. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let nul = 0;
  for (const byte of sample) if (byte === 0) nul++;
  return nul > 0 || /^(%PDF|PK\u0003\u0004|\u0089PNG|GIF8|\u00FF\u00D8\u00FF)/.test(latin1(sample.subarray(0, 8)));
}

function binaryKind(bytes: Uint8Array): string {
  const head = latin1(bytes.subarray(0, 8));
  if (head.startsWith('%PDF')) return 'PDF';
  if (head.startsWith('PK\u0003\u0004')) return 'ZIP archive or Office document';
  if (head.startsWith('\u0089PNG')) return 'PNG image';
  if (head.startsWith('GIF8')) return 'GIF image';
  if (head.startsWith('\u00FF\u00D8\u00FF')) return 'JPEG image';
  return 'contains NUL bytes';
}

function latin1(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
}

function cjkShare(text: string): number {
  let cjk = 0;
  let letters = 0;
  for (const char of text) {
    if (/\s/.test(char)) continue;
    letters++;
    if (/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/.test(char)) cjk++;
  }
  return letters === 0 ? 0 : cjk / letters;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on prefixes: a prefix that decodes has no invalid byte (ignoring a cut multi-byte tail).
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
