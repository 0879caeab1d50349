import type { CoverageNote } from '@policygraph/graph-types';
import { toGraphBatch } from '@policygraph/graph-model';
import { samplePlan as plan, useTestNeo4j } from '@policygraph/testing-neo4j';
import { graphChecksum, graphCounts } from './graph-summary';
import { storeDocument } from './store-document';

const QINGHAI = plan('qh', '青海省', [
  { name: '推动先进制造业和现代服务业融合', departments: ['省发展改革委', '省工业和信息化厅'] },
  { name: '发展现代物流', departments: ['省商务厅', '省交通运输厅', '省发展改革委'] },
]);

describe('storeDocument', () => {
  const neo = useTestNeo4j();

  beforeEach(() => neo.reset());

  it('stores a document once: a second ingest of the same content changes nothing', async () => {
    const batch = toGraphBatch(QINGHAI, { contentHash: 'h1', fileName: 'qh.txt' });
    const first = await storeDocument(neo.connection, batch);
    const countsAfterFirst = await graphCounts(neo.connection);
    const checksumAfterFirst = await graphChecksum(neo.connection);
    const second = await storeDocument(neo.connection, batch);
    const forced = await storeDocument(neo.connection, batch, { force: true });

    expect(first.status).toBe('added');
    expect(second.status).toBe('unchanged');
    expect(forced.status).toBe('replaced');
    // 1 document, 1 region, 2 tasks, 4 departments; ABOUT + 2 task MENTIONS + 4 OF_REGION + 5 RESPONSIBLE + 5 shared MENTIONS
    expect(countsAfterFirst).toEqual({ nodes: 8, relationships: 17, documents: 1 });
    expect(await graphCounts(neo.connection)).toEqual(countsAfterFirst);
    expect(await graphChecksum(neo.connection)).toBe(checksumAfterFirst);
  });

  it('replaces exactly the facts of a changed version and removes departments only it mentioned', async () => {
    await storeDocument(neo.connection, toGraphBatch(QINGHAI, { contentHash: 'h1', fileName: 'qh.txt' }));
    const changed = plan('qh', '青海省', [{ name: '推动先进制造业和现代服务业融合', departments: ['省发展改革委'] }]);
    const report = await storeDocument(neo.connection, toGraphBatch(changed, { contentHash: 'h2', fileName: 'qh.txt' }));

    const { records } = await neo.connection.driver.executeQuery('MATCH (d:Department) RETURN d.name AS name ORDER BY name');
    expect(report.status).toBe('replaced');
    expect(records.map((r) => r.get('name'))).toEqual(['省发展改革委']);
    const projects = await neo.connection.driver.executeQuery('MATCH (p:Project) RETURN p.name AS name');
    expect(projects.records.map((r) => r.get('name'))).toEqual(['推动先进制造业和现代服务业融合']);
  });

  it('replaces the facts of the same text read by a changed extractor, and only once', async () => {
    await storeDocument(neo.connection, toGraphBatch(QINGHAI, { contentHash: 'h1', fileName: 'qh.txt' }));
    // Same text (same content hash), another reading of it: what an upgraded extractor gives.
    const reread = plan('qh', '青海省', [{ name: '推动先进制造业和现代服务业融合', departments: ['省发展改革委'] }]);
    const replaced = await storeDocument(neo.connection, toGraphBatch(reread, { contentHash: 'h1', fileName: 'qh.txt' }));
    const again = await storeDocument(neo.connection, toGraphBatch(reread, { contentHash: 'h1', fileName: 'qh.txt' }));

    expect(replaced.status).toBe('replaced');
    expect(again.status).toBe('unchanged');
    const { records } = await neo.connection.driver.executeQuery('MATCH (d:Department) RETURN d.name AS name ORDER BY name');
    expect(records.map((r) => r.get('name'))).toEqual(['省发展改革委']);
  });

  it('replaces once a document stored before facts were hashed', async () => {
    await storeDocument(neo.connection, toGraphBatch(QINGHAI, { contentHash: 'h1', fileName: 'qh.txt' }));
    await neo.connection.driver.executeQuery('MATCH (d:Document) REMOVE d.factsHash');

    expect((await storeDocument(neo.connection, toGraphBatch(QINGHAI, { contentHash: 'h1', fileName: 'qh.txt' }))).status).toBe('replaced');
    expect((await storeDocument(neo.connection, toGraphBatch(QINGHAI, { contentHash: 'h1', fileName: 'qh.txt' }))).status).toBe('unchanged');
  });

  it('leaves the previous version untouched when a write fails part-way', async () => {
    await storeDocument(neo.connection, toGraphBatch(QINGHAI, { contentHash: 'h1', fileName: 'qh.txt' }));
    const before = await graphChecksum(neo.connection);
    const changed = plan('qh', '青海省', [{ name: '新任务', departments: ['省财政厅'] }]);
    await expect(
      storeDocument(neo.connection, toGraphBatch(changed, { contentHash: 'h2', fileName: 'qh.txt' }), {
        beforeWrite: async (tx) => {
          await tx.run('CREATE (:Entity {id: "half-written"})');
          throw new Error('injected failure after the old facts were deleted');
        },
      }),
    ).rejects.toThrow('injected failure');
    expect(await graphChecksum(neo.connection)).toBe(before);
  });

  it('keeps one department node per region and name across documents, and keeps it while another document mentions it', async () => {
    const other = plan('qh2', '青海省', [{ name: '发展会展业', departments: ['省商务厅'] }]);
    const hunan = plan('hn', '湖南省', [{ name: '发展会展业', departments: ['省商务厅'] }]);
    await storeDocument(neo.connection, toGraphBatch(QINGHAI, { contentHash: 'h1', fileName: 'qh.txt' }));
    await storeDocument(neo.connection, toGraphBatch(other, { contentHash: 'h3', fileName: 'qh2.txt' }));
    await storeDocument(neo.connection, toGraphBatch(hunan, { contentHash: 'h4', fileName: 'hn.txt' }));

    const commerce = await neo.connection.driver.executeQuery(
      "MATCH (d:Department {name: '省商务厅'})-[:OF_REGION]->(r:Region) RETURN r.name AS region, COUNT { (d)<-[:RESPONSIBLE]-() } AS tasks ORDER BY region",
    );
    expect(commerce.records.map((r) => [r.get('region'), Number(r.get('tasks'))])).toEqual([
      ['湖南省', 1],
      ['青海省', 2],
    ]);

    await storeDocument(neo.connection, toGraphBatch(plan('qh', '青海省', []), { contentHash: 'h5', fileName: 'qh.txt' }));
    const left = await neo.connection.driver.executeQuery("MATCH (d:Department)-[:OF_REGION]->(:Region {name: '青海省'}) RETURN d.name AS name");
    expect(left.records.map((r) => r.get('name'))).toEqual(['省商务厅']);
  });
});

describe('storeDocument with coverage notes', () => {
  const neo = useTestNeo4j();

  beforeEach(() => neo.reset());

  it('stores the notes with the document and replaces them with a new version', async () => {
    const quote = '全年新增城镇就业65万人以上。';
    const note: CoverageNote = {
      section: ['三、2026年重点工作'],
      sentences: 4,
      cues: { 'number-with-year': 3, department: 1 },
      examples: [{ documentId: 'qh', start: 120, end: 120 + quote.length, quote, section: ['三、2026年重点工作'] }],
    };
    await storeDocument(neo.connection, toGraphBatch({ ...QINGHAI, notes: [note] }, { contentHash: 'h1', fileName: 'qh.txt' }));
    const stored = await neo.connection.driver.executeQuery(
      'MATCH (d:Document {id: $id}) RETURN d.uncoveredSentences AS sentences, d.uncoveredSections AS sections, d.coverageNotesJson AS json',
      { id: 'document:qh' },
    );
    const row = stored.records[0]!;
    expect(Number(row.get('sentences'))).toBe(4);
    expect(Number(row.get('sections'))).toBe(1);
    expect(JSON.parse(row.get('json'))).toEqual([note]);

    await storeDocument(neo.connection, toGraphBatch({ ...QINGHAI, notes: [] }, { contentHash: 'h2', fileName: 'qh.txt' }));
    const replaced = await neo.connection.driver.executeQuery(
      'MATCH (d:Document {id: $id}) RETURN d.uncoveredSentences AS sentences, d.coverageNotesJson AS json',
      {
        id: 'document:qh',
      },
    );
    expect(Number(replaced.records[0]!.get('sentences'))).toBe(0);
    expect(JSON.parse(replaced.records[0]!.get('json'))).toEqual([]);
  });
});
