import type { Browser, Page } from 'playwright-core';

// The app's own declaration of window.__explorerTestApi (type only: nothing of the app runs in the test process).
import type {} from '../../../apps/web/src/features/explorer/graph-view/test-api';

/** The explorer tab as a user drives it; canvas state comes from the test API only where the DOM cannot show it. */
export class ExplorerPage {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, url: string): Promise<ExplorerPage> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, locale: 'zh-CN' });
    const explorer = new ExplorerPage(page);
    await page.goto(url);
    await page.waitForFunction(() => window.__explorerTestApi !== undefined);
    return explorer;
  }

  /** Picks a region by its visible name in the region picker. */
  async pickRegion(name: string): Promise<void> {
    const picker = this.page.getByTestId('region-picker');
    await picker.waitFor();
    const value = await picker.locator('option', { hasText: name }).first().getAttribute('value');
    if (!value) throw new Error(`region ${name} is not offered in the picker`);
    await picker.selectOption(value);
    await this.waitIdle();
  }

  /** Types into the search box and waits for the suggestions to settle. */
  async search(text: string): Promise<void> {
    await this.page.getByTestId('search-input').fill(text);
    await this.page
      .getByTestId('search-option')
      .or(this.page.getByTestId('search-suggestions').getByText(/没有找到|Nothing found/))
      .first()
      .waitFor();
  }

  /** Label of each suggestion group, in the order shown. */
  suggestionGroups(): Promise<(string | null)[]> {
    return this.page.getByTestId('search-group').evaluateAll((groups) => groups.map((group) => group.getAttribute('data-label')));
  }

  async pickSuggestion(id: string): Promise<void> {
    await this.page.locator(`[data-testid="search-option"][data-id="${id}"]`).click();
    await this.waitIdle();
  }

  suggestionIds(): Promise<(string | null)[]> {
    return this.page.getByTestId('search-option').evaluateAll((options) => options.map((option) => option.getAttribute('data-id')));
  }

  /** Sets one end of the path finder to the selected node. */
  async usePathEnd(end: 'from' | 'to'): Promise<void> {
    await this.page.getByTestId(`path-${end}-use-selected`).click();
  }

  async findPaths(): Promise<string> {
    await this.page.getByTestId('path-find').click();
    await this.page.getByTestId('path-result').waitFor();
    await this.waitIdle();
    return this.page.getByTestId('path-result').innerText();
  }

  highlightedIds(): Promise<string[]> {
    return this.page.evaluate(() => window.__explorerTestApi!.highlightedIds());
  }

  /** Clicks an export button and returns the downloaded file's name and bytes. */
  async download(testId: 'export-png' | 'export-svg' | 'export-json'): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  /** Node count as the status bar shows it. */
  async shownNodeCount(): Promise<number> {
    return Number(await this.page.getByTestId('element-count').getAttribute('data-nodes'));
  }

  async shownCountText(): Promise<string> {
    return (await this.page.getByTestId('element-count').textContent()) ?? '';
  }

  canvasCount(label?: string): Promise<number> {
    return this.page.evaluate((l) => window.__explorerTestApi!.count(l), label);
  }

  /** Projects and tasks on the canvas: what a department is responsible for. */
  async undertakingCount(): Promise<number> {
    return (await this.canvasCount('Project')) + (await this.canvasCount('Task'));
  }

  canvasEdgeCount(type?: string): Promise<number> {
    return this.page.evaluate((t) => window.__explorerTestApi!.edgeCount(t), type);
  }

  canvasIds(): Promise<string[]> {
    return this.page.evaluate(() => window.__explorerTestApi!.ids());
  }

  canvasEdgeIds(type?: string): Promise<string[]> {
    return this.page.evaluate((t) => window.__explorerTestApi!.edgeIds(t), type);
  }

  /** Clicks a node or edge where the canvas draws it, as a user would. */
  async clickElement(id: string, clicks: 1 | 2 = 1): Promise<void> {
    // Layouts run in a worker and apply their positions later: a position read before then is not where the node ends up.
    await this.page.evaluate(() => window.__explorerTestApi!.whenLaidOut());
    const point = await this.page.evaluate((i) => window.__explorerTestApi!.pagePosition(i), id);
    if (!point) throw new Error(`${id} is not on the canvas`);
    if (clicks === 2) await this.page.mouse.dblclick(point.x, point.y);
    else await this.page.mouse.click(point.x, point.y);
  }

  /** Nodes drawn on the canvas, not hidden by a filter. */
  visibleCount(label?: string): Promise<number> {
    return this.page.evaluate((l) => window.__explorerTestApi!.visibleCount(l), label);
  }

  /** Ticks or unticks one value of a filter facet ('label', 'region', 'document', 'sector-type', 'basis'). */
  async setFilter(facet: string, value: string, shown: boolean): Promise<void> {
    const box = this.page.locator(`[data-testid="filter-${facet}"][value="${value}"]`);
    if (shown) await box.check();
    else await box.uncheck();
  }

  /** Selects a node through the test API and presses the details panel's expand button. */
  async expand(id: string): Promise<number> {
    const before = await this.shownNodeCount();
    await this.page.evaluate((i) => window.__explorerTestApi!.select(i), id);
    await this.page.getByTestId('expand-node').click();
    await this.waitIdle();
    return (await this.shownNodeCount()) - before;
  }

  /** Selects a group node and presses "expand group": its members are drawn in its place. */
  async expandGroup(id: string): Promise<void> {
    await this.page.evaluate((i) => window.__explorerTestApi!.select(i), id);
    await this.page.getByTestId('expand-group').click();
    await this.waitIdle();
  }

  /** Group nodes on the canvas (a neighbourhood of more than 100 arrives grouped by label). */
  groupIds(): Promise<string[]> {
    return this.page.evaluate(() => window.__explorerTestApi!.groupIds!());
  }

  selectedId(): Promise<string | null> {
    return this.page.evaluate(() => window.__explorerTestApi!.selectedId());
  }

  detailsName(): Promise<string> {
    return this.page.getByTestId('details-name').innerText();
  }

  /** Waits until nothing is loading; fails with the error the UI shows, if any. */
  async waitIdle(): Promise<void> {
    await this.page.waitForFunction(() => document.querySelector('[data-testid="busy"]') === null);
    const error = this.page.getByTestId('status-bar').getByTestId('error-message');
    if (await error.count()) throw new Error(`the explorer shows an error: ${await error.innerText()}`);
  }

  async waitForShownNodeCountAbove(count: number): Promise<number> {
    await this.page.waitForFunction((n) => Number(document.querySelector('[data-testid="element-count"]')?.getAttribute('data-nodes')) > n, count);
    return this.shownNodeCount();
  }
}
