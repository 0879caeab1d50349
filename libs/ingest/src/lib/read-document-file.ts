import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { PolicyGraphError } from '@policygraph/graph-types';
import type { DocumentFormat } from './formats/extracted-text';
import { extractText } from './formats/extract-text';

export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/**
 * The longest text one document may have. Real plans run to a few hundred thousand characters (the longest seed,
 * a 十四五 outline, is 90,000); two million is a concatenation of many documents or not a plan. Far more (a 19 MB
 * text is 6.6 million) made one transaction over Neo4j's 512 MB cap after ≈ 110 s of work.
 */
export const MAX_DOCUMENT_CHARS = 2_000_000;

export interface DocumentText {
  readonly documentId: string;
  readonly fileName: string;
  /** The extracted text: what the extractor reads, what is stored, and what evidence offsets point into. */
  readonly text: string;
  readonly format: DocumentFormat;
  /** The byte encoding of text and HTML files ('utf-8', 'gb18030', …); 'utf-8' for DOCX; 'unicode' for PDF, whose
   * text comes from the fonts' Unicode maps. */
  readonly encoding: string;
  /** sha256 of the extracted text: the same plan re-saved in another encoding is the same content. */
  readonly contentHash: string;
  /** PDF only: page count, and the offset in `text` where each page begins (see `pageAtOffset`). */
  readonly pages?: number;
  readonly pageStarts?: readonly number[];
}

/** A document id from a file name: stable, readable, safe in URLs and Cypher ids. */
export function documentIdFromFileName(fileName: string): string {
  const stem = basename(fileName, extname(fileName)).normalize('NFKC').trim();
  const safe = stem.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^-+|-+$/g, '');
  return safe.length > 0 ? safe.slice(0, 120) : 'document';
}

/** Reads a plan from its bytes in any supported format (text, PDF, DOCX, HTML); the name is used for messages and the id. */
export async function readDocumentBytes(bytes: Uint8Array, fileName: string): Promise<DocumentText> {
  assertNotTooLarge(bytes.length, fileName);
  const extracted = await extractText(bytes, fileName);
  if (extracted.text.trim().length === 0) {
    throw new PolicyGraphError('INPUT_EMPTY', `${fileName} contains no text (${extracted.format}): there is nothing to extract.`, { fileName });
  }
  if (extracted.text.length > MAX_DOCUMENT_CHARS) {
    throw new PolicyGraphError(
      'INPUT_TOO_LARGE',
      `${fileName} has ${(extracted.text.length / 1e6).toFixed(1)} million characters; one document may have at most ${MAX_DOCUMENT_CHARS / 1e6} million. Is it several plans in one file? Split it into one file per plan.`,
      { fileName },
    );
  }
  return {
    documentId: documentIdFromFileName(fileName),
    fileName: basename(fileName),
    text: extracted.text,
    format: extracted.format,
    encoding: extracted.encoding ?? 'unicode',
    contentHash: createHash('sha256').update(extracted.text).digest('hex'),
    ...(extracted.pages === undefined ? {} : { pages: extracted.pages }),
    ...(extracted.pageStarts === undefined ? {} : { pageStarts: extracted.pageStarts }),
  };
}

/** The bytes of an input file, refused when it is no regular file or over the size limit (before reading it). */
export async function readInputBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new PolicyGraphError('INPUT_UNREADABLE', `${path} is not a regular file.`, { fileName: path });
    assertNotTooLarge(info.size, path);
    return await readFile(path);
  } catch (error) {
    if (error instanceof PolicyGraphError) throw error;
    throw new PolicyGraphError('INPUT_NOT_FOUND', `${path} does not exist or cannot be read. Check the path.`, { fileName: path });
  }
}

export async function readDocumentFile(path: string): Promise<DocumentText> {
  return readDocumentBytes(await readInputBytes(path), path);
}

function assertNotTooLarge(size: number, fileName: string): void {
  if (size > MAX_DOCUMENT_BYTES) {
    throw new PolicyGraphError(
      'INPUT_TOO_LARGE',
      `${fileName} is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1048576} MB. Split the document.`,
      { fileName },
    );
  }
}
