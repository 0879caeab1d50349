import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { DocumentsPage } from './pages/documents.page';

/** A small plan: a goal with a year and a task with its responsible departments. */
const PLAN = [
  '海东市现代物流发展工作方案',
  '',
  '一、发展目标',
  '到2025年，全市社会物流总费用占地区生产总值比重下降到13%。',
  '',
  '二、重点任务',
  '（一）建设冷链物流中心。（责任单位：市商务局、市交通运输局）',
  '',
].join('\n');

describe('documents upload', () => {
  const session = useExplorerSession();

  it('imports a .txt chosen through the drop zone and lists it with its fact counts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'policygraph-upload-')), 'haidong-logistics.txt');
    writeFileSync(file, PLAN, 'utf8');
    const documents = await DocumentsPage.open(session.browser, session.server.url);
    const { page } = documents;

    const report = await documents.upload(file);
    // A rerun on the same database finds the same content unchanged.
    expect(report).toMatch(/^haidong-logistics\.txt：(新增|未变化（文本和事实相同）|已替换)，\d+ 个节点，\d+ 条关系，\d+ 个问题（编码 utf-8）$/);
    expect(Number(/(\d+) 个节点/.exec(report)?.[1])).toBeGreaterThan(0);

    const row = page.getByTestId('documents-table').locator('tr', { hasText: 'haidong-logistics' });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/目标 1/);
    await screenshot(page, 'documents-upload');
    await page.close();
  });
});
