import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCREENSHOT_DIR, screenshot } from './support/browser';
import { graphql } from '../support/app-server';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

const REGION = 'region:青海省';
/** The legend strip of the exported PNG: 240 CSS px at the export's scale 2 (export/legend-lines.ts). */
const LEGEND_STRIP_PX = 480;

/** Pixels of the given colour (±8 per channel) in the right-hand strip and in the rest of a PNG, decoded by the browser. */
async function colourPixels(explorer: ExplorerPage, png: Buffer, hex: string): Promise<{ width: number; height: number; inStrip: number }> {
  return explorer.page.evaluate(
    async ({ base64, hex, strip }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const left = bitmap.width - strip;
      const data = context.getImageData(left, 0, strip, bitmap.height).data;
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      let inStrip = 0;
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i]! - r!) <= 8 && Math.abs(data[i + 1]! - g!) <= 8 && Math.abs(data[i + 2]! - b!) <= 8) inStrip++;
      return { width: bitmap.width, height: bitmap.height, inStrip };
    },
    { base64: png.toString('base64'), hex, strip: LEGEND_STRIP_PX },
  );
}

describe('explorer graph statistics and style by property', () => {
  const session = useExplorerSession();
  let explorer: ExplorerPage;

  beforeAll(async () => {
    explorer = await ExplorerPage.open(session.browser, session.server.url);
    await explorer.pickRegion('青海省');
  });

  it("shows a node's degree, PageRank and community, its degree the relationships drawn around it", async () => {
    const touching = (await explorer.canvasEdgeIds()).filter((id) => id.startsWith(`${REGION}>`) || id.endsWith(`>${REGION}`)).length;
    expect(touching).toBeGreaterThan(0);
    await explorer.page.evaluate((id) => window.__explorerTestApi!.select(id), REGION);
    const stats = explorer.page.getByTestId('node-stats');
    await explorer.page.waitForFunction(() => document.querySelector('[data-testid="node-stats"]')?.getAttribute('data-degree'));
    expect(Number(await stats.getAttribute('data-degree'))).toBe(touching);
    await expect(explorer.page.getByTestId('node-degree').innerText()).resolves.toBe(String(touching));
    const regionRank = Number(await stats.getAttribute('data-pagerank'));
    expect(regionRank).toBeGreaterThan(0);
    await expect(explorer.page.getByTestId('node-community').innerText()).resolves.toMatch(/^\d+$/);

    // The region is the hub of its own neighbourhood: no neighbour ranks above it.
    const neighbour = (await explorer.canvasIds()).find((id) => id !== REGION)!;
    await explorer.page.evaluate((id) => window.__explorerTestApi!.select(id), neighbour);
    await explorer.page.waitForFunction((id) => document.querySelector('[data-testid="details-panel"] code')?.textContent === id, neighbour);
    await explorer.page.waitForFunction(() => document.querySelector('[data-testid="node-stats"]')?.getAttribute('data-pagerank'));
    expect(Number(await stats.getAttribute('data-pagerank'))).toBeLessThan(regionRank);
  });

  it('sizes nodes by degree and colours them by region, basis and community (computed style changes)', async () => {
    const look = (id: string) => explorer.page.evaluate((i) => window.__explorerTestApi!.nodeLook!(i)!, id);
    const ids = await explorer.canvasIds();
    const before = await look(REGION);

    await explorer.page.getByTestId('style-size').selectOption('degree');
    await explorer.page.waitForFunction((id) => window.__explorerTestApi!.nodeLook!(id)!.width === 64, REGION);
    const widths = new Set(await Promise.all(ids.map(async (id) => (await look(id)).width)));
    expect(widths.size).toBeGreaterThan(1);
    expect(before.width).not.toBe(64);
    await expect(explorer.page.getByTestId('style-legend').innerText()).resolves.toMatch(/大小：度数 \d+–\d+/);

    await explorer.page.getByTestId('style-colour').selectOption('region');
    await explorer.page.waitForFunction((id) => window.__explorerTestApi!.nodeLook!(id)!.color === 'rgb(78,121,167)', REGION);
    expect(before.color).not.toBe('rgb(78,121,167)');
    await expect(explorer.page.getByTestId('style-legend').locator('li').first().innerText()).resolves.toMatch(/^青海省 \(\d+\)$/);

    await explorer.page.getByTestId('style-colour').selectOption('basis');
    await explorer.page.waitForFunction((id) => window.__explorerTestApi!.nodeLook!(id)!.color === 'rgb(31,119,180)', REGION);
    const edge = (await explorer.canvasEdgeIds())[0]!;
    await expect(explorer.page.evaluate((id) => window.__explorerTestApi!.edgeColor!(id), edge)).resolves.toMatch(/^rgb\((31,119,180|255,127,14|214,39,40)\)$/);

    await explorer.page.getByTestId('style-colour').selectOption('community');
    await explorer.page.waitForFunction(() => document.querySelectorAll('[data-testid="style-legend"] li[data-color^="#"]').length >= 1);
    const colours = new Set(await Promise.all(ids.map(async (id) => (await look(id)).color)));
    const communities = await explorer.page.locator('[data-testid="style-legend"] li[data-color^="#"]').count();
    expect(colours.size).toBe(communities);

    // Grouping by community: the region's community highlighted as a whole, as many nodes as its legend line counts.
    await explorer.page.evaluate((id) => window.__explorerTestApi!.select(id), REGION);
    const community = Number(await explorer.page.getByTestId('node-community').innerText());
    await explorer.page.getByTestId('highlight-community').click();
    const highlighted = await explorer.highlightedIds();
    expect(highlighted).toContain(REGION);
    const line = await explorer.page
      .getByTestId('style-legend')
      .locator('li', { hasText: `社区 ${community} (` })
      .innerText();
    expect(highlighted.length).toBe(Number(/\((\d+)\)/.exec(line)![1]));
    const regionColour = (await look(REGION)).color;
    for (const id of highlighted) expect((await look(id)).color).toBe(regionColour);
    await screenshot(explorer.page, 'explorer-style-by-community');
  });

  it('clusters the canvas by community: one compound node per Louvain community its nodes have in the whole graph', async () => {
    await explorer.page.getByTestId('style-scope').selectOption('graph');
    await explorer.page.getByTestId('cluster-by').selectOption('community');
    // The same question through the API: how many communities the canvas's nodes fall in, over the whole graph.
    const ids = await explorer.canvasIds();
    const { data, errors } = await graphql<{ graphStatistics: { nodes: { community: number }[] } }>(
      session.server.url,
      'query($ids: [ID!]!) { graphStatistics(ids: $ids, scope: "graph") { nodes { community } } }',
      { ids },
    );
    expect(errors).toBeUndefined();
    const communities = new Set(data!.graphStatistics.nodes.map((row) => row.community)).size;
    expect(communities).toBeGreaterThan(1);
    await explorer.page.waitForFunction((n) => window.__explorerTestApi!.clusterIds!().length === n, communities);
    const clusters = await explorer.page.evaluate(() => window.__explorerTestApi!.clusterIds!());
    expect(clusters.every((id) => /^cluster:community:#\d+$/.test(id))).toBe(true);
    await explorer.page.getByTestId('cluster-by').selectOption('none');
    await explorer.page.waitForFunction(() => window.__explorerTestApi!.clusterIds!().length === 0);
    await explorer.page.getByTestId('style-scope').selectOption('view');
  });

  it('exports a PNG with the legend drawn beside the graph', async () => {
    await explorer.page.getByTestId('style-colour').selectOption('region');
    const swatch = (await explorer.page.getByTestId('style-legend').locator('li').first().getAttribute('data-color'))!;
    const png = await explorer.download('export-png');
    writeFileSync(join(SCREENSHOT_DIR, 'explorer-export-with-legend.png'), png.bytes);
    const styled = await colourPixels(explorer, png.bytes, swatch);
    // The 14×14 CSS px swatch at scale 2 lies in the strip; the strip is right of the graph picture.
    expect(styled.inStrip).toBeGreaterThanOrEqual(28 * 28 * 0.9);
    expect(styled.width).toBeGreaterThan(LEGEND_STRIP_PX + 200);
    // A colour no legend line uses is not in the strip (the strip is not a copy of the graph).
    const absent = await colourPixels(explorer, png.bytes, '#c0392b');
    expect(absent.inStrip).toBe(0);
  });

  it('exports an SVG holding every node drawn and the legend', async () => {
    const svg = await explorer.download('export-svg');
    expect(svg.name).toMatch(/^policygraph-.*\.svg$/);
    const text = svg.bytes.toString('utf8');
    const parsed = await explorer.page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        nodes: [...doc.querySelectorAll('g.node')].map((g) => g.getAttribute('data-id')),
        edges: doc.querySelectorAll('g.edge').length,
        legend: doc.querySelector('g.legend')?.textContent ?? '',
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.nodes.sort()).toEqual((await explorer.canvasIds()).sort());
    expect(parsed.edges).toBe(await explorer.canvasEdgeCount());
    expect(parsed.legend).toContain('青海省');
  });
});
