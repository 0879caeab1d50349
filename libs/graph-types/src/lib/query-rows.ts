// Result shapes the API returns and the explorer reads. They live here, the one lib both sides may import, so the
// server's query functions and the web client cannot drift apart.

/** One region's statement of a canonical metric for one target year. */
export interface IndicatorComparisonRow {
  readonly region: string;
  readonly indicatorId: string;
  readonly documentId: string;
  readonly name: string;
  readonly baseYear: number | null;
  readonly baseValue: number | null;
  readonly targetYear: number | null;
  readonly targetValue: number | null;
  readonly targetValueText: string | null;
  readonly comparator: string | null;
  readonly growth: string | null;
  readonly unit: string | null;
  readonly normalizedValue: number | null;
  readonly normalizedBaseValue: number | null;
  readonly normalizedUnit: string | null;
  readonly quote: string | null;
}

/** One region's wording of a shared strategy: the task that applies it and the clause. */
export interface StrategyQuote {
  readonly taskId: string;
  readonly taskName: string;
  readonly documentId: string;
  /** The wording that matched (lexicon term or mined phrase) and the clause around it. */
  readonly term: string | null;
  readonly quote: string | null;
}

export interface MetricSummary {
  readonly metric: string;
  /** Regions that state the metric. */
  readonly regions: number;
  readonly regionNames: string[];
  readonly indicators: number;
  /** One indicator name as written, e.g. 服务业增加值占地区生产总值比重. */
  readonly example: string;
}

export type SavedQueryParamType = 'String' | 'Int' | 'Float' | 'Boolean';

export interface SavedQueryParam {
  readonly name: string;
  readonly type: SavedQueryParamType;
  readonly defaultValue: string | null;
  readonly description: string;
}

/** A saved, parameterized pattern query from cypher/queries. */
export interface SavedQuery {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly params: SavedQueryParam[];
  readonly columns: string[];
  readonly cypher: string;
}

/** Last year's stated result of a metric in the same report, beside this year's target. */
export interface RegionResult {
  readonly indicatorId: string;
  readonly year: number;
  readonly value: number;
  /** A range's high end, when the result is stated as a range. */
  readonly high: number | null;
  readonly unit: string | null;
  readonly quote: string | null;
}

/**
 * One region's target for a canonical metric (gdp-growth …) in one year: the range (low, high), the qualifier as
 * written (左右, 以上, 按…安排), the quote, and last year's result where the same report states it.
 */
export interface RegionTargetRow {
  readonly region: string;
  readonly regionId: string;
  readonly documentId: string;
  readonly metric: string;
  readonly indicatorId: string;
  /** The indicator name as the report writes it. */
  readonly name: string;
  readonly year: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly qualifier: string | null;
  readonly unit: string | null;
  /** growth, decline or level (graph-types IndicatorMeasure). */
  readonly measure: string | null;
  readonly quote: string | null;
  readonly result: RegionResult | null;
  /** Target (low end) minus last year's result, when both are stated in the same unit; null otherwise. */
  readonly gap: number | null;
}

/** A target two regions state alike: the same canonical metric, target year and value. */
export interface SharedTarget {
  readonly metric: string;
  readonly year: number;
  readonly value: number;
  readonly unit: string | null;
}

/**
 * Two regions whose plans are close: node similarity (Jaccard, Neo4j Graph Data Science) over what each region's plan
 * holds (the strategies its goals and projects apply and the targets it states), with what they share.
 */
export interface RegionSimilarityRow {
  readonly region: string;
  readonly regionId: string;
  readonly other: string;
  readonly otherId: string;
  /** |shared| / |union| of the two regions' strategies and targets, 0–1. */
  readonly similarity: number;
  readonly sharedStrategies: { readonly id: string; readonly name: string }[];
  readonly sharedTargets: SharedTarget[];
  /** Strategies and targets of each region: the sizes behind the ratio. */
  readonly features: number;
  readonly otherFeatures: number;
}
