import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';

describe('across regions', () => {
  const session = useExplorerSession();

  it('compares the services share of GDP across regions as a table and bars, and lists shared strategies with each region', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${session.server.url}/?tab=across`);
    await page.getByTestId('tab-across').click();
    const table = page.getByTestId('metric-table');
    await table.waitFor();
    await page.getByTestId('metric-select').evaluate((select: HTMLSelectElement) => select.value).then((value) => expect(value).toBe('services-share-of-gdp'));
    const regions = await table.locator('tbody tr td:first-child').allTextContents();
    expect(regions).toEqual(expect.arrayContaining(['青海省', '重庆市']));
    expect(new Set(regions).size).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId('metric-bar').count()).resolves.toBeGreaterThanOrEqual(3);

    const strategies = page.getByTestId('strategy');
    await strategies.first().waitFor();
    await expect(strategies.count()).resolves.toBeGreaterThanOrEqual(5);
    await strategies.first().locator('summary').click();
    const firstRegions = strategies.first().getByTestId('strategy-region');
    await expect(firstRegions.count()).resolves.toBeGreaterThanOrEqual(2);
    await screenshot(page, 'across-regions');
    await page.close();
  });
});
