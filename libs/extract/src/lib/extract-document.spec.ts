import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import type { ExtractionResult } from '@policygraph/graph-types';
import { extractDocument } from '../index';

const FRAGMENTS = [
  '青海省人民政府办公厅\n关于推动服务业发展的实施意见\n',
  '昆明市人民政府关于印发昆明市“十四五”规划的通知\n',
  '青政办〔2020〕62号\n',
  '2020年8月13日\n',
  '一、总体要求\n',
  '（一）发展目标。',
  '(二)',
  '1.现代物流',
  '专栏1 主要指标\n',
  '第一章 发展基础\n',
  '第三条 ',
  '——坚持创新。',
  '到2025年，服务业增加值占地区生产总值比重53%左右，',
  '年均增长7%左右。',
  '突破1.4万亿元',
  '[7500]',
  '>98',
  '72左右',
  '（责任单位：省商务厅、省发展改革委，各市州人民政府）',
  '(牵头单位:省商务厅;配合单位:省财政厅、省税务局)',
  '（省商务厅牵头，省财政厅配合）',
  '\t序号\n\t指标名称\n\t单位\n\t2020年\n\t2025年\n',
  '\t1\n\t服务业增加值\n\t亿元\n\t100\n\t200\n',
  '序号\n\n指标名称\n\n单位\n\n1\n\n地区生产总值\n\n亿元\n\n6733\n\n',
  '旅游文化',
  '现代物流',
  '⼜岸',
  '⼈⺠',
  '格尔木、德令哈、共和等',
  '长株潭',
  '西宁',
  '\n',
  '\n\n',
  '。',
  '\r\n',
  '  ',
  '\u3000',
  '（',
  '）',
];
const planLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(''));
const anyText = fc.oneof(planLike, fc.string({ unit: 'binary', maxLength: 200 }));

function allEvidence(result: ExtractionResult) {
  return [
    ...result.nodes.flatMap((node) => node.evidence),
    ...result.relationships.flatMap((rel) => rel.evidence),
    ...result.issues.flatMap((issue) => (issue.evidence ? [issue.evidence] : [])),
  ];
}

describe('extractDocument on arbitrary input', () => {
  it('never throws and every evidence quote is exactly the original slice', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = extractDocument(text, { documentId: 'prop' });
        for (const evidence of allEvidence(result)) {
          expect(evidence.quote).toBe(text.slice(evidence.start, evidence.end));
          expect(evidence.start).toBeGreaterThanOrEqual(0);
          expect(evidence.end).toBeLessThanOrEqual(text.length);
        }
        expect(result.issues.filter((issue) => issue.code === 'EXTRACTION_STAGE_FAILED')).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic: same input, same ids in the same order', () => {
    fc.assert(
      fc.property(planLike, (text) => {
        const first = extractDocument(text, { documentId: 'd' });
        const second = extractDocument(text, { documentId: 'd' });
        expect(second.nodes.map((node) => node.id)).toEqual(first.nodes.map((node) => node.id));
        expect(second.relationships.map((rel) => `${rel.type}${rel.from}${rel.to}`)).toEqual(
          first.relationships.map((rel) => `${rel.type}${rel.from}${rel.to}`),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('stores only Neo4j-storable property values and connects every relationship to existing nodes', () => {
    fc.assert(
      fc.property(planLike, (text) => {
        const result = extractDocument(text, { documentId: 'd' });
        const ids = new Set(result.nodes.map((node) => node.id));
        for (const rel of result.relationships) {
          expect(ids.has(rel.from)).toBe(true);
          expect(ids.has(rel.to)).toBe(true);
        }
        for (const properties of [...result.nodes, ...result.relationships].map((item) => item.properties)) {
          for (const value of Object.values(properties)) {
            const storable =
              value === null ||
              ['string', 'number', 'boolean'].includes(typeof value) ||
              (Array.isArray(value) && (value.every((v) => typeof v === 'string') || value.every((v) => typeof v === 'number')));
            expect(storable).toBe(true);
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('facts stated twice or sized, and works named in the guiding ideas (宿州 2023, 重庆 2013, 邹城 passages)', () => {
  const nodes = (text: string, label: string) => extractDocument(text, { documentId: 't' }).nodes.filter((node) => node.label === label);

  it('reads the counted list of works of a 指导思想 section, and nothing else there', () => {
    const text = [
      '关于加快建设高品质旅游强市的实施意见',
      '一、总体要求',
      '1.指导思想。坚持以文塑旅、以旅彰文，以实施旅游能级提升、旅游目的地示范引领、旅游服务升级等“三大工程”为抓手，加快建设国际旅游消费中心。',
    ].join('\n');
    expect(nodes(text, 'Project').map((node) => node.name)).toEqual(['旅游能级提升', '旅游目的地示范引领', '旅游服务升级']);
  });

  it('keeps one target stated twice, once with the place before its name (重庆市社会消费品零售总额)', () => {
    const text =
      '明确到2017年，重庆市社会消费品零售总额等主要经济指标都将翻一番，其中社会消费品零售总额将达8000亿元。\n到2017年，重庆市社会消费品零售总额将达到8000亿元，年均增长15%。';
    const [target, ...others] = nodes(text, 'Indicator');
    expect(others).toEqual([]);
    expect(target.properties).toMatchObject({ targetValue: 8000, unit: '亿元', targetYear: 2017, growth: '年均增长15%' });
    expect(target.evidence).toHaveLength(2);
  });

  it('reads a target once where a headline sums up what the body states (绵阳 2022), and one the headline alone states', () => {
    const text = [
      '绵阳明确服务业发展规划 2025年力争增加值达2600亿元',
      '来源:四川日报 发布时间:2022-02-18 选择阅读字号:[ 大 中 小 ] 阅读次数:',
      '近日,绵阳市印发《“十四五”服务业发展规划》(以下简称《规划》),提出到2025年,绵阳市服务业增加值达2600亿元,年均增长9%以上。',
    ].join('\n');
    expect(nodes(text, 'Indicator').map((node) => node.name)).toEqual(['绵阳市服务业增加值']);
    // A target the headline alone states is read from there (奉贤 2024: …专精特新企业数增幅超7成).
    const passage = readFileSync(join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'passages', 'fengxian-xinzhi-2024.txt'), 'utf8');
    expect(nodes(passage, 'Indicator').map((node) => node.properties['targetValue'])).toEqual(expect.arrayContaining([7, 1500]));
  });

  it('reads no target in what a project costs (总投资5000万美元…的森达美太平港项目), but a total to reach (总投资超过300亿元)', () => {
    expect(nodes('到2020年，依托马来西亚森达美集团总投资5000万美元、首期投资2998万美元的森达美太平港项目，发展临港经济。', 'Indicator')).toEqual([]);
    expect(nodes('到2022年，累计建成5G基站8万座，总投资超过300亿元。', 'Indicator').map((node) => node.properties['targetValue'])).toContain(300);
  });
});
