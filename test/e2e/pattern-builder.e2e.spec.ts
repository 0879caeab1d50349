import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { PatternBuilderPage } from './pages/pattern-builder.page';

describe('pattern builder', () => {
  const session = useExplorerSession();

  it('builds Department ←RESPONSIBLE– Task with a name condition and shows the rows', async () => {
    const builder = await PatternBuilderPage.open(session.browser, session.server.url);
    await builder.setLabel(0, 'Department');
    await builder.setStep(1, 'RESPONSIBLE', 'in', 'Task');
    await builder.addFilter(0, 'name', 'CONTAINS', '商务');

    const cypher = await builder.cypher();
    expect(cypher).toBe(
      'MATCH (department:Department)<-[r1:RESPONSIBLE]-(task:Task)\nWHERE department.name CONTAINS $p0\nRETURN department, r1, task\nLIMIT 100',
    );
    // The value travels as a parameter, not in the query text.
    expect(cypher).not.toContain('商务');
    await expect(builder.page.getByTestId('pattern-params').innerText()).resolves.toBe('{"p0":"商务"}');

    await builder.run();
    await expect(builder.columns()).resolves.toEqual(['department', 'r1', 'task']);
    const rows = await builder.rows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every(([department, type]) => (department ?? '').includes('商务') && type === 'RESPONSIBLE')).toBe(true);
    await screenshot(builder.page, 'pattern-builder-table');

    await builder.page.getByTestId('result-graph-mode').click();
    await builder.page.getByTestId('result-graph').waitFor();
    await screenshot(builder.page, 'pattern-builder-graph');
    await builder.page.close();
  });

  it('says what to fix when a comparison gets text', async () => {
    const builder = await PatternBuilderPage.open(session.browser, session.server.url);
    await builder.addFilter(1, 'name', '>', '商务');
    await expect(builder.page.locator('.patterns [data-testid="error-message"]').innerText()).resolves.toMatch(/不是数字|not a number/);
    await expect(builder.page.getByTestId('pattern-run').isDisabled()).resolves.toBe(true);
    await builder.page.close();
  });
});
