import type { GraphBatch } from '@policygraph/graph-model';
import { PolicyGraphError } from '@policygraph/graph-types';
import { enrichAndModel, parseAndExtract } from '../document-stages';
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
  const { extracted } = parseAndExtract(document);
  // Enrichment adds facts to goals, projects and departments only, so an extraction without them stays without.
  if (extracted.nodes.length <= 2 && extracted.relationships.length <= 1) {
    throw new PolicyGraphError(
      'INPUT_NO_STRUCTURE',
      `${document.fileName}: no plan structure found (no sections, goals, projects or departments). Is this a Chinese development plan?`,
      { fileName: document.fileName },
    );
  }
  const { enriched, batch } = enrichAndModel(document, extracted);
  return { batch, issues: enriched.issues.length };
}

/** Reads (any format) and extracts one document: the work a DocumentReaderPool runs in a worker thread. */
export async function prepareDocument(bytes: Uint8Array, fileName: string): Promise<PreparedDocument> {
  const document = await readDocumentBytes(bytes, fileName);
  return { document, ...extractBatch(document) };
}
