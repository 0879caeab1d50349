import * as iconv from 'iconv-lite';
import { decodeText } from './decode-text';

const PLAN = '关于推动青海省服务业高质量发展的实施意见\n（一）加强组织领导。（责任单位：省发展改革委，各市州人民政府）\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(Buffer.from(PLAN), 'a.txt')).toEqual({ text: PLAN, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN)]), 'a.txt').text).toBe(PLAN);
  });

  it('detects GBK/GB18030 and decodes it without mojibake', () => {
    expect(decodeText(iconv.encode(PLAN, 'gbk'), 'gbk.txt')).toEqual({ text: PLAN, encoding: 'gb18030' });
  });

  it('reads UTF-16 in either byte order when it has a byte-order mark', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(PLAN, 'utf-16le')]), 'le.txt').text).toBe(PLAN);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(PLAN, 'utf-16be')]), 'be.txt').text).toBe(PLAN);
  });

  it('refuses damaged UTF-8 with the offset of the first bad byte instead of guessing another encoding', () => {
    const bytes = Buffer.from(PLAN.repeat(5));
    bytes[30] = 0xff;
    expect(() => decodeText(bytes, 'broken.txt')).toThrow(/broken\.txt is UTF-8 text with invalid byte sequences \(\d+ of them; the first at byte offset 30\)/);
  });

  it('names empty and binary files and says what they are', () => {
    expect(() => decodeText(new Uint8Array(), 'empty.txt')).toThrow('empty.txt is empty');
    expect(() => decodeText(Buffer.from('\u0089PNG\r\n\u001a\n\u0000\u0000', 'latin1'), 'logo.png')).toThrow('logo.png is a binary file (PNG image)');
    expect(() => decodeText(Buffer.from('PK\u0003\u0004\u0014\u0000', 'latin1'), 'plans.zip')).toThrow(
      'plans.zip is a binary file (ZIP archive or Office document)',
    );
  });
});
