import { wordingTarget } from './wording-targets';

describe('wordingTarget', () => {
  it.each([
    ['居民收入增长和经济增长同步', '居民收入增长和经济增长同步'],
    ['全体居民人均可支配收入增长与经济增长同步', '全体居民人均可支配收入增长与经济增长同步'],
    ['粮食产量保持稳定', '粮食产量保持稳定'],
    ['单位地区生产总值二氧化碳排放降低完成国家下达任务', '单位地区生产总值二氧化碳排放降低完成国家下达任务'],
    ['完成国家下达的降碳减排任务', '完成国家下达的降碳减排任务'],
    ['固定资产投资实现正增长', '固定资产投资实现正增长'],
    ['居民收入增速高于经济增速、高于全国平均水平', '居民收入增速高于经济增速、高于全国平均水平'],
    ['生态环境质量持续改善', '生态环境质量持续改善'],
    ['进出口稳量提质', '进出口稳量提质'],
    ['居民消费价格合理回升', '居民消费价格合理回升'],
    ['全省环境空气质量保持全国前列', '环境空气质量保持全国前列'],
    ['能源、水资源、碳排放等指标达到国家要求', '能源、水资源、碳排放等指标达到国家要求'],
  ])('reads %s as a worded target', (clause, name) => {
    expect(wordingTarget(clause)?.name).toBe(name);
  });

  it.each([
    '在实际工作中努力争取更好结果',
    '努力跑赢全国',
    '在全国实现位次前移',
    '对标全国全力消减差距',
    '加快构建优势',
    '争取更优水平',
    '重点做好十个方面工作',
    '这些目标充分考虑了各方面因素',
    '提高居民基础养老金',
    '城镇调查失业率5.5%左右',
  ])('reads no target in %s', (clause) => {
    expect(wordingTarget(clause)).toBeNull();
  });

  it('gives the span of the name inside the clause', () => {
    const clause = '，确保粮食产量只增不减';
    const found = wordingTarget(clause)!;
    expect(clause.slice(found.start, found.end)).toBe('粮食产量只增不减');
  });
});
