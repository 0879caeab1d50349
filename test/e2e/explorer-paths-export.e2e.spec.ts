import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('explorer paths, export and links', () => {
  const session = useExplorerSession();
  let explorer: ExplorerPage;
  let task: string;

  beforeAll(async () => {
    explorer = await ExplorerPage.open(session.browser, session.server.url);
  });

  it('finds and highlights the paths between a region and a task', async () => {
    await explorer.pickRegion('青海省');
    await explorer.usePathEnd('from');
    await expect(explorer.page.getByTestId('path-from').innerText()).resolves.toBe('青海省');

    // 推动传统物流向现代供应链转型升级: a task of the 青海省 services plan.
    await explorer.search('现代供应链');
    const found = (await explorer.suggestionIds()).find((id) => id?.startsWith('task:'));
    if (!found) throw new Error('现代供应链 suggested no task');
    task = found;
    await explorer.pickSuggestion(task);
    await expect(explorer.selectedId()).resolves.toBe(task);
    await explorer.usePathEnd('to');

    await expect(explorer.findPaths()).resolves.toMatch(/找到 [1-9]\d* 条路径/);
    const highlighted = await explorer.highlightedIds();
    expect(highlighted).toEqual(expect.arrayContaining(['region:青海省', task]));
    // A path is a chain: at least one highlighted relationship joins the two ends.
    const edges = new Set(await explorer.canvasEdgeIds());
    expect(highlighted.some((id) => edges.has(id))).toBe(true);
    await screenshot(explorer.page, 'explorer-path-finder');
  });

  it('exports the canvas as a PNG and the subgraph with its evidence as JSON', async () => {
    const png = await explorer.download('export-png');
    expect(png.name).toMatch(/^policygraph-.*\.png$/);
    expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.bytes.length).toBeGreaterThan(20_000); // a drawn graph, not an empty image

    const json = JSON.parse((await explorer.download('export-json')).bytes.toString('utf8')) as {
      nodes: { id: string; evidence: { quote: string }[] }[];
      edges: unknown[];
    };
    expect(json.nodes).toHaveLength(await explorer.shownNodeCount());
    expect(json.nodes.map((node) => node.id)).toContain(task);
    expect(json.nodes.some((node) => node.evidence.some((item) => item.quote.length > 0))).toBe(true);
  });

  it('reopens the same view, language and selection from the link', async () => {
    await explorer.page.getByTestId('language-toggle').click();
    await expect(explorer.page.getByTestId('tab-explorer').innerText()).resolves.toBe('Explorer');
    await explorer.page.getByTestId('layout-dagre').click();
    await explorer.page.waitForFunction(() => window.location.search.includes('layout=dagre') && window.location.search.includes('lang=en'));
    const link = explorer.page.url();
    const ids = (await explorer.canvasIds()).sort();
    const selected = await explorer.selectedId();

    const reopened = await ExplorerPage.open(session.browser, link);
    await reopened.page.waitForFunction((n) => Number(document.querySelector('[data-testid="element-count"]')?.getAttribute('data-nodes')) === n, ids.length);
    await reopened.waitIdle();
    await expect(reopened.canvasIds().then((list) => list.sort())).resolves.toEqual(ids);
    await expect(reopened.selectedId()).resolves.toBe(selected);
    await expect(reopened.page.getByTestId('element-count').innerText()).resolves.toMatch(/nodes · \d+ relationships/);
    await expect(reopened.page.getByTestId('layout-dagre').getAttribute('aria-pressed')).resolves.toBe('true');
    await screenshot(reopened.page, 'explorer-link-restored');
    await reopened.page.close();
  });
});
