import type { Browser, Page } from 'playwright-core';
import { resultsTableColumns, resultsTableRows } from './results-table';

/** The Cypher console tab: editor, parameters, results and saved queries, all read from the DOM. */
export class CypherConsolePage {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, url: string): Promise<CypherConsolePage> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await page.goto(url);
    await page.getByTestId('tab-console').click();
    await page.locator('[data-testid="cypher-editor"] .cm-content').waitFor();
    return new CypherConsolePage(page);
  }

  /** Replaces the editor text by typing, as a user would (the editor is CodeMirror, not a textarea). */
  async typeQuery(query: string): Promise<void> {
    const editor = this.page.locator('[data-testid="cypher-editor"] .cm-content');
    await editor.click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(query);
  }

  async editorText(): Promise<string> {
    return this.page.locator('[data-testid="cypher-editor"] .cm-content').innerText();
  }

  /** Runs and waits for a table, an empty result, a refusal or an error. */
  async run(): Promise<void> {
    await this.page.getByTestId('console-run').click();
    await this.settled();
  }

  async settled(): Promise<void> {
    await this.page
      .getByTestId('result-view')
      .or(this.page.getByTestId('console-read-only'))
      .or(this.page.locator('.console-main [data-testid="error-message"]'))
      .first()
      .waitFor();
  }

  columns(): Promise<string[]> {
    return resultsTableColumns(this.page);
  }

  /** The table body as text cells, row by row. */
  rows(): Promise<string[][]> {
    return resultsTableRows(this.page);
  }

  readOnlyRefusal(): Promise<string | null> {
    return this.page
      .getByTestId('console-read-only')
      .innerText({ timeout: 1_000 })
      .catch(() => null);
  }

  async openSavedQuery(id: string): Promise<void> {
    await this.page.locator(`[data-testid="saved-query"][data-id="${id}"] .saved-query-title`).click();
  }

  async fillSavedParam(name: string, value: string): Promise<void> {
    await this.page.getByTestId(`param-${name}`).fill(value);
  }

  async runSavedQuery(): Promise<void> {
    await this.page
      .getByTestId('result-view')
      .waitFor({ state: 'detached', timeout: 100 })
      .catch(() => undefined);
    await this.page.getByTestId('run-saved-query').click();
    await this.page.locator('.console-main .busy').waitFor({ state: 'detached' });
    await this.settled();
  }
}
