import { Inject } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import type { GraphConnection } from '@policygraph/graph-store';
import {
  compareIndicator,
  departmentFunctionOwnership,
  listMetrics,
  regionSimilarity,
  regionTargets,
  sharedStrategies,
  similarClauses,
} from '@policygraph/graph-query';
import { GRAPH_CONNECTION } from '../graph/tokens';
import {
  FunctionDepartmentObject,
  IndicatorComparisonObject,
  MetricSummaryObject,
  RegionSimilarityObject,
  RegionTargetObject,
  SharedStrategyObject,
  SimilarClausesObject,
} from './cross-region.objects';

/** Questions across provinces: shared strategies, comparable indicators, similar clauses, same-function ownership. */
@Resolver()
export class CrossRegionResolver {
  constructor(@Inject(GRAPH_CONNECTION) private readonly graph: GraphConnection) {}

  @Query(() => [SharedStrategyObject], { description: 'Strategies applied by at least minRegions regions, with each region’s own wording side by side.' })
  sharedStrategies(
    @Args('minRegions', { type: () => Int, defaultValue: 2 }) minRegions: number,
    @Args('limit', { type: () => Int, defaultValue: 100, description: 'At most 500 strategies, most regions first.' }) limit: number,
  ): Promise<SharedStrategyObject[]> {
    return sharedStrategies(this.graph, { minRegions, limit });
  }

  @Query(() => [IndicatorComparisonObject], {
    description: 'A canonical metric (e.g. services-share-of-gdp) per region: base, target, year, growth, normalized value and quote.',
  })
  compareIndicator(@Args('metric', { type: () => String }) metric: string): Promise<IndicatorComparisonObject[]> {
    return compareIndicator(this.graph, metric);
  }

  @Query(() => [RegionTargetObject], {
    description:
      "Every region's target for a metric (gdp-growth …): range, qualifier, unit, year and quote, with last year's stated result and the gap. One row per region: the given year, else its latest.",
  })
  regionTargets(
    @Args('metric', { type: () => String }) metric: string,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
  ): Promise<RegionTargetObject[]> {
    return regionTargets(this.graph, metric, { year });
  }

  @Query(() => [RegionSimilarityObject], {
    description:
      "Which regions' plans are closest: pairs ranked by node similarity (Neo4j Graph Data Science, Jaccard) over the strategies their goals and projects apply and the targets they state; with region, that region's closest.",
  })
  regionSimilarity(
    @Args('region', { type: () => String, nullable: true }) region: string | null,
    @Args('limit', { type: () => Int, defaultValue: 50, description: 'At most 500 pairs, most similar first.' }) limit: number,
  ): Promise<RegionSimilarityObject[]> {
    return regionSimilarity(this.graph, { region, limit });
  }

  @Query(() => [MetricSummaryObject], { description: 'Canonical metric keys in the graph with how many regions state each.' })
  metrics(): Promise<MetricSummaryObject[]> {
    return listMetrics(this.graph);
  }

  @Query(() => SimilarClausesObject, { description: 'The goals and projects of other regions most similar to a goal or project (BM25 over jieba words).' })
  similarClauses(
    @Args('id', { type: () => ID }) id: string,
    @Args('limit', { type: () => Int, defaultValue: 5 }) limit: number,
  ): Promise<SimilarClausesObject> {
    return similarClauses(this.graph, id, limit);
  }

  @Query(() => [FunctionDepartmentObject], {
    description: 'What every region’s department with a function (商务, 发展改革, …) owns; inferred ownership only when asked.',
  })
  departmentFunctionOwnership(
    @Args('function', { type: () => String }) fn: string,
    @Args('includeInferred', { type: () => Boolean, defaultValue: false }) includeInferred: boolean,
  ): Promise<FunctionDepartmentObject[]> {
    return departmentFunctionOwnership(this.graph, fn, includeInferred);
  }
}
