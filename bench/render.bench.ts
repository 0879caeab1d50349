/**
 * bench/render: how fast the explorer's own graph view (store → CyGraphView → Cytoscape, with the app's layout
 * options) draws and lays out synthetic graphs in headless Chromium, through the e2e test API:
 *   - 1,000 nodes with the force layout, and 5,000 elements laid out and painted;
 *   - an expand that adds 200 neighbours to one node of the 1,000-node graph;
 *   - the longest main-thread task (PerformanceObserver 'longtask') while panning the 5,000-element graph.
 * The floor, measured in the same run: the same elements added straight to Cytoscape with the grid layout.
 *   npm run bench:render
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/e2e/support/browser';
import { ensureWebBuilt } from '../test/e2e/support/explorer-server';
import { round, writeBenchResult } from './support/bench-report';
import type { ApiEdge, ApiNode } from '../apps/web/src/api/graph-api.types';
import type {} from '../apps/web/src/features/explorer/graph-view/test-api'; // window.__explorerTestApi

const LABELS = ['Region', 'Sector', 'Goal', 'Indicator', 'Project', 'Department'] as const;

/** A small deterministic PRNG (mulberry32), so every run lays out the same graph. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A connected policy-like graph: a random spanning tree (so nothing floats alone) plus extra random edges, labels
 * cycling through the explorer's kinds and Chinese captions like the real data.
 */
function syntheticGraph(nodeCount: number, edgeCount: number, seed = 1, prefix = 'n'): { nodes: ApiNode[]; edges: ApiEdge[] } {
  const next = random(seed);
  const nodes: ApiNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `${prefix}${i}`,
    label: LABELS[i % LABELS.length]!,
    name: `合成节点${i}：推动现代服务业发展`,
    properties: {},
    evidence: [],
  }));
  const edges: ApiEdge[] = [];
  const seen = new Set<string>();
  const add = (source: number, target: number): void => {
    const key = `${source}-${target}`;
    if (source === target || seen.has(key)) return;
    seen.add(key);
    edges.push({ id: `${prefix}e${edges.length}`, type: 'RELATED', source: `${prefix}${source}`, target: `${prefix}${target}`, properties: {}, evidence: [] });
  };
  for (let i = 1; i < nodeCount && edges.length < edgeCount; i++) add(Math.floor(next() * i), i);
  while (edges.length < edgeCount) add(Math.floor(next() * nodeCount), Math.floor(next() * nodeCount));
  return { nodes, edges };
}

/** `count` new nodes hanging off one anchor: what an expand of a busy node brings. */
function starAround(anchorId: string, count: number, prefix = 'x'): { nodes: ApiNode[]; edges: ApiEdge[] } {
  const nodes: ApiNode[] = Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, label: 'Project', name: `新增项目${i}`, properties: {}, evidence: [] }));
  const edges: ApiEdge[] = nodes.map((node, i) => ({ id: `${prefix}e${i}`, type: 'RESPONSIBLE', source: node.id, target: anchorId, properties: {}, evidence: [] }));
  return { nodes, edges };
}

const WEB_DIST = join(__dirname, '..', 'dist', 'web');
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
/** BENCH_RENDERER=webgl measures Cytoscape's preview WebGL renderer instead of the canvas one. */
const RENDERER = process.env['BENCH_RENDERER'] === 'webgl' ? 'webgl' : 'canvas';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** dist/web as static files; /graphql answers empty lists (the canvas needs no API for synthetic graphs). */
function serveWeb(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/graphql')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: { regions: [], documents: [], savedQueries: [] } }));
      return;
    }
    const path = normalize(join(WEB_DIST, (request.url ?? '/').split('?')[0]!));
    const file = path.startsWith(WEB_DIST) && existsSync(path) && statSync(path).isFile() ? path : join(WEB_DIST, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

type Graph = ReturnType<typeof syntheticGraph>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeRounds(run: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) times.push(await run());
  process.stderr.write(`  ${times.map((t) => round(t, 0)).join(' / ')} ms\n`);
  return round(median(times), 1);
}

const replace = (page: Page, graph: Graph): Promise<number> => page.evaluate((g) => window.__explorerTestApi!.benchReplace(g), graph);
const floor = (page: Page, graph: Graph): Promise<number> => page.evaluate((g) => window.__explorerTestApi!.benchGridFloor(g), graph);

/** Drags the canvas around for a while; returns the longest main-thread task seen and the frame rate. */
async function panLongestTask(page: Page): Promise<{ longestTaskMs: number; longTasks: number; framesPerSecond: number }> {
  await page.evaluate(() => {
    const state = { longest: 0, count: 0, frames: 0, running: true };
    (window as unknown as { __pan: typeof state }).__pan = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.longest = Math.max(state.longest, entry.duration);
        state.count++;
      }
    }).observe({ type: 'longtask' });
    const frame = (): void => {
      state.frames++;
      if (state.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const start = Date.now();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let sweep = 0; sweep < 6; sweep++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let step = 1; step <= 30; step++) await page.mouse.move(cx + Math.sin((step / 30) * Math.PI * 2) * 250, cy + Math.cos((step / 30) * Math.PI) * 150, { steps: 1 });
    await page.mouse.up();
  }
  const seconds = (Date.now() - start) / 1000;
  const result = await page.evaluate(() => {
    const state = (window as unknown as { __pan: { longest: number; count: number; frames: number; running: boolean } }).__pan;
    state.running = false;
    return state;
  });
  return { longestTaskMs: round(result.longest, 1), longTasks: result.count, framesPerSecond: round(result.frames / seconds, 1) };
}

async function main(): Promise<void> {
  ensureWebBuilt();
  const { url, server } = await serveWeb();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(RENDERER === 'webgl' ? `${url}/?renderer=webgl` : url);
    await page.waitForFunction(() => window.__explorerTestApi !== undefined);

    const small = syntheticGraph(1_000, 1_000, 1);
    const large = syntheticGraph(2_000, 3_000, 2);
    const star = starAround('n0', 200);
    // Warm-up: JIT, fonts and label textures are not what we measure.
    await replace(page, syntheticGraph(200, 200, 3));

    const force1000 = await timeRounds(() => replace(page, small));
    const floor1000 = await timeRounds(() => floor(page, small));
    const large5000 = await timeRounds(() => replace(page, large));
    const floor5000 = await timeRounds(() => floor(page, large));
    const expand200 = await timeRounds(async () => {
      await replace(page, small);
      return page.evaluate((s) => window.__explorerTestApi!.benchAdd(s, 'n0'), star);
    });
    const floorExpand200 = await timeRounds(() => floor(page, { nodes: [small.nodes[0]!, ...star.nodes], edges: star.edges }));
    await replace(page, large);
    const pan = await panLongestTask(page);

    writeBenchResult(RENDERER === 'webgl' ? 'render-webgl' : 'render', {
      browser: browser.version(),
      renderer: `${RENDERER} (headless Chromium, --disable-gpu: software rendering)`,
      rounds: ROUNDS,
      graphs: {
        force1000: { nodes: small.nodes.length, edges: small.edges.length },
        elements5000: { nodes: large.nodes.length, edges: large.edges.length },
        expand: { neighbours: star.nodes.length, onCanvas: small.nodes.length },
      },
      medianMs: { force1000, large5000, expand200 },
      floorGridMs: { force1000: floor1000, large5000: floor5000, expand200: floorExpand200 },
      overFloor: { force1000: round(force1000 / floor1000, 1), large5000: round(large5000 / floor5000, 1), expand200: round(expand200 / floorExpand200, 1) },
      panning: pan,
      targets: { force1000Ms: 1_000, large5000Ms: 2_000, expand200Ms: 300, panLongestTaskMs: 50 },
      meetsTargets: { force1000: force1000 <= 1_000, large5000: large5000 < 2_000, expand200: expand200 < 300, panning: pan.longestTaskMs <= 50 },
    });
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:render failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
