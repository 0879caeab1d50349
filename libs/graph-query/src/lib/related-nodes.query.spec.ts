import { decodeCursor, encodeCursor } from './related-nodes.query';

describe('page cursors', () => {
  it('round-trip an offset and start at zero without a cursor', () => {
    expect(decodeCursor(encodeCursor(120))).toBe(120);
    expect(decodeCursor(null)).toBe(0);
  });

  it('refuse a cursor that was not issued by the API', () => {
    expect(() => decodeCursor(Buffer.from('limit:5').toString('base64url'))).toThrow('invalid cursor');
  });
});
