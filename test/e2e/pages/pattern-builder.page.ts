import type { Browser, Page } from 'playwright-core';
import { resultsTableColumns, resultsTableRows } from './results-table';

/** The pattern builder tab: path and condition selects, the generated Cypher and the result table. */
export class PatternBuilderPage {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, url: string): Promise<PatternBuilderPage> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    await page.goto(url);
    await page.getByTestId('tab-patterns').click();
    await page.getByTestId('pattern-label-0').waitFor();
    return new PatternBuilderPage(page);
  }

  /** Sets node `index` of the path (0 = start) to a label. */
  async setLabel(index: number, label: string): Promise<void> {
    await this.page.getByTestId(`pattern-label-${index}`).selectOption(label);
  }

  /** Sets step `index` (1-based: the hop into node `index`). */
  async setStep(index: number, type: string, direction: 'out' | 'in', label: string): Promise<void> {
    await this.page.getByTestId(`pattern-type-${index}`).selectOption(type);
    await this.page.getByTestId(`pattern-direction-${index}`).selectOption(direction);
    await this.setLabel(index, label);
  }

  async addFilter(node: number, property: string, operator: string, value: string): Promise<void> {
    const index = await this.page.locator('.pattern-filter').count();
    await this.page.getByTestId('pattern-add-filter').click();
    await this.page.getByTestId(`pattern-filter-node-${index}`).selectOption(String(node));
    await this.page.getByTestId(`pattern-filter-property-${index}`).selectOption(property);
    await this.page.getByTestId(`pattern-filter-operator-${index}`).selectOption(operator);
    await this.page.getByTestId(`pattern-filter-value-${index}`).fill(value);
  }

  cypher(): Promise<string> {
    return this.page.getByTestId('pattern-cypher').innerText();
  }

  async run(): Promise<void> {
    await this.page.getByTestId('pattern-run').click();
    await this.page.getByTestId('result-view').or(this.page.locator('.patterns [data-testid="error-message"]')).first().waitFor();
  }

  columns(): Promise<string[]> {
    return resultsTableColumns(this.page);
  }

  rows(): Promise<string[][]> {
    return resultsTableRows(this.page);
  }
}
