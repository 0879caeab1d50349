import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

const COMMERCE = 'department:青海省:省商务厅';

describe('explorer keyboard shortcuts', () => {
  const session = useExplorerSession();

  it('undoes an expansion with Ctrl+Z, redoes it with Ctrl+Shift+Z and Ctrl+Y, and undoes a move', async () => {
    const explorer = await ExplorerPage.open(session.browser, `${session.server.url}/?n=${encodeURIComponent(COMMERCE)}&sel=${encodeURIComponent(COMMERCE)}`);
    const { page } = explorer;
    await page.waitForFunction(() => window.__explorerTestApi!.count() === 1);
    await explorer.waitIdle();
    const added = await explorer.expand(COMMERCE);
    expect(added).toBeGreaterThan(0);
    const expanded = await explorer.canvasIds();

    await page.keyboard.press('Control+z');
    await expect(explorer.canvasIds()).resolves.toEqual([COMMERCE]);
    await page.keyboard.press('Control+Shift+z');
    await expect(explorer.canvasIds().then((ids) => ids.sort())).resolves.toEqual([...expanded].sort());
    await page.keyboard.press('Control+z');
    await expect(explorer.canvasCount()).resolves.toBe(1);
    await page.keyboard.press('Control+y');
    await expect(explorer.canvasCount()).resolves.toBe(added + 1);
    await explorer.waitIdle();

    // A node dragged elsewhere goes back with Ctrl+Z and returns with Ctrl+Shift+Z.
    const [moved] = expanded.filter((id) => id !== COMMERCE);
    const before = (await page.evaluate(() => window.__explorerTestApi!.modelPositions()))[moved!]!;
    const from = (await page.evaluate((id) => window.__explorerTestApi!.pagePosition(id), moved!))!;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let step = 1; step <= 5; step++) await page.mouse.move(from.x + step * 12, from.y + step * 8);
    await page.mouse.up();
    const after = (await page.evaluate(() => window.__explorerTestApi!.modelPositions()))[moved!]!;
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(20);
    await page.keyboard.press('Control+z');
    await expect(page.evaluate((id) => window.__explorerTestApi!.modelPositions()[id], moved!)).resolves.toEqual(before);
    await expect(explorer.canvasCount()).resolves.toBe(added + 1);
    await page.keyboard.press('Control+Shift+z');
    await expect(page.evaluate((id) => window.__explorerTestApi!.modelPositions()[id], moved!)).resolves.toEqual(after);
    await page.close();
  });

  it('focuses search with "/", fits with "f" and lists the keys with "?"', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    const { page } = explorer;
    await explorer.pickRegion('青海省');
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('search-input');
    // Typed into the search box, "f" is text, not a shortcut.
    await page.keyboard.type('f');
    await expect(page.getByTestId('search-input').inputValue()).resolves.toBe('f');
    await page.getByTestId('search-input').fill('');
    await page.locator('body').click({ position: { x: 5, y: 5 } });

    await page.getByTestId('zoom-in').click();
    await page.getByTestId('zoom-in').click();
    const zoomedIn = await page.evaluate(() => window.__explorerTestApi!.zoom());
    await page.keyboard.press('f');
    await expect(page.evaluate(() => window.__explorerTestApi!.zoom())).resolves.toBeLessThan(zoomedIn);

    await page.keyboard.press('?');
    const help = page.getByTestId('shortcut-help');
    await help.waitFor({ state: 'visible' });
    const keys = await help.locator('kbd').allInnerTexts();
    expect(keys).toEqual(['Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Y', '/', 'F', '?']);
    await expect(help.getByTestId('shortcut-row').count()).resolves.toBe(5);
    await expect(help.innerText()).resolves.toContain('撤销');
    await page.keyboard.press('Escape');
    // The dialog's close event re-renders the view: wait for the dialog to go, then count.
    await help.waitFor({ state: 'detached', timeout: 5_000 });
    await expect(help.count()).resolves.toBe(0);
    await page.getByTestId('shortcut-help-open').click();
    await help.waitFor({ state: 'visible' });
    await page.getByTestId('shortcut-help-close').click();
    await help.waitFor({ state: 'detached', timeout: 5_000 });
    await expect(help.count()).resolves.toBe(0);
    await page.close();
  });

  it('walks the canvas’s nodes by keyboard in the node list and selects one with Enter', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    const { page } = explorer;
    await explorer.pickRegion('青海省');
    const items = page.getByTestId('node-list-item');
    await expect(items.count()).resolves.toBe(await explorer.canvasCount());
    const ids = await items.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    expect(ids[0]).toBe('region:青海省');

    await page.getByTestId('node-list').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(explorer.selectedId()).resolves.toBe(ids[2]);
    await expect(items.nth(2).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(explorer.detailsName()).resolves.toBe(await items.nth(2).evaluate((row) => row.lastChild?.textContent?.trim()));
    // The active row carries the focus ring while the list has focus.
    await expect(items.nth(2).evaluate((row) => getComputedStyle(row).outlineStyle)).resolves.toBe('solid');
    await screenshot(page, 'explorer-node-list');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(explorer.selectedId()).resolves.toBe(ids.at(-1));

    // The list follows the canvas: a node clicked there is the selected row; a label filtered out leaves the list.
    await page.getByTestId('fit').click();
    await explorer.clickElement(ids[1]!);
    await expect(page.locator('[data-testid="node-list-item"][aria-selected="true"]').getAttribute('data-id')).resolves.toBe(ids[1]);
    const lastLabel = (await items.last().getAttribute('data-label'))!;
    await explorer.setFilter('label', lastLabel, false);
    const shown = await explorer.visibleCount();
    expect(shown).toBeLessThan(ids.length);
    await expect(items.count()).resolves.toBe(shown);
    await expect(page.locator(`[data-testid="node-list-item"][data-label="${lastLabel}"]`).count()).resolves.toBe(0);
    await page.close();
  });
});
