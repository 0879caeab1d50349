import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { GraphConnection } from '@policygraph/graph-store';
import { loadSavedQueries, runReadOnlyCypher, savedQueryParams, type SavedQuery } from '@policygraph/graph-query';
import { PolicyGraphError } from '@policygraph/graph-types';
import type { AppConfig } from '../config/app-config';
import { JSONScalar } from '../graph/json.scalar';
import { APP_CONFIG, GRAPH_CONNECTION } from '../graph/tokens';
import { CypherResultObject, SavedQueryObject } from './cypher.objects';

@Resolver()
export class CypherResolver {
  private readonly saved: SavedQuery[] = loadSavedQueries();

  constructor(
    @Inject(GRAPH_CONNECTION) private readonly graph: GraphConnection,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => CypherResultObject, { description: 'Runs read-only Cypher (refuses writes, LOAD CSV and admin procedures) with a timeout and a row cap.' })
  cypher(
    @Args('query', { type: () => String }) query: string,
    @Args('params', { type: () => JSONScalar, nullable: true }) params: Record<string, unknown> | null,
  ): Promise<CypherResultObject> {
    if (params !== null && params !== undefined && (typeof params !== "object" || Array.isArray(params))) throw new PolicyGraphError('BAD_REQUEST', 'params must be a JSON object');
    return runReadOnlyCypher(this.graph, query, params ?? {}, { timeoutMs: this.config.cypherTimeoutMs, rowCap: this.config.cypherRowCap });
  }

  @Query(() => [SavedQueryObject], { description: 'The saved pattern queries, with their parameters.' })
  savedQueries(): SavedQueryObject[] {
    return this.saved;
  }

  @Query(() => CypherResultObject, { description: 'Runs a saved pattern query with parameters (read-only, like the console).' })
  runSavedQuery(
    @Args('id', { type: () => String }) id: string,
    @Args('params', { type: () => JSONScalar, nullable: true }) params: Record<string, unknown> | null,
  ): Promise<CypherResultObject> {
    const query = this.saved.find((q) => q.id === id);
    if (!query) throw new PolicyGraphError('NOT_FOUND', `no saved query '${id}'`);
    return runReadOnlyCypher(this.graph, query.cypher, savedQueryParams(query, params ?? {}), {
      timeoutMs: this.config.cypherTimeoutMs,
      rowCap: this.config.cypherRowCap,
    });
  }
}
