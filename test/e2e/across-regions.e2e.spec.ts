import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORK_REPORTS_DIR } from '../support/app-server';
import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';

/** The map's e2e hook (ProvinceMap.tsx, under WebDriver only). */
interface ProvinceMapTestApi {
  values(): { name: string; region: string; value: number }[];
  pagePosition(name: string): { x: number; y: number } | null;
}

/** The province each work report speaks for, from the folder's manifest (file,province,…). */
const PROVINCES: readonly string[] = readFileSync(join(WORK_REPORTS_DIR, 'manifest.csv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim())
  .map((line) => line.split(',')[1]!);

describe('across regions, on the whole default corpus', () => {
  const session = useExplorerSession('default');

  it("shows every province's 2026 GDP growth target in a sortable table, with last year's result and the gap, the metric in the URL", async () => {
    const page = await session.browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
    await page.goto(`${session.server.url}/?tab=across`);
    const rows = page.getByTestId('target-row');
    await rows.first().waitFor();
    await expect(page.getByTestId('metric-select').inputValue()).resolves.toBe('gdp-growth');
    expect(new URL(page.url()).searchParams.get('metric')).toBe('gdp-growth');
    const regions = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region')));
    expect([...regions].sort()).toEqual([...PROVINCES].sort());

    // As the reports write them: 安徽 5%—5.5%, 山东 5%以上, 江苏 按5%安排; 辽宁 3.7% in 2025, gap +0.8.
    const cell = (region: string, testId: string) => page.locator(`[data-testid="target-row"][data-region="${region}"]`).getByTestId(testId).textContent();
    await expect(cell('安徽省', 'target-value')).resolves.toBe('5%—5.5%');
    await expect(cell('山东省', 'target-value')).resolves.toBe('5%以上');
    await expect(cell('江苏省', 'target-value')).resolves.toBe('按5%安排');
    await expect(cell('辽宁省', 'result-value')).resolves.toBe('3.7% (2025)');
    await expect(cell('辽宁省', 'gap-value')).resolves.toBe('+0.8');
    const withResult = (await page.getByTestId('result-value').allTextContents()).filter((text) => text !== '—');
    expect(withResult.length).toBeGreaterThanOrEqual(20);

    // Sorted by target, highest first: 西藏 (7%以上) leads; by region ascending after a click on the header.
    await expect(rows.first().getAttribute('data-region')).resolves.toBe('西藏自治区');
    await page.getByTestId('sort-gap').click();
    const gaps = (await page.getByTestId('gap-value').allTextContents()).filter((text) => text !== '—').map(Number);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    await screenshot(page, 'across-regions-targets');

    // The metric survives a reload from the URL.
    const other = await page.getByTestId('metric-select').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('metric-select').selectOption(other!);
    await page.waitForFunction((metric) => new URL(window.location.href).searchParams.get('metric') === metric, other);
    await page.reload();
    await page.getByTestId('target-row').first().waitFor();
    await expect(page.getByTestId('metric-select').inputValue()).resolves.toBe(other);
    await page.close();
  });

  it('colours all 31 provinces on the map of China, shows the target on hover and opens the province in the graph on click', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
    await page.goto(`${session.server.url}/?tab=across&metric=gdp-growth`);
    const map = page.getByTestId('province-map');
    await map.waitFor();
    await page.waitForFunction(() => (window as unknown as { __provinceMap?: unknown }).__provinceMap !== undefined);
    await expect(map.getAttribute('data-provinces')).resolves.toBe('31');
    const values = await page.evaluate(() => (window as unknown as { __provinceMap: ProvinceMapTestApi }).__provinceMap.values());
    const tableValues = await page.getByTestId('target-row').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region')));
    expect(values.map((v) => v.region).sort()).toEqual([...tableValues].sort());
    expect(values.find((v) => v.region === '辽宁省')!.value).toBe(4.5);

    const point = await page.evaluate(() => (window as unknown as { __provinceMap: ProvinceMapTestApi }).__provinceMap.pagePosition('四川'));
    await page.mouse.move(point!.x, point!.y);
    const tooltip = page.locator('.province-map-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    await expect(tooltip.textContent()).resolves.toContain('四川省');
    await expect(tooltip.textContent()).resolves.toContain('5.5%左右');
    await screenshot(page, 'across-regions-map');
    await page.mouse.click(point!.x, point!.y);
    await page.waitForURL((url) => url.searchParams.getAll('n').includes('region:四川省'));
    await page.close();
  });

  it('shows a province × strategy heat map of the strategies ten or more provinces name, and what only one region says', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
    await page.goto(`${session.server.url}/?tab=across&metric=gdp-growth`);
    const heatMap = page.getByTestId('strategy-heat-map');
    await heatMap.waitFor();
    const provincesInMap = await page.getByTestId('heat-map-row').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')!.textContent));
    expect(provincesInMap).toEqual(expect.arrayContaining([...PROVINCES]));
    const columns = await heatMap.locator('thead th').count();
    expect(columns - 1).toBeGreaterThanOrEqual(10);
    // A cell's count is the number of that region's goals and projects applying the strategy: some are filled, some empty.
    const cells = await page.getByTestId('heat-map-cell').allTextContents();
    expect(cells.some((text) => Number(text) > 0)).toBe(true);
    await expect(page.getByTestId('only-region').count()).resolves.toBeGreaterThan(0);
    await heatMap.scrollIntoViewIfNeeded();
    await screenshot(page, 'across-regions-strategies');
    await page.close();
  });

  it('opens a province’s target in the graph with its evidence', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${session.server.url}/?tab=across&metric=gdp-growth`);
    const row = page.locator('[data-testid="target-row"][data-region="辽宁省"]');
    await row.getByTestId('open-in-graph').click();
    await page.waitForURL((url) => url.searchParams.get('sel')?.startsWith('indicator:辽宁省') === true);
    const url = new URL(page.url());
    expect(url.searchParams.getAll('n')).toEqual(expect.arrayContaining(['region:辽宁省']));
    await expect(page.getByText('地区生产总值增长4.5%左右').first().waitFor({ timeout: 30_000 })).resolves.toBeUndefined();
    await screenshot(page, 'across-regions-open-in-graph');
    await page.close();
  });

  it('opens a shared strategy in the graph with the goals and projects that name it', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${session.server.url}/?tab=across&metric=gdp-growth`);
    const strategy = page.getByTestId('strategy').first();
    await strategy.waitFor();
    const name = await strategy.locator('summary strong').textContent();
    await strategy.getByTestId('strategy-open-in-graph').click();
    await page.waitForURL((url) => url.searchParams.get('sel')?.startsWith('strategy:') === true);
    const url = new URL(page.url());
    const ids = url.searchParams.getAll('n');
    expect(ids[0]).toBe(url.searchParams.get('sel'));
    // One quoting goal or project per region, each drawn in the graph with the strategy.
    expect(ids.slice(1).length).toBeGreaterThanOrEqual(5);
    expect(ids.slice(1).every((id) => /^(goal|project):/.test(id))).toBe(true);
    // The explorer shows the selected strategy (the across-regions tab is gone, so the name comes from the graph).
    await expect(page.getByText(name!).first().waitFor({ timeout: 30_000 })).resolves.toBeUndefined();
    await screenshot(page, 'across-regions-strategy-in-graph');
    await page.close();
  });

  it('ranks the regions whose plans are closest (GDS node similarity), one region’s closest kept in the URL, a pair opening in the graph', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
    await page.goto(`${session.server.url}/?tab=across&metric=gdp-growth`);
    const rows = page.getByTestId('similarity-row');
    await rows.first().waitFor({ timeout: 60_000 });
    const values = (await page.getByTestId('similarity-value').allTextContents()).map(Number);
    expect(values.length).toBeGreaterThanOrEqual(20);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values.every((value) => value > 0 && value <= 1)).toBe(true);

    await page.getByTestId('similar-select').selectOption('四川省');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('similar') === '四川省');
    await page.locator('[data-testid="similarity-row"][data-region="四川省"]').first().waitFor();
    const regions = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region')));
    expect(regions.length).toBeGreaterThanOrEqual(5);
    expect(new Set(regions)).toEqual(new Set(['四川省']));
    await page.getByTestId('region-similarity').scrollIntoViewIfNeeded();
    await screenshot(page, 'across-regions-similarity');

    await page.reload();
    await page.locator('[data-testid="similarity-row"][data-region="四川省"]').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('similar-select').inputValue()).resolves.toBe('四川省');
    const other = await rows.first().getAttribute('data-other');
    await rows.first().getByTestId('similarity-open-in-graph').click();
    await page.waitForURL((url) => url.searchParams.get('sel') === 'region:四川省');
    expect(new URL(page.url()).searchParams.getAll('n')).toEqual(expect.arrayContaining(['region:四川省', `region:${other}`]));
    await page.close();
  });
});
