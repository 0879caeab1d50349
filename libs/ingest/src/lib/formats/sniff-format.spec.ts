import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sniffFormat } from './sniff-format';

const FIXTURES = join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'formats');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const OLE2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

describe('sniffFormat', () => {
  it('goes by content before the file name', () => {
    expect(sniffFormat(fixture('qinghai-services.pdf'), 'download')).toBe('pdf');
    expect(sniffFormat(fixture('qinghai-services.docx'), 'plan.zip')).toBe('docx');
    expect(sniffFormat(fixture('qinghai-services.gbk.html'), 'plan.doc')).toBe('html'); // portals serve pages as .doc
    expect(sniffFormat(fixture('qinghai-services.txt'), 'plan.txt')).toBe('text');
  });

  it('tells the user to save as .docx or PDF when given a legacy Word .doc', () => {
    expect(() => sniffFormat(OLE2, '实施意见.doc')).toThrow(/^实施意见\.doc is a legacy Word \.doc file .*save it as \.docx or PDF/);
  });

  it('keeps the INPUT_BINARY error for images and archives', () => {
    expect(() => sniffFormat(PNG, 'scan.png')).toThrow(
      expect.objectContaining({ code: 'INPUT_BINARY', message: expect.stringMatching(/^scan\.png is a PNG image/) }),
    );
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('plans/a.txt')]);
    expect(() => sniffFormat(zip, 'plans.zip')).toThrow(
      expect.objectContaining({ code: 'INPUT_BINARY', message: expect.stringContaining('unzip it and ingest the folder') }),
    );
  });

  it('refuses a .pdf that is not a PDF, naming the file, when a download saved an error page', () => {
    expect(() => sniffFormat(Buffer.from('404 Not Found'), 'plan.pdf')).toThrow(/^plan\.pdf is named \.pdf but is not a PDF/);
    expect(() => sniffFormat(Buffer.from('<html><body>登录超时</body></html>'), 'plan.pdf')).toThrow(
      /^plan\.pdf is named \.pdf but is an HTML page: .*Download it again\.$/,
    );
  });
});
