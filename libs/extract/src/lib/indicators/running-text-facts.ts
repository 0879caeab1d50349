// The facts of a target read in running text, and the targets of a clause listing subjects with 分别.
import { type Sentence } from '@policygraph/parse';
import { IndicatorFacts } from './indicator-nodes';
import { parseIndicatorValue } from './indicator-value';
import { DECLINE_END, GROWTH_END } from './metric-wording';
import { statedMetrics } from './stated-values';

export interface FoundIndicator {
  facts: IndicatorFacts;
  start: number;
  end: number;
  /** Where the node's id is keyed when statements share their start (the subjects of a 分别 list): its value. */
  idAt?: number;
}

/**
 * 力争 before a value makes it striven for; not inside 努力争取, which strives for the better results of the target it closes
 * ("全市生产总值增长5%以上,在实际工作中努力争取更好结果;一般公共预算收入增长2%": 青岛 2026; rule `better-results-no-striving`).
 */
const striving = /(?<!努)力争/;

/** The facts of a target read in running text (one subject of a list sharing its value). */
export function indicatorFacts(
  name: string,
  value: ReturnType<typeof parseIndicatorValue>,
  written: string,
  unit: string | null,
  year: number | null,
  text: string,
  sentence: Sentence,
  valueAt: number,
): IndicatorFacts {
  return {
    name,
    unit,
    baseYear: null,
    baseValue: null,
    baseValueText: null,
    targetYear: year,
    targetValue: value.value,
    targetHigh: value.upper,
    targetValueText: written.trim(),
    comparator: value.comparator ?? (/超过/.test(text) ? '超过' : null),
    qualifier: value.comparator ?? (/超过/.test(text) ? '超过' : striving.test(sentence.text.slice(0, valueAt - sentence.start)) ? '力争' : null),
    growth: value.growth,
    attribute: null,
    category: null,
    cumulative: value.cumulative,
    measure: DECLINE_END.test(name) ? 'decline' : GROWTH_END.test(name) ? 'growth' : null,
  };
}

/** The targets of a clause listing subjects and their values with 分别 (none unless it names two or more). */
export function respectiveTargets(clause: string, clauseStart: number, year: number | null, sentence: Sentence): FoundIndicator[] {
  const metrics = statedMetrics(clause);
  if (metrics.length < 2 || !metrics.every((metric) => metric.start === metrics[0].start)) return [];
  return metrics.map((metric) => {
    const written = clause.slice(metric.value.start, metric.value.end);
    const facts = indicatorFacts(
      metric.name,
      parseIndicatorValue(written),
      written,
      metric.value.unit,
      year,
      written,
      sentence,
      clauseStart + metric.value.start,
    );
    return { facts, start: clauseStart + metric.start, end: clauseStart + metric.end, idAt: clauseStart + metric.value.start };
  });
}
