import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { PolicyGraphError } from '@policygraph/graph-types';
import { decodeText, type TextEncoding } from './decode-text';

export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export interface DocumentText {
  readonly documentId: string;
  readonly fileName: string;
  readonly text: string;
  readonly encoding: TextEncoding;
  /** sha256 of the decoded text: the same plan re-saved in another encoding is the same content. */
  readonly contentHash: string;
}

/** A document id from a file name: stable, readable, safe in URLs and Cypher ids. */
export function documentIdFromFileName(fileName: string): string {
  const stem = basename(fileName, extname(fileName)).normalize('NFKC').trim();
  const safe = stem.replace(/[^\p{L}\p{N}_.-]+/gu, '-').replace(/^-+|-+$/g, '');
  return safe.length > 0 ? safe.slice(0, 120) : 'document';
}

export function documentFromBytes(bytes: Uint8Array, fileName: string): DocumentText {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new PolicyGraphError('INPUT_TOO_LARGE', `${fileName} is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_DOCUMENT_BYTES / 1048576} MB. Split the document.`, { fileName });
  }
  const { text, encoding } = decodeText(bytes, fileName);
  if (text.trim().length === 0) {
    throw new PolicyGraphError('INPUT_EMPTY', `${fileName} contains only whitespace: there is nothing to extract.`, { fileName });
  }
  return {
    documentId: documentIdFromFileName(fileName),
    fileName: basename(fileName),
    text,
    encoding,
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}

export async function readDocumentFile(path: string): Promise<DocumentText> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new PolicyGraphError('INPUT_UNREADABLE', `${path} is not a regular file.`, { fileName: path });
    if (info.size > MAX_DOCUMENT_BYTES) return documentFromBytes(new Uint8Array(info.size), path);
  } catch (error) {
    if (error instanceof PolicyGraphError) throw error;
    throw new PolicyGraphError('INPUT_NOT_FOUND', `${path} does not exist or cannot be read. Check the path.`, { fileName: path });
  }
  return documentFromBytes(await readFile(path), path);
}
