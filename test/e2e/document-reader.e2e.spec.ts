import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from '../support/app-server';
import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

const QINGHAI = '004_6c3dd93e6ca21e83';

describe('document reader', () => {
  const session = useExplorerSession();

  it('opens a responsibility clause in its document, scrolled to the quote, with section and task; facts in view open their nodes', async () => {
    // The last stated 责任单位 clause of the 青海省 plan: far from the first screen of the text.
    const { records } = await session.server.connection.driver.executeQuery(
      `MATCH (p:Entity {documentId: $documentId})-[r:RESPONSIBLE {basis: 'stated'}]->(d:Department) WHERE p:Project OR p:Task
       RETURN p.id AS project, p.name AS projectName, d.id AS department, r.evidenceJson AS evidenceJson`,
      { documentId: QINGHAI },
    );
    const clauses = records.map((r) => ({
      row: r,
      evidence: (JSON.parse(r.get('evidenceJson')) as { start: number; end: number; quote: string; section: string[] }[])[0]!,
    }));
    const { row, evidence } = clauses.sort((a, b) => b.evidence.start - a.evidence.start)[0]!;
    const source = readFileSync(join(SEEDS_DIR, `${QINGHAI}.txt`), 'utf8');
    expect(evidence.start).toBeGreaterThan(3_000);

    const project: string = row.get('project');
    const department: string = row.get('department');
    const explorer = await ExplorerPage.open(session.browser, `${session.server.url}/?n=${encodeURIComponent(project)}&n=${encodeURIComponent(department)}`);
    const page = explorer.page;
    await page.waitForFunction(() => window.__explorerTestApi!.count() === 2);
    await explorer.waitIdle();
    await page.evaluate((id) => window.__explorerTestApi!.select(id), `${project}>RESPONSIBLE>${department}`);
    await page.getByTestId('details-panel').getByTestId('evidence-read').first().click();

    const reader = page.getByTestId('document-reader');
    await reader.getByTestId('reader-text').waitFor();
    await expect(reader.getByTestId('reader-title').innerText()).resolves.toBe('关于推动青海省服务业高质量发展的实施意见');
    // The quote, marked, is the evidence's exact text; the text around it is the document's.
    const marked = (await reader.getByTestId('reader-quote').allInnerTexts()).join('');
    expect(marked).toBe(evidence.quote);
    expect(source.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    const shown = await reader.getByTestId('reader-text').innerText();
    expect(source).toContain(shown.slice(0, 200));
    await expect(reader.getByTestId('reader-section').innerText()).resolves.toBe(`章节: ${evidence.section.join(' › ')}`);
    await expect(reader.getByTestId('reader-task').innerText()).resolves.toBe(`所属任务: ${row.get('projectName')}`);

    // Scrolled to the quote: the mark lies inside the text box's visible area.
    const box = (await reader.getByTestId('reader-text').boundingBox())!;
    const mark = (await reader.getByTestId('reader-quote').first().boundingBox())!;
    expect(mark.y).toBeGreaterThanOrEqual(box.y);
    expect(mark.y + mark.height).toBeLessThanOrEqual(box.y + box.height);
    await screenshot(page, 'document-reader');

    // A fact in view that is not on the canvas yet opens on the canvas, selected.
    const factIds = await reader.getByTestId('reader-fact').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-id')!));
    expect(factIds).toEqual(expect.arrayContaining([project, department]));
    const other = factIds.find((id) => id !== project && id !== department && id.startsWith('project:'))!;
    expect(other).toBeDefined();
    await reader.locator(`[data-testid="reader-fact"][data-id="${other}"]`).click();
    await reader.waitFor({ state: 'detached' });
    await page.waitForFunction((id) => window.__explorerTestApi!.selectedId() === id, other);
    await expect(explorer.canvasIds()).resolves.toContain(other);
    await page.close();
  });

  it('closes with Escape and reads earlier text on demand', async () => {
    const { records } = await session.server.connection.driver.executeQuery(
      `MATCH (p:Entity {documentId: $documentId}) WHERE p:Project OR p:Task RETURN p.id AS id, p.evidenceJson AS evidenceJson`,
      { documentId: QINGHAI },
    );
    // The project read last in the text: the reader opens well after the document's start.
    const last = records
      .map((r) => ({ id: String(r.get('id')), start: (JSON.parse(r.get('evidenceJson')) as { start: number }[])[0]?.start ?? 0 }))
      .sort((a, b) => b.start - a.start)[0]!;
    const id = last.id;
    const explorer = await ExplorerPage.open(session.browser, `${session.server.url}/?n=${encodeURIComponent(id)}`);
    const page = explorer.page;
    await page.waitForFunction(() => window.__explorerTestApi!.count() === 1);
    await page.evaluate((node) => window.__explorerTestApi!.select(node), id);
    await page.getByTestId('evidence-read').first().click();
    const reader = page.getByTestId('document-reader');
    await reader.getByTestId('reader-text').waitFor();
    const position = async (): Promise<number> => Number(/第 (\d+)–/.exec(await reader.locator('.reader-position').innerText())?.[1]);
    const before = await position();
    expect(before).toBeGreaterThan(0);
    await reader.getByRole('button', { name: '显示前文' }).click();
    await page.waitForFunction((n) => Number(/第 (\d+)–/.exec(document.querySelector('.reader-position')?.textContent ?? '')?.[1]) < n, before);
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'detached' });
    await page.close();
  });
});
