import { extractDocument } from '../../index';

const goals = (text: string): string[] =>
  extractDocument(text, { documentId: 'spec' })
    .nodes.filter((node) => node.label === 'Goal')
    .map((node) => node.name);

describe('extractDocumentSectorAndGoals', () => {
  it('states a goal section by its own first sentence', () => {
    const text = '某市服务业发展规划\n一、发展目标\n到2025年，服务业增加值占地区生产总值比重达到55%。\n';
    expect(goals(text)).toEqual(['到2025年，服务业增加值占地区生产总值比重达到55%']);
  });

  it('reads the first text under a goal section without its own, unless that only assigns the task (大兴 2023)', () => {
    const assigned =
      '2023年区政府工作报告重点工作分工方案\n一、全区经济社会发展主要预期目标\n1.地区生产总值比上年增长4.5%以上。\n牵头领导：常务副区长\n主要责任单位：区发展改革委\n';
    expect(goals(assigned)).toEqual(['全区经济社会发展主要预期目标']);
    const stated = '关于推进人才集聚工程的实施意见\n一、总体目标\n1.目标。2012年起5年内，人才贡献率达到40%。\n二、主要任务\n';
    expect(goals(stated)).toEqual(['2012年起5年内，人才贡献率达到40%']);
  });
});
