import type {
  ApiNode,
  CypherResult,
  DeleteDocumentReport,
  DocumentPassage,
  DocumentSummary,
  GraphSchema,
  IndicatorComparison,
  IngestReport,
  LeftOut,
  MetricSummary,
  OwnershipMatrix,
  OwnershipTrace,
  PathsResult,
  RegionSimilarity,
  RegionTarget,
  RegionSummary,
  SavedQuery,
  SearchHit,
  SharedStrategy,
  Subgraph,
} from './graph-api.types';
import { graphqlRequest } from './graphql-request';
import type { GraphStatistics } from './graph-api.types';

// One function per API operation; the documents are plain strings (no client library needed for POST + JSON).

const EVIDENCE = 'evidence { documentId start end quote section }';
const NODE = `id label name properties ${EVIDENCE}`;
const EDGE = `id type source target properties ${EVIDENCE}`;
const CYPHER_RESULT = `columns rows truncated elapsedMs nodes { ${NODE} } edges { ${EDGE} }`;

export async function fetchRegions(): Promise<readonly RegionSummary[]> {
  const data = await graphqlRequest<{ regions: RegionSummary[] }>(`query Regions { regions { documents departments region { ${NODE} } } }`);
  return data.regions;
}

export async function fetchDocuments(): Promise<readonly DocumentSummary[]> {
  const data = await graphqlRequest<{ documents: DocumentSummary[] }>(`query Documents { documents { region counts document { ${NODE} } } }`);
  return data.documents;
}

export async function fetchNode(id: string): Promise<ApiNode> {
  const data = await graphqlRequest<{ node: ApiNode }>(`query Node($id: ID!) { node(id: $id) { ${NODE} } }`, { id });
  return data.node;
}

export interface NeighborhoodArgs {
  readonly id: string;
  readonly depth?: number;
  readonly relTypes?: readonly string[];
  readonly labels?: readonly string[];
  readonly limit?: number;
}

export async function fetchNeighborhood(args: NeighborhoodArgs): Promise<Subgraph> {
  const data = await graphqlRequest<{ neighborhood: Subgraph }>(
    `query Neighborhood($id: ID!, $depth: Int, $labels: [String!], $relTypes: [String!], $limit: Int) {
      neighborhood(id: $id, depth: $depth, labels: $labels, relTypes: $relTypes, limit: $limit) {
        nodes { ${NODE} } edges { ${EDGE} } leftOut { type label count }
      }
    }`,
    { id: args.id, depth: args.depth ?? 1, labels: args.labels ?? null, relTypes: args.relTypes ?? null, limit: args.limit ?? 200 },
  );
  return data.neighborhood;
}

export async function fetchExpansionCounts(id: string): Promise<readonly LeftOut[]> {
  const data = await graphqlRequest<{ expansionCounts: LeftOut[] }>(`query ExpansionCounts($id: ID!) { expansionCounts(id: $id) { type label count } }`, { id });
  return data.expansionCounts;
}

/** What a path may not pass through: nodes of some labels (the ends excepted), relationships an inference wrote. */
export interface PathConstraints {
  readonly excludeLabels: readonly string[];
  readonly excludeInferred: boolean;
}

export async function fetchPaths(fromId: string, toId: string, constraints: PathConstraints = { excludeLabels: [], excludeInferred: false }, maxHops = 6, limit = 10): Promise<PathsResult> {
  const data = await graphqlRequest<{ paths: PathsResult }>(
    `query Paths($fromId: ID!, $toId: ID!, $maxHops: Int, $limit: Int, $excludeLabels: [String!], $excludeInferred: Boolean) {
      paths(fromId: $fromId, toId: $toId, maxHops: $maxHops, limit: $limit, excludeLabels: $excludeLabels, excludeInferred: $excludeInferred) {
        paths { nodeIds edgeIds length } nodes { ${NODE} } edges { ${EDGE} }
      }
    }`,
    { fromId, toId, maxHops, limit, excludeLabels: constraints.excludeLabels, excludeInferred: constraints.excludeInferred },
  );
  return data.paths;
}

export async function searchNodes(text: string, limit = 20, signal?: AbortSignal): Promise<readonly SearchHit[]> {
  const data = await graphqlRequest<{ search: SearchHit[] }>(
    `query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { score node { ${NODE} } } }`,
    { text, limit },
    signal,
  );
  return data.search;
}

export async function fetchGraphSchema(): Promise<GraphSchema> {
  const data = await graphqlRequest<{ graphSchema: GraphSchema }>(`query GraphSchema { graphSchema { labels relationshipTypes propertyKeys } }`);
  return data.graphSchema;
}

export async function runCypher(query: string, params: Readonly<Record<string, unknown>>): Promise<CypherResult> {
  const data = await graphqlRequest<{ cypher: CypherResult }>(`query Cypher($query: String!, $params: JSON) { cypher(query: $query, params: $params) { ${CYPHER_RESULT} } }`, {
    query,
    params,
  });
  return data.cypher;
}

export async function fetchSavedQueries(): Promise<readonly SavedQuery[]> {
  const data = await graphqlRequest<{ savedQueries: SavedQuery[] }>(
    `query SavedQueries { savedQueries { id title description columns cypher params { name type defaultValue description } } }`,
  );
  return data.savedQueries;
}

export async function runSavedQuery(id: string, params: Readonly<Record<string, unknown>>): Promise<CypherResult> {
  const data = await graphqlRequest<{ runSavedQuery: CypherResult }>(
    `query RunSavedQuery($id: String!, $params: JSON) { runSavedQuery(id: $id, params: $params) { ${CYPHER_RESULT} } }`,
    { id, params },
  );
  return data.runSavedQuery;
}

export async function ingestDocument(fileName: string, contentBase64: string): Promise<IngestReport> {
  const data = await graphqlRequest<{ ingestDocument: IngestReport }>(
    `mutation IngestDocument($fileName: String!, $contentBase64: String!) {
      ingestDocument(fileName: $fileName, contentBase64: $contentBase64) { documentId fileName status duplicateOf nodes relationships removed issues encoding }
    }`,
    { fileName, contentBase64 },
  );
  return data.ingestDocument;
}

/** A window of a document's text (at most 20,000 characters) with the facts read from it. */
export async function fetchDocumentPassage(documentId: string, start: number, end: number, signal?: AbortSignal): Promise<DocumentPassage> {
  const data = await graphqlRequest<{ documentPassage: DocumentPassage }>(
    `query DocumentPassage($documentId: String!, $start: Int!, $end: Int!) {
      documentPassage(documentId: $documentId, start: $start, end: $end) { documentId title length start end text factsLeftOut facts { id label name start end section } }
    }`,
    { documentId, start, end },
    signal,
  );
  return data.documentPassage;
}

/** Deletes a document and the facts only it supports (one transaction on the server). */
export async function deleteDocument(documentId: string): Promise<DeleteDocumentReport> {
  const data = await graphqlRequest<{ deleteDocument: DeleteDocumentReport }>(
    `mutation DeleteDocument($documentId: String!) { deleteDocument(documentId: $documentId) { documentId title ownNodes sharedNodes sharedEdges } }`,
    { documentId },
  );
  return data.deleteDocument;
}

/** Nodes by id with the edges among them: one request restores a shared view. */
export async function fetchSubgraph(ids: readonly string[]): Promise<Subgraph> {
  const data = await graphqlRequest<{ subgraph: Subgraph }>(`query Subgraph($ids: [ID!]!) { subgraph(ids: $ids) { nodes { ${NODE} } edges { ${EDGE} } } }`, { ids });
  return data.subgraph;
}

export async function fetchOwnershipMatrix(regions: readonly string[], includeInferred: boolean): Promise<OwnershipMatrix> {
  const data = await graphqlRequest<{ ownershipMatrix: OwnershipMatrix }>(
    `query OwnershipMatrix($regions: [String!]!, $includeInferred: Boolean) {
      ownershipMatrix(regions: $regions, includeInferred: $includeInferred) {
        departments { ${NODE} } columns { ${NODE} } unowned { ${NODE} }
        cells { departmentId columnId lead support coResponsible presumedLead inferred inferredConfidenceMin inferredConfidenceMax itemIds }
        topLeads { lead support coResponsible presumedLead department { ${NODE} } }
      }
    }`,
    { regions, includeInferred },
  );
  return data.ownershipMatrix;
}

const CLAUSE = `role presumedLead basis confidence department { ${NODE} } project { ${NODE} } goals { id label name } sectors { id label name } ${EVIDENCE}`;

/** Who owns what around one node, each clause with its RESPONSIBLE quote. */
export async function fetchOwnership(id: string): Promise<OwnershipTrace> {
  const data = await graphqlRequest<{ ownership: OwnershipTrace }>(
    `query Ownership($id: ID!) { ownership(id: $id) { root { ${NODE} } stated { ${CLAUSE} } inferred { ${CLAUSE} } } }`,
    { id },
  );
  return data.ownership;
}

/**
 * A saved query's nodes and relationships only, for drawing: the explorer needs no rows (and a query with
 * OPTIONAL MATCH has null cells the row list cannot carry).
 */
export async function fetchSavedQueryGraph(id: string, params: Readonly<Record<string, unknown>>): Promise<Subgraph & { readonly truncated: boolean }> {
  const data = await graphqlRequest<{ runSavedQuery: Subgraph & { truncated: boolean } }>(
    `query SavedQueryGraph($id: String!, $params: JSON) { runSavedQuery(id: $id, params: $params) { truncated nodes { ${NODE} } edges { ${EDGE} } } }`,
    { id, params },
  );
  return data.runSavedQuery;
}

export async function fetchMetrics(): Promise<readonly MetricSummary[]> {
  const data = await graphqlRequest<{ metrics: MetricSummary[] }>('query Metrics { metrics { metric regions regionNames indicators example } }');
  return data.metrics;
}

export async function compareIndicator(metric: string): Promise<readonly IndicatorComparison[]> {
  const data = await graphqlRequest<{ compareIndicator: IndicatorComparison[] }>(
    `query CompareIndicator($metric: String!) { compareIndicator(metric: $metric) {
      region indicatorId documentId name baseYear baseValue targetYear targetValue targetValueText comparator growth unit normalizedValue normalizedBaseValue normalizedUnit quote } }`,
    { metric },
  );
  return data.compareIndicator;
}

export async function fetchSharedStrategies(minRegions: number, limit = 100): Promise<readonly SharedStrategy[]> {
  const data = await graphqlRequest<{ sharedStrategies: SharedStrategy[] }>(
    `query SharedStrategies($minRegions: Int!, $limit: Int!) { sharedStrategies(minRegions: $minRegions, limit: $limit) {
      source strategy { ${NODE} } regions { region tasks quotes { taskId taskName documentId term quote } } } }`,
    { minRegions, limit },
  );
  return data.sharedStrategies;
}

/** Pairs of regions whose plans are closest (GDS node similarity over strategies and targets); one region's closest when given. */
export async function fetchRegionSimilarity(region: string | null, limit = 100): Promise<readonly RegionSimilarity[]> {
  const data = await graphqlRequest<{ regionSimilarity: RegionSimilarity[] }>(
    `query RegionSimilarity($region: String, $limit: Int!) { regionSimilarity(region: $region, limit: $limit) {
      region regionId other otherId similarity sharedStrategies { id name } sharedTargets { metric year value unit } features otherFeatures } }`,
    { region, limit },
  );
  return data.regionSimilarity;
}

export async function fetchRegionTargets(metric: string, year: number | null = null): Promise<readonly RegionTarget[]> {
  const data = await graphqlRequest<{ regionTargets: RegionTarget[] }>(
    `query RegionTargets($metric: String!, $year: Int) { regionTargets(metric: $metric, year: $year) {
      region regionId documentId metric indicatorId name year low high qualifier unit measure quote gap
      result { indicatorId year value high unit quote } } }`,
    { metric, year },
  );
  return data.regionTargets;
}

/** Degree, PageRank and community of the given nodes, over the view (those nodes) or the whole graph. */
export async function fetchGraphStatistics(ids: readonly string[], scope: 'view' | 'graph'): Promise<GraphStatistics> {
  const data = await graphqlRequest<{ graphStatistics: GraphStatistics }>(
    `query GraphStatistics($ids: [ID!]!, $scope: String!) { graphStatistics(ids: $ids, scope: $scope) {
      scope communities projectedNodes projectedRelationships nodes { id degree pageRank community } } }`,
    { ids, scope },
  );
  return data.graphStatistics;
}
