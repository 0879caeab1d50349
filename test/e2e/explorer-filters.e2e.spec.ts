import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

describe('explorer filters', () => {
  const session = useExplorerSession();

  it('hides tasks without losing them and shows them again', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    await explorer.pickRegion('青海省');
    await expect(explorer.expand('department:青海省:省商务厅')).resolves.toBeGreaterThan(0);
    const tasks = await explorer.canvasCount('Task');
    const total = await explorer.shownNodeCount();
    expect(tasks).toBeGreaterThan(0);
    await expect(explorer.visibleCount()).resolves.toBe(total);

    await explorer.setFilter('label', 'Task', false);
    await expect(explorer.visibleCount('Task')).resolves.toBe(0);
    await expect(explorer.visibleCount()).resolves.toBe(total - tasks);
    // The store keeps them: the status bar still counts them and says how many are hidden.
    await expect(explorer.shownNodeCount()).resolves.toBe(total);
    await expect(explorer.page.getByTestId('hidden-count').innerText()).resolves.toContain(String(tasks));
    await screenshot(explorer.page, 'explorer-filter-projects-hidden');

    await explorer.setFilter('label', 'Task', true);
    await expect(explorer.visibleCount('Task')).resolves.toBe(tasks);
    await expect(explorer.visibleCount()).resolves.toBe(total);
    await expect(explorer.page.getByTestId('hidden-count').count()).resolves.toBe(0);
    await explorer.page.close();
  });

  it('shows only the goals and indicators due by the year on the slider', async () => {
    // Chongqing's headline goal (due 2022) is measured by indicators due in 2022 and in 2025.
    const goal = 'goal:001_3a734993eeac515a:4748';
    const explorer = await ExplorerPage.open(session.browser, `${session.server.url}/?n=${encodeURIComponent(goal)}`);
    await explorer.page.waitForFunction(() => window.__explorerTestApi!.count() > 0);
    await explorer.expand(goal);
    // The goal has more than 100 neighbours, so they arrive grouped by label: draw its indicators.
    await expect(explorer.groupIds()).resolves.toContain(`group:${goal}:Indicator`);
    await screenshot(explorer.page, 'explorer-grouped-neighbourhood');
    await explorer.expandGroup(`group:${goal}:Indicator`);
    const indicators = await explorer.canvasCount('Indicator');
    expect(indicators).toBeGreaterThan(1);

    await explorer.page.getByTestId('year-filter-toggle').check();
    const slider = explorer.page.getByTestId('year-filter');
    await expect(slider.getAttribute('min')).resolves.toBe('2022');
    await expect(slider.getAttribute('max')).resolves.toBe('2025');
    await expect(explorer.visibleCount('Indicator')).resolves.toBe(indicators);

    await slider.fill('2022');
    const dueBy2022 = await explorer.visibleCount('Indicator');
    expect(dueBy2022).toBeGreaterThan(0);
    expect(dueBy2022).toBeLessThan(indicators);
    await expect(explorer.visibleCount('Goal')).resolves.toBe(1);
    await expect(explorer.page.getByTestId('filter-panel').innerText()).resolves.toContain('2022');
    await screenshot(explorer.page, 'explorer-filter-due-year');

    await explorer.page.getByTestId('year-filter-toggle').uncheck();
    await expect(explorer.visibleCount('Indicator')).resolves.toBe(indicators);
    await explorer.page.close();
  });
});
