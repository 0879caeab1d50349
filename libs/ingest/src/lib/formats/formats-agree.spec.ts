import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '@policygraph/extract';
import type { ExtractionResult } from '@policygraph/graph-types';
import { extractText } from './extract-text';

const FIXTURES = join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'formats');
const PASSAGE = 'qinghai-services'; // seeds/004 (Qinghai): two tasks with （责任单位：…）, one with a 13% indicator, and a table

interface PlanFacts {
  /** "project → department (role)" for every RESPONSIBLE relationship. */
  readonly ownership: string[];
  /** "indicator = value unit @ year" for every Indicator node. */
  readonly indicators: string[];
}

async function factsOf(file: string): Promise<PlanFacts & { text: string; result: ExtractionResult }> {
  const { text } = await extractText(readFileSync(join(FIXTURES, file)), file);
  const result = extractDocument(text, { documentId: PASSAGE, fileName: file });
  const name = new Map(result.nodes.map((node) => [node.id, node.name]));
  const ownership = result.relationships
    .filter((relationship) => relationship.type === 'RESPONSIBLE')
    .map((relationship) => `${name.get(relationship.from)} → ${name.get(relationship.to)} (${relationship.properties['role']})`)
    .sort();
  const indicators = result.nodes
    .filter((node) => node.label === 'Indicator')
    .map((node) => `${node.name} = ${node.properties['targetValue']} ${node.properties['unit']} @ ${node.properties['targetYear']}`)
    .sort();
  return { ownership, indicators, text, result };
}

describe('extractText', () => {
  let reference: PlanFacts;

  beforeAll(async () => {
    reference = await factsOf(`${PASSAGE}.txt`);
  });

  it('finds ownership and indicator facts in the plain-text passage the other formats are compared with', () => {
    expect(reference.ownership).toContainEqual(expect.stringMatching(/→ 省交通运输厅 \(co-responsible\)$/));
    expect(reference.indicators).toContainEqual(expect.stringMatching(/社会物流总费用占地区生产总值比重 = 13 % @ 2025$/));
    expect(reference.indicators).toContainEqual(expect.stringMatching(/^金融业增加值 = 300 亿元 @ 2025$/)); // from the table
  });

  it.each([`${PASSAGE}.pdf`, `${PASSAGE}.docx`, `${PASSAGE}.html`, `${PASSAGE}.gbk.html`])(
    'yields the same ownership and indicator facts as the plain text when the passage comes as %s',
    async (file) => {
      const facts = await factsOf(file);
      expect(facts.ownership).toEqual(reference.ownership);
      expect(facts.indicators).toEqual(reference.indicators);
    },
  );

  it.each([`${PASSAGE}.pdf`, `${PASSAGE}.docx`, `${PASSAGE}.gbk.html`])('quotes evidence exactly from the extracted text when reading %s', async (file) => {
    const { text, result } = await factsOf(file);
    const evidence = [...result.nodes, ...result.relationships].flatMap((fact) => fact.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const quote of evidence) expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
  });
});
