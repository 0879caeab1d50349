import type { Browser, Page } from 'playwright-core';
import type { Language } from '../../../apps/web/src/i18n/messages';

// The app's own declaration of window.__explorerTestApi (type only).
import type {} from '../../../apps/web/src/features/explorer/graph-view/test-api';

/** One tab of the explorer, opened with content in it (a region picked, a form open), as a user would see it. */
export interface TabVisit {
  readonly tab: string;
  /** Brings the page to the state to check; the page is already on the tab. */
  readonly fill: (page: Page) => Promise<void>;
}

/** Waits until the canvas has nodes and no request or layout is pending. */
async function canvasSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__explorerTestApi!.count() > 0);
  await page.locator('.status-bar .busy').waitFor({ state: 'detached' });
  await page.evaluate(() => window.__explorerTestApi!.whenLaidOut());
}

/** The six tabs, each filled with data of the seed plans (青海省 states its 责任单位). */
export const TAB_VISITS: readonly TabVisit[] = [
  {
    tab: 'explorer',
    fill: async (page) => {
      const picker = page.getByTestId('region-picker');
      await picker.locator('option', { hasText: '青海省' }).first().waitFor({ state: 'attached' });
      await picker.selectOption((await picker.locator('option', { hasText: '青海省' }).first().getAttribute('value'))!);
      await canvasSettled(page);
      // A stated responsibility with its role, basis and quote in the details panel.
      const edge = await page.evaluate(() => window.__explorerTestApi!.edgeIds('RESPONSIBLE')[0] ?? window.__explorerTestApi!.edgeIds()[0]!);
      await page.evaluate((id) => window.__explorerTestApi!.select(id), edge);
      // Attached, not visible: on a narrow window the panel is a closed drawer.
      await page.getByTestId('details-panel').locator('.details-kind').waitFor({ state: 'attached' });
    },
  },
  {
    tab: 'matrix',
    fill: async (page) => {
      await page.locator('[data-testid="matrix-region"][value="青海省"]').check();
      await page.getByTestId('matrix-cell').first().click();
      await page.getByTestId('matrix-clause').first().waitFor();
    },
  },
  {
    tab: 'across',
    fill: async (page) => {
      await page.getByTestId('target-row').first().waitFor();
      await page.getByTestId('strategy').first().waitFor();
    },
  },
  {
    tab: 'patterns',
    fill: async (page) => {
      await page.getByTestId('pattern-label-0').waitFor();
      await page.getByTestId('pattern-add-filter').click();
    },
  },
  {
    tab: 'console',
    fill: async (page) => {
      await page.locator('[data-testid="cypher-editor"] .cm-content').waitFor();
      await page.getByTestId('saved-query').first().waitFor();
      await page.locator('[data-testid="saved-query"][data-id="department-ownership-by-sector"] .saved-query-title').click();
      await page.getByTestId('saved-query-form').waitFor();
    },
  },
  {
    tab: 'documents',
    fill: async (page) => {
      await page.getByTestId('documents-table').waitFor();
    },
  },
];

/** A fresh page on `tab` in `language`, filled as `visit` says. */
export async function openTab(browser: Browser, url: string, visit: TabVisit, language: Language, viewport = { width: 1400, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: language === 'zh' ? 'zh-CN' : 'en-US' });
  await page.goto(`${url}/?tab=${visit.tab}&lang=${language}`);
  await page.waitForFunction(() => window.__explorerTestApi !== undefined || document.querySelector('.app-main') !== null);
  await visit.fill(page);
  return page;
}
