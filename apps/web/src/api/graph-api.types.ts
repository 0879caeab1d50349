import type * as Operations from './generated/graphql';

// Shapes of the GraphQL API as the explorer reads them: the result types `npm run codegen` generates for the
// operations of graph-api.ts (generated/graphql.ts), named for the modules that use them. Only the schema's JSON
// scalars are narrowed here, where the explorer knows more than the schema says (counts per label, table cells).

export type Evidence = Operations.EvidenceFieldsFragment;
export type ApiNode = Operations.NodeFieldsFragment;
export type ApiEdge = Operations.EdgeFieldsFragment;

/** A node as far as a list needs it. */
export type NodeRef = Pick<ApiNode, 'id' | 'label' | 'name'>;

export type LeftOut = Operations.ExpansionCountsQuery['expansionCounts'][number];

/** Nodes and edges to draw. Only the neighbourhood query selects `leftOut`; the explorer also builds subgraphs of its own. */
export type Subgraph = Operations.SubgraphQuery['subgraph'] & { readonly leftOut?: readonly LeftOut[] };

export type RegionSummary = Operations.RegionsQuery['regions'][number];

/** A document with its fact counts per label. */
export type DocumentSummary = Omit<Operations.DocumentsQuery['documents'][number], 'counts'> & { readonly counts: Readonly<Record<string, number>> };

export type PathsResult = Operations.PathsQuery['paths'];
export type GraphPath = PathsResult['paths'][number];
export type SearchHit = Operations.SearchQuery['search'][number];
/** 'k-shortest' (paths of increasing length) or 'all-shortest' (the server has no GDS: one length only). */
export type PathAlgorithm = PathsResult['algorithm'];

/** Label and relationship-type counts. */
export type GraphSchema = Omit<Operations.GraphSchemaQuery['graphSchema'], 'labels' | 'relationshipTypes'> & {
  readonly labels: Readonly<Record<string, number>>;
  readonly relationshipTypes: Readonly<Record<string, number>>;
};

/** A read-only query's table and graph elements; a table cell is any value Cypher returns (null too). */
export type CypherResult = Omit<Operations.CypherResultFieldsFragment, 'rows'> & { readonly rows: ReadonlyArray<ReadonlyArray<unknown>> };

export type SavedQuery = Operations.SavedQueriesQuery['savedQueries'][number];
export type SavedQueryParam = SavedQuery['params'][number];

export type IngestReport = Operations.IngestDocumentMutation['ingestDocument'];
export type DeleteDocumentReport = Operations.DeleteDocumentMutation['deleteDocument'];
export type DocumentPassage = Operations.DocumentPassageQuery['documentPassage'];
export type PassageFact = DocumentPassage['facts'][number];

export type OwnershipMatrix = Operations.OwnershipMatrixQuery['ownershipMatrix'];
export type MatrixCell = OwnershipMatrix['cells'][number];
export type LeadCount = OwnershipMatrix['topLeads'][number];

/** One responsibility clause, with goals and sectors as far as a list needs them. */
export type OwnershipClause = Operations.OwnershipClauseFieldsFragment;
export type OwnershipTrace = Operations.OwnershipQuery['ownership'];

export type MetricSummary = Operations.MetricsQuery['metrics'][number];
export type IndicatorComparison = Operations.CompareIndicatorQuery['compareIndicator'][number];
export type SharedStrategy = Operations.SharedStrategiesQuery['sharedStrategies'][number];
export type StrategyQuote = SharedStrategy['regions'][number]['quotes'][number];
export type RegionSimilarity = Operations.RegionSimilarityQuery['regionSimilarity'][number];
export type RegionTarget = Operations.RegionTargetsQuery['regionTargets'][number];
export type RegionResult = NonNullable<RegionTarget['result']>;

/** Degree, PageRank and Louvain community of nodes (Neo4j Graph Data Science). */
export type GraphStatistics = Operations.GraphStatisticsQuery['graphStatistics'];
export type NodeStatistics = GraphStatistics['nodes'][number];
