import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '@policygraph/extract';
import { enrichExtraction } from './enrich-extraction';

const QINGHAI = '004_6c3dd93e6ca21e83';
const text = readFileSync(join(__dirname, '..', '..', '..', '..', 'seeds', `${QINGHAI}.txt`), 'utf8');
const result = enrichExtraction(extractDocument(text, { documentId: QINGHAI }), text);
const node = (id: string) => result.nodes.find((n) => n.id === id);

describe('enrichExtraction on the Qinghai 实施意见 (seed 004)', () => {
  it('links the 两业融合 pilot task to the 两业融合 strategy with the clause as evidence into the original text', () => {
    const applies = result.relationships.filter((rel) => rel.type === 'APPLIES' && rel.to === 'strategy:两业融合');
    const pilot = applies.find((rel) => node(rel.from)?.name === '开展两业融合试点');
    expect(pilot).toBeDefined();
    for (const rel of applies) {
      const evidence = rel.evidence[0]!;
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
    expect(node('strategy:两业融合')?.properties['source']).toContain('发改产业〔2019〕1762号');
  });

  it('gives 省商务厅 the shared function 商务 and leaves collectives without one', () => {
    const edge = result.relationships.find((rel) => rel.type === 'HAS_FUNCTION' && rel.from === 'department:青海省:省商务厅');
    expect(edge?.to).toBe('function:商务');
    expect(node('function:商务')?.label).toBe('DepartmentFunction');
    expect(result.relationships.some((rel) => rel.type === 'HAS_FUNCTION' && rel.from === 'department:青海省:各市州人民政府')).toBe(false);
  });

  it('normalizes the services share-of-GDP target: 53 %', () => {
    const share = result.nodes.find((n) => n.label === 'Indicator' && n.properties['metric'] === 'services-share-of-gdp');
    expect(share?.properties).toMatchObject({ targetYear: 2025, targetValue: 53, normalizedValue: 53, normalizedUnit: '%' });
  });

  it('stores words without the 责任单位 clause on tasks, and their bodies', () => {
    const task = result.nodes.find((n) => n.label === 'Task' && n.name === '推动传统物流向现代供应链转型升级')!;
    const terms = task.properties['terms'] as string[];
    expect(terms).toContain('物流');
    expect(terms.some((term) => term.includes('交通运输厅'))).toBe(false);
    expect(String(task.properties['bodyText'])).toContain('供应链');
  });
});
