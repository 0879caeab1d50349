import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphql, SEEDS_DIR } from '../support/app-server';
import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { DocumentsPage } from './pages/documents.page';

/** A plan of its own (content unlike any other test's upload), with a task the seeds do not have. */
const PLAN = [
  '海东市冷链物流补短板工作方案',
  '',
  '一、发展目标',
  '到2026年，全市冷库容量达到12万吨。',
  '',
  '二、重点任务',
  '（一）建设海东冷链集配中心。（责任单位：市商务局、市农业农村局）',
  '',
].join('\n');
const QINGHAI = '004_6c3dd93e6ca21e83';

describe('documents: extraction notes and deletion', () => {
  const session = useExplorerSession();

  it("shows a document's extraction notes: sections, cues and quotes found verbatim in its text", async () => {
    const { page } = await DocumentsPage.open(session.browser, session.server.url);
    const row = page.locator(`[data-testid="document-row"][data-document-id="${QINGHAI}"]`);
    const toggle = row.getByTestId('notes-toggle');
    const label = await toggle.innerText();
    expect(label).toMatch(/^提取说明（\d+ 句）$/);
    const sentences = Number(/（(\d+) 句）/.exec(label)?.[1]);
    expect(sentences).toBeGreaterThan(0);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(toggle.innerText()).resolves.toBe('收起提取说明');
    const notes = page.getByTestId('document-notes');
    await expect(notes.locator('p').first().innerText()).resolves.toMatch(new RegExp(`^提取说明：${sentences} 个像事实的句子在 \\d+ 节中没有产生事实`));
    // Cue names in Chinese, no cue ids.
    const text = await notes.innerText();
    expect(text).toMatch(/带年份的数字|部门名称|责任标记/);
    expect(text).not.toMatch(/number-with-year|ownership-marker/);
    const quotes = await notes.locator('q').allInnerTexts();
    expect(quotes.length).toBeGreaterThan(0);
    const source = readFileSync(join(SEEDS_DIR, `${QINGHAI}.txt`), 'utf8');
    for (const quote of quotes) expect(source).toContain(quote);
    await screenshot(page, 'documents-notes');
    await page.close();
  });

  it('deletes an uploaded document after a confirmation; cancelling keeps it, the seed documents stay', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'policygraph-delete-')), 'haidong-cold-chain.txt');
    writeFileSync(file, PLAN, 'utf8');
    const tab = await DocumentsPage.open(session.browser, session.server.url);
    const { page } = tab;
    await expect(tab.upload(file)).resolves.toMatch(/^haidong-cold-chain\.txt：新增，/);

    const row = page.getByTestId('document-row').filter({ hasText: 'haidong-cold-chain' });
    await row.waitFor();
    const documentId = await row.getAttribute('data-document-id');
    const search = async (): Promise<number> => {
      const result = await graphql<{ search: unknown[] }>(session.server.url, 'query($t: String!) { search(text: $t) { node { id } } }', {
        t: '海东冷链集配中心',
      });
      return result.data?.search.length ?? -1;
    };
    expect(await search()).toBeGreaterThan(0);

    await row.getByRole('button', { name: '删除' }).click();
    const confirm = page.getByTestId('confirm-delete');
    await expect(confirm.innerText()).resolves.toMatch(/删除“海东市冷链物流补短板工作方案”及只由它支持的 \d+ 个事实？/);
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect(confirm.count()).resolves.toBe(0);
    await expect(row.count()).resolves.toBe(1);

    await row.getByRole('button', { name: '删除' }).click();
    await screenshot(page, 'documents-delete-confirm');
    await page.getByTestId('confirm-delete').getByRole('button', { name: '确认删除' }).click();
    await expect(page.getByTestId('document-deleted').innerText()).resolves.toMatch(/^已删除“海东市冷链物流补短板工作方案”：\d+ 个文档自身的节点/);
    await row.waitFor({ state: 'detached' });
    await expect(page.getByTestId('document-row').count()).resolves.toBe(5);

    const documents = await graphql<{ documents: { document: { id: string } }[] }>(session.server.url, '{ documents { document { id } } }');
    expect(documents.data?.documents.map((d) => d.document.id)).not.toContain(`document:${documentId}`);
    expect(documents.data?.documents).toHaveLength(5);
    expect(await search()).toBe(0);
    await page.close();
  });
});
