import type {
  ApiNode,
  CypherResult,
  DeleteDocumentReport,
  DocumentPassage,
  DocumentSummary,
  GraphSchema,
  GraphStatistics,
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
import { graphql } from './generated/gql';
import type { CypherResultFieldsFragment } from './generated/graphql';
import { graphqlRequest } from './graphql-request';

// One function per API operation. The documents are `graphql(…)` strings whose result and variables types
// `npm run codegen` generates (generated/); shared selections are the fragments of graph-api.fragments.ts.

/** A JSON object of counts (per label, per type) as the API sends it; anything not a number is left out. */
function countsOf(json: { readonly [key: string]: unknown }): Readonly<Record<string, number>> {
  return Object.fromEntries(Object.entries(json).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

/** The schema lets a row be null (Nest marks every level of `[[JSON]]` nullable to let cells be null); none is. */
function withRows(result: CypherResultFieldsFragment): CypherResult {
  return { ...result, rows: result.rows.map((row) => row ?? []) };
}

export async function fetchRegions(): Promise<readonly RegionSummary[]> {
  const data = await graphqlRequest(
    graphql(`
      query Regions {
        regions {
          documents
          departments
          region {
            ...NodeFields
          }
        }
      }
    `),
  );
  return data.regions;
}

export async function fetchDocuments(): Promise<readonly DocumentSummary[]> {
  const data = await graphqlRequest(
    graphql(`
      query Documents {
        documents {
          region
          counts
          document {
            ...NodeFields
          }
        }
      }
    `),
  );
  return data.documents.map((summary) => ({ ...summary, counts: countsOf(summary.counts) }));
}

export async function fetchNode(id: string): Promise<ApiNode> {
  const data = await graphqlRequest(
    graphql(`
      query Node($id: ID!) {
        node(id: $id) {
          ...NodeFields
        }
      }
    `),
    { id },
  );
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
  const data = await graphqlRequest(
    graphql(`
      query Neighborhood($id: ID!, $depth: Int, $labels: [String!], $relTypes: [String!], $limit: Int) {
        neighborhood(id: $id, depth: $depth, labels: $labels, relTypes: $relTypes, limit: $limit) {
          nodes {
            ...NodeFields
          }
          edges {
            ...EdgeFields
          }
          leftOut {
            type
            label
            count
          }
        }
      }
    `),
    { id: args.id, depth: args.depth ?? 1, labels: args.labels ?? null, relTypes: args.relTypes ?? null, limit: args.limit ?? 200 },
  );
  return data.neighborhood;
}

export async function fetchExpansionCounts(id: string): Promise<readonly LeftOut[]> {
  const data = await graphqlRequest(
    graphql(`
      query ExpansionCounts($id: ID!) {
        expansionCounts(id: $id) {
          type
          label
          count
        }
      }
    `),
    { id },
  );
  return data.expansionCounts;
}

/** What a path may not pass through: nodes of some labels (the ends excepted), relationships an inference wrote. */
export interface PathConstraints {
  readonly excludeLabels: readonly string[];
  readonly excludeInferred: boolean;
}

export async function fetchPaths(
  fromId: string,
  toId: string,
  constraints: PathConstraints = { excludeLabels: [], excludeInferred: false },
  maxHops = 6,
  limit = 10,
): Promise<PathsResult> {
  const data = await graphqlRequest(
    graphql(`
      query Paths($fromId: ID!, $toId: ID!, $maxHops: Int, $limit: Int, $excludeLabels: [String!], $excludeInferred: Boolean) {
        paths(fromId: $fromId, toId: $toId, maxHops: $maxHops, limit: $limit, excludeLabels: $excludeLabels, excludeInferred: $excludeInferred) {
          paths {
            nodeIds
            edgeIds
            length
          }
          nodes {
            ...NodeFields
          }
          edges {
            ...EdgeFields
          }
          algorithm
          notice
        }
      }
    `),
    { fromId, toId, maxHops, limit, excludeLabels: constraints.excludeLabels, excludeInferred: constraints.excludeInferred },
  );
  return data.paths;
}

export async function searchNodes(text: string, limit = 20, signal?: AbortSignal): Promise<readonly SearchHit[]> {
  const data = await graphqlRequest(
    graphql(`
      query Search($text: String!, $limit: Int) {
        search(text: $text, limit: $limit) {
          score
          node {
            ...NodeFields
          }
        }
      }
    `),
    { text, limit },
    signal,
  );
  return data.search;
}

export async function fetchGraphSchema(): Promise<GraphSchema> {
  const data = await graphqlRequest(
    graphql(`
      query GraphSchema {
        graphSchema {
          labels
          relationshipTypes
          propertyKeys
        }
      }
    `),
  );
  const { labels, relationshipTypes, propertyKeys } = data.graphSchema;
  return { labels: countsOf(labels), relationshipTypes: countsOf(relationshipTypes), propertyKeys };
}

export async function runCypher(query: string, params: Readonly<Record<string, unknown>>): Promise<CypherResult> {
  const data = await graphqlRequest(
    graphql(`
      query Cypher($query: String!, $params: JSON) {
        cypher(query: $query, params: $params) {
          ...CypherResultFields
        }
      }
    `),
    {
      query,
      params,
    },
  );
  return withRows(data.cypher);
}

export async function fetchSavedQueries(): Promise<readonly SavedQuery[]> {
  const data = await graphqlRequest(
    graphql(`
      query SavedQueries {
        savedQueries {
          id
          title
          description
          columns
          cypher
          params {
            name
            type
            defaultValue
            description
          }
        }
      }
    `),
  );
  return data.savedQueries;
}

export async function runSavedQuery(id: string, params: Readonly<Record<string, unknown>>): Promise<CypherResult> {
  const data = await graphqlRequest(
    graphql(`
      query RunSavedQuery($id: String!, $params: JSON) {
        runSavedQuery(id: $id, params: $params) {
          ...CypherResultFields
        }
      }
    `),
    { id, params },
  );
  return withRows(data.runSavedQuery);
}

export async function ingestDocument(fileName: string, contentBase64: string): Promise<IngestReport> {
  const data = await graphqlRequest(
    graphql(`
      mutation IngestDocument($fileName: String!, $contentBase64: String!) {
        ingestDocument(fileName: $fileName, contentBase64: $contentBase64) {
          documentId
          fileName
          status
          duplicateOf
          nodes
          relationships
          removed
          issues
          encoding
        }
      }
    `),
    { fileName, contentBase64 },
  );
  return data.ingestDocument;
}

/** A window of a document's text (at most 20,000 characters) with the facts read from it. */
export async function fetchDocumentPassage(documentId: string, start: number, end: number, signal?: AbortSignal): Promise<DocumentPassage> {
  const data = await graphqlRequest(
    graphql(`
      query DocumentPassage($documentId: String!, $start: Int!, $end: Int!) {
        documentPassage(documentId: $documentId, start: $start, end: $end) {
          documentId
          title
          length
          start
          end
          text
          factsLeftOut
          facts {
            id
            label
            name
            start
            end
            section
          }
        }
      }
    `),
    { documentId, start, end },
    signal,
  );
  return data.documentPassage;
}

/** Deletes a document and the facts only it supports (one transaction on the server). */
export async function deleteDocument(documentId: string): Promise<DeleteDocumentReport> {
  const data = await graphqlRequest(
    graphql(`
      mutation DeleteDocument($documentId: String!) {
        deleteDocument(documentId: $documentId) {
          documentId
          title
          ownNodes
          sharedNodes
          sharedEdges
        }
      }
    `),
    { documentId },
  );
  return data.deleteDocument;
}

/** Nodes by id with the edges among them: one request restores a shared view. */
export async function fetchSubgraph(ids: readonly string[]): Promise<Subgraph> {
  const data = await graphqlRequest(
    graphql(`
      query Subgraph($ids: [ID!]!) {
        subgraph(ids: $ids) {
          nodes {
            ...NodeFields
          }
          edges {
            ...EdgeFields
          }
        }
      }
    `),
    { ids },
  );
  return data.subgraph;
}

export async function fetchOwnershipMatrix(regions: readonly string[], includeInferred: boolean): Promise<OwnershipMatrix> {
  const data = await graphqlRequest(
    graphql(`
      query OwnershipMatrix($regions: [String!]!, $includeInferred: Boolean) {
        ownershipMatrix(regions: $regions, includeInferred: $includeInferred) {
          departments {
            ...NodeFields
          }
          columns {
            ...NodeFields
          }
          unowned {
            ...NodeFields
          }
          cells {
            departmentId
            columnId
            lead
            support
            coResponsible
            presumedLead
            inferred
            inferredConfidenceMin
            inferredConfidenceMax
            itemIds
          }
          topLeads {
            lead
            support
            coResponsible
            presumedLead
            department {
              ...NodeFields
            }
          }
        }
      }
    `),
    { regions, includeInferred },
  );
  return data.ownershipMatrix;
}

/** Who owns what around one node, each clause with its RESPONSIBLE quote. */
export async function fetchOwnership(id: string): Promise<OwnershipTrace> {
  const data = await graphqlRequest(
    graphql(`
      query Ownership($id: ID!) {
        ownership(id: $id) {
          root {
            ...NodeFields
          }
          stated {
            ...OwnershipClauseFields
          }
          inferred {
            ...OwnershipClauseFields
          }
        }
      }
    `),
    { id },
  );
  return data.ownership;
}

/**
 * A saved query's nodes and relationships only, for drawing: the explorer needs no rows (and a query with
 * OPTIONAL MATCH has null cells the row list cannot carry).
 */
export async function fetchSavedQueryGraph(id: string, params: Readonly<Record<string, unknown>>): Promise<Subgraph & { readonly truncated: boolean }> {
  const data = await graphqlRequest(
    graphql(`
      query SavedQueryGraph($id: String!, $params: JSON) {
        runSavedQuery(id: $id, params: $params) {
          truncated
          nodes {
            ...NodeFields
          }
          edges {
            ...EdgeFields
          }
        }
      }
    `),
    { id, params },
  );
  return data.runSavedQuery;
}

export async function fetchMetrics(): Promise<readonly MetricSummary[]> {
  const data = await graphqlRequest(
    graphql(`
      query Metrics {
        metrics {
          metric
          regions
          regionNames
          indicators
          example
        }
      }
    `),
  );
  return data.metrics;
}

export async function compareIndicator(metric: string): Promise<readonly IndicatorComparison[]> {
  const data = await graphqlRequest(
    graphql(`
      query CompareIndicator($metric: String!) {
        compareIndicator(metric: $metric) {
          region
          indicatorId
          documentId
          name
          baseYear
          baseValue
          targetYear
          targetValue
          targetValueText
          comparator
          growth
          unit
          normalizedValue
          normalizedBaseValue
          normalizedUnit
          quote
        }
      }
    `),
    { metric },
  );
  return data.compareIndicator;
}

export async function fetchSharedStrategies(minRegions: number, limit = 100): Promise<readonly SharedStrategy[]> {
  const data = await graphqlRequest(
    graphql(`
      query SharedStrategies($minRegions: Int!, $limit: Int!) {
        sharedStrategies(minRegions: $minRegions, limit: $limit) {
          source
          strategy {
            ...NodeFields
          }
          regions {
            region
            tasks
            quotes {
              taskId
              taskName
              documentId
              term
              quote
            }
          }
        }
      }
    `),
    { minRegions, limit },
  );
  return data.sharedStrategies;
}

/** Pairs of regions whose plans are closest (GDS node similarity over strategies and targets); one region's closest when given. */
export async function fetchRegionSimilarity(region: string | null, limit = 100): Promise<readonly RegionSimilarity[]> {
  const data = await graphqlRequest(
    graphql(`
      query RegionSimilarity($region: String, $limit: Int!) {
        regionSimilarity(region: $region, limit: $limit) {
          region
          regionId
          other
          otherId
          similarity
          sharedStrategies {
            id
            name
          }
          sharedTargets {
            metric
            year
            value
            unit
          }
          features
          otherFeatures
        }
      }
    `),
    { region, limit },
  );
  return data.regionSimilarity;
}

export async function fetchRegionTargets(metric: string, year: number | null = null): Promise<readonly RegionTarget[]> {
  const data = await graphqlRequest(
    graphql(`
      query RegionTargets($metric: String!, $year: Int) {
        regionTargets(metric: $metric, year: $year) {
          region
          regionId
          documentId
          metric
          indicatorId
          name
          year
          low
          high
          qualifier
          unit
          measure
          quote
          gap
          result {
            indicatorId
            year
            value
            high
            unit
            quote
          }
        }
      }
    `),
    { metric, year },
  );
  return data.regionTargets;
}

/** Degree, PageRank and community of the given nodes, over the view (those nodes) or the whole graph. */
export async function fetchGraphStatistics(ids: readonly string[], scope: 'view' | 'graph'): Promise<GraphStatistics> {
  const data = await graphqlRequest(
    graphql(`
      query GraphStatistics($ids: [ID!]!, $scope: String!) {
        graphStatistics(ids: $ids, scope: $scope) {
          scope
          communities
          projectedNodes
          projectedRelationships
          nodes {
            id
            degree
            pageRank
            community
          }
        }
      }
    `),
    { ids, scope },
  );
  return data.graphStatistics;
}
