import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from './json.scalar';
import type { PathAlgorithm } from '@policygraph/graph-types';

@ObjectType('Evidence', { description: 'Where a fact was read: offsets into the original text, the exact quote and its section path.' })
export class EvidenceObject {
  @Field(() => String) documentId!: string;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String) quote!: string;
  @Field(() => [String]) section!: readonly string[];
}

@ObjectType('GraphNode', { description: 'A node of the policy graph (Region, Department, Goal, …) with its evidence.' })
export class GraphNodeObject {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Region, Document, Sector, SectorType, Goal, Indicator, Project, Task, Department, Place, …' }) label!: string;
  @Field(() => String) name!: string;
  @Field(() => JSONScalar) properties!: Record<string, unknown>;
  @Field(() => [EvidenceObject]) evidence!: EvidenceObject[];
}

@ObjectType('GraphEdge', {
  description: 'A relationship; RESPONSIBLE edges carry role (lead/support/co-responsible), presumedLead and basis (stated/inferred).',
})
export class GraphEdgeObject {
  @Field(() => ID) id!: string;
  @Field(() => String) type!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => JSONScalar) properties!: Record<string, unknown>;
  @Field(() => [EvidenceObject]) evidence!: EvidenceObject[];
}

@ObjectType('LeftOut', { description: 'Neighbours of one relationship type and label that a limit left out.' })
export class LeftOutObject {
  @Field(() => String) type!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('Subgraph')
export class SubgraphObject {
  @Field(() => [GraphNodeObject]) nodes!: GraphNodeObject[];
  @Field(() => [GraphEdgeObject]) edges!: GraphEdgeObject[];
  @Field(() => [LeftOutObject]) leftOut!: LeftOutObject[];
}

@ObjectType('GraphPath')
export class GraphPathObject {
  @Field(() => [ID]) nodeIds!: string[];
  @Field(() => [ID]) edgeIds!: string[];
  @Field(() => Int, { description: 'Number of relationships.' }) length!: number;
}

@ObjectType('PathsResult')
export class PathsResultObject {
  @Field(() => [GraphPathObject], { description: 'Shortest first.' }) paths!: GraphPathObject[];
  @Field(() => [GraphNodeObject]) nodes!: GraphNodeObject[];
  @Field(() => [GraphEdgeObject]) edges!: GraphEdgeObject[];
  @Field(() => String, {
    description:
      "'k-shortest': Yen's k shortest paths (Neo4j Graph Data Science), paths of increasing length. 'all-shortest': the server has no GDS, so only the shortest paths, all of one length.",
  })
  algorithm!: PathAlgorithm;
  @Field(() => String, { nullable: true, description: 'Why the answer is narrower than asked (no GDS on the server); null when it is not.' }) notice!:
    string | null;
}

@ObjectType('RegionSummary')
export class RegionSummaryObject {
  @Field(() => GraphNodeObject) region!: GraphNodeObject;
  @Field(() => Int) documents!: number;
  @Field(() => Int) departments!: number;
}

@ObjectType('DocumentSummary')
export class DocumentSummaryObject {
  @Field(() => GraphNodeObject) document!: GraphNodeObject;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field(() => JSONScalar, { description: 'Facts per label, e.g. {"Project": 40, "Indicator": 20}' }) counts!: Record<string, number>;
}

@ObjectType('DepartmentTask')
export class DepartmentTaskObject {
  @Field(() => GraphNodeObject) project!: GraphNodeObject;
  @Field(() => String, { description: "'lead', 'support' or 'co-responsible', as the text states it." }) role!: string;
  @Field(() => Boolean, { description: 'First unit of a list that states no lead: presumed to lead, not stated.' }) presumedLead!: boolean;
  @Field(() => String) basis!: string;
  @Field(() => String, { nullable: true }) quote!: string | null;
}

@ObjectType('DepartmentTasks')
export class DepartmentTasksObject {
  @Field(() => GraphNodeObject) department!: GraphNodeObject;
  @Field(() => [DepartmentTaskObject]) tasks!: DepartmentTaskObject[];
}

@ObjectType('SearchHit')
export class SearchHitObject {
  @Field(() => GraphNodeObject) node!: GraphNodeObject;
  @Field(() => Float) score!: number;
}

@ObjectType('OwnershipClause', { description: 'One department responsible for one project or goal, with the quote that says so.' })
export class OwnershipClauseObject {
  @Field(() => GraphNodeObject) project!: GraphNodeObject;
  @Field(() => GraphNodeObject) department!: GraphNodeObject;
  @Field(() => String, { description: "'lead', 'support' or 'co-responsible', as the text states it." }) role!: string;
  @Field(() => Boolean, { description: 'First unit of a list that states no lead: presumed to lead, not stated.' }) presumedLead!: boolean;
  @Field(() => String) basis!: string;
  @Field(() => Float, { nullable: true }) confidence!: number | null;
  @Field(() => [EvidenceObject]) evidence!: EvidenceObject[];
  @Field(() => [GraphNodeObject]) goals!: GraphNodeObject[];
  @Field(() => [GraphNodeObject]) sectors!: GraphNodeObject[];
}

@ObjectType('OwnershipTrace')
export class OwnershipTraceObject {
  @Field(() => GraphNodeObject) root!: GraphNodeObject;
  @Field(() => [OwnershipClauseObject]) stated!: OwnershipClauseObject[];
  @Field(() => [OwnershipClauseObject]) inferred!: OwnershipClauseObject[];
  @Field(() => [GraphNodeObject]) indicators!: GraphNodeObject[];
}

@ObjectType('GraphSchema', { description: 'Labels, relationship types and property keys with counts, for autocomplete and legends.' })
export class GraphSchemaObject {
  @Field(() => JSONScalar) labels!: Record<string, number>;
  @Field(() => JSONScalar) relationshipTypes!: Record<string, number>;
  @Field(() => [String]) propertyKeys!: string[];
}

@ObjectType('MatrixCell', { description: 'Lead, co-responsible (of them presumed leads) and support counts of one department for one sector type.' })
export class MatrixCellObject {
  @Field(() => ID) departmentId!: string;
  @Field(() => ID) columnId!: string;
  @Field(() => Int) lead!: number;
  @Field(() => Int) support!: number;
  @Field(() => Int) coResponsible!: number;
  @Field(() => Int, { description: 'Co-responsible edges where the department is listed first (a presumed lead).' }) presumedLead!: number;
  @Field(() => Int, { description: 'Inferred responsibilities of any role (with includeInferred); lead, support and coResponsible count stated ones only.' })
  inferred!: number;
  @Field(() => Float, { nullable: true, description: 'Lowest confidence of the inferred responsibilities.' }) inferredConfidenceMin!: number | null;
  @Field(() => Float, { nullable: true, description: 'Highest confidence of the inferred responsibilities.' }) inferredConfidenceMax!: number | null;
  @Field(() => [ID], { description: 'Projects, tasks and goals behind the cell.' }) itemIds!: string[];
}

@ObjectType('LeadCount')
export class LeadCountObject {
  @Field(() => GraphNodeObject) department!: GraphNodeObject;
  @Field(() => Int) lead!: number;
  @Field(() => Int) support!: number;
  @Field(() => Int) coResponsible!: number;
  @Field(() => Int) presumedLead!: number;
}

@ObjectType('OwnershipMatrix', { description: 'Departments × sector types with lead/co-responsible/support counts; items without an owner; top leads.' })
export class OwnershipMatrixObject {
  @Field(() => [GraphNodeObject]) departments!: GraphNodeObject[];
  @Field(() => [GraphNodeObject]) columns!: GraphNodeObject[];
  @Field(() => [MatrixCellObject]) cells!: MatrixCellObject[];
  @Field(() => [GraphNodeObject]) unowned!: GraphNodeObject[];
  @Field(() => [LeadCountObject]) topLeads!: LeadCountObject[];
}

@ObjectType('NodeStatistics', {
  description: 'Degree, PageRank and Louvain community of one node (Neo4j Graph Data Science), within the projection asked for.',
})
export class NodeStatisticsObject {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Relationships touching the node in the projection (MENTIONS excluded), either direction.' }) degree!: number;
  @Field(() => Float) pageRank!: number;
  @Field(() => Int, { description: 'Louvain community, numbered by size within this result (0 = the largest).' }) community!: number;
}

@ObjectType('GraphStatistics')
export class GraphStatisticsObject {
  @Field(() => String, { description: "'view' (the given nodes and the relationships among them) or 'graph' (the whole stored graph)." }) scope!: string;
  @Field(() => [NodeStatisticsObject], { description: 'One row per given node that exists, in the order given.' }) nodes!: NodeStatisticsObject[];
  @Field(() => Int, { description: 'Communities in the projection.' }) communities!: number;
  @Field(() => Int) projectedNodes!: number;
  @Field(() => Int) projectedRelationships!: number;
}
