import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

describe('explorer search and evidence', () => {
  const session = useExplorerSession();

  it('finds a department by its abbreviation and shows the quote of a responsibility with the name marked', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);

    await explorer.search('发改委');
    await expect(explorer.suggestionGroups()).resolves.toContain('Department');
    const department = (await explorer.suggestionIds()).find((id) => id?.startsWith('department:') && /发展.*改革/.test(id));
    if (!department) throw new Error('发改委 did not suggest the development and reform department');

    await explorer.pickSuggestion(department);
    await expect(explorer.shownNodeCount()).resolves.toBe(1);
    await expect(explorer.detailsName()).resolves.toMatch(/发展.*改革/);

    await explorer.page.getByTestId('expand-node').click();
    await explorer.waitForShownNodeCountAbove(1);
    await explorer.waitIdle();
    const responsibilities = await explorer.canvasEdgeIds('RESPONSIBLE');
    expect(responsibilities.length).toBeGreaterThan(0);

    await explorer.clickElement(responsibilities[0]!);
    await expect(explorer.selectedId()).resolves.toBe(responsibilities[0]);
    await expect(explorer.page.getByTestId('details-panel').locator('.details-kind').innerText()).resolves.toBe('负责');
    const quote = explorer.page.getByTestId('evidence-quote').first();
    await expect(quote.isVisible()).resolves.toBe(true);
    // The department's name (or the short form the text uses) is marked inside the exact quote.
    await expect(quote.locator('mark').first().innerText()).resolves.toMatch(/发展.*改革|发改/);
    await expect(explorer.page.getByTestId('evidence-document').first().innerText()).resolves.toContain('青海');
    await expect(explorer.page.getByTestId('evidence-section').first().innerText()).resolves.toMatch(/、|（/);
    await screenshot(explorer.page, 'explorer-search-evidence');

    await explorer.search('物流');
    await expect(explorer.suggestionGroups()).resolves.toContain('Project');
    await screenshot(explorer.page, 'explorer-search-suggestions');
    await explorer.page.close();
  });
});
