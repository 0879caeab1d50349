import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

interface PathRowView {
  length: number;
  nodeIds: string[];
  edgeIds: string[];
  labels: string[];
  text: string;
}

describe('explorer path list and constraints', () => {
  const session = useExplorerSession();

  /** Opens the explorer with both ends on the canvas (a link) and sets them as the path finder's ends. */
  async function openWithEnds(fromId: string, toId: string): Promise<ExplorerPage> {
    const explorer = await ExplorerPage.open(session.browser, `${session.server.url}/?n=${encodeURIComponent(fromId)}&n=${encodeURIComponent(toId)}`);
    await explorer.page.waitForFunction((n) => (window.__explorerTestApi?.ids().length ?? 0) >= n, 2);
    for (const [end, id] of [
      ['from', fromId],
      ['to', toId],
    ] as const) {
      await explorer.page.evaluate((node) => window.__explorerTestApi!.select(node), id);
      await explorer.usePathEnd(end);
    }
    return explorer;
  }

  async function rows(explorer: ExplorerPage): Promise<PathRowView[]> {
    return explorer.page.getByTestId('path-row').evaluateAll((buttons) =>
      buttons.map((button) => ({
        length: Number(button.getAttribute('data-length')),
        nodeIds: JSON.parse(button.getAttribute('data-node-ids') ?? '[]') as string[],
        edgeIds: JSON.parse(button.getAttribute('data-edge-ids') ?? '[]') as string[],
        labels: (button.getAttribute('data-labels') ?? '').split(' '),
        text: (button as HTMLElement).innerText,
      })),
    );
  }

  it('lists paths of different lengths, each with its length and names, avoids strategies and department functions when told, and highlights one path alone', async () => {
    // Two projects or tasks of different regions applying two or more strategies, joined in two hops through fewer nodes than
    // the list's 10 rows: the shortest connections run through the strategies, and longer ones fill the list.
    const { records } = await session.server.connection.driver.executeQuery(
      `MATCH (a:Entity)-[:APPLIES]->(s:Strategy)<-[:APPLIES]-(b:Entity)
       WHERE (a:Project OR a:Task) AND (b:Project OR b:Task) AND a.region < b.region
       WITH a, b, count(DISTINCT s) AS shared WHERE shared >= 2
       MATCH (a)-[r1]-(m:Entity)-[r2]-(b) WHERE type(r1) <> 'MENTIONS' AND type(r2) <> 'MENTIONS'
       WITH a, b, shared, count(DISTINCT m) AS middles WHERE middles < 8
       RETURN a.id AS a, b.id AS b, a.name AS aName, middles ORDER BY shared DESC, middles, a.id, b.id LIMIT 1`,
    );
    expect(records).toHaveLength(1);
    const [from, to] = [records[0]!.get('a') as string, records[0]!.get('b') as string];
    const explorer = await openWithEnds(from, to);

    await expect(explorer.findPaths()).resolves.toMatch(/找到 [1-9]\d* 条路径/);
    await expect(explorer.page.getByTestId('path-shortest-only').count()).resolves.toBe(0);
    const plain = await rows(explorer);
    // Every two-hop connection comes first, one row per middle node, then longer paths (Yen's k shortest paths).
    expect(plain.filter((row) => row.length === 2)).toHaveLength(Number(records[0]!.get('middles')));
    expect(new Set(plain.map((row) => row.length)).size).toBeGreaterThan(1);
    expect(plain.some((row) => row.length === 2 && row.labels.slice(1, -1).includes('Strategy'))).toBe(true);
    for (const [index, row] of plain.entries()) {
      expect(row.edgeIds).toHaveLength(row.length);
      expect(row.text).toMatch(new RegExp(`^${row.length} 步 `));
      expect(row.text).toContain(records[0]!.get('aName'));
      expect(row.text).toContain(' → ');
      if (index > 0) expect(row.length).toBeGreaterThanOrEqual(plain[index - 1]!.length);
    }

    // Clicking a path highlights it alone; clicking it again brings back all of them.
    const second = explorer.page.getByTestId('path-row').nth(1);
    await second.click();
    await expect(second.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(explorer.highlightedIds().then((ids) => ids.sort())).resolves.toEqual([...plain[1]!.nodeIds, ...plain[1]!.edgeIds].sort());
    await screenshot(explorer.page, 'explorer-path-list');
    await second.click();
    const all = new Set(plain.flatMap((row) => [...row.nodeIds, ...row.edgeIds]));
    await expect(explorer.highlightedIds().then((ids) => new Set(ids))).resolves.toEqual(all);

    // Avoiding strategies and department functions: no path passes through one, so the list changes.
    await explorer.page.getByTestId('path-avoidStrategies').check();
    await explorer.page.getByTestId('path-avoidFunctions').check();
    const answer = await explorer.findPaths();
    const avoiding = await rows(explorer);
    expect(avoiding.map((row) => row.nodeIds.join())).not.toEqual(plain.map((row) => row.nodeIds.join()));
    if (avoiding.length === 0) expect(answer).toMatch(/没有符合条件的路径/);
    for (const row of avoiding) {
      expect(row.labels.slice(1, -1)).not.toContain('Strategy');
      expect(row.labels.slice(1, -1)).not.toContain('DepartmentFunction');
    }
    await explorer.page.close();
  });

  it('leaves out inferred relationships when told', async () => {
    // A task and the department inference alone gives it: joined by one inferred relationship.
    const { records } = await session.server.connection.driver.executeQuery(
      `MATCH (t)-[r:RESPONSIBLE {basis: 'inferred'}]->(d:Department) RETURN t.id AS task, d.id AS department, t.id + '>RESPONSIBLE>' + d.id AS edge LIMIT 1`,
    );
    expect(records).toHaveLength(1);
    const explorer = await openWithEnds(records[0]!.get('task') as string, records[0]!.get('department') as string);
    await explorer.findPaths();
    const plain = await rows(explorer);
    expect(plain[0]).toMatchObject({ length: 1, edgeIds: [records[0]!.get('edge')] });

    await explorer.page.getByTestId('path-avoidInferred').check();
    await explorer.findPaths();
    const stated = await rows(explorer);
    for (const row of stated) {
      expect(row.edgeIds).not.toContain(records[0]!.get('edge'));
      expect(row.length).toBeGreaterThan(1);
    }
    const { records: inferredEdges } = await session.server.connection.driver.executeQuery(
      `MATCH (a)-[r:RESPONSIBLE {basis: 'inferred'}]->(b) WHERE a.id + '>RESPONSIBLE>' + b.id IN $ids RETURN count(r) AS n`,
      { ids: stated.flatMap((row) => row.edgeIds) },
    );
    expect(Number(inferredEdges[0]!.get('n'))).toBe(0);
    await explorer.page.close();
  });
});
