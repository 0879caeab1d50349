import { lexiconCovers, matchStrategies } from './strategy-lexicon';

describe('matchStrategies', () => {
  it('finds 两业融合 written out in full, with offsets into the text', () => {
    const text = '推动先进制造业和现代服务业深度融合发展，开展试点。';
    const [match] = matchStrategies(text);
    expect(match?.strategy.key).toBe('两业融合');
    expect(text.slice(match!.start, match!.end)).toBe('先进制造业和现代服务业');
  });

  it('counts each strategy once per text and resolves overlapping terms to the longest', () => {
    const matches = matchStrategies('加快数字化转型，推进数字化、智慧化改造，完善服务标准体系。');
    expect(matches.map((m) => m.strategy.key)).toEqual(['数字化转型', '标准化与品牌建设']);
    expect(matches[0]!.term).toBe('数字化转型');
  });

  it('matches a term only as a word of the text, not inside an unrelated compound', () => {
    expect(matchStrategies('发展绿色化工和精细化工。').map((m) => m.strategy.key)).toEqual([]);
    expect(matchStrategies('推动产业绿色化转型。').map((m) => m.strategy.key)).toEqual(['绿色发展']);
    expect(matchStrategies('大力发展低空经济，加力扩围实施消费品以旧换新。').map((m) => m.strategy.key)).toEqual(['低空经济', '以旧换新']);
  });

  it('finds nothing in a text that applies no known strategy', () => {
    expect(matchStrategies('加强组织领导，落实工作责任。')).toEqual([]);
  });
});

describe('lexiconCovers', () => {
  it('is true for a term, a phrase containing one and a part of one; false for an unknown phrase', () => {
    expect(lexiconCovers('养老服务')).toBe(true);
    expect(lexiconCovers('社区养老服务体系')).toBe(true);
    expect(lexiconCovers('智慧物流')).toBe(false);
  });
});
