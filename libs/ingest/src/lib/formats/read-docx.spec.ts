import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocx } from './read-docx';

const FIXTURES = join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'formats');

describe('readDocx', () => {
  it('puts each paragraph on one line with its bold lead sentence, and each table cell on a tab-prefixed line', async () => {
    const { text, format } = await readDocx(readFileSync(join(FIXTURES, 'qinghai-services.docx')), 'qinghai-services.docx');
    const seed = readFileSync(join(FIXTURES, 'qinghai-services.txt'), 'utf8');
    const task = seed.split('\n').find((line) => line.startsWith('(二)推动传统物流'))!;
    expect(format).toBe('docx');
    expect(text.split('\n')).toContain(task);
    expect(text).toContain('\n\n\t2\n\t金融业增加值\n\t亿元\n\t300\n\n');
  });

  it('names the file and says to save it again when the .docx package is damaged', async () => {
    const damaged = readFileSync(join(FIXTURES, 'qinghai-services.docx')).subarray(0, 2000);
    await expect(readDocx(damaged, 'damaged.docx')).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: expect.stringMatching(/^damaged\.docx is not a readable Word document .*save it again as \.docx/),
    });
  });
});
