import type { IndicatorKind, IndicatorMeasure, Properties } from '@policygraph/graph-types';
import { ExtractionContext } from '../extraction-context';
import { gazetteer } from '../regions/gazetteer';
import { metricKey } from './metric-key';
import type { StatedMetric } from './stated-values';

export interface IndicatorFacts {
  readonly name: string;
  readonly unit: string | null;
  readonly baseYear: number | null;
  readonly baseValue: number | null;
  readonly baseValueText: string | null;
  readonly targetYear: number | null;
  readonly targetValue: number | null;
  readonly targetValueText: string | null;
  readonly comparator: string | null;
  readonly growth: string | null;
  readonly attribute: string | null;
  readonly category: string | null;
  readonly cumulative: boolean;
  /** Upper end of a target range (4.5%—5% → 5). */
  readonly targetHigh?: number | null;
  /** 左右, 以上, 以内, 力争, 按…安排 … as written (defaults to the comparator). */
  readonly qualifier?: string | null;
  readonly measure?: IndicatorMeasure | null;
  /** 'target' (the default) or 'result': a value observed in `observedYear` (a work report's review of last year). */
  readonly kind?: IndicatorKind;
  readonly observedYear?: number | null;
  readonly observedValue?: number | null;
  readonly observedHigh?: number | null;
  /** A target stated in words alone (居民收入增长和经济增长同步): no value, the clause is its name. */
  readonly qualitative?: boolean;
  /** 'inferred' when the sentence writes no year and the genre implies it (a yearly task list's own year). */
  readonly targetYearBasis?: 'inferred';
  /** How an inferred target year was decided ('year of the document', 'end of the plan period' …). */
  readonly targetYearRule?: string;
}

/** What a result states: a value observed in a year (a review's 地区生产总值增长5.2%, a table's 2020 column). */
export interface ObservedValue {
  readonly name: string;
  readonly unit: string | null;
  readonly qualifier: string | null;
  /** Null when the text names no year for it (a monitoring table's 1-3月 column on a page that names none). */
  readonly year: number | null;
  readonly value: number;
  readonly high: number | null;
  readonly measure?: IndicatorMeasure | null;
  readonly growth?: string | null;
  readonly cumulative?: boolean;
  /** The year a change is measured from, where the text states it (比2015年增长37.8%). */
  readonly baseYear?: number | null;
}

/** The facts of a result indicator (kind 'result'): no target; a base year only where the change states one. */
export function resultFacts(observed: ObservedValue): IndicatorFacts {
  return {
    name: observed.name,
    unit: observed.unit,
    baseYear: observed.baseYear ?? null,
    baseValue: null,
    baseValueText: null,
    targetYear: null,
    targetValue: null,
    targetValueText: null,
    comparator: null,
    qualifier: observed.qualifier,
    measure: observed.measure ?? null,
    growth: observed.growth ?? null,
    attribute: null,
    category: null,
    cumulative: observed.cumulative ?? false,
    kind: 'result',
    observedYear: observed.year,
    observedValue: observed.value,
    observedHigh: observed.high,
  };
}

/**
 * A target a clause states (a list item's 地区生产总值增长5%左右, a plan's level in a review), in the clause starting at
 * `clauseStart`, as an Indicator of `year`; `written` is the value as the text writes it, `comparator` its 左右/以上 where the
 * reading keeps one. Returns the node's id.
 */
export function addStatedTarget(
  context: ExtractionContext,
  goalId: string | null,
  metric: StatedMetric,
  year: number,
  clauseStart: number,
  written: string | null,
  comparator: string | null,
): string {
  return addIndicator(
    context,
    goalId,
    {
      name: metric.name,
      unit: metric.value.unit,
      baseYear: null,
      baseValue: null,
      baseValueText: null,
      targetYear: year,
      targetValue: metric.value.value,
      targetHigh: metric.value.high,
      targetValueText: written,
      comparator,
      qualifier: metric.value.qualifier,
      measure: metric.measure,
      growth: null,
      attribute: null,
      category: null,
      cumulative: false,
    },
    clauseStart + metric.start,
    clauseStart + metric.end,
    clauseStart + (metric.key ?? metric.value.start),
  );
}

/**
 * An Indicator measuring a goal (MEASURED_BY), evidenced by normalized [start, end). Its id is keyed by `idAt` (default
 * `start`): metrics sharing one subject ("城镇、农村居民人均可支配收入分别增长4.5%、5.5%") are keyed by their values.
 * `facts` becomes the node's properties, completed in place (kind, qualifier, metric …): callers build a new object
 * per call, as for GraphAccumulator.addNode.
 */
export function addIndicator(
  context: ExtractionContext,
  goalId: string | null,
  facts: IndicatorFacts,
  start: number,
  end: number,
  idAt: number = start,
): string {
  const statement = statementKey(facts);
  const stated = context.indicatorsByStatement.get(statement);
  const id = stated ?? (idAt === start ? context.scopedId('indicator', start, end) : context.scopedId('indicator', idAt, Math.max(idAt + 1, end)));
  if (!stated) context.indicatorsByStatement.set(statement, id);
  const evidence = [context.evidence(start, end)];
  const metric = metricKey(facts.name);
  // Completed in place, not copied: a copy of a score of keys from objects of many shapes took V8 (Node 20) 1–2 µs an
  // indicator, by spread or Object.assign alike. Same keys in the same order (the facts', then those not among them).
  const properties: Properties = Object.assign<IndicatorFacts, Properties>(facts, {
    kind: facts.kind ?? 'target',
    targetHigh: facts.targetHigh ?? null,
    qualifier: facts.qualifier ?? facts.comparator,
    measure: facts.measure ?? null,
    qualitative: facts.qualitative ?? false,
    metric,
  });
  context.graph.addNode(id, 'Indicator', facts.name, properties, evidence);
  const kind = facts.kind ?? 'target';
  context.indicators.push({ id, name: facts.name, kind, metric, year: (kind === 'result' ? facts.observedYear : facts.targetYear) ?? null, start, end });
  if (goalId) context.graph.addRelationship('MEASURED_BY', goalId, id, {}, evidence);
  context.graph.addRelationship('MENTIONS', context.documentNodeId, id, {}, evidence);
  return id;
}

/**
 * What an indicator states, names compared without quotes and spaces: 建成5G基站10万座 twice is one target. A scope
 * word or a division's full name opening the name says whose metric it is, not which: 重庆市社会消费品零售总额
 * 8000亿元 restates 社会消费品零售总额 8000亿元 of the same document.
 */
function statementKey(facts: IndicatorFacts): string {
  const kind = facts.kind ?? 'target';
  const value = kind === 'result' ? facts.observedValue : facts.targetValue;
  const high = kind === 'result' ? facts.observedHigh : facts.targetHigh;
  const year = kind === 'result' ? facts.observedYear : facts.targetYear;
  return `${kind}|${withoutScope(facts.name.replace(/[\s“”"]/g, ''))}|${value ?? facts.targetValueText ?? ''}|${high ?? ''}|${facts.unit ?? ''}|${year ?? ''}|${facts.qualitative ? 'worded' : ''}`;
}

const SCOPE_WORD = /^(?:全省|全市|全区|全县|全州|本市|本省|我市|我省|我区|我县)/;

function withoutScope(name: string): string {
  const scoped = SCOPE_WORD.exec(name)?.[0].length ?? 0;
  const rest = name.slice(scoped);
  const place = gazetteer().fullNameOpening(rest);
  const named = place > 0 && rest.length - place >= 2 ? rest.slice(place) : rest;
  return named.length >= 2 ? named : name;
}
