import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { openTab, TAB_VISITS } from './support/tab-tour';

/**
 * Names that stay in Latin letters in the Chinese UI: products, algorithms, formats, acronyms Chinese plans use as they are
 * (GDP, CPI), and the language switch, which names English in English. Anything else of three or more ASCII letters is an identifier that escaped translation.
 */
const PROPER_NOUNS: readonly string[] = [
  // Key caps: Chinese keyboards and hints print them in Latin letters too (the node list's hint names Home and End).
  'Home',
  'End',
  'English',
  'PolicyGraph',
  'Neo4j Graph Data Science',
  'Neo4j',
  'Cypher',
  'Jaccard',
  'PageRank',
  'Louvain',
  'GraphQL',
  'GDP',
  'CPI',
  'PNG',
  'SVG',
  'JSON',
  'CSV',
  'API',
  'PDF',
  'DOCX',
  'HTML',
  'txt',
];

/** Where the page shows user data rather than UI text: the Cypher the analyst types or the builder generates, node ids. */
const USER_DATA = [
  '[data-testid="cypher-editor"]',
  '[data-testid="pattern-cypher"]',
  '[data-testid="pattern-params"]',
  '.params-field textarea',
  '.details-id',
  '.property-identifier',
  '.console-history',
];

/** Visible text and the title/aria-label/placeholder attributes of the page, user data left out, one entry per element. */
function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate((userData) => {
    const isUserData = (element: Element): boolean => userData.some((selector) => element.closest(selector) !== null);
    // Hidden for the reading only, so innerText leaves them out; shown again at once.
    const hidden = userData.flatMap((selector) => [...document.querySelectorAll<HTMLElement>(selector)]).filter((element) => element.style.display !== 'none');
    for (const element of hidden) element.style.display = 'none';
    const texts = document.body.innerText.split('\n');
    for (const element of hidden) element.style.display = '';
    for (const element of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
      if (isUserData(element)) continue;
      for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) texts.push(`${name}="${value}"`);
      }
    }
    // A closed select shows one option; the others are read when it opens.
    for (const option of document.querySelectorAll('option')) texts.push(option.textContent ?? '');
    return texts;
  }, USER_DATA);
}

/** Latin words of three or more letters left after the proper nouns are taken out, with the line they stand in. */
function untranslatedWords(lines: readonly string[]): string[] {
  const found = new Set<string>();
  for (const line of lines) {
    let rest = line.replace(/^(title|aria-label|placeholder|alt)="/, '');
    for (const noun of PROPER_NOUNS) rest = rest.split(noun).join(' ');
    for (const word of rest.match(/[A-Za-z][A-Za-z_-]*[A-Za-z]/g) ?? []) if (/[A-Za-z]{3,}/.test(word)) found.add(`${word}  ⟵  ${line.trim().slice(0, 100)}`);
  }
  return [...found];
}

describe('the Chinese UI has no untranslated English', () => {
  const session = useExplorerSession();

  for (const visit of TAB_VISITS) {
    it(`shows no English identifiers on the ${visit.tab} tab in zh`, async () => {
      const page = await openTab(session.browser, session.server.url, visit, 'zh');
      try {
        const words = untranslatedWords(await visibleTexts(page));
        await screenshot(page, `zh-${visit.tab}`);
        expect({ tab: visit.tab, words }).toEqual({ tab: visit.tab, words: [] });
      } finally {
        await page.close();
      }
    });
  }

  it('names the properties and values of one node of each label in zh in the details panel', async () => {
    const page = await openTab(
      session.browser,
      session.server.url,
      TAB_VISITS.find((visit) => visit.tab === 'explorer')!,
      'zh',
    );
    try {
      // The region's whole chain: regions, sectors, goals, indicators, projects, departments on one canvas.
      const region = await page.evaluate(() => window.__explorerTestApi!.ids().find((id) => id.startsWith('region:'))!);
      await page.evaluate((id) => window.__explorerTestApi!.select(id), region);
      await page.getByTestId('expand-chain').click();
      await page.locator('.status-bar .busy').waitFor({ state: 'detached' });
      await page.evaluate(() => window.__explorerTestApi!.whenLaidOut());
      const ids = await page.evaluate(() => window.__explorerTestApi!.ids());
      const oneOfEachKind = [...new Map(ids.map((id) => [id.split(':')[0], id])).values()];
      expect(oneOfEachKind.length).toBeGreaterThanOrEqual(5);
      const found: Record<string, string[]> = {};
      for (const id of oneOfEachKind) {
        await page.evaluate((id) => window.__explorerTestApi!.select(id), id);
        await page.locator(`[data-testid="details-panel"] code.details-id`, { hasText: id }).waitFor();
        const words = untranslatedWords(await visibleTexts(page));
        if (words.length > 0) found[id] = words;
      }
      expect(found).toEqual({});
    } finally {
      await page.close();
    }
  });

  it('finds an English identifier when one is shown (the scan can fail)', async () => {
    const page = await openTab(
      session.browser,
      session.server.url,
      TAB_VISITS.find((visit) => visit.tab === 'documents')!,
      'en',
    );
    try {
      expect(untranslatedWords(await visibleTexts(page)).length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
