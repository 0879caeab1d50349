import type { Browser, Locator, Page } from 'playwright-core';

/** The ownership matrix tab: region checkboxes, the grid and the clauses behind a cell, all read from the DOM. */
export class OwnershipMatrixPage {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, url: string): Promise<OwnershipMatrixPage> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    await page.goto(url);
    await page.getByTestId('tab-matrix').click();
    await page.getByTestId('matrix-region').first().waitFor();
    return new OwnershipMatrixPage(page);
  }

  async pickRegion(name: string): Promise<void> {
    await this.page.locator(`[data-testid="matrix-region"][value="${name}"]`).check();
    await this.page.getByTestId('matrix-cell').first().waitFor();
  }

  cell(department: string): Locator {
    return this.page.locator(`[data-testid="matrix-cell"][data-department="${department}"]`);
  }

  /** Opens a cell and waits for its clauses; returns each clause's quotes as text. */
  async openCell(cell: Locator): Promise<string[]> {
    await cell.click();
    await this.page.getByTestId('matrix-clause').first().waitFor();
    return this.page.locator('[data-testid="matrix-clause"] [data-testid="evidence-quote"]').allInnerTexts();
  }

  /** The kinds the legend explains, in its order. */
  legendKinds(): Promise<(string | null)[]> {
    return this.page.locator('[data-testid="matrix-legend"] li').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
  }

  legendSwatch(kind: string): Locator {
    return this.page.locator(`[data-testid="matrix-legend"] li[data-kind="${kind}"] .matrix-swatch`);
  }

  /** How an element is outlined and patterned (colour left out but for a transparent border, which draws no outline). */
  outlineOf(element: Locator): Promise<string> {
    return element.evaluate((el) => {
      const style = getComputedStyle(el);
      const border = style.borderTopColor === 'rgba(0, 0, 0, 0)' ? 'none' : style.borderTopStyle;
      return `${border} ${style.backgroundImage}`;
    });
  }

  topLeads(): Promise<string[]> {
    return this.page.locator('[data-testid="matrix-top-leads"] li').allInnerTexts();
  }

  unownedCount(): Promise<number> {
    return this.page.locator('[data-testid="matrix-unowned"] li').count();
  }
}
