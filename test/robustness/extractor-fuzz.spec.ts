import fc from 'fast-check';
import { parseDocument } from '@policygraph/parse';
import { parseIndicatorValue } from '../../libs/extract/src/lib/indicators/indicator-value';

/** Characters these documents are made of, plus the PDF artifacts and punctuation variants that trip parsers. */
const PLAN_CHARS = [
  ...'一二三四五六七八九十（）()、，。；：:.．1234567890%＋+-—～~[]【】“”"\n\n\n  \t第章节条篇专栏责任单位牵头配合省市发展改革委商务厅到年左右以上突破亿元万亿元比重增长',
  '\u2F08', // ⼈ Kangxi radical
  '\u2EA0', // ⺠ radicals supplement
  '\u2F1C', // ⼜ (read as 口)
  '\u3000',
  '\uFF08',
  '\uFF09',
  '\uD842\uDFB7', // 𠮷, a surrogate pair
];
const planText = fc.array(fc.constantFrom(...PLAN_CHARS), { maxLength: 400 }).map((chars) => chars.join(''));
const anyText = fc.oneof(planText, fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
const RUNS = { numRuns: 1000 };
const withoutLineBreaks = (written: string): string => written.replace(/[ \t]*\n[ \t]*/g, '').trim();

describe('outline and table parsing under arbitrary input', () => {
  it('never throws, keeps every span inside the text, and maps back inside the original', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = parseDocument(text);
        for (const section of doc.sections) {
          expect(section.span.start).toBeGreaterThanOrEqual(0);
          expect(section.span.end).toBeLessThanOrEqual(doc.text.length);
          expect(section.headingSpan.start).toBeLessThanOrEqual(section.headingSpan.end);
          const original = doc.toOriginal(section.headingSpan.start, section.headingSpan.end);
          expect(original.start).toBeGreaterThanOrEqual(0);
          expect(original.end).toBeLessThanOrEqual(text.length);
        }
        for (const table of doc.tables) {
          for (const row of table.rows) {
            for (const cell of row.cells) {
              if (cell.inherited) continue;
              // A cell wrapped over lines is read without its line breaks.
              expect(withoutLineBreaks(doc.text.slice(cell.start, cell.end))).toBe(withoutLineBreaks(cell.text));
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('is stable: parsing the same text twice gives the same outline and tables', () => {
    fc.assert(
      fc.property(planText, (text) => {
        const a = parseDocument(text);
        const b = parseDocument(text);
        expect(b.sections.map((s) => s.path)).toEqual(a.sections.map((s) => s.path));
        expect(b.tables.map((t) => t.rows.length)).toEqual(a.tables.map((t) => t.rows.length));
      }),
      RUNS,
    );
  });
});

describe('parseIndicatorValue under arbitrary input', () => {
  it('never throws and returns a finite number or null, stably', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseIndicatorValue(text);
        expect(parsed.value === null || Number.isFinite(parsed.value)).toBe(true);
        expect(parsed.upper === null || Number.isFinite(parsed.upper)).toBe(true);
        expect(parseIndicatorValue(text)).toEqual(parsed);
      }),
      RUNS,
    );
  });

  it('reads the number, unit and comparator of any well-formed value as written in plans', () => {
    const comparator = fc.constantFrom('', '突破', '不低于', '超过', '>');
    const suffix = fc.constantFrom('', '左右', '以上');
    const unit = fc.constantFrom('%', '亿元', '万亿元', '万人次', '');
    const number = fc.oneof(
      fc.integer({ min: 0, max: 999_999 }),
      fc.integer({ min: 0, max: 99_999 }).map((n) => n / 10),
    );
    fc.assert(
      fc.property(comparator, number, unit, suffix, fc.boolean(), (cmp, value, u, sfx, bracket) => {
        const written = `${cmp}${bracket ? '[' : ''}${value}${bracket ? ']' : ''}${u}${sfx}`;
        const parsed = parseIndicatorValue(written);
        expect(parsed.value).toBe(value);
        expect(parsed.unit ?? '').toBe(u);
        expect(parsed.cumulative).toBe(bracket);
        if (cmp || sfx) expect(parsed.comparator).not.toBeNull();
      }),
      RUNS,
    );
  });

  it('reads the documented forms', () => {
    expect(parseIndicatorValue('突破10000，年均增长7.5-8%')).toMatchObject({ value: 10000, comparator: '突破', growth: expect.stringContaining('7.5-8%') });
    expect(parseIndicatorValue('1.4万亿元')).toMatchObject({ value: 1.4, unit: '万亿元' });
    expect(parseIndicatorValue('[7500]')).toMatchObject({ value: 7500, cumulative: true });
    expect(parseIndicatorValue('72左右')).toMatchObject({ value: 72, comparator: '左右' });
    expect(parseIndicatorValue('>98')).toMatchObject({ value: 98, comparator: '>' });
  });
});
