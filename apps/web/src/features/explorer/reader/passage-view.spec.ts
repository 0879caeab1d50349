import type { PassageFact } from '../../../api/graph-api.types';
import { factsInView, grownWindow, initialWindow, passageSegments, READER_CONTEXT, READER_MAX_WINDOW, taskOfQuote } from './passage-view';

const fact = (id: string, label: string, start: number, end: number, section: string[] = ['二、重点任务']): PassageFact => ({
  id,
  label,
  name: id,
  start,
  end,
  section,
});

describe('reader windows', () => {
  it('opens around the quote and grows within the text and the cap', () => {
    expect(initialWindow({ start: 100, end: 120 })).toEqual({ start: 0, end: 120 + READER_CONTEXT });
    expect(initialWindow({ start: 5_000, end: 5_010 })).toEqual({ start: 5_000 - READER_CONTEXT, end: 5_010 + READER_CONTEXT });
    expect(grownWindow({ start: 1_000, end: 2_000 }, 'before', 50_000)).toEqual({ start: 0, end: 2_000 });
    expect(grownWindow({ start: 1_000, end: 2_000 }, 'after', 2_500)).toEqual({ start: 1_000, end: 2_500 });
    const wide = grownWindow({ start: 30_000, end: 30_000 + READER_MAX_WINDOW }, 'after', 100_000);
    expect(wide.end - wide.start).toBe(READER_MAX_WINDOW);
    expect(wide.end).toBe(30_000 + READER_MAX_WINDOW + READER_CONTEXT);
  });
});

describe('passageSegments', () => {
  it('cuts the text where the quote and the facts begin and end, marking each part', () => {
    const passage = { start: 10, text: '一二三四五六七八九十', facts: [fact('p', 'Project', 11, 16), fact('d', 'Department', 14, 30)] };
    const segments = passageSegments(passage, { start: 13, end: 15 });
    expect(segments.map((s) => s.text).join('')).toBe(passage.text);
    expect(segments).toEqual([
      { text: '一', quote: false, fact: false },
      { text: '二三', quote: false, fact: true },
      { text: '四', quote: true, fact: true },
      { text: '五', quote: true, fact: true },
      { text: '六', quote: false, fact: true },
      { text: '七八九十', quote: false, fact: true },
    ]);
  });
});

describe('taskOfQuote', () => {
  it('prefers the smallest task holding the quote, else the last task of the section before it', () => {
    const facts = [
      fact('goal', 'Goal', 0, 200),
      fact('project', 'Project', 50, 120),
      fact('dept', 'Department', 100, 110),
      fact('other', 'Project', 130, 150, ['三、保障措施']),
    ];
    expect(taskOfQuote(facts, { start: 100, end: 110, section: ['二、重点任务'] })?.id).toBe('project');
    const clauses = [fact('first', 'Project', 0, 40), fact('second', 'Project', 50, 90), fact('dept', 'Department', 95, 100)];
    expect(taskOfQuote(clauses, { start: 91, end: 110, section: ['二、重点任务'] })?.id).toBe('second');
    expect(taskOfQuote(clauses, { start: 91, end: 110, section: ['三、保障措施'] })).toBeNull();
  });

  it('lists each fact once', () => {
    expect(factsInView([fact('a', 'Project', 0, 5), fact('b', 'Goal', 3, 9), fact('a', 'Project', 20, 25)]).map((f) => f.id)).toEqual(['a', 'b']);
  });
});
