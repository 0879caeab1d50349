import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { OwnershipMatrixPage } from './pages/ownership-matrix.page';

describe('ownership matrix', () => {
  const session = useExplorerSession();

  it('shows lead / co-responsible / support counts per department and sector type and the quotes behind a cell', async () => {
    const matrix = await OwnershipMatrixPage.open(session.browser, session.server.url);
    await matrix.pickRegion('青海省');

    // Qinghai's plan states no lead: the provincial commerce department is co-responsible, listed first (presumed lead) for some tasks.
    const cell = matrix.cell('省商务厅').first();
    const lead = Number(await cell.getAttribute('data-lead'));
    const co = Number(await cell.getAttribute('data-co-responsible'));
    const support = Number(await cell.getAttribute('data-support'));
    expect(lead).toBe(0);
    expect(co).toBeGreaterThan(0);
    await expect(cell.innerText()).resolves.toBe(`${lead}/${co}/${support}`);

    // Each kind of cell has its own outline, the same as its legend swatch; without inferred ownership no inferred kind.
    await expect(matrix.legendKinds()).resolves.toEqual(['lead', 'presumed', 'shared']);
    const kinds = await matrix.page.getByTestId('matrix-cell').evaluateAll((cells) => [...new Set(cells.map((c) => c.getAttribute('data-kind')))]);
    expect(kinds).toEqual(expect.arrayContaining(['presumed', 'shared']));
    expect(kinds).not.toContain('inferred');
    for (const kind of kinds)
      await expect(matrix.outlineOf(matrix.page.locator(`[data-testid="matrix-cell"][data-kind="${kind}"]`).first())).resolves.toBe(
        await matrix.outlineOf(matrix.legendSwatch(kind!)),
      );
    const outlines = await Promise.all(['lead', 'presumed', 'shared'].map((kind) => matrix.outlineOf(matrix.legendSwatch(kind))));
    expect(new Set(outlines).size).toBe(3);

    // Column headers: readable names side by side, never raw ids.
    const headers = matrix.page.getByTestId('matrix-column');
    const names = await headers.allInnerTexts();
    const titles = await headers.evaluateAll((cells) => cells.map((c) => c.getAttribute('title') ?? ''));
    expect(names.length).toBeGreaterThan(1);
    expect(names.join('')).not.toMatch(/[a-z]+:/);
    expect(titles.join('')).not.toMatch(/[a-z]+:/);
    const boxes = await headers.evaluateAll((cells) =>
      cells.map((c) => c.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, width: r.width, height: r.height })),
    );
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right - 1);
    // Wider than tall: the names run horizontally.
    expect(Math.max(...boxes.map((b) => b.height))).toBeLessThan(80);
    const frameBefore = (await matrix.page.getByTestId('ownership-matrix').locator('xpath=..').boundingBox())!;

    const quotes = await matrix.openCell(cell);
    // The grid keeps its size when a cell's clauses open below it.
    const frameAfter = (await matrix.page.getByTestId('ownership-matrix').locator('xpath=..').boundingBox())!;
    expect(frameAfter.height).toBeGreaterThan(frameBefore.height - 2);
    expect(frameAfter.height).toBeGreaterThan(150);
    expect(quotes.some((quote) => quote.includes('省商务厅'))).toBe(true);
    await expect(matrix.page.locator('[data-testid="matrix-clause"] mark').first().innerText()).resolves.toBe('省商务厅');

    // Beside the grid: who leads most, and what nobody owns.
    await expect(matrix.topLeads()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('省商务厅')]));
    await expect(matrix.unownedCount()).resolves.toBeGreaterThan(0);
    await screenshot(matrix.page, 'ownership-matrix');

    // The cell's department and items go to the explorer canvas.
    await matrix.page.getByTestId('matrix-add-to-canvas').click();
    await matrix.page.waitForFunction(() => (window.__explorerTestApi?.count('Department') ?? 0) > 0);
    await expect(matrix.page.evaluate(() => window.__explorerTestApi!.ids())).resolves.toContain('department:青海省:省商务厅');
    await matrix.page.close();
  });

  it('flags departments only inference gives (no document names them) when inferred ownership is shown', async () => {
    const { records } = await session.server.connection.driver.executeQuery(
      `MATCH (d:Department {inferred: true})<-[:RESPONSIBLE {basis: 'inferred'}]-() RETURN d.region AS region, d.name AS name LIMIT 1`,
    );
    expect(records.length).toBe(1);
    const region: string = records[0]!.get('region');
    const name: string = records[0]!.get('name');
    const matrix = await OwnershipMatrixPage.open(session.browser, session.server.url);
    await matrix.page.getByTestId('matrix-inferred').check();
    await matrix.pickRegion(region);
    const row = matrix.page.locator('th.matrix-row', { hasText: name });
    await expect(row.getByTestId('matrix-inferred-department').innerText()).resolves.toBe('推断的部门');
    await expect(row.getAttribute('title')).resolves.toBe(`${name}：没有文档提到这个部门，它只由推断得出。`);

    // Inferred-only cells: hatched with a dotted outline (as in the legend), their confidence on hover and in the cell's panel.
    await expect(matrix.legendKinds()).resolves.toEqual(['lead', 'presumed', 'shared', 'inferred', 'mixed']);
    const inferredCell = matrix.page.locator('[data-testid="matrix-cell"][data-kind="inferred"]').first();
    const outline = await matrix.outlineOf(inferredCell);
    expect(outline).toMatch(/^dotted .*repeating-linear-gradient/);
    await expect(matrix.outlineOf(matrix.legendSwatch('inferred'))).resolves.toBe(outline);
    await expect(inferredCell.innerText()).resolves.toMatch(/^≈[1-9]\d*$/);
    const confidence = await inferredCell.getAttribute('data-confidence');
    expect(confidence).toMatch(/^0\.\d\d(–0\.\d\d)?$|^1\.00$/);
    await expect(inferredCell.getAttribute('title')).resolves.toContain(`置信度 ${confidence}`);
    await inferredCell.click();
    await expect(matrix.page.getByTestId('cell-inferred-confidence').innerText()).resolves.toContain(`置信度 ${confidence}`);
    await matrix.page.getByTestId('clause-inferred').first().waitFor();
    const clauseConfidences = (await matrix.page.getByTestId('clause-inferred').allInnerTexts()).map((text) => Number(/置信度 (\d\.\d\d)/.exec(text)?.[1]));
    const [low, high] = confidence!.split('–').map(Number);
    for (const value of clauseConfidences) expect(value >= low! - 0.005 && value <= (high ?? low!) + 0.005).toBe(true);
    // 青海省 names its departments: none is flagged, inferred ownership shown or not.
    await matrix.page.locator(`[data-testid="matrix-region"][value="${region}"]`).uncheck();
    await matrix.pickRegion('青海省');
    await matrix.page.locator('th.matrix-row', { hasText: '省商务厅' }).waitFor();
    expect(await matrix.page.locator('th.matrix-row').count()).toBeGreaterThan(5);
    expect(await matrix.page.getByTestId('matrix-inferred-department').count()).toBe(0);
    await matrix.page.close();
  });

  it('keeps regions, inferred ownership and the open cell in the link, so a reload reopens the same cell', async () => {
    const matrix = await OwnershipMatrixPage.open(session.browser, session.server.url);
    await matrix.page.getByTestId('matrix-inferred').check();
    await matrix.pickRegion('青海省');
    const cell = matrix.cell('省商务厅').first();
    const column = await cell.getAttribute('data-column');
    await matrix.openCell(cell);
    const heading = await matrix.page.locator('[data-testid="cell-clauses"] h3').innerText();
    await matrix.page.waitForFunction(() => /[?&]mcd=/.test(window.location.search) && /[?&]mi=1/.test(window.location.search));

    await matrix.page.reload();
    await matrix.page.getByTestId('matrix-clause').first().waitFor();
    await expect(matrix.page.locator('[data-testid="matrix-region"][value="青海省"]').isChecked()).resolves.toBe(true);
    await expect(matrix.page.getByTestId('matrix-inferred').isChecked()).resolves.toBe(true);
    await expect(matrix.page.locator('[data-testid="cell-clauses"] h3').innerText()).resolves.toBe(heading);
    const pressed = matrix.page.locator('[data-testid="matrix-cell"][aria-pressed="true"]');
    await expect(pressed.count()).resolves.toBe(1);
    await expect(pressed.getAttribute('data-department')).resolves.toBe('省商务厅');
    await expect(pressed.getAttribute('data-column')).resolves.toBe(column);
    await matrix.page.close();
  });
});
