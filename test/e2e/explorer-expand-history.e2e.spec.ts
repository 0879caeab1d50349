import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

const COMMERCE = 'department:青海省:省商务厅';

describe('explorer expand, collapse, history and chains', () => {
  const session = useExplorerSession();

  it('expands one relationship type from the menu, collapses it, and undoes and redoes the collapse', async () => {
    const explorer = await ExplorerPage.open(session.browser, `${session.server.url}/?n=${encodeURIComponent(COMMERCE)}&sel=${encodeURIComponent(COMMERCE)}`);
    await explorer.page.waitForFunction(() => window.__explorerTestApi!.count() === 1);
    await explorer.waitIdle();

    await explorer.page.getByTestId('expand-menu').click();
    const entry = explorer.page.getByTestId('expand-menu-list').getByRole('button', { name: /负责/ }).first();
    const offered = Number(/\((\d+)\)/.exec(await entry.innerText())?.[1]);
    expect(offered).toBeGreaterThan(0);
    await entry.click();
    await explorer.waitForShownNodeCountAbove(1);
    await explorer.waitIdle();
    await expect(explorer.undertakingCount()).resolves.toBe(offered);
    await expect(explorer.canvasCount()).resolves.toBe(offered + 1);
    await expect(explorer.canvasEdgeCount('RESPONSIBLE')).resolves.toBe(offered);

    await explorer.page.getByTestId('collapse-node').click();
    await expect(explorer.canvasCount()).resolves.toBe(1);
    await explorer.page.getByTestId('undo').click();
    await expect(explorer.canvasCount()).resolves.toBe(offered + 1);
    await explorer.page.getByTestId('redo').click();
    await expect(explorer.canvasCount()).resolves.toBe(1);
    await explorer.page.getByTestId('undo').click();
    await expect(explorer.undertakingCount()).resolves.toBe(offered);
    await screenshot(explorer.page, 'explorer-expand-menu-undo');
    await explorer.page.close();
  });

  it('adds a region’s whole chain, shows the minimap and hides edge labels when zoomed out', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    await explorer.pickRegion('青海省');
    const before = await explorer.shownNodeCount();
    await explorer.page.getByTestId('expand-chain').click();
    await explorer.waitIdle();
    const after = await explorer.shownNodeCount();
    expect(after).toBeGreaterThan(before);
    for (const label of ['Sector', 'Goal', 'Task', 'Department']) await expect(explorer.canvasCount(label)).resolves.toBeGreaterThan(0);
    await expect(explorer.canvasEdgeCount('PURSUED_BY')).resolves.toBeGreaterThan(0);
    await expect(explorer.canvasEdgeCount('RESPONSIBLE')).resolves.toBeGreaterThan(0);

    // A large canvas gets the overview map: a thumbnail of the graph and a window over the part the canvas shows.
    const view = explorer.page.getByTestId('minimap-view');
    await view.waitFor({ state: 'visible' });
    await expect(explorer.page.getByTestId('minimap-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    await screenshot(explorer.page, 'explorer-region-chain-minimap');
    // A press on the map centres the canvas there: the window moves to the press, and so do the nodes on the canvas.
    // The map refits 250 ms after the layout stops (a random layout may end after the busy mark goes): press after that.
    await explorer.page.evaluate(() => window.__explorerTestApi!.whenLaidOut());
    await explorer.page.waitForTimeout(500);
    const panel = (await explorer.page.getByTestId('minimap').boundingBox())!;
    const [firstId] = await explorer.canvasIds();
    const nodeBefore = await explorer.page.evaluate((id) => window.__explorerTestApi!.pagePosition(id)!, firstId!);
    await explorer.page.mouse.click(panel.x + 20, panel.y + 20);
    const moved = (await view.boundingBox())!;
    expect(Math.abs(moved.x + moved.width / 2 - (panel.x + 20))).toBeLessThan(2);
    expect(Math.abs(moved.y + moved.height / 2 - (panel.y + 20))).toBeLessThan(2);
    const nodeAfter = await explorer.page.evaluate((id) => window.__explorerTestApi!.pagePosition(id)!, firstId!);
    expect(Math.hypot(nodeAfter.x - nodeBefore.x, nodeAfter.y - nodeBefore.y)).toBeGreaterThan(20);

    // Relationship names go when zoomed out and come back when zoomed in.
    while ((await explorer.page.evaluate(() => window.__explorerTestApi!.zoom())) > 0.5) await explorer.page.getByTestId('zoom-out').click();
    await expect(explorer.page.evaluate(() => window.__explorerTestApi!.edgeLabelsVisible())).resolves.toBe(false);
    while ((await explorer.page.evaluate(() => window.__explorerTestApi!.zoom())) < 1.2) await explorer.page.getByTestId('zoom-in').click();
    await expect(explorer.page.evaluate(() => window.__explorerTestApi!.edgeLabelsVisible())).resolves.toBe(true);
    await explorer.page.getByTestId('minimap-toggle').click();
    await expect(explorer.page.getByTestId('minimap').count()).resolves.toBe(0);
    await explorer.page.close();
  });

  it('adds a department’s chain up to its region', async () => {
    const explorer = await ExplorerPage.open(session.browser, `${session.server.url}/?n=${encodeURIComponent(COMMERCE)}&sel=${encodeURIComponent(COMMERCE)}`);
    await explorer.page.waitForFunction(() => window.__explorerTestApi!.count() === 1);
    await explorer.page.getByTestId('expand-chain').click();
    await explorer.waitForShownNodeCountAbove(1);
    await explorer.waitIdle();
    for (const label of ['Region', 'Sector', 'Goal', 'Task']) await expect(explorer.canvasCount(label)).resolves.toBeGreaterThan(0);
    await expect(explorer.canvasEdgeCount('HAS_SECTOR')).resolves.toBeGreaterThan(0);
    await explorer.page.close();
  });

  it('restores a shared link with one subgraph request', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    await explorer.pickRegion('青海省');
    const ids = (await explorer.canvasIds()).sort();
    const edges = await explorer.canvasEdgeCount();
    const link = explorer.page.url();
    await explorer.page.close();

    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql'))
        operations.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(JSON.parse(request.postData() ?? '{}').query ?? '')?.[1] ?? '?');
    });
    await page.goto(link);
    await page.waitForFunction((n) => window.__explorerTestApi?.count() === n, ids.length);
    await expect(page.evaluate(() => window.__explorerTestApi!.ids().sort())).resolves.toEqual(ids);
    await expect(page.evaluate(() => window.__explorerTestApi!.edgeCount())).resolves.toBe(edges);
    expect(operations.filter((name) => name === 'Subgraph')).toHaveLength(1);
    expect(operations).not.toContain('Neighborhood');
    await page.close();
  });
});
