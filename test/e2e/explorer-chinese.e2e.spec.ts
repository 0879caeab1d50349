import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

/** English identifiers that must not show in the Chinese UI: enum values, property keys, relationship types. */
const ENGLISH = /\b(lead|support|co-responsible|stated|inferred|presumedLead|confidence|role|basis|convention|rule|[A-Z][A-Z_]{3,})\b/;

interface ResponsibleEdge {
  readonly source: string;
  readonly target: string;
  readonly role: string;
  readonly basis: string;
  readonly presumedLead: boolean;
  readonly confidence: number | null;
}

describe('explorer in Chinese', () => {
  const session = useExplorerSession();

  /** One RESPONSIBLE edge of each kind the seeds hold: basis × role × presumed lead. */
  async function oneEdgeOfEachKind(): Promise<ResponsibleEdge[]> {
    const { records } = await session.server.connection.driver.executeQuery(
      `MATCH (p:Entity)-[r:RESPONSIBLE]->(d:Entity)
       WITH r.basis AS basis, r.role AS role, coalesce(r.presumedLead, false) AS presumedLead, collect({source: p.id, target: d.id, confidence: r.confidence})[0] AS one
       RETURN one.source AS source, one.target AS target, role, basis, presumedLead, one.confidence AS confidence ORDER BY basis, role, presumedLead`,
    );
    return records.map((r) => ({
      source: r.get('source'),
      target: r.get('target'),
      role: r.get('role'),
      basis: r.get('basis'),
      presumedLead: r.get('presumedLead'),
      confidence: r.get('confidence'),
    }));
  }

  it('names relationships, roles, bases and presumed leads in Chinese in the details panel and the expand menu', async () => {
    const edges = await oneEdgeOfEachKind();
    // The seeds hold stated co-responsible lists (with and without a presumed lead) and inferred leads and supports.
    expect(edges.some((e) => e.presumedLead)).toBe(true);
    expect(edges.some((e) => e.basis === 'inferred')).toBe(true);
    const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
    const query = ids.map((id) => `n=${encodeURIComponent(id)}`).join('&');
    const explorer = await ExplorerPage.open(session.browser, `${session.server.url}/?${query}`);
    await explorer.page.waitForFunction((n) => window.__explorerTestApi!.count() === n, ids.length);
    await explorer.waitIdle();
    const panel = explorer.page.getByTestId('details-panel');
    const ROLE = { lead: '牵头', support: '配合', 'co-responsible': '共同负责' } as Record<string, string>;
    const BASIS = { stated: '原文所述', inferred: '推断' } as Record<string, string>;

    for (const edge of edges) {
      await expect(explorer.page.evaluate((id) => window.__explorerTestApi!.edgeLabel!(id), `${edge.source}>RESPONSIBLE>${edge.target}`)).resolves.toBe('负责');
      await explorer.page.evaluate((id) => window.__explorerTestApi!.select(id), `${edge.source}>RESPONSIBLE>${edge.target}`);
      await expect(panel.locator('.details-kind').innerText()).resolves.toBe('负责');
      const role = await panel.locator('tr[data-key="role"]').innerText();
      expect(role).toBe(`角色\t${ROLE[edge.role]}${edge.presumedLead ? ' · 推定牵头' : ''}`);
      const basis = await panel.locator('tr[data-key="basis"]').innerText();
      expect(basis).toBe(`依据\t${BASIS[edge.basis]}${edge.confidence === null ? '' : ` · 置信度 ${edge.confidence.toFixed(2)}`}`);
      const text = await panel.evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.details-id').forEach((id) => id.remove()); // an id is an identifier, not a label
        return copy.innerText;
      });
      expect({ edge: edge.basis + '/' + edge.role, english: ENGLISH.exec(text)?.[0] ?? null }).toEqual({ edge: edge.basis + '/' + edge.role, english: null });
    }
    await screenshot(explorer.page, 'explorer-zh-responsible-details');

    // A department's expand menu: relationship types and labels by their Chinese names.
    const department = edges[0]!.target;
    await explorer.page.evaluate((id) => window.__explorerTestApi!.select(id), department);
    await explorer.page.getByTestId('expand-menu').click();
    const menu = explorer.page.getByTestId('expand-menu-list');
    await menu.getByRole('button').first().waitFor();
    const entries = await menu.getByRole('button').allInnerTexts();
    expect(entries.some((entry) => /^负责 → (项目|任务)/.test(entry))).toBe(true);
    expect(entries.filter((entry) => ENGLISH.test(entry))).toEqual([]);

    // Switching to English renames what the canvas draws.
    await explorer.page.getByTestId('language-toggle').click();
    const first = `${edges[0]!.source}>RESPONSIBLE>${edges[0]!.target}`;
    await explorer.page.waitForFunction((id) => window.__explorerTestApi!.edgeLabel!(id) === 'responsible', first);
    await explorer.page.close();
  });
});
