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
