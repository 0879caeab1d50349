import type { ApiEdge, ApiNode } from '../../apps/web/src/api/graph-api.types';
import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

const LABELS = ['Project', 'Goal', 'Indicator', 'Department', 'Sector'] as const;
const REGIONS = ['湖南省', '云南省', '青海省'] as const;

/** A 500-node neighbourhood of one region: neighbours of five labels in three regions, some linked to each other. */
function bigNeighbourhood(): { anchor: ApiNode; nodes: ApiNode[]; edges: ApiEdge[] } {
  const anchor: ApiNode = { id: 'r0', label: 'Region', name: '湖南省', properties: {}, evidence: [] };
  const nodes: ApiNode[] = Array.from({ length: 499 }, (_, i) => ({
    id: `m${i}`,
    label: LABELS[i % LABELS.length]!,
    name: `邻居${i}：推动现代服务业发展`,
    properties: { region: REGIONS[i % REGIONS.length]! },
    evidence: [],
  }));
  const edges: ApiEdge[] = nodes.map((node) => ({ id: `r0>HAS>${node.id}`, type: 'HAS', source: 'r0', target: node.id, properties: {}, evidence: [] }));
  for (let i = 1; i < 100; i++) edges.push({ id: `m${i}>LINK>m${i - 1}`, type: 'LINK', source: `m${i}`, target: `m${i - 1}`, properties: {}, evidence: [] });
  return { anchor, nodes, edges };
}

describe('explorer: big neighbourhoods grouped', () => {
  const session = useExplorerSession();

  it('draws a 500-node neighbourhood as groups under 80 elements; a double-clicked group is replaced by its members', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    const { page } = explorer;
    const { anchor, nodes, edges } = bigNeighbourhood();
    await page.evaluate((a) => window.__explorerTestApi!.benchReplace({ nodes: [a], edges: [] }), anchor);
    await page.evaluate(({ nodes, edges }) => window.__explorerTestApi!.benchAddGrouped!({ nodes, edges }, 'r0'), { nodes, edges });
    await expect(explorer.shownNodeCount()).resolves.toBe(500);
    const visible = await page.evaluate(() => window.__explorerTestApi!.visibleElementCount!());
    expect(visible).toBeLessThan(80);
    const groups = await page.evaluate(() => window.__explorerTestApi!.groupIds!());
    expect(groups.sort()).toEqual(LABELS.map((label) => `group:r0:${label}`).sort());
    await expect(explorer.canvasCount()).resolves.toBe(1);
    await screenshot(page, 'explorer-grouped');

    // Selecting a group says what it stands for; a double-click on it draws its 100 projects in its place.
    await explorer.clickElement('group:r0:Project');
    await expect(explorer.detailsName()).resolves.toMatch(/100/);
    await explorer.clickElement('group:r0:Project', 2);
    await page.waitForFunction(() => !window.__explorerTestApi!.groupIds!().includes('group:r0:Project'));
    await page.evaluate(() => window.__explorerTestApi!.whenLaidOut());
    await expect(explorer.canvasCount('Project')).resolves.toBe(100);
    await expect(explorer.canvasCount()).resolves.toBe(101);
    await expect(page.evaluate(() => window.__explorerTestApi!.groupIds!().length)).resolves.toBe(4);
    // Undo puts the group back.
    await page.getByTestId('undo').click();
    await expect(page.evaluate(() => window.__explorerTestApi!.groupIds!().length)).resolves.toBe(5);

    // Grouping by label and region splits each label into its three regions.
    await page.getByTestId('clear').click();
    await page.getByTestId('group-facet').selectOption('region');
    await page.evaluate((a) => window.__explorerTestApi!.benchReplace({ nodes: [a], edges: [] }), anchor);
    await page.evaluate(({ nodes, edges }) => window.__explorerTestApi!.benchAddGrouped!({ nodes, edges }, 'r0'), { nodes, edges });
    await expect(page.evaluate(() => window.__explorerTestApi!.groupIds!().length)).resolves.toBe(15);
    await page.close();
  });

  it('clusters the canvas by region in compound nodes, and back', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    const { page } = explorer;
    const { anchor, nodes, edges } = bigNeighbourhood();
    await page.evaluate((g) => window.__explorerTestApi!.benchReplace(g), {
      nodes: [anchor, ...nodes.slice(0, 60)],
      edges: edges.filter((e) => Number(e.target.slice(1)) < 60 && Number(e.source.slice(1) || 0) < 60),
    });
    await page.getByTestId('cluster-by').selectOption('region');
    await page.evaluate(() => window.__explorerTestApi!.whenLaidOut());
    await expect(page.evaluate(() => window.__explorerTestApi!.clusterIds!().sort())).resolves.toEqual(
      REGIONS.map((region) => `cluster:region:${region}`).sort(),
    );
    await expect(explorer.canvasCount()).resolves.toBe(61);
    await screenshot(page, 'explorer-clustered');
    await page.getByTestId('cluster-by').selectOption('none');
    await expect(page.evaluate(() => window.__explorerTestApi!.clusterIds!().length)).resolves.toBe(0);
    await expect(explorer.canvasCount()).resolves.toBe(61);
    await page.close();
  });

  it('lays out in the layout worker; the hierarchical layout wraps a level of 200 instead of drawing a strip', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    const { page } = explorer;
    const { anchor, nodes, edges } = bigNeighbourhood();
    const before = await page.evaluate(() => window.__explorerTestApi!.workerLayouts!());
    await page.evaluate((g) => window.__explorerTestApi!.benchReplace(g), { nodes: [anchor, ...nodes.slice(0, 200)], edges: edges.slice(0, 200) });
    await expect(page.evaluate(() => window.__explorerTestApi!.workerLayouts!())).resolves.toBeGreaterThan(before);
    await page.getByTestId('layout-dagre').click();
    await page.waitForFunction((n) => window.__explorerTestApi!.workerLayouts!() > n, before + 1);
    await page.evaluate(() => window.__explorerTestApi!.whenLaidOut());
    const points = Object.values(await page.evaluate(() => window.__explorerTestApi!.modelPositions()));
    expect(points).toHaveLength(201);
    const width = Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x));
    const height = Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y));
    expect(height / width).toBeLessThan(3);
    expect(width / height).toBeLessThan(3);
    await screenshot(page, 'explorer-hierarchy-wrapped');
    await page.close();
  });

  it('a plain expand of a node with more than 100 neighbours brings groups; expanding one asks for that label', async () => {
    const { records } = await session.server.connection.driver.executeQuery(
      `MATCH (n:Entity {label: 'Department'})-[r]-(m:Entity) WHERE type(r) <> 'MENTIONS'
       WITH n, count(DISTINCT m) AS count ORDER BY count DESC LIMIT 1 RETURN n.id AS id, count`,
    );
    const department = { id: records[0]!.get('id') as string, count: Number(records[0]!.get('count')) };
    expect(department.count).toBeGreaterThan(100);
    const explorer = await ExplorerPage.open(
      session.browser,
      `${session.server.url}/?n=${encodeURIComponent(department.id)}&sel=${encodeURIComponent(department.id)}`,
    );
    const { page } = explorer;
    await page.waitForFunction(() => window.__explorerTestApi!.count() === 1);
    await explorer.waitIdle();
    await page.getByTestId('expand-node').click();
    await explorer.waitIdle();
    const groups = await page.evaluate(() => window.__explorerTestApi!.groupIds!());
    expect(groups).toContain(`group:${department.id}:Project`);
    await expect(page.getByTestId('left-out-notice').count()).resolves.toBe(0);
    await explorer.clickElement(`group:${department.id}:Project`);
    await page.getByTestId('expand-group').click();
    await explorer.waitIdle();
    const notice = page.getByTestId('left-out-notice');
    await notice.waitFor();
    const shown = Number(await notice.getAttribute('data-shown'));
    expect(shown).toBeGreaterThan(0);
    await expect(explorer.canvasCount('Project')).resolves.toBeGreaterThanOrEqual(shown);
    await page.close();
  });

  it('a saved view and a reload bring the groups back, where they were drawn', async () => {
    const { records } = await session.server.connection.driver.executeQuery(
      `MATCH (n:Entity {label: 'Department'})-[r]-(m:Entity) WHERE type(r) <> 'MENTIONS'
       WITH n, count(DISTINCT m) AS count ORDER BY count DESC LIMIT 1 RETURN n.id AS id`,
    );
    const departmentId = records[0]!.get('id') as string;
    const explorer = await ExplorerPage.open(
      session.browser,
      `${session.server.url}/?n=${encodeURIComponent(departmentId)}&sel=${encodeURIComponent(departmentId)}`,
    );
    const { page } = explorer;
    await page.waitForFunction(() => window.__explorerTestApi!.count() === 1);
    await explorer.waitIdle();
    await page.getByTestId('expand-node').click();
    await explorer.waitIdle();
    await page.evaluate(() => window.__explorerTestApi!.whenLaidOut());
    const groups = (await page.evaluate(() => window.__explorerTestApi!.groupIds!())).sort();
    expect(groups).toContain(`group:${departmentId}:Project`);
    const nodeCount = await explorer.shownNodeCount();
    const drawnGroups = (): Promise<string[]> => page.evaluate(() => window.__explorerTestApi!.groupIds!().sort());
    const groupPositions = (): Promise<Record<string, { x: number; y: number }>> =>
      page.evaluate((ids) => Object.fromEntries(Object.entries(window.__explorerTestApi!.modelPositions()).filter(([id]) => ids.includes(id))), groups);
    const saved = await groupPositions();

    await page.getByTestId('saved-view-name').fill('分组');
    await page.getByTestId('saved-view-save').click();
    await page.getByTestId('clear').click();
    await page.waitForFunction(() => window.__explorerTestApi!.count() === 0);
    await page.locator('[data-testid="saved-view"][data-name="分组"]').getByTestId('saved-view-open').click();
    await page.waitForFunction((n) => window.__explorerTestApi!.groupIds!().length === n, groups.length);
    await explorer.waitIdle();
    await expect(drawnGroups()).resolves.toEqual(groups);
    await expect(explorer.shownNodeCount()).resolves.toBe(nodeCount);
    await expect(groupPositions()).resolves.toEqual(saved);

    // The history entry keeps them too: a reload draws the same groups.
    await page.waitForFunction((n) => ((history.state as { groups?: unknown[] } | null)?.groups?.length ?? 0) === n, groups.length);
    await page.reload();
    await page.waitForFunction((n) => window.__explorerTestApi !== undefined && window.__explorerTestApi.groupIds!().length === n, groups.length);
    await explorer.waitIdle();
    await expect(drawnGroups()).resolves.toEqual(groups);
    await expect(explorer.shownNodeCount()).resolves.toBe(nodeCount);
    await page.close();
  });
});
