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

describe('rule plan-named-in-release', () => {
  const sectors = (text: string) =>
    extractDocument(text, { documentId: 'spec' })
      .nodes.filter((node) => node.label === 'Sector')
      .map((node) => `${node.name}:${node.properties['sectorType']}`);

  it('takes the sector of the plan a title-less release opens with (雅安 2022, 湖北 2021, 甘肃 2016)', () => {
    expect(sectors('近日，《雅安市“十四五”现代物流发展规划》已经市委常委会审定，并由市政府印发实施。规划共9章36节。\n')).toEqual(['现代物流:modern-logistics']);
    expect(sectors('11月10日从省发改委获悉，湖北省发布《湖北省服务业发展“十四五”规划》，提出努力建设全国重要的商贸物流中心。\n')).toEqual(['服务业:services']);
    expect(sectors('甘肃全面推进快递业发展\n本文来源：新华\n近日，省政府出台《全面推进快递业发展的实施意见》，全面推进快递业健康快速发展。\n')).toEqual([
      '快递业:freight-logistics',
    ]);
  });

  it('reads a plan name with its period in brackets, but not a book or a name far into the page (泸州 2021)', () => {
    expect(sectors('近日，《泸州市“十四五”服务业发展规划（2021—2025）》（以下简称《规划》）正式印发实施。\n')).toEqual(['服务业:services']);
    expect(sectors('近日，记者从市商务局获悉，《旅游》杂志刊登了本市的文章。\n')).toEqual([]);
  });
});

describe('rule economy-is-no-sector', () => {
  const sectors = (text: string) =>
    extractDocument(text, { documentId: 'spec' })
      .nodes.filter((node) => node.label === 'Sector')
      .map((node) => `${node.name}:${node.properties['sectorType']}`);

  it('makes no sector of the whole economy a 纲要 or a resolution on one is about (葫芦岛 2021, 镇坪 2016)', () => {
    expect(sectors('葫芦岛市国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n第一章 发展基础与环境\n')).toEqual([]);
    expect(sectors('镇坪县第十七届人民代表大会第六次会议关于镇坪县国民经济和社会发展第十三个五年规划纲要决议\n会议决定批准。\n')).toEqual([]);
  });

  it('reads the sectors such a text sets out by its headings, as a work report’s', () => {
    expect(sectors('某县国民经济和社会发展第十四个五年规划纲要\n第五章 加快发展现代服务业\n推动生产性服务业向专业化延伸。\n')).toEqual([
      '现代服务业:modern-services',
    ]);
  });
});
