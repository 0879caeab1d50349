import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentStages, readDocumentFile } from '@policygraph/ingest';
import { dumpStages, STAGE_FILES } from './stage-dump';

const PASSAGE = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'passages', 'yunnan-xczx-2022.txt');

describe('dumpStages', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'stage-dump-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every stage of a document as JSON a later stage can be read from', async () => {
    const document = await readDocumentFile(PASSAGE);
    const stages = documentStages(document);
    const written = await dumpStages(dir, document.documentId, stages);
    const read = (file: string) => JSON.parse(readFileSync(join(written, file), 'utf8'));

    const parsed = read(STAGE_FILES.parsed);
    expect(parsed.text).toBe(stages.parsed.text);
    expect(parsed.sections).toEqual(JSON.parse(JSON.stringify(stages.parsed.sections)));
    expect(read(STAGE_FILES.extracted)).toEqual(JSON.parse(JSON.stringify(stages.extracted)));
    expect(read(STAGE_FILES.enriched).nodes).toHaveLength(stages.enriched.nodes.length);
    // The batch's Maps by label are written as objects, not lost as {}.
    const batch = read(STAGE_FILES.batch);
    expect(Object.keys(batch.nodes).sort()).toEqual([...stages.batch.nodes.keys()].sort());
    for (const [label, rows] of stages.batch.nodes) expect(batch.nodes[label]).toEqual(JSON.parse(JSON.stringify(rows)));
    expect(stages.batch.nodes.size).toBeGreaterThan(2);
  });

  it('keeps a document id with a slash inside the dump folder', async () => {
    const document = await readDocumentFile(PASSAGE);
    const written = await dumpStages(dir, 'a/b', documentStages(document));
    expect(written).toBe(join(dir, 'a_b'));
  });
});
