import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { selectsDetails } from '../graph/selects-details';
import { READ_CACHE } from '../graph/tokens';
import type { ReadCache } from './read-cache';

/**
 * Serves repeated top-level graph reads from the ReadCache. The key is the field, its arguments and whether details
 * were selected (the resolvers ask Neo4j for less without them). Applied to the graph, entity and cross-region
 * resolvers only: the Cypher console and saved queries always run live.
 */
@Injectable()
export class ReadCacheInterceptor implements NestInterceptor {
  constructor(@Inject(READ_CACHE) private readonly cache: ReadCache) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.cache.enabled || context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Query') return next.handle();
    const key = `${info.fieldName}|${selectsDetails(info) ? 'details' : 'summary'}|${JSON.stringify(gql.getArgs())}`;
    return from(this.cache.get(key, () => lastValueFrom(next.handle())));
  }
}
