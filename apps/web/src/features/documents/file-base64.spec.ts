import { bytesToBase64 } from './file-base64';

describe('bytesToBase64', () => {
  it('matches Node for UTF-8 Chinese text and for inputs larger than one chunk', () => {
    const text = new TextEncoder().encode('青海省服务业高质量发展'.repeat(5_000));
    expect(bytesToBase64(text)).toBe(Buffer.from(text).toString('base64'));
  });

  it('keeps bytes that are not valid UTF-8 (GBK files go to the API untouched)', () => {
    const gbk = new Uint8Array([0xc7, 0xe0, 0xba, 0xa3]);
    expect(bytesToBase64(gbk)).toBe('x+C6ow==');
  });
});
