import { enrichExtraction } from '@policygraph/cross-region';
import { extractDocument } from '@policygraph/extract';
import { toGraphBatch, type GraphBatch } from '@policygraph/graph-model';
import { PolicyGraphError } from '@policygraph/graph-types';
import { readDocumentBytes, type DocumentText } from '../read-document-file';

/** A document read and extracted, ready to store: everything CPU- and memory-heavy about ingesting it is done. */
export interface PreparedDocument {
  readonly document: DocumentText;
  readonly batch: GraphBatch;
  /** Content problems the extractor reported (kept, not fatal). */
  readonly issues: number;
}

/** Extracts a decoded document into the batch the store writes; refuses text with no plan structure. */
export function extractBatch(document: DocumentText): { batch: GraphBatch; issues: number } {
  const result = enrichExtraction(extractDocument(document.text, { documentId: document.documentId, fileName: document.fileName }), document.text);
  if (result.nodes.length <= 2 && result.relationships.length <= 1) {
    throw new PolicyGraphError(
      'INPUT_NO_STRUCTURE',
      `${document.fileName}: no plan structure found (no sections, goals, projects or departments). Is this a Chinese development plan?`,
      { fileName: document.fileName },
    );
  }
  return { batch: toGraphBatch(result, { contentHash: document.contentHash, fileName: document.fileName }), issues: result.issues.length };
}

/** Reads (any format) and extracts one document: the work a DocumentReaderPool runs in a worker thread. */
export async function prepareDocument(bytes: Uint8Array, fileName: string): Promise<PreparedDocument> {
  const document = await readDocumentBytes(bytes, fileName);
  return { document, ...extractBatch(document) };
}
