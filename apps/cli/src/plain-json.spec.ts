import { toPlainJson } from './plain-json';

describe('toPlainJson', () => {
  it('writes Maps as objects and Sets as arrays, and leaves out functions and undefined members', () => {
    const value = {
      nodes: new Map([['Goal', [{ id: 'g', extra: undefined }]]]),
      tags: new Set(['a', 'b']),
      lookup: () => 1,
      when: new Date(Date.UTC(2026, 0, 2)),
    };
    const plain = toPlainJson(value);
    expect(plain).toEqual({ nodes: { Goal: [{ id: 'g' }] }, tags: ['a', 'b'], when: '2026-01-02T00:00:00.000Z' });
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });

  it('refuses what JSON would change silently, naming where it is', () => {
    expect(() => toPlainJson({ a: [1, Number.NaN] })).toThrow('$.a[1] is NaN');
    expect(() => toPlainJson({ b: [undefined] })).toThrow('$.b[0] is undefined');
    expect(() => toPlainJson({ c: 1n })).toThrow('$.c is a bigint');
    expect(() => toPlainJson({ d: new Map([[1, 'x']]) })).toThrow('$.d is a Map with a number key');
  });
});
