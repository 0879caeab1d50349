import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { CypherConsolePage } from './pages/cypher-console.page';

describe('Cypher console', () => {
  const session = useExplorerSession();
  let console: CypherConsolePage;

  beforeAll(async () => {
    console = await CypherConsolePage.open(session.browser, session.server.url);
  });

  it('shows a read query as a table', async () => {
    await console.typeQuery('MATCH (d:Department) WHERE d.region = "青海省" RETURN d.name AS department ORDER BY department LIMIT 5');
    await console.run();
    await expect(console.columns()).resolves.toEqual(['department']);
    const rows = await console.rows();
    expect(rows).toHaveLength(5);
    expect(rows.every(([name]) => (name ?? '').length > 0)).toBe(true);
    await expect(console.page.getByTestId('result-summary').innerText()).resolves.toMatch(/^5 /);
    await expect(console.page.getByTestId('console-history').innerText()).resolves.toContain('MATCH (d:Department)');
    await screenshot(console.page, 'cypher-console-table');
  });

  it('refuses a write with the read-only message and leaves the graph alone', async () => {
    await console.typeQuery('CREATE (n) RETURN n');
    await console.run();
    const refusal = await console.readOnlyRefusal();
    expect(refusal).toMatch(/只读|read-only/);
    expect(refusal).toContain('The Cypher console is read-only');
    await expect(console.page.getByTestId('result-view').count()).resolves.toBe(0);
    await screenshot(console.page, 'cypher-console-read-only');
  });

  it('runs a saved pattern query with a parameter from its form', async () => {
    await console.openSavedQuery('co-owning-departments');
    // Parameters by their Chinese names, a whole number in a number input.
    await expect(console.page.getByTestId('saved-query-form').innerText()).resolves.toContain('最少共同项目数');
    await expect(console.page.getByTestId('param-minShared').getAttribute('type')).resolves.toBe('number');
    await console.fillSavedParam('region', '青海省');
    await console.fillSavedParam('minShared', '1');
    await console.runSavedQuery();
    const columns = await console.columns();
    expect(columns).toEqual(expect.arrayContaining(['region', 'departmentA', 'departmentB', 'sharedProjects']));
    const rows = await console.rows();
    expect(rows.length).toBeGreaterThan(0);
    // The region parameter reached the query: every row is from 青海省.
    expect(rows.every((row) => row[columns.indexOf('region')] === '青海省')).toBe(true);
    expect(rows.every((row) => Number(row[columns.indexOf('sharedProjects')]) >= 1)).toBe(true);
    await screenshot(console.page, 'cypher-console-saved-query');
  });

  it('offers a Boolean parameter as a switch, and the switch decides what the query returns', async () => {
    await console.openSavedQuery('same-function-ownership');
    const includeInferred = console.page.getByRole('switch', { name: '包括推断的责任' });
    await expect(includeInferred.isChecked()).resolves.toBe(false);
    const bases = async (): Promise<string[]> => {
      await console.runSavedQuery();
      const columns = await console.columns();
      return [...new Set((await console.rows()).map((row) => row[columns.indexOf('basis')]!))].sort();
    };
    await expect(bases()).resolves.toEqual(['stated']);
    await includeInferred.check();
    await expect(bases()).resolves.toEqual(['inferred', 'stated']);
  });

  it("names the editor's text box in the page's language, and renames it when the language changes", async () => {
    const page = console.page;
    const content = page.locator('[data-testid="cypher-editor"] .cm-content');
    await expect(content.getAttribute('aria-label')).resolves.toBe('Cypher 查询编辑器');
    await expect(page.getByRole('textbox', { name: 'Cypher 查询编辑器' }).count()).resolves.toBe(1);
    const text = await console.editorText();
    await page.getByTestId('language-toggle').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="cypher-editor"] .cm-content')?.getAttribute('aria-label') === 'Cypher query editor');
    await expect(console.editorText()).resolves.toBe(text);
    await page.getByTestId('language-toggle').click();
    await expect(content.getAttribute('aria-label')).resolves.toBe('Cypher 查询编辑器');
  });
});
