import { ExtractionContext } from '../extraction-context';
import { addIndicator, addStatedTarget, resultFacts } from './indicator-nodes';
import type { StatedMetric } from './stated-values';

/**
 * A change measured from a stated year (2020年地区生产总值…比2015年增长37.8%: 南宁 2021; 较2015年增长180.4%: 芜湖 2021) is
 * a result of its year over that base, not a yearly change: its base year is kept (rule `stated-base-year`), for every value
 * of a list after the verb too (较2020年增长73.9%、178.6%: 天水 2025).
 */
const BASE_YEAR = /[比较]((?:19|20)\d{2})\s?年(?:末|底)?(?:同期)?(?:分别)?(?:增长|下降|降低|减少|提高|提升|增加|上涨|回落)[了约近]?(?:[\d.]+%[、和及])*$/;

/**
 * Rule `year-plan-of-projects`: a statement giving the year's investment plan of its key projects (闽侯 2023: 2023年县级重点项目共
 * 530项，总投资2944.74亿元，年度计划投资561.86亿元，1-6月累计完成投资362.32亿元，占年计划投资的64.49%; 王益 2024: 2024年，全区共安排
 * 区级重点项目119个，总投资153.64亿元，年度投资88.37亿元) states the plan of that year in its clauses that say no progress (the
 * count, the total and the year's investment): targets of the year; its clauses of progress (累计完成, 占…%) stay results.
 * A plain 年度投资 of a review with no 安排 (安康 2025: 30个省级、382个市级重点项目年度投资80.3亿元、577.9亿元，分别完成计划任务的
 * 138.3%、111.4%) is what was invested.
 */
export const YEAR_PLAN = /(?:年度计划投资|年度投资计划|当年计划投资)\s?\d|安排[^。；]{2,40}?年度投资\s?\d/;
/** A clause of progress within a year's plan: what was done, its share of the plan, the rate of starts. */
export const PROGRESS = /完成|累计|占|实际|开工率|进度|到位/;

export function addPlanTarget(context: ExtractionContext, metric: StatedMetric, year: number, clauseStart: number): number {
  addStatedTarget(context, null, metric, year, clauseStart, null, null);
  return 1;
}

export function addResult(context: ExtractionContext, metric: StatedMetric, year: number, clauseStart: number): number {
  const base = metric.measure === 'level' ? null : BASE_YEAR.exec(context.document.text.slice(clauseStart + metric.start, clauseStart + metric.value.start));
  const baseYear = base && Number(base[1]) < year ? Number(base[1]) : null;
  addIndicator(
    context,
    null,
    resultFacts({
      name: metric.name,
      unit: metric.value.unit,
      qualifier: metric.value.qualifier,
      measure: metric.measure,
      year,
      value: metric.value.value,
      high: metric.value.high,
      baseYear,
    }),
    clauseStart + metric.start,
    clauseStart + metric.end,
    clauseStart + (metric.key ?? metric.value.start),
  );
  return 1;
}
