import { join } from 'node:path';
import { extractDocument } from '@policygraph/extract';
import { documentStages } from './document-stages';
import { readDocumentFile } from './read-document-file';

const PASSAGE = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'passages', 'yunnan-xczx-2022.txt');

describe('documentStages', () => {
  it('passes each stage the previous one: the extraction of the parsed document is the one-call extraction', async () => {
    const document = await readDocumentFile(PASSAGE);
    const stages = documentStages(document);
    expect(stages.parsed.originalText).toBe(document.text);
    expect(stages.parsed.sections.length).toBeGreaterThan(0);
    expect(stages.extracted).toEqual(extractDocument(document.text, { documentId: document.documentId, fileName: document.fileName }));
    expect(stages.enriched.nodes.length).toBeGreaterThanOrEqual(stages.extracted.nodes.length);
    expect(stages.batch.documentId).toBe(document.documentId);
    expect(stages.batch.contentHash).toBe(document.contentHash);
    const batchIds = [...stages.batch.nodes.values()].flatMap((rows) => rows.map((row) => row.id));
    expect(batchIds.sort()).toEqual([...new Set(stages.enriched.nodes.map((node) => node.id))].sort());
  });
});
