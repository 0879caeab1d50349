import { Inject } from '@nestjs/common';
import { Args, ID, Info, Int, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphConnection } from '@policygraph/graph-store';
import { PolicyGraphError } from '@policygraph/graph-types';
import {
  departmentsOfRegion,
  expansionCounts,
  getNode,
  graphStatistics,
  graphSchemaSummary,
  listDocuments,
  listRegions,
  neighborhood,
  ownershipMatrix,
  search,
  subgraphOf,
  shortestPaths,
  traceOwnership,
} from '@policygraph/graph-query';
import {
  DepartmentTasksObject,
  DocumentSummaryObject,
  GraphNodeObject,
  GraphSchemaObject,
  GraphStatisticsObject,
  LeftOutObject,
  OwnershipMatrixObject,
  OwnershipTraceObject,
  PathsResultObject,
  RegionSummaryObject,
  SearchHitObject,
  SubgraphObject,
} from './graph.objects';
import { selectsDetails } from './selects-details';
import { GRAPH_CONNECTION } from './tokens';

@Resolver()
export class GraphResolver {
  constructor(@Inject(GRAPH_CONNECTION) private readonly graph: GraphConnection) {}

  @Query(() => [RegionSummaryObject], { description: 'Regions in the graph with their document and department counts.' })
  regions(): Promise<RegionSummaryObject[]> {
    return listRegions(this.graph);
  }

  @Query(() => [DocumentSummaryObject], { description: 'Ingested documents with their fact counts per label.' })
  documents(): Promise<DocumentSummaryObject[]> {
    return listDocuments(this.graph);
  }

  @Query(() => [DepartmentTasksObject], { description: "A region's departments and the tasks each is responsible for (责任单位)." })
  departments(
    @Args('region', { type: () => String }) region: string,
    @Args('includeInferred', { type: () => Boolean, defaultValue: false }) includeInferred: boolean,
    @Args('limit', { type: () => Int, defaultValue: 500 }) limit: number,
  ): Promise<DepartmentTasksObject[]> {
    return departmentsOfRegion(this.graph, { region, includeInferred, limit: Math.min(Math.max(limit, 1), 2_000) });
  }

  @Query(() => GraphNodeObject, { description: 'One node by id.' })
  node(@Args('id', { type: () => ID }) id: string): Promise<GraphNodeObject> {
    return getNode(this.graph, id);
  }

  @Query(() => SubgraphObject, { description: 'Nodes and edges around a node, breadth first, with counts of what the limit left out.' })
  neighborhood(
    @Args('id', { type: () => ID }) id: string,
    @Args('depth', { type: () => Int, defaultValue: 1 }) depth: number,
    @Args('labels', { type: () => [String], nullable: true }) labels: string[] | null,
    @Args('relTypes', { type: () => [String], nullable: true }) relTypes: string[] | null,
    @Args('limit', { type: () => Int, defaultValue: 200 }) limit: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SubgraphObject> {
    return neighborhood(this.graph, { id, depth, labels: labels ?? undefined, relTypes: relTypes ?? undefined, limit, details: selectsDetails(info) });
  }

  @Query(() => [LeftOutObject], { description: 'How many neighbours a node has per relationship type and label (the expand menu).' })
  expansionCounts(@Args('id', { type: () => ID }) id: string): Promise<LeftOutObject[]> {
    return expansionCounts(this.graph, id);
  }

  @Query(() => PathsResultObject, {
    description:
      "Up to limit paths of increasing length between two nodes (Yen's k shortest paths; only the shortest ones without GDS, see algorithm), optionally avoiding some labels and inferred relationships.",
  })
  paths(
    @Args('fromId', { type: () => ID }) fromId: string,
    @Args('toId', { type: () => ID }) toId: string,
    @Args('maxHops', { type: () => Int, defaultValue: 6 }) maxHops: number,
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
    @Args('excludeLabels', {
      type: () => [String],
      nullable: true,
      description: 'No path passes through nodes with these labels (Strategy, DepartmentFunction); the ends may have them.',
    })
    excludeLabels: string[] | null,
    @Args('excludeInferred', { type: () => Boolean, defaultValue: false, description: "Leave out relationships an inference wrote (basis 'inferred')." })
    excludeInferred: boolean,
  ): Promise<PathsResultObject> {
    return shortestPaths(this.graph, { fromId, toId, maxHops, limit, excludeLabels: excludeLabels ?? [], excludeInferred });
  }

  @Query(() => [SearchHitObject], { description: 'Full-text search over names, aliases (发改委 finds 省发展改革委) and quotes.' })
  search(
    @Args('text', { type: () => String }) text: string,
    @Args('labels', { type: () => [String], nullable: true }) labels: string[] | null,
    @Args('region', { type: () => String, nullable: true }) region: string | null,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchHitObject[]> {
    return search(this.graph, { text, labels: labels ?? undefined, region, limit, details: selectsDetails(info) });
  }

  @Query(() => OwnershipTraceObject, { description: 'Who owns what: for a department its projects and goals; for a goal, sector or region its departments.' })
  ownership(@Args('id', { type: () => ID }) id: string): Promise<OwnershipTraceObject> {
    return traceOwnership(this.graph, id);
  }

  @Query(() => SubgraphObject, { description: 'Nodes by id and the edges among them (restores a shared view).' })
  subgraph(@Args('ids', { type: () => [ID] }) ids: string[]): Promise<SubgraphObject> {
    return subgraphOf(this.graph, ids);
  }

  @Query(() => OwnershipMatrixObject, { description: 'Who owns what in one or more regions: departments × sector types.' })
  ownershipMatrix(
    @Args('regions', { type: () => [String] }) regions: string[],
    @Args('includeInferred', { type: () => Boolean, defaultValue: false }) includeInferred: boolean,
  ): Promise<OwnershipMatrixObject> {
    return ownershipMatrix(this.graph, { regions, includeInferred });
  }

  @Query(() => GraphStatisticsObject, {
    description:
      "Degree, PageRank and Louvain community of the given nodes by Neo4j Graph Data Science, over the view (scope 'view': those nodes and the relationships among them) or the whole graph (scope 'graph').",
  })
  graphStatistics(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Args('scope', { type: () => String, defaultValue: 'view', description: "'view' or 'graph'." }) scope: string,
  ): Promise<GraphStatisticsObject> {
    if (scope !== 'view' && scope !== 'graph') throw new PolicyGraphError('BAD_REQUEST', `scope must be 'view' or 'graph' (got '${scope}')`, {});
    return graphStatistics(this.graph, { ids, scope });
  }

  @Query(() => GraphSchemaObject, { description: 'Labels, relationship types and property keys in the graph.' })
  graphSchema(): Promise<GraphSchemaObject> {
    return graphSchemaSummary(this.graph);
  }
}
