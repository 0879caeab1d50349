import type { Page } from 'playwright-core';

/** The results table the console and the pattern views share: header cells and body cells as text. */
export function resultsTableColumns(page: Page): Promise<string[]> {
  return page.locator('[data-testid="results-table"] thead th').allInnerTexts();
}

/** The table body as text cells, row by row. */
export function resultsTableRows(page: Page): Promise<string[][]> {
  return page
    .locator('[data-testid="results-table"] tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
}
