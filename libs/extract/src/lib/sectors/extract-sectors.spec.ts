import type { ExtractionResult } from '@policygraph/graph-types';
import { extractDocument } from '../../index';
import { readGold, readSeed } from '../../test-support/seeds';

const sectorsOf = (result: ExtractionResult) => result.nodes.filter((node) => node.label === 'Sector');

function chainFrom(result: ExtractionResult, sectorName: string) {
  const sector = sectorsOf(result).find((node) => node.name === sectorName)!;
  const goals = result.relationships.filter((rel) => rel.type === 'HAS_GOAL' && rel.from === sector.id).map((rel) => rel.to);
  const projects = result.relationships
    .filter((rel) => rel.type === 'PURSUED_BY' && goals.includes(rel.from))
    .map((rel) => result.nodes.find((node) => node.id === rel.to)!.name);
  return { sector, goals, projects };
}

describe('Yunnan sectors despite Kangxi radicals (seed 000)', () => {
  const stem = '000_ad0bcd6cafebff4e';
  const text = readSeed(stem);
  const result = extractDocument(text, { documentId: stem });

  it('finds every numbered sector heading, with the document’s own name and the shared type', () => {
    const gold = readGold<{ sectors: Array<{ name: string; type: string }> }>(stem).sectors;
    for (const expected of gold) {
      expect(sectorsOf(result).map((node) => `${node.name}:${node.properties['sectorType']}`)).toContain(`${expected.name}:${expected.type}`);
    }
  });

  it('links 旅游文化 to the standard 文化旅游 type, its region, and its tasks despite the heading running into the text', () => {
    const { sector, goals, projects } = chainFrom(result, '旅游文化');
    expect(result.relationships).toContainEqual(expect.objectContaining({ type: 'INSTANCE_OF', from: sector.id, to: 'sectortype:culture-tourism' }));
    expect(result.nodes.find((node) => node.id === 'sectortype:culture-tourism')?.name).toBe('文化旅游');
    expect(result.relationships).toContainEqual(expect.objectContaining({ type: 'HAS_SECTOR', from: 'region:云南省', to: sector.id }));
    expect(goals).toHaveLength(1);
    expect(projects).toEqual(expect.arrayContaining(['构建全域旅游发展新格局', '推进设施高端化', '推进服务智慧化', '推进品质标准化']));
    expect(sector.evidence[0].section).toEqual(['三、重点领域', '（一）持续壮大万亿级支柱服务业', '1.旅游文化']);
  });

  it('quotes the original radicals while matching the normalized text', () => {
    const sector = sectorsOf(result).find((node) => node.name === '数字服务')!;
    expect(sector.evidence[0].quote).toBe(text.slice(sector.evidence[0].start, sector.evidence[0].end));
    const place = result.nodes.find((node) => node.id === 'place:532532');
    expect(place?.name).toBe('河口瑶族自治县');
    expect(place?.evidence.some((evidence) => evidence.quote.includes('河⼜'))).toBe(true);
  });
});

describe('Hunan numbered sectors under producer/consumer groups (seed 002)', () => {
  const stem = '002_897085f89d9a9635';
  const result = extractDocument(readSeed(stem), { documentId: stem });

  it('finds sectors 1–12 with their types', () => {
    const gold = readGold<{ sectors: Array<{ name: string; type: string }> }>(stem).sectors;
    const found = sectorsOf(result).map((node) => `${node.name}:${node.properties['sectorType']}`);
    for (const expected of gold) expect(found).toContain(`${expected.name}:${expected.type}`);
  });

  it('nests numbered sectors under their group heading in evidence, and reads mid-paragraph lead sentences as tasks', () => {
    const { sector, projects } = chainFrom(result, '现代物流');
    expect(sector.evidence[0].section.slice(0, 2)).toEqual(['五、构建服务业发展新体系', '（二）打造高效商贸流通体系']);
    expect(projects).toEqual(expect.arrayContaining(['推进多式联运发展', '完善冷链物流系统', '健全城乡物流配送网络', '发展供应链物流']));
  });

  it('measures the 旅游业 goal with its 2025 target', () => {
    const { goals } = chainFrom(result, '旅游业');
    const measured = result.relationships
      .filter((rel) => rel.type === 'MEASURED_BY' && goals.includes(rel.from))
      .map((rel) => result.nodes.find((node) => node.id === rel.to)!);
    expect(measured.map((node) => [node.properties['targetValue'], node.properties['unit']])).toContainEqual([1.5, '万亿元']);
  });

  it('resolves the 长株潭 cluster to its three cities', () => {
    const located = ['430100', '430200', '430300'].map((code) => result.nodes.find((node) => node.id === `place:${code}`));
    expect(located.every((node) => node !== undefined)).toBe(true);
  });
});

describe('sectors beyond services (农业, 制造业, 教育)', () => {
  it('types a plan on 学前教育 as education and a heading on 先进制造业 as manufacturing, 教育培训 staying a service (杭州 2005, 开封 2020)', () => {
    const education = extractDocument('杭州市人民政府关于加快学前教育改革与发展的若干意见\n一、明确目标任务\n', { documentId: 'hz' });
    expect(sectorsOf(education).map((node) => `${node.name}:${node.properties['sectorType']}:${node.properties['group']}`)).toEqual([
      '学前教育:education:public',
    ]);
    const plan = extractDocument('某市服务业发展规划\n一、主要任务\n（一）大力发展先进制造业\n推动智能制造。\n（二）加快发展教育培训\n支持职业培训。\n', {
      documentId: 'plan',
    });
    expect(sectorsOf(plan).map((node) => `${node.name}:${node.properties['sectorType']}`)).toEqual(
      expect.arrayContaining(['先进制造业:manufacturing', '教育培训:education-training']),
    );
  });
});
