import { enrichExtraction } from '@policygraph/cross-region';
import { extract, EXTRACTION_PARSE_OPTIONS } from '@policygraph/extract';
import { toGraphBatch, type GraphBatch } from '@policygraph/graph-model';
import type { ExtractionResult } from '@policygraph/graph-types';
import { parseDocument, type ParsedDocument } from '@policygraph/parse';
import type { DocumentText } from './read-document-file';

/** One document's value at each border of the pipeline, in order: parse → extract → enrich → graph model. */
export interface DocumentStages {
  readonly parsed: ParsedDocument;
  readonly extracted: ExtractionResult;
  /** The extraction with what cross-region analysis adds (strategies, department functions, terms). */
  readonly enriched: ExtractionResult;
  readonly batch: GraphBatch;
}

/** Parse and extract a decoded document: the parsed document crosses the border to extract. */
export function parseAndExtract(document: DocumentText): Pick<DocumentStages, 'parsed' | 'extracted'> {
  const parsed = parseDocument(document.text, EXTRACTION_PARSE_OPTIONS);
  return { parsed, extracted: extract(parsed, { documentId: document.documentId, fileName: document.fileName }) };
}

/** Enrich an extraction and turn it into the batch the store writes. */
export function enrichAndModel(document: DocumentText, extracted: ExtractionResult): Pick<DocumentStages, 'enriched' | 'batch'> {
  const enriched = enrichExtraction(extracted, document.text);
  return { enriched, batch: toGraphBatch(enriched, { contentHash: document.contentHash, fileName: document.fileName, text: document.text }) };
}

/** Every stage of one document, each stage taking the previous one's output. */
export function documentStages(document: DocumentText): DocumentStages {
  const first = parseAndExtract(document);
  return { ...first, ...enrichAndModel(document, first.extracted) };
}
