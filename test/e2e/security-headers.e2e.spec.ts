import { useExplorerSession } from './support/explorer-session';

// The explorer must work under the API's Content Security Policy: no violation while it loads its scripts, draws the
// canvas and opens the Cypher editor (CodeMirror injects styles).
describe('explorer under the Content Security Policy', () => {
  const session = useExplorerSession();

  it('loads the explorer and the Cypher editor with the policy sent and no violation reported', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const violations: string[] = [];
    page.on('console', (message) => (/Content Security Policy/i.test(message.text()) ? violations.push(message.text()) : undefined));
    page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
    const response = await page.goto(session.server.url);
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response?.headers()['x-powered-by']).toBeUndefined();
    await page.waitForFunction(() => (window as unknown as { __explorerTestApi?: unknown }).__explorerTestApi !== undefined);
    await page.getByTestId('region-picker').waitFor();
    await page.getByTestId('tab-console').click();
    await page.locator('[data-testid="cypher-editor"] .cm-content').waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});
