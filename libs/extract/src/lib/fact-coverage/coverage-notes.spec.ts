import type { GraphNode } from '@policygraph/graph-types';
import { parseDocument } from '@policygraph/parse';
import { extractDocument } from '../extract-document';
import { readSeed, readWorkReports } from '../../test-support/seeds';
import { coverageNotes } from './coverage-notes';

const TEXT = [
  '一、2025年工作回顾',
  '城镇新增就业65万人。粮食产量稳定。',
  '二、2026年重点工作',
  '（一）扩大内需',
  '建成充电桩10万个。由市商务局牵头，会同市财政局推进。在省委坚强领导下，办好第五届消费节。',
  '今年新增城镇就业60万人以上。今年新增城镇就业61万人以上。今年新增城镇就业62万人以上。今年新增城镇就业63万人以上。',
].join('\n');

/** A fact whose evidence is the first occurrence of `quote`. */
function factAt(text: string, quote: string): GraphNode {
  const start = text.indexOf(quote);
  return {
    id: `f:${start}`,
    label: 'Indicator',
    name: quote,
    properties: {},
    evidence: [{ documentId: 'd', start, end: start + quote.length, quote, section: [] }],
  };
}

describe('coverageNotes', () => {
  const document = parseDocument(TEXT);

  it('lists fact-like sentences that gave no fact, per section, with counts and exact quotes', () => {
    const notes = coverageNotes(document, 'd', { nodes: [factAt(TEXT, '充电桩10万个')], relationships: [] });
    const review = notes.find((note) => note.section.join(' › ') === '一、2025年工作回顾');
    // The year comes from the heading; the sentence without a number is no fact-like sentence.
    expect(review).toMatchObject({ sentences: 1, cues: { 'number-with-year': 1 } });
    const tasks = notes.find((note) => note.section.join(' › ').endsWith('（一）扩大内需'))!;
    // 由市商务局牵头… (department + marker) and four 今年… targets; 充电桩 has a fact; 省委坚强领导 and 办好 are no departments.
    expect(tasks.sentences).toBe(5);
    expect(tasks.cues).toEqual({ 'number-with-year': 4, department: 1, 'ownership-marker': 1 });
    expect(tasks.examples).toHaveLength(3);
    for (const note of notes) for (const example of note.examples) expect(example.quote).toBe(TEXT.slice(example.start, example.end));
    expect(tasks.examples[0].quote).toBe('由市商务局牵头，会同市财政局推进。');
  });

  it("says nothing of a notice's addressees (立山 2023: 立山经济开发区,各街道办事处,各区直部门,各有关单位:)", () => {
    const notice =
      '立山区人民政府关于印发立山区政府2023年重点工作任务分解和责任分工方案的通知\n立山经济开发区,各街道办事处,各区直部门,各有关单位:\n经区政府同意,现将方案印发给你们。\n';
    expect(coverageNotes(parseDocument(notice), 'd', { nodes: [], relationships: [] })).toEqual([]);
  });

  it('has nothing to say when every fact-like sentence overlaps a fact', () => {
    const facts = ['65万人', '充电桩10万个', '市商务局', '60万人', '61万人', '62万人', '63万人'].map((quote) => factAt(TEXT, quote));
    expect(coverageNotes(document, 'd', { nodes: facts, relationships: [] })).toEqual([]);
  });

  it('takes a sentence for covered by one character of evidence or an empty span strictly inside it, not by evidence ending where it starts', () => {
    const sentence = '今年新增城镇就业61万人以上。';
    const start = TEXT.indexOf(sentence);
    const end = start + sentence.length;
    const others = ['65万人', '充电桩10万个', '市商务局', '60万人', '62万人', '63万人'].map((quote) => factAt(TEXT, quote));
    const evidenceAt = (from: number, to: number): GraphNode => ({
      id: `e:${from}:${to}`,
      label: 'Indicator',
      name: TEXT.slice(from, to),
      properties: {},
      evidence: [{ documentId: 'd', start: from, end: to, quote: TEXT.slice(from, to), section: [] }],
    });
    const noted = (fact: GraphNode): boolean => coverageNotes(document, 'd', { nodes: [...others, fact], relationships: [] }).length > 0;
    expect(noted(evidenceAt(start - 3, start))).toBe(true);
    expect(noted(evidenceAt(start - 3, start + 1))).toBe(false);
    expect(noted(evidenceAt(end - 1, end + 2))).toBe(false);
    expect(noted(evidenceAt(end, end + 2))).toBe(true);
    expect(noted(evidenceAt(start + 5, start + 5))).toBe(false);
    expect(noted(evidenceAt(start, start))).toBe(true);
  });

  it('orders evidence spans however many and far in they are (keys beyond 32 bits)', () => {
    const far = Array.from({ length: 50_000 }, (_, i): GraphNode => ({
      id: `far:${i}`,
      label: 'Indicator',
      name: 'far',
      properties: {},
      evidence: [{ documentId: 'd', start: 100_000 + i, end: 100_001 + i, quote: '', section: [] }],
    }));
    const facts = ['65万人', '充电桩10万个', '市商务局', '60万人', '61万人', '62万人', '63万人'].map((quote) => factAt(TEXT, quote));
    expect(coverageNotes(document, 'd', { nodes: [...far, ...facts], relationships: [] })).toEqual([]);
    expect(coverageNotes(document, 'd', { nodes: far, relationships: [] })).toEqual(coverageNotes(document, 'd', { nodes: [], relationships: [] }));
  });

  it('comes with every extraction, quotes equal to the text they cite, a few notes per section at most', () => {
    const texts = [
      readSeed('004_6c3dd93e6ca21e83'),
      ...readWorkReports()
        .slice(0, 3)
        .map((report) => report.text),
    ];
    for (const text of texts) {
      const result = extractDocument(text, { documentId: 'd' });
      expect(result.notes).toBeDefined();
      for (const note of result.notes!) {
        expect(note.sentences).toBeGreaterThan(0);
        expect(note.examples.length).toBeLessThanOrEqual(3);
        for (const example of note.examples) expect(example.quote).toBe(text.slice(example.start, example.end));
      }
    }
  });
});
