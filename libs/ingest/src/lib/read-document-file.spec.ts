import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isPolicyGraphError } from '@policygraph/graph-types';
import { collectInputFiles } from './collect-input-files';
import { readDocumentBytes, readDocumentFile } from './read-document-file';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'formats');

describe('readDocumentFile', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'policygraph-formats-'));
    mkdirSync(join(folder, '2020'));
    copyFileSync(join(FIXTURES, 'qinghai-services.pdf'), join(folder, 'a.pdf'));
    copyFileSync(join(FIXTURES, 'qinghai-services.docx'), join(folder, '2020', 'b.docx'));
    copyFileSync(join(FIXTURES, 'qinghai-services.html'), join(folder, '2020', 'c.htm'));
    copyFileSync(join(FIXTURES, 'qinghai-services.gbk.html'), join(folder, 'd.html'));
    copyFileSync(join(FIXTURES, 'qinghai-services.txt'), join(folder, 'e.txt'));
    writeFileSync(join(folder, 'f.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(folder, 'g.zip'), Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000plans/a.txt'));
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reads PDF, DOCX, HTML and text files found in a folder and keeps the INPUT_BINARY error for images and archives', async () => {
    const outcomes: Record<string, string> = {};
    for (const file of await collectInputFiles([folder])) {
      try {
        outcomes[basename(file.path)] = (await readDocumentFile(file.path)).format;
      } catch (error) {
        outcomes[basename(file.path)] = isPolicyGraphError(error) ? error.code : String(error);
      }
    }
    expect(outcomes).toEqual({
      'a.pdf': 'pdf',
      'b.docx': 'docx',
      'c.htm': 'html',
      'd.html': 'html',
      'e.txt': 'text',
      'f.png': 'INPUT_BINARY',
      'g.zip': 'INPUT_BINARY',
    });
  });

  it('hashes the extracted text, so the hash does not depend on the format the plan came in', async () => {
    const html = await readDocumentFile(join(folder, 'd.html'));
    expect(html).toMatchObject({ documentId: 'd', fileName: 'd.html', format: 'html', encoding: 'gb18030' });
    expect(html.contentHash).toBe(createHash('sha256').update(html.text).digest('hex'));
    const sameText = await readDocumentBytes(Buffer.from(html.text, 'utf8'), 'd.txt');
    expect(sameText.contentHash).toBe(html.contentHash);
  });

  it('reports an empty document, naming the file, when a page holds nothing but navigation', async () => {
    const chromeOnly = Buffer.from('<html><body><nav><a>首页</a><a>政务公开</a></nav><footer>版权所有</footer></body></html>');
    await expect(readDocumentBytes(chromeOnly, 'nav-only.html')).rejects.toMatchObject({
      code: 'INPUT_EMPTY',
      message: expect.stringMatching(/^nav-only\.html contains no text/),
    });
  });
});
