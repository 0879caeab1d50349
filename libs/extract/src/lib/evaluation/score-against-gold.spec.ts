import type { ExtractionResult, GraphNode, GraphRelationship } from '@policygraph/graph-types';
import { scoreAgainstGold } from './score-against-gold';

function node(id: string, label: GraphNode['label'], name: string, properties: GraphNode['properties'] = {}, at: number[] = []): GraphNode {
  return { id, label, name, properties, evidence: at.map((start) => ({ documentId: 'd', start, end: start + 2, quote: '', section: [] })) };
}
function rel(type: GraphRelationship['type'], from: string, to: string, properties: GraphRelationship['properties'] = {}): GraphRelationship {
  return { type, from, to, properties, evidence: [] };
}
function result(nodes: GraphNode[], relationships: GraphRelationship[] = []): ExtractionResult {
  return {
    document: { id: 'd', title: '', region: null, issuer: null, docNumber: null, issuedOn: null, period: { start: null, end: null } },
    nodes,
    relationships,
    issues: [],
  };
}

describe('scoreAgainstGold', () => {
  it('scores responsibilities as (task, department alias, role) triples', () => {
    const extraction = result(
      [
        node('p1', 'Project', '坚持创新引领，强化技术应用'),
        node('d1', 'Department', '省发展和改革委员会', { aliases: ['省发展和改革委员会', '省发展改革委'] }),
        node('d2', 'Department', '省商务厅', { aliases: ['省商务厅'] }),
      ],
      [rel('RESPONSIBLE', 'p1', 'd1', { role: 'lead' }), rel('RESPONSIBLE', 'p1', 'd2', { role: 'lead' })],
    );
    const scores = scoreAgainstGold(extraction, {
      documentId: 'd',
      responsibilities: [{ task: '坚持创新引领，强化技术应用', lead: ['省发展改革委'], support: ['省商务厅'] }],
    });
    // d1 matches as lead; d2 is extracted as lead but gold says support: one false positive, one miss.
    expect(scores.responsibilities).toEqual({ gold: 2, extracted: 2, matched: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    // Both pairs were found; one of the two has the stated role.
    expect(scores.ownership).toMatchObject({ pairsMatched: 2, rolesMatched: 1 });
    expect(scores.ownership?.misses.map((miss) => miss.text)).toEqual(['坚持创新引领，强化技术应用 → 省商务厅 (support)']);
  });

  it('scores co-responsible units and tallies ownership per convention, precision by the convention that read the edge', () => {
    const extraction = result(
      [
        node('p1', 'Project', '优化市场准入环境'),
        node('d1', 'Department', '省市场监管局', { aliases: ['省市场监管局'] }),
        node('d2', 'Department', '各县（市、区）政府', { aliases: ['各县（市、区）政府'] }),
      ],
      [
        rel('RESPONSIBLE', 'p1', 'd1', { role: 'co-responsible', presumedLead: true, convention: 'label-in-tortoise-brackets' }),
        rel('RESPONSIBLE', 'p1', 'd2', { role: 'lead', convention: 'label-line' }),
      ],
    );
    const scores = scoreAgainstGold(extraction, {
      documentId: 'd',
      responsibilities: [
        { task: '优化市场准入环境', coResponsible: ['省市场监管局'], convention: 'label-in-tortoise-brackets' },
        { task: '优化市场准入环境', coResponsible: ['各县(市、区)政府'], convention: 'label-line' },
      ],
    });
    expect(scores.responsibilities).toMatchObject({ gold: 2, extracted: 2, matched: 1 });
    expect(scores.ownership?.byConvention).toEqual({
      'label-in-tortoise-brackets': { gold: 1, found: 1, extracted: 1, right: 1 },
      'label-line': { gold: 1, found: 0, extracted: 1, right: 0 },
    });
    // ASCII brackets in the gold name match the normalized full-width ones; the role does not.
    expect(scores.ownership).toMatchObject({ pairsMatched: 2, rolesMatched: 1 });
  });

  it('matches indicators by value, unit and overlapping name, each extracted fact at most once', () => {
    const extraction = result([
      node('i1', 'Indicator', '全省实现金融业增加值', { targetValue: 300, unit: '亿元' }),
      node('i2', 'Indicator', '旅游总收入', { targetValue: 800, unit: '万元' }),
      node('i3', 'Indicator', '其他', { targetValue: 1, unit: '%' }),
    ]);
    const scores = scoreAgainstGold(extraction, {
      documentId: 'd',
      indicators: [
        { name: '金融业增加值', targetValue: 300, unit: '亿元' },
        { name: '金融业增加值', targetValue: 300, unit: '亿元' },
        { name: '旅游总收入', targetValue: 800, unit: '亿元' },
      ],
    });
    expect(scores.indicators?.matched).toBe(1);
    expect(scores.indicators?.precision).toBeCloseTo(1 / 3);
    expect(scores.indicators?.recall).toBeCloseTo(1 / 3);
  });

  it('matches targets by metric key, range and year, results by observed value and year, and counts agreeing qualifiers', () => {
    const extraction = result([
      node('i1', 'Indicator', '经济增长', {
        kind: 'target',
        targetValue: 5,
        targetHigh: 5.5,
        unit: '%',
        targetYear: 2026,
        qualifier: null,
        metric: 'gdp-growth',
      }),
      node('i2', 'Indicator', '城镇调查失业率', { kind: 'target', targetValue: 5.5, targetHigh: null, unit: '%', targetYear: 2025, qualifier: '左右' }),
      node('i3', 'Indicator', '地区生产总值', { kind: 'result', observedValue: 67665, unit: '亿元', observedYear: 2025 }),
      node('i4', 'Indicator', '城镇新增就业', { kind: 'target', targetValue: 50, targetHigh: null, unit: '万人', targetYear: 2026, qualifier: null }),
    ]);
    const scores = scoreAgainstGold(extraction, {
      documentId: 'd',
      indicators: [
        { name: '地区生产总值增长', targetValue: 5, targetHigh: 5.5, unit: '%', targetYear: 2026, qualifier: null },
        { name: '城镇调查失业率', targetValue: 5.5, targetHigh: null, unit: '%', targetYear: 2026, qualifier: '左右' },
        { name: '地区生产总值', kind: 'result', observedValue: 67665, unit: '亿元', observedYear: 2025 },
        { name: '城镇新增就业', targetValue: 50, targetHigh: null, unit: '万人', targetYear: 2026, qualifier: '以上' },
      ],
    });
    // i2 has the wrong year; i4 matches but its qualifier does not agree; the result has no qualifier golded.
    expect(scores.indicators).toMatchObject({ gold: 4, extracted: 4, matched: 3, qualifiersCompared: 2, qualifiersAgreeing: 1 });
  });

  it('scores sectors by taxonomy key and places by code or listed alternative; absent kinds are not scored', () => {
    const extraction = result([node('s1', 'Sector', '旅游文化', { sectorType: 'culture-tourism' }), node('p1', 'Place', '玉树藏族自治州', { code: '632700' })]);
    const scores = scoreAgainstGold(extraction, {
      documentId: 'd',
      sectors: [
        { name: '文化旅游', type: 'culture-tourism' },
        { name: '现代物流', type: 'modern-logistics' },
      ],
      places: [{ name: '玉树', code: '632701', alternatives: ['632700'] }],
    });
    expect(scores.sectors).toMatchObject({ matched: 1, precision: 1, recall: 0.5 });
    expect(scores.places).toMatchObject({ matched: 1, f1: 1 });
    expect(scores.projects).toBeUndefined();
  });

  it('matches project names whatever the width of their brackets', () => {
    const extraction = result([node('p1', 'Project', '中联智慧产业城（一期）'), node('p2', 'Project', '湘西机场')]);
    const scores = scoreAgainstGold(extraction, { documentId: 'd', projects: [{ name: '中联智慧产业城(一期)' }, { name: '郴州北湖机场' }] });
    expect(scores.projects).toMatchObject({ gold: 2, extracted: 2, matched: 1 });
  });

  it('matches the gold of a page in Traditional characters with the names read as Simplified (怀化 2023)', () => {
    const extraction = result([node('p1', 'Project', '“嗨购幸福怀化”消费季', {})]);
    const scores = scoreAgainstGold(extraction, { documentId: 'd', projects: [{ name: '“嗨購幸福懷化”消費季' }] });
    expect(scores.projects).toMatchObject({ gold: 1, extracted: 1, matched: 1 });
  });

  it('matches the units of a page in Traditional characters as read, in Simplified (嵊州 2022: (責任單位:市經信局))', () => {
    const extraction = result(
      [node('p1', 'Task', '深入推进数字经济系统建设'), node('d1', 'Department', '市经信局', { aliases: ['市经信局'] })],
      [rel('RESPONSIBLE', 'p1', 'd1', { role: 'co-responsible', convention: 'label-in-round-brackets' })],
    );
    const scores = scoreAgainstGold(extraction, {
      documentId: 'd',
      responsibilities: [{ task: '深入推進數字經濟系統建設', coResponsible: ['市經信局'], convention: 'label-in-round-brackets' }],
    });
    expect(scores.responsibilities).toMatchObject({ gold: 1, extracted: 1, matched: 1 });
  });

  it('gives zero precision and recall, not NaN, when nothing matches', () => {
    const scores = scoreAgainstGold(result([]), { documentId: 'd', sectors: [{ name: '现代物流', type: 'modern-logistics' }] });
    expect(scores.sectors).toEqual({ gold: 1, extracted: 0, matched: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('scores only facts with evidence inside the golded ranges of a scoped kind', () => {
    const extraction = result([
      node('s1', 'Sector', '现代物流', { sectorType: 'modern-logistics' }, [120]),
      node('s2', 'Sector', '金融服务', { sectorType: 'finance' }, [900]),
      node('s3', 'Sector', '旅游', { sectorType: 'tourism' }, [150]),
      node('p1', 'Place', '昆明', { code: '530100' }, [5, 950]),
    ]);
    const scores = scoreAgainstGold(extraction, {
      documentId: 'd',
      sectors: [{ name: '现代物流', type: 'modern-logistics' }],
      places: [{ name: '昆明', code: '530100' }],
      scope: { sectors: [{ start: 100, end: 200, section: '2.现代物流' }], places: [{ start: 900, end: 1000 }] },
    });
    // s2 lies outside the golded part and is not charged; s3 lies inside and is a false positive.
    expect(scores.sectors).toMatchObject({ extracted: 2, matched: 1, precision: 0.5, recall: 1 });
    // A node with many mentions is in scope when one of them is.
    expect(scores.places).toMatchObject({ extracted: 1, matched: 1 });
  });
});
