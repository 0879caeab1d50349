import { readFileSync } from 'fs';
import { join } from 'path';
import type { ExtractionResult } from '@policygraph/graph-types';
import { extractDocument } from '../index';

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'extractor', name), 'utf8');

/** The roles of the departments responsible for the task (a Task, or a Project where the item is a named undertaking). */
function roles(result: ExtractionResult, task: string): Record<string, string> {
  const project = result.nodes.find((node) => (node.label === 'Task' || node.label === 'Project') && node.name === task);
  const entries = result.relationships
    .filter((rel) => rel.type === 'RESPONSIBLE' && rel.from === project?.id)
    .map((rel) => [result.nodes.find((node) => node.id === rel.to)!.name, String(rel.properties['role'])]);
  return Object.fromEntries(entries);
}

describe('structures the seeds lack', () => {
  const articles = extractDocument(fixture('labelled-roles-articles.txt'), { documentId: 'zj' });

  it('reads metadata of an action plan with a period in its title', () => {
    expect(articles.document).toMatchObject({
      region: '浙江省',
      docNumber: '浙政办发〔2023〕18号',
      issuedOn: '2023-05-06',
      period: { start: 2023, end: 2027 },
    });
    expect(articles.document.title).toBe('浙江省现代物流业发展行动方案（2023—2027年）');
  });

  it('takes roles from （牵头单位：…；配合单位：…） labels', () => {
    expect(roles(articles, '建设宁波舟山港世界一流强港')).toEqual({
      省发展和改革委员会: 'lead',
      省交通运输厅: 'support',
      省商务厅: 'support',
      宁波海关: 'support',
    });
  });

  it('takes roles from （A牵头，B、C配合） and from an inline （牵头） mark, the others in that list co-responsible', () => {
    expect(roles(articles, '发展冷链物流')).toEqual({ 省商务厅: 'lead', 省农业农村厅: 'support', 省市场监督管理局: 'support' });
    expect(roles(articles, '培育物流龙头企业')).toEqual({ 省商务厅: 'co-responsible', 省经信厅: 'lead', 省国有资产监督管理委员会: 'co-responsible' });
  });

  it('reads targets in a 第X条 layout and the places it names', () => {
    const indicator = articles.nodes.find((node) => node.label === 'Indicator' && node.properties['targetValue'] === 13.5);
    expect(indicator?.properties).toMatchObject({ unit: '%', comparator: '左右', targetYear: 2027, metric: 'logistics-cost-ratio' });
    expect(indicator?.evidence[0].section).toEqual(['第一条']);
    const places = articles.nodes.filter((node) => node.label === 'Place').map((node) => node.name);
    expect(places).toEqual(expect.arrayContaining(['杭州市', '宁波市', '金华市', '舟山市', '义乌市']));
  });

  it('turns a task table with 牵头单位 and 配合单位 columns into tasks and roles', () => {
    const table = extractDocument(fixture('task-table.txt'), { documentId: 'hb' });
    expect(table.document.region).toBe('湖北省');
    expect(roles(table, '建设武汉国际消费中心城市')).toEqual({ 省商务厅: 'lead', 省文化和旅游厅: 'support', 武汉市人民政府: 'support' });
    expect(roles(table, '发展多式联运')).toEqual({ 省交通运输厅: 'lead', 省发展和改革委员会: 'support' });
  });
});
