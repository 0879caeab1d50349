import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphNodeObject } from '../graph/graph.objects';

@ObjectType('StrategyQuote', { description: "One region's wording of a strategy: the task that applies it and the clause." })
export class StrategyQuoteObject {
  @Field(() => ID) taskId!: string;
  @Field(() => String) taskName!: string;
  @Field(() => String) documentId!: string;
  @Field(() => String, { nullable: true, description: 'The lexicon term or mined phrase that matched.' }) term!: string | null;
  @Field(() => String, { nullable: true }) quote!: string | null;
}

@ObjectType('StrategyInRegion')
export class StrategyInRegionObject {
  @Field(() => String) region!: string;
  @Field(() => Int, { description: 'Goals and projects of the region that apply the strategy.' }) tasks!: number;
  @Field(() => [StrategyQuoteObject]) quotes!: StrategyQuoteObject[];
}

@ObjectType('SharedStrategy', { description: 'A policy strategy (两业融合, 一老一小, …) and how each region that applies it words it.' })
export class SharedStrategyObject {
  @Field(() => GraphNodeObject) strategy!: GraphNodeObject;
  @Field(() => String, { description: "'mined' for phrases found by phrase mining, else the lexicon entry's national source." }) source!: string;
  @Field(() => [StrategyInRegionObject]) regions!: StrategyInRegionObject[];
}

@ObjectType('IndicatorComparison', { description: "One region's statement of a canonical metric for one target year." })
export class IndicatorComparisonObject {
  @Field(() => String) region!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => String) documentId!: string;
  @Field(() => String, { description: 'The indicator name as the plan writes it.' }) name!: string;
  @Field(() => Int, { nullable: true }) baseYear!: number | null;
  @Field(() => Float, { nullable: true }) baseValue!: number | null;
  @Field(() => Int, { nullable: true }) targetYear!: number | null;
  @Field(() => Float, { nullable: true }) targetValue!: number | null;
  @Field(() => String, { nullable: true }) targetValueText!: string | null;
  @Field(() => String, { nullable: true }) comparator!: string | null;
  @Field(() => String, { nullable: true }) growth!: string | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => Float, { nullable: true }) normalizedValue!: number | null;
  @Field(() => Float, { nullable: true }) normalizedBaseValue!: number | null;
  @Field(() => String, { nullable: true }) normalizedUnit!: string | null;
  @Field(() => String, { nullable: true }) quote!: string | null;
}

@ObjectType('MetricSummary')
export class MetricSummaryObject {
  @Field(() => String) metric!: string;
  @Field(() => Int, { description: 'Regions that state the metric.' }) regions!: number;
  @Field(() => [String]) regionNames!: string[];
  @Field(() => Int) indicators!: number;
  @Field(() => String) example!: string;
}

@ObjectType('Clause', { description: 'A goal or project as a clause: its region and the text an analyst reads.' })
export class ClauseObject {
  @Field(() => ID) id!: string;
  @Field(() => String) label!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field(() => String, { nullable: true }) documentId!: string | null;
  @Field(() => String) quote!: string;
}

@ObjectType('SimilarClause')
export class SimilarClauseObject {
  @Field(() => ClauseObject) clause!: ClauseObject;
  @Field(() => Float, { description: 'BM25 score for the source clause’s words.' }) score!: number;
  @Field(() => [String]) sharedTerms!: string[];
}

@ObjectType('SimilarClauses', { description: 'A clause and the most similar clauses of other regions, side by side.' })
export class SimilarClausesObject {
  @Field(() => ClauseObject) source!: ClauseObject;
  @Field(() => [SimilarClauseObject]) similar!: SimilarClauseObject[];
}

@ObjectType('FunctionTask')
export class FunctionTaskObject {
  @Field(() => GraphNodeObject) task!: GraphNodeObject;
  @Field(() => String, { description: "'lead', 'support' or 'co-responsible', as the text states it." }) role!: string;
  @Field(() => Boolean, { description: 'First unit of a list that states no lead: presumed to lead, not stated.' }) presumedLead!: boolean;
  @Field(() => String, { description: "'stated' (the plan names it) or 'inferred'." }) basis!: string;
  @Field(() => Float, { nullable: true }) confidence!: number | null;
  @Field(() => String, { nullable: true }) rule!: string | null;
  @Field(() => String, { nullable: true }) quote!: string | null;
}

@ObjectType('FunctionDepartment', { description: "A region's department with a given function and what it owns." })
export class FunctionDepartmentObject {
  @Field(() => String) region!: string;
  @Field(() => GraphNodeObject) department!: GraphNodeObject;
  @Field(() => Boolean, { description: 'Created by ownership inference: no document of the region names it.' }) inferred!: boolean;
  @Field(() => [FunctionTaskObject]) tasks!: FunctionTaskObject[];
}

@ObjectType('RegionResult', { description: "Last year's result of the metric as the same report states it (kind 'result')." })
export class RegionResultObject {
  @Field(() => ID) indicatorId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { nullable: true }) quote!: string | null;
}

@ObjectType('RegionTarget', { description: "One region's target for a canonical metric in one year, with last year's stated result beside it." })
export class RegionTargetObject {
  @Field(() => String) region!: string;
  @Field(() => ID) regionId!: string;
  @Field(() => String) documentId!: string;
  @Field(() => String) metric!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => String, { description: 'The indicator name as the report writes it.' }) name!: string;
  @Field(() => Int) year!: number;
  @Field(() => Float, { nullable: true, description: 'The value, or the low end of a range (4.5%—5% → 4.5).' }) low!: number | null;
  @Field(() => Float, { nullable: true, description: "A range's high end." }) high!: number | null;
  @Field(() => String, { nullable: true, description: '左右, 以上, 以内, 力争, 按…安排 … as written.' }) qualifier!: string | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { nullable: true, description: 'growth, decline or level.' }) measure!: string | null;
  @Field(() => String, { nullable: true }) quote!: string | null;
  @Field(() => RegionResultObject, { nullable: true }) result!: RegionResultObject | null;
  @Field(() => Float, { nullable: true, description: 'Target (low end) minus last year’s result when both are in the same unit.' }) gap!: number | null;
}

@ObjectType('SharedTarget', { description: 'A target two regions state alike: same canonical metric, target year and value.' })
export class SharedTargetObject {
  @Field(() => String) metric!: string;
  @Field(() => Int) year!: number;
  @Field(() => Float) value!: number;
  @Field(() => String, { nullable: true }) unit!: string | null;
}

@ObjectType('StrategyRef')
export class StrategyRefObject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('RegionSimilarity', {
  description: 'Two regions whose plans are close: GDS node similarity (Jaccard) over their strategies and targets, with what they share.',
})
export class RegionSimilarityObject {
  @Field(() => String) region!: string;
  @Field(() => ID) regionId!: string;
  @Field(() => String) other!: string;
  @Field(() => ID) otherId!: string;
  @Field(() => Float, { description: 'Shared / all strategies and targets of the two regions (Jaccard), 0–1.' }) similarity!: number;
  @Field(() => [StrategyRefObject]) sharedStrategies!: StrategyRefObject[];
  @Field(() => [SharedTargetObject]) sharedTargets!: SharedTargetObject[];
  @Field(() => Int, { description: "The region's strategies and targets." }) features!: number;
  @Field(() => Int, { description: "The other region's strategies and targets." }) otherFeatures!: number;
}
