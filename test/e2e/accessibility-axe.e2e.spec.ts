import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Language } from '../../apps/web/src/i18n/messages';
import { useExplorerSession } from './support/explorer-session';
import { openTab, TAB_VISITS, type TabVisit } from './support/tab-tour';

/** axe-core's browser build, injected into the page as it is (no network, no wrapper package). */
const AXE_SOURCE = join(require.resolve('axe-core/package.json'), '..', 'axe.min.js');
/**
 * The app's Content-Security-Policy allows scripts of its own origin only (no inline script), so axe is added as a
 * script of that origin, answered by the test from the file: the page's CSP stays as served.
 */
const AXE_PATH = '/__test__/axe.min.js';
/** The WCAG 2.0/2.1 A and AA rules: the level the README promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Impacts that fail the test (moderate and minor ones are not counted as violations of the promise). */
const FAILING_IMPACTS = new Set(['serious', 'critical']);
/** Nodes printed per rule: enough to find the element, not a page of repeated rows. */
const NODES_SHOWN = 6;

interface AxeNode {
  /** axe's CSS selector path of the element. */
  readonly target: string;
  /** axe's "Fix any of the following" text, e.g. the measured contrast and the colours. */
  readonly summary: string;
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly count: number;
  readonly nodes: readonly AxeNode[];
}

declare global {
  interface Window {
    axe?: {
      run(
        context: Document,
        options: object,
      ): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>;
    };
  }
}

/** The WCAG 2.x A/AA violations axe-core finds on the page as it stands, each with its elements and why they fail. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.route(`**${AXE_PATH}`, (route) => route.fulfill({ path: AXE_SOURCE, contentType: 'text/javascript' }));
  await page.addScriptTag({ url: AXE_PATH });
  return page.evaluate(
    async ({ tags, shown }) => {
      const result = await window.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        count: v.nodes.length,
        nodes: v.nodes.slice(0, shown).map((node) => ({ target: node.target.join(' '), summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim() })),
      }));
    },
    { tags: WCAG_TAGS, shown: NODES_SHOWN },
  );
}

async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((violation) => violation.impact !== null && FAILING_IMPACTS.has(violation.impact));
}

function tourOf(tab: string): TabVisit {
  return TAB_VISITS.find((visit) => visit.tab === tab)!;
}

/** A tour visit taken one step further: `then` runs on the filled page. */
function further(tab: string, then: (page: Page) => Promise<void>): TabVisit {
  return {
    tab,
    fill: async (page) => {
      await tourOf(tab).fill(page);
      await then(page);
    },
  };
}

/** Each tab as the tour fills it, and the states a tour visit does not reach: a selected node, the reader, results, notes. */
const AXE_VISITS: readonly { readonly name: string; readonly language: Language; readonly visit: TabVisit }[] = [
  ...TAB_VISITS.map((visit) => ({ name: `${visit.tab} tab`, language: 'zh' as const, visit })),
  {
    name: 'explorer tab with a node selected, its actions and the legend',
    language: 'zh',
    visit: further('explorer', async (page) => {
      const region = await page.evaluate(() => window.__explorerTestApi!.ids().find((id) => id.startsWith('region:'))!);
      await page.evaluate((id) => window.__explorerTestApi!.select(id), region);
      await page.locator('[data-testid="details-panel"] code.details-id', { hasText: region }).waitFor();
      await page.getByTestId('legend').waitFor();
    }),
  },
  {
    name: 'document reader opened from the evidence of a responsibility',
    language: 'zh',
    visit: further('explorer', async (page) => {
      await page.getByTestId('details-panel').getByTestId('evidence-read').first().click();
      await page.getByTestId('document-reader').getByTestId('reader-text').waitFor();
    }),
  },
  {
    name: 'matrix tab with inferred ownership shown (hatched cells)',
    language: 'zh',
    visit: further('matrix', async (page) => {
      // 青海省 states its owners; every seed plan's region together has inferred ones.
      for (const region of await page.getByTestId('matrix-region').all()) await region.check();
      await page.getByTestId('matrix-inferred').check();
      await page.locator('[data-testid="matrix-cell"].cell-has-inferred').first().waitFor();
    }),
  },
  {
    name: "across tab with one region's closest plans and a shared strategy opened",
    language: 'zh',
    visit: further('across', async (page) => {
      await page.getByTestId('similar-select').selectOption('青海省');
      await page.locator('[data-testid="similarity-row"][data-region="青海省"]').first().waitFor();
      await page.locator('[data-testid="strategy"] summary').first().click();
      await page.getByTestId('strategy-region').first().waitFor();
    }),
  },
  {
    name: 'patterns tab with a condition and the results of a run',
    language: 'zh',
    visit: further('patterns', async (page) => {
      // The tour's new condition has no value yet (the run is disabled until it has one).
      await page.getByTestId('pattern-filter-property-0').selectOption('name');
      await page.getByTestId('pattern-filter-operator-0').selectOption('CONTAINS');
      await page.getByTestId('pattern-filter-value-0').fill('商务');
      await page.getByTestId('pattern-run').click();
      await page.getByTestId('result-view').waitFor();
    }),
  },
  {
    name: 'console tab with the results of a query beside a saved-query form',
    language: 'zh',
    visit: further('console', async (page) => {
      await page.getByTestId('console-run').click();
      await page.locator('[data-testid="result-view"] table').waitFor();
    }),
  },
  {
    name: "documents tab with a document's extraction notes open",
    language: 'zh',
    visit: further('documents', async (page) => {
      await page.getByTestId('notes-toggle').first().click();
      await page.getByTestId('document-notes').waitFor();
    }),
  },
  // Names and colours are the same in both languages; English checks the names given in English (the editor's).
  { name: 'explorer tab in English', language: 'en', visit: tourOf('explorer') },
  { name: 'console tab in English', language: 'en', visit: tourOf('console') },
];

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  const session = useExplorerSession();

  for (const { name, language, visit } of AXE_VISITS) {
    it(`finds no serious or critical violation: ${name} (${language})`, async () => {
      const page = await openTab(session.browser, session.server.url, visit, language);
      try {
        expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
      } finally {
        await page.close();
      }
    });
  }

  it('reports a violation a page does have (the check can fail)', async () => {
    const page = await session.browser.newPage();
    try {
      // A page of the app's origin (so the script route applies), replaced by one with a faint text and an unlabelled input.
      await page.goto(`${session.server.url}/?tab=documents`);
      await page.setContent(
        '<html lang="en"><head><title>t</title></head><body><main><input type="text"><p style="color:#bbb;background:#fff">faint text</p></main></body></html>',
      );
      const violations = await seriousViolations(page);
      expect(violations.map((violation) => violation.id).sort()).toEqual(['color-contrast', 'label']);
      expect(violations.find((violation) => violation.id === 'color-contrast')!.nodes[0]!.summary).toMatch(/contrast of 1\.\d+/);
    } finally {
      await page.close();
    }
  });
});
