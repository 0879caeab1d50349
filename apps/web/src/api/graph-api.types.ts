import type {
  CypherResult,
  DocumentPassage,
  DocumentRow,
  Evidence,
  GraphEdgeView,
  GraphNodeView,
  LeftOut,
  MatrixCell,
  OwnershipClause as OwnershipClauseView,
  OwnershipMatrix,
  OwnershipTrace as OwnershipTraceView,
  PathsResult,
  RegionRow,
  SearchHit,
  SharedStrategy,
  Subgraph as SubgraphView,
} from '@policygraph/graph-types';
import type * as Schema from './generated/graphql-schema.types';

// Shapes of the GraphQL API as the explorer reads them: the result types of libs/graph-types, which the server's
// query functions return, narrowed only where the explorer's documents select less (graph-api.ts), and the types
// graphql-codegen generates from the API schema (generated/, `npm run codegen`) for what graph-types does not hold.
// JSON scalars stay `unknown` until a module that needs them narrows them.

export type { CypherResult, DocumentPassage, Evidence, LeftOut, MatrixCell, OwnershipMatrix, PathsResult, SearchHit, SharedStrategy };

export type ApiNode = GraphNodeView;
export type ApiEdge = GraphEdgeView;

/** A node as far as a list needs it. */
export type NodeRef = Pick<ApiNode, 'id' | 'label' | 'name'>;

/** Only the neighbourhood query selects `leftOut`; the explorer also builds subgraphs of its own. */
export type Subgraph = Omit<SubgraphView, 'leftOut' | 'nodes' | 'edges'> & {
  readonly nodes: readonly ApiNode[];
  readonly edges: readonly ApiEdge[];
  readonly leftOut?: readonly LeftOut[];
};

export type RegionSummary = RegionRow;
export type DocumentSummary = DocumentRow;
export type GraphPath = PathsResult['paths'][number];
export type LeadCount = OwnershipMatrix['topLeads'][number];

/** Label and relationship-type counts: the schema's JSON scalars, narrowed. */
export type GraphSchema = Omit<Schema.GraphSchema, 'labels' | 'relationshipTypes'> & {
  readonly labels: Readonly<Record<string, number>>;
  readonly relationshipTypes: Readonly<Record<string, number>>;
};

export type DeleteDocumentReport = Schema.DeleteDocumentReport;

export type IngestReport = Schema.IngestReport;

/** One responsibility clause, with goals and sectors as the explorer selects them (id, label and name). */
export type OwnershipClause = Omit<OwnershipClauseView, 'goals' | 'sectors'> & { readonly goals: readonly NodeRef[]; readonly sectors: readonly NodeRef[] };

/** The explorer does not select the trace's indicators. */
export type OwnershipTrace = Omit<OwnershipTraceView, 'stated' | 'inferred' | 'indicators'> & {
  readonly stated: readonly OwnershipClause[];
  readonly inferred: readonly OwnershipClause[];
};

export type { StrategyQuote, SavedQuery, SavedQueryParam, MetricSummary } from '@policygraph/graph-types';

export type { IndicatorComparisonRow as IndicatorComparison } from '@policygraph/graph-types';
export type { RegionTargetRow as RegionTarget, RegionResult, RegionSimilarityRow as RegionSimilarity } from '@policygraph/graph-types';

/** Degree, PageRank and Louvain community of nodes (Neo4j Graph Data Science), as the API's schema gives them. */
export type NodeStatistics = Schema.NodeStatistics;
export type GraphStatistics = Schema.GraphStatistics;
