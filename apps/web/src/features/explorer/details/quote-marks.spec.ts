import { markTerms } from './quote-marks';

describe('markTerms', () => {
  it('marks every occurrence of the longest matching term', () => {
    const segments = markTerms('（责任单位：省发展改革委、省商务厅，省发展改革委牵头）', ['省发展改革委', '发展']);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['省发展改革委', '省发展改革委']);
    expect(segments.map((s) => s.text).join('')).toBe('（责任单位：省发展改革委、省商务厅，省发展改革委牵头）');
  });

  it('ignores one-character and empty terms', () => {
    expect(markTerms('物流园区', ['物', '', '  '])).toEqual([{ text: '物流园区', marked: false }]);
  });

  it('returns nothing for an empty quote', () => {
    expect(markTerms('', ['物流'])).toEqual([]);
  });
});
