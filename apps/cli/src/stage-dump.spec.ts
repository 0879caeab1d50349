import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentStages, readDocumentFile } from '@policygraph/ingest';
import { dumpStages, STAGE_FILES } from './stage-dump';

const PASSAGE = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'passages', 'yunnan-xczx-2022.txt');

interface DumpedEvidence {
  documentId: string;
  start: number;
  end: number;
  quote: string;
}
interface DumpedFact {
  evidence: DumpedEvidence[];
}
interface DumpedRow {
  props: { evidenceJson?: string | null };
}

describe('dumpStages', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'stage-dump-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every stage as plain JSON carrying the document id, offsets and quotes that are slices of the text', async () => {
    const document = await readDocumentFile(PASSAGE);
    const stages = documentStages(document);
    const written = await dumpStages(dir, document.documentId, stages);
    const read = (file: string) => JSON.parse(readFileSync(join(written, file), 'utf8'));
    const id = document.documentId;

    // Parsed: the document id added, every paragraph and sentence offset pointing at its text in `text`.
    const parsed = read(STAGE_FILES.parsed);
    expect(parsed.documentId).toBe(id);
    expect(parsed.text).toBe(stages.parsed.text);
    expect(parsed.originalText).toBe(document.text);
    expect(parsed.toOriginal).toBeUndefined();
    expect(parsed.paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of parsed.paragraphs as { start: number; end: number; text: string; sentences: { start: number; end: number; text: string }[] }[]) {
      expect(parsed.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
      for (const sentence of paragraph.sentences) expect(parsed.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(parsed.sections).toEqual(JSON.parse(JSON.stringify(stages.parsed.sections)));

    // Extracted and enriched: every fact's evidence quotes the original text at its offsets.
    for (const file of [STAGE_FILES.extracted, STAGE_FILES.enriched]) {
      const extraction = read(file);
      expect(extraction.document.id).toBe(id);
      const facts: DumpedFact[] = [...extraction.nodes, ...extraction.relationships];
      expect(facts.length).toBeGreaterThan(10);
      for (const fact of facts) {
        for (const evidence of fact.evidence) {
          expect(evidence.documentId).toBe(id);
          expect(evidence.quote).toBe(document.text.slice(evidence.start, evidence.end));
        }
      }
    }
    expect(read(STAGE_FILES.extracted)).toEqual(JSON.parse(JSON.stringify(stages.extracted)));

    // Graph batch: Maps by label and type written as objects; evidence as the JSON string stored on the node.
    const batch = read(STAGE_FILES.batch);
    expect(batch.documentId).toBe(id);
    expect(Object.keys(batch.nodes).sort()).toEqual([...stages.batch.nodes.keys()].sort());
    expect(Object.keys(batch.relationships).sort()).toEqual([...stages.batch.relationships.keys()].sort());
    expect(stages.batch.nodes.size).toBeGreaterThan(2);
    const rows: DumpedRow[] = [
      ...Object.values(batch.nodes as Record<string, DumpedRow[]>).flat(),
      ...Object.values(batch.relationships as Record<string, DumpedRow[]>).flat(),
    ];
    const stored = rows.flatMap((row) => (row.props.evidenceJson ? (JSON.parse(row.props.evidenceJson) as DumpedEvidence[]) : []));
    expect(stored.length).toBeGreaterThan(10);
    for (const evidence of stored) expect(evidence.quote).toBe(document.text.slice(evidence.start, evidence.end));
  });

  it('round-trips: each file parses back to exactly what was written', async () => {
    const document = await readDocumentFile(PASSAGE);
    const written = await dumpStages(dir, document.documentId, documentStages(document));
    for (const file of Object.values(STAGE_FILES)) {
      const text = readFileSync(join(written, file), 'utf8');
      expect(`${JSON.stringify(JSON.parse(text), null, 2)}\n`).toBe(text);
    }
  });

  it('keeps a document id with a slash inside the dump folder', async () => {
    const document = await readDocumentFile(PASSAGE);
    const written = await dumpStages(dir, 'a/b', documentStages(document));
    expect(written).toBe(join(dir, 'a_b'));
  });
});
