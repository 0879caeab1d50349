import { Bm25Index } from '../../bench/support/in-memory-bm25';

describe('Bm25Index (the in-memory baseline of bench:similar-clauses)', () => {
  const index = new Bm25Index([
    { id: 'a', terms: ['现代', '物流', '供应链', '物流'] },
    { id: 'b', terms: ['智慧', '物流', '园区'] },
    { id: 'c', terms: ['养老', '服务', '托育'] },
    { id: 'd', terms: ['服务', '品牌', '标准'] },
  ]);

  it('scores documents sharing rare words above those sharing none', () => {
    const query = ['物流', '供应链'];
    expect(index.score(query, 0)).toBeGreaterThan(index.score(query, 1));
    expect(index.score(query, 1)).toBeGreaterThan(0);
    expect(index.score(query, 2)).toBe(0);
  });

  it('weighs a rare word more than a common one', () => {
    expect(index.idf('供应链')).toBeGreaterThan(index.idf('物流'));
    expect(index.idf('不存在')).toBeGreaterThan(index.idf('供应链'));
  });

  it('lists shared words, most specific first', () => {
    expect(index.sharedTerms(['物流', '供应链', '养老'], 0)).toEqual(['供应链', '物流']);
  });
});
