import { ExtractionContext } from '../extraction-context';
import { addIndicator } from './indicator-nodes';
import { metricKey } from './metric-key';
import { statedMetrics, subjectOf } from './stated-values';

/** Sections of a yearly report that review what was done: "一、2025年工作回顾", "2025年工作总结和…". */
const REVIEW_SECTION = /回顾|总结|过去/;
/** Five-year or multi-year figures ("年均增长4.7%", "这五年", "从3.68万亿元增长到…") are not last year's. */
const MULTI_YEAR = /年均|五年|十[三四五]五|从(?:19|20)\d{2}年|较.{0,6}末|以来/;

/**
 * Last year's results in a yearly report (政府工作报告): "实现地区生产总值67665亿元，增长5.5%" in the review of
 * 2025 (a section headed 回顾/总结, or any section before this year's target list) becomes Indicators of kind 'result' with observedYear 2025, observedValue, unit and measure. Only sentences
 * about that one year are read (the paragraph or sentence says 一年来, 过去一年, 全年, 2025年 or 去年, and the
 * sentence states no multi-year figure), and only metrics with a known key (地区生产总值, 一般公共预算收入增长 …),
 * so results meet this year's targets on the same metric.
 */
export function extractResults(context: ExtractionContext, targetLists: ReadonlyArray<{ start: number }> = []): number {
  const { metadata, sections, paragraphs, text } = context.document;
  // The year under review: named in the review's heading (一、2024年工作回顾, 一、回顾2022年政府工作), else the year
  // before a yearly report's own.
  const reportYear = metadata.periodStart !== null && metadata.periodStart === metadata.periodEnd ? metadata.periodStart - 1 : null;
  const headingYear = sections.map((section) => reviewedYearOf(section.path));
  if (reportYear === null && headingYear.every((year) => year === null)) return 0;
  const lastYearPatterns = new Map<number, RegExp>();
  const lastYearOf = (year: number): RegExp => {
    let pattern = lastYearPatterns.get(year);
    if (!pattern) {
      pattern = new RegExp(`(过去|刚刚过去的)的?一年|一年来|全年|去年|(?<![\\d—-])${year}年(?!以来|—|-|至)`);
      lastYearPatterns.set(year, pattern);
    }
    return pattern;
  };
  // The review comes before this year's targets, whatever its heading says ("一、一年接着一年干，…取得新进展").
  const firstTargets = targetLists.length > 0 ? Math.min(...targetLists.map((span) => span.start)) : -1;
  const review = sections.map((section) => section.path.some((heading) => REVIEW_SECTION.test(heading)) || (section.index > 0 && section.headingSpan.start < firstTargets));
  let count = 0;
  let carried = false;
  let carriedSection = -1;
  for (const paragraph of paragraphs) {
    if (!review[paragraph.section]) continue;
    const year = headingYear[paragraph.section] ?? reportYear;
    if (year === null) continue;
    const lastYear = lastYearOf(year);
    // A paragraph that speaks of last year (刚刚过去的一年…) sets the topic for the next ones of its section, until one
    // names a longer period (这五年, 十四五).
    if (paragraph.section !== carriedSection) carried = false;
    carriedSection = paragraph.section;
    let aboutLastYear: boolean = carried;
    let longerPeriod = false;
    for (const sentence of paragraph.sentences) {
      if (lastYear.test(sentence.text)) aboutLastYear = true;
      if (MULTI_YEAR.test(sentence.text)) longerPeriod = true;
      if (!aboutLastYear || MULTI_YEAR.test(sentence.text)) continue;
      let previousSubject: string | null = null;
      let clauseStart = sentence.start;
      for (let i = sentence.start; i <= sentence.end; i++) {
        if (i < sentence.end && !/[，；。]/.test(text[i])) continue;
        const clause = text.slice(clauseStart, i);
        for (const metric of statedMetrics(clause, previousSubject)) {
          previousSubject = subjectOf(metric);
          const metricOf = metricKey(metric.name);
          if (metricOf === null) continue;
          // A result measures no goal of this document: the document MENTIONS it.
          addIndicator(
            context,
            null,
            {
              name: metric.name,
              unit: metric.value.unit,
              baseYear: null,
              baseValue: null,
              baseValueText: null,
              targetYear: null,
              targetValue: null,
              targetValueText: null,
              comparator: null,
              qualifier: metric.value.qualifier,
              measure: metric.measure,
              growth: null,
              attribute: null,
              category: null,
              cumulative: false,
              kind: 'result',
              observedYear: year,
              observedValue: metric.value.value,
              observedHigh: metric.value.high,
            },
            clauseStart + metric.start,
            clauseStart + metric.end,
            clauseStart + metric.value.start,
          );
          count++;
        }
        clauseStart = i + 1;
      }
    }
    carried = aboutLastYear && !longerPeriod;
  }
  return count;
}

/** The year a review heading names (一、2024年工作回顾, 一、回顾2022年政府工作), from the innermost heading out. */
function reviewedYearOf(path: readonly string[]): number | null {
  for (let i = path.length - 1; i >= 0; i--) {
    if (!REVIEW_SECTION.test(path[i])) continue;
    const year = /((?:19|20)\d{2})年/.exec(path[i]);
    if (year) return Number(year[1]);
  }
  return null;
}
