import { zipSync } from 'fflate';
import { assertZipWithinLimits } from './zip-limits';

describe('assertZipWithinLimits', () => {
  const parts = (count: number, bytes: number): Record<string, Uint8Array> =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`part${i}.xml`, new Uint8Array(bytes)]));

  it('accepts a container within the limits', () => {
    expect(() => assertZipWithinLimits(zipSync(parts(3, 1000)), 'ok.docx', { maxEntries: 3, maxUncompressedBytes: 3000 })).not.toThrow();
  });

  it('refuses too many parts, naming the file', () => {
    expect(() => assertZipWithinLimits(zipSync(parts(4, 10)), 'many.docx', { maxEntries: 3, maxUncompressedBytes: 1e6 })).toThrow(
      /^many\.docx holds 4 parts; a Word document may hold at most 3/,
    );
  });

  it('refuses a container that unpacks to more than the limit, from the sizes its directory declares', () => {
    const zip = zipSync(parts(2, 3 * 1048576), { level: 9 });
    expect(zip.length).toBeLessThan(64 * 1024);
    expect(() => assertZipWithinLimits(zip, 'bomb.docx', { maxEntries: 10, maxUncompressedBytes: 5 * 1048576 })).toThrow(
      /^bomb\.docx unpacks to 6 MB \(from \d+ KB\); a Word document may unpack to at most 5 MB/,
    );
  });

  it('names the file when the bytes are no ZIP at all', () => {
    expect(() => assertZipWithinLimits(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'broken.docx')).toThrow(
      /^broken\.docx is not a readable Word document \(its ZIP container/,
    );
  });
});
