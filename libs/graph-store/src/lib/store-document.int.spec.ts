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
