import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

/** Distinct neighbours of a node over the relationships the explorer expands (MENTIONS is bookkeeping). */
const NEIGHBOURS = `
  MATCH (n:Entity {id: $id})-[r]-(m:Entity) WHERE type(r) <> 'MENTIONS' AND ($type IS NULL OR type(r) = $type) AND ($label IS NULL OR m.label = $label)
  RETURN collect(DISTINCT m.id) AS ids`;

describe('explorer: nothing hidden by the neighbour limit', () => {
  const session = useExplorerSession();

  async function neighbourIds(id: string, type: string | null = null, label: string | null = null): Promise<string[]> {
    const { records } = await session.server.connection.driver.executeQuery(NEIGHBOURS, { id, type, label });
    return records[0]!.get('ids') as string[];
  }

  /** The node of a label with the most distinct neighbours (through one relationship type when given). */
  async function busiest(label: string, type: string | null = null): Promise<{ id: string; name: string; count: number }> {
    const { records } = await session.server.connection.driver.executeQuery(
      `MATCH (n:Entity {label: $label})-[r]-(m:Entity) WHERE type(r) <> 'MENTIONS' AND ($type IS NULL OR type(r) = $type)
       WITH n, count(DISTINCT m) AS count ORDER BY count DESC LIMIT 1 RETURN n.id AS id, n.name AS name, count`,
      { label, type },
    );
    return { id: records[0]!.get('id'), name: records[0]!.get('name'), count: Number(records[0]!.get('count')) };
  }

  it('picking a region with more neighbours than the limit says how many were left out, and "show all" adds every one', async () => {
    const region = await busiest('Region');
    expect(region.count).toBeGreaterThan(60);
    const all = await neighbourIds(region.id);

    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    await explorer.pickRegion(region.name);
    const notice = explorer.page.getByTestId('left-out-notice');
    await notice.waitFor();
    await expect(notice.getAttribute('data-total')).resolves.toBe(String(all.length));
    const shown = Number(await notice.getAttribute('data-shown'));
    expect(shown).toBeLessThan(all.length);
    await expect(explorer.canvasCount()).resolves.toBe(shown + 1);
    await expect(notice.innerText()).resolves.toContain(`显示了 ${all.length} 个邻居中的 ${shown} 个`);
    await screenshot(explorer.page, 'explorer-left-out-region');

    await explorer.page.getByTestId('left-out-all').click();
    await explorer.waitIdle();
    await expect(notice.count()).resolves.toBe(0);
    const ids = new Set(await explorer.canvasIds());
    expect(all.filter((id) => !ids.has(id))).toEqual([]);
    await explorer.page.close();
  });

  it('expanding one relationship type past the limit offers "show 60 more" and "show all", which add the rest', async () => {
    const department = await busiest('Department', 'RESPONSIBLE');
    // What the department is responsible for: named projects and tasks, the more numerous of the two expanded.
    const named = await neighbourIds(department.id, 'RESPONSIBLE', 'Project');
    const tasks = await neighbourIds(department.id, 'RESPONSIBLE', 'Task');
    const [label, labelName, projects] = tasks.length >= named.length ? ['Task', '任务', tasks] : ['Project', '项目', named];
    expect(projects.length).toBeGreaterThan(120); // so "show 60 more" still leaves some for "show all"
    const explorer = await ExplorerPage.open(
      session.browser,
      `${session.server.url}/?n=${encodeURIComponent(department.id)}&sel=${encodeURIComponent(department.id)}`,
    );
    await explorer.page.waitForFunction(() => window.__explorerTestApi!.count() === 1);
    await explorer.waitIdle();
    await explorer.page.getByTestId('expand-menu').click();
    await explorer.page
      .getByTestId('expand-menu-list')
      .getByRole('button', { name: new RegExp(`(RESPONSIBLE|负责) → ${labelName}`) })
      .click();
    await explorer.waitForShownNodeCountAbove(1);
    await explorer.waitIdle();
    const notice = explorer.page.getByTestId('left-out-notice');
    await expect(notice.getAttribute('data-total')).resolves.toBe(String(projects.length));
    await expect(explorer.canvasCount(label)).resolves.toBe(60);
    await expect(notice.innerText()).resolves.toContain(`显示了 ${projects.length} 个邻居中的 60 个`);
    await expect(explorer.page.getByTestId('left-out-more').innerText()).resolves.toBe('再显示 60 个');

    await explorer.page.getByTestId('left-out-more').click();
    await explorer.waitIdle();
    await expect(explorer.canvasCount(label)).resolves.toBe(120);
    await expect(notice.getAttribute('data-shown')).resolves.toBe('120');
    await expect(explorer.page.getByTestId('left-out-more').innerText()).resolves.toBe(`再显示 ${Math.min(60, projects.length - 120)} 个`);

    await explorer.page.getByTestId('left-out-all').click();
    await explorer.waitIdle();
    await expect(notice.count()).resolves.toBe(0);
    const ids = new Set(await explorer.canvasIds());
    expect(projects.filter((id) => !ids.has(id))).toEqual([]);
    await explorer.page.close();
  });
});
