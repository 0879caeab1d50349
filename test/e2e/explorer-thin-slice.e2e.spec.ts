import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

describe('explorer thin slice', () => {
  const session = useExplorerSession();

  it('puts a region on the canvas and grows it when a department is double-clicked', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    await expect(explorer.page.getByTestId('canvas-empty').isVisible()).resolves.toBe(true);

    await explorer.pickRegion('青海省');
    const afterRegion = await explorer.waitForShownNodeCountAbove(1);
    await expect(explorer.page.getByTestId('canvas-empty').count()).resolves.toBe(0);
    await expect(explorer.detailsName()).resolves.toBe('青海省');
    await expect(explorer.canvasCount()).resolves.toBe(afterRegion);

    // A department that leads tasks: the national development and reform commission's provincial office.
    const departments = (await explorer.canvasIds()).filter((id) => id.startsWith('department:'));
    const department = departments.find((id) => /发展.*改革/.test(id));
    if (!department) throw new Error(`no development-and-reform department among ${departments.join(', ')}`);

    await explorer.clickElement(department);
    await expect(explorer.selectedId()).resolves.toBe(department);
    await expect(explorer.detailsName()).resolves.toMatch(/发展.*改革/);

    await explorer.clickElement(department, 2);
    const afterExpand = await explorer.waitForShownNodeCountAbove(afterRegion);
    await explorer.waitIdle();
    expect(afterExpand).toBeGreaterThan(afterRegion);
    await expect(explorer.canvasCount()).resolves.toBe(afterExpand);
    await expect(explorer.canvasCount('Task')).resolves.toBeGreaterThan(0);
    await expect(explorer.canvasEdgeCount('RESPONSIBLE')).resolves.toBeGreaterThan(0);

    await screenshot(explorer.page, 'explorer-thin-slice');
    await explorer.page.close();
  });
});
