import { Inject, type OnApplicationShutdown } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { loadSavedQueries, savedQueryParams, type CypherConsole, type SavedQuery } from '@policygraph/graph-query';
import { PolicyGraphError } from '@policygraph/graph-types';
import { JSONScalar } from '../graph/json.scalar';
import { CYPHER_CONSOLE } from '../graph/tokens';
import { CypherResultObject, SavedQueryObject } from './cypher.objects';

@Resolver()
export class CypherResolver implements OnApplicationShutdown {
  private readonly saved: SavedQuery[] = loadSavedQueries();

  constructor(@Inject(CYPHER_CONSOLE) private readonly console: CypherConsole) {}

  async onApplicationShutdown(): Promise<void> {
    await this.console.close();
  }

  @Query(() => CypherResultObject, { description: 'Runs read-only Cypher (refuses writes, LOAD CSV and admin procedures) with a timeout and a row cap.' })
  cypher(
    @Args('query', { type: () => String }) query: string,
    @Args('params', { type: () => JSONScalar, nullable: true }) params: Record<string, unknown> | null,
  ): Promise<CypherResultObject> {
    if (params !== null && params !== undefined && (typeof params !== 'object' || Array.isArray(params)))
      throw new PolicyGraphError('BAD_REQUEST', 'params must be a JSON object');
    return this.console.run({ query, params: params ?? {} });
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
    return this.console.run({ query: query.cypher, params: savedQueryParams(query, params ?? {}), savedQueryText: true });
  }
}
