import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

type Positions = Record<string, { x: number; y: number }>;

const positions = (page: Page): Promise<Positions> => page.evaluate(() => window.__explorerTestApi!.modelPositions());
const zoom = (page: Page): Promise<number> => page.evaluate(() => window.__explorerTestApi!.zoom());
/** Where a node is drawn on the page: depends on its position, the zoom and the pan. */
const drawnAt = (page: Page, id: string): Promise<{ x: number; y: number } | null> => page.evaluate((i) => window.__explorerTestApi!.pagePosition(i), id);

/** Drags a node by mouse, as a user would, and returns where it was and where it is now (model coordinates). */
async function dragNode(page: Page, id: string, by: { x: number; y: number }): Promise<void> {
  const from = (await drawnAt(page, id))!;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 5; step++) await page.mouse.move(from.x + (step * by.x) / 5, from.y + (step * by.y) / 5);
  await page.mouse.up();
}

/** Waits until the current history entry holds the zoom the canvas shows (the view writes it once moves settle). */
async function waitForKeptZoom(page: Page): Promise<void> {
  await page.waitForFunction(() => (history.state as { camera?: { zoom: number } } | null)?.camera?.zoom === window.__explorerTestApi!.zoom());
}

/** Layouts run in a worker: positions are final once the last one has been applied. */
async function laidOut(page: Page): Promise<void> {
  await page.evaluate(() => window.__explorerTestApi!.whenLaidOut());
}

async function waitForCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => window.__explorerTestApi!.count() === n, count);
}

describe('named views, reload and Back/Forward', () => {
  const session = useExplorerSession();

  it('saves a view by name, clears the canvas and opens the view again with its nodes, positions and zoom', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    const { page } = explorer;
    await explorer.pickRegion('青海省');
    await laidOut(page);
    const ids = (await explorer.canvasIds()).sort();
    expect(ids.length).toBeGreaterThan(2);
    await dragNode(page, ids[0]!, { x: 60, y: 40 });
    await page.getByTestId('zoom-out').click();
    const saved = await positions(page);
    const savedZoom = await zoom(page);

    await page.getByTestId('saved-view-name').fill('青海 概览');
    await page.getByTestId('saved-view-save').click();
    const entry = page.locator('[data-testid="saved-view"][data-name="青海 概览"]');
    await expect(entry.innerText()).resolves.toContain(`${ids.length}`);

    await page.getByTestId('clear').click();
    await waitForCount(page, 0);
    await page.getByTestId('zoom-in').click();

    await entry.getByTestId('saved-view-open').click();
    await waitForCount(page, ids.length);
    await explorer.waitIdle();
    await expect(explorer.canvasIds().then((now) => now.sort())).resolves.toEqual(ids);
    await expect(positions(page)).resolves.toEqual(saved);
    await expect(zoom(page)).resolves.toBe(savedZoom);
    await screenshot(page, 'explorer-saved-view');

    // Saved views are kept in the browser: still listed after a reload; delete removes them.
    await page.reload();
    await entry.waitFor();
    await entry.getByTestId('saved-view-delete').click();
    await expect(entry.count()).resolves.toBe(0);
    await page.reload();
    await page.getByTestId('saved-views').waitFor();
    await expect(entry.count()).resolves.toBe(0);
    await page.close();
  });

  it('puts nodes, zoom and pan back where they were after a reload', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    const { page } = explorer;
    await explorer.pickRegion('青海省');
    await laidOut(page);
    const ids = await explorer.canvasIds();
    await dragNode(page, ids[1]!, { x: -50, y: 70 });
    await page.getByTestId('zoom-in').click();
    await page.getByTestId('zoom-in').click();
    await waitForKeptZoom(page);
    const before = await positions(page);
    const beforeZoom = await zoom(page);
    const beforeDrawn = await drawnAt(page, ids[0]!);

    await page.reload();
    await page.waitForFunction(() => window.__explorerTestApi !== undefined);
    await waitForCount(page, ids.length);
    await explorer.waitIdle();
    await expect(positions(page)).resolves.toEqual(before);
    await expect(zoom(page)).resolves.toBe(beforeZoom);
    await expect(drawnAt(page, ids[0]!)).resolves.toEqual(beforeDrawn);
    await page.close();
  });

  it('steps Back and Forward through view states without leaving the app', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    const { page } = explorer;
    const start = page.url();
    await explorer.pickRegion('青海省');
    await laidOut(page);
    const regionIds = (await explorer.canvasIds()).sort();
    const regionPositions = await positions(page);
    const department = regionIds.find((id) => id.startsWith('department:'));
    expect(department).toBeDefined();
    const added = await explorer.expand(department!);
    await laidOut(page);
    expect(added).toBeGreaterThan(0);
    const expandedIds = (await explorer.canvasIds()).sort();

    await page.goBack();
    await waitForCount(page, regionIds.length);
    await explorer.waitIdle();
    await expect(explorer.canvasIds().then((now) => now.sort())).resolves.toEqual(regionIds);
    await expect(positions(page)).resolves.toEqual(regionPositions);

    await page.goBack();
    await waitForCount(page, 0);
    expect(page.url()).toBe(start);
    await expect(page.getByTestId('canvas-empty').isVisible()).resolves.toBe(true);

    await page.goForward();
    await waitForCount(page, regionIds.length);
    await page.goForward();
    await waitForCount(page, expandedIds.length);
    await explorer.waitIdle();
    await expect(explorer.canvasIds().then((now) => now.sort())).resolves.toEqual(expandedIds);
    // Undo is still there after Back/Forward: it takes the expansion away again.
    await page.keyboard.press('Control+z');
    await waitForCount(page, regionIds.length);
    await page.close();
  });
});
