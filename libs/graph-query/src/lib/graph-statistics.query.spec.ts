import { renumberBySize } from './graph-statistics.query';

describe('renumberBySize', () => {
  it('numbers communities 0… from the largest, ties by first member, keeping who is with whom', () => {
    expect(renumberBySize([907, 12, 12, 907, 12, 5])).toEqual([1, 0, 0, 1, 0, 2]);
    expect(renumberBySize([3, 3, 8, 8])).toEqual([0, 0, 1, 1]);
    expect(renumberBySize([])).toEqual([]);
  });
});
