import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphConnection } from '@policygraph/graph-store';
import { DocumentReaderPool } from '@policygraph/ingest';
import { CypherConsole } from '@policygraph/graph-query';
import { Logger } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import type { AppConfig } from './config/app-config';
import { appConfigModule } from './config/app-config.module';
import { CrossRegionResolver } from './cross-region/cross-region.resolver';
import { CypherResolver } from './cypher/cypher.resolver';
import { DocumentsResolver } from './documents/documents.resolver';
import { DocumentPassageResolver } from './documents/document-passage.resolver';
import { ENTITY_OBJECTS } from './entities/entity.objects';
import { ENTITY_RELATION_RESOLVERS, EntityResolver } from './entities/entity.resolvers';
import { PolicyGraphErrorFilter } from './errors/policy-graph-error.filter';
import { GraphResolver } from './graph/graph.resolver';
import { StaleProjectionSweeper } from './graph/stale-projection-sweeper';
import { CYPHER_CONSOLE, DOCUMENT_READERS, GRAPH_CONNECTION, READ_CACHE } from './graph/tokens';
import { HealthController } from './health/health.controller';
import { IngestResolver } from './ingest/ingest.resolver';
import { ReadCache } from './read-cache/read-cache';
import { readCachePlugin } from './read-cache/read-cache.plugin';
import { authorizationPlugin } from './auth/authorization.plugin';
import { graphqlOutcomePlugin, type HttpContext } from './logging/graphql-outcome.plugin';
import { requestLogOptions } from './logging/request-log';
import { queryCostPlugin } from './graphql-limits/query-cost.plugin';

/**
 * GraphQL hardening: bounded depth, cost, aliases, directives and tokens; no field suggestions leaking the schema.
 * maxCost: the explorer's largest request (a neighbourhood of 500 nodes with properties and evidence) costs 40,375;
 * two nested lists of 100 cost ≈ 650,000.
 */
export const GRAPHQL_LIMITS = { maxDepth: 15, maxCost: 50_000, maxAliases: 15, maxDirectives: 10, maxTokens: 2_000 } as const;

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, connection: GraphConnection, openConsoleConnection: () => GraphConnection, logger: PinoLogger): DynamicModule {
    const armor = new ApolloArmor({
      // Introspection is checked too: its self-nesting types are the one place this schema allows deep queries.
      maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true },
      // Priced by queryCostPlugin instead, which reads `first`/`limit` given through variables too.
      costLimit: { enabled: false },
      maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
      maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
      // Counted by graphql-js's own parser (parseOptions below): armor's counter fails inside a plugin hook, which
      // Apollo answers with 500 instead of 400.
      maxTokens: { enabled: false },
      blockFieldSuggestion: { enabled: true },
    }).protect();
    const readCache = new ReadCache({ ttlMs: config.readCacheMs, maxEntries: 1_000 });
    return {
      module: AppModule,
      imports: [
        appConfigModule(config),
        // One line per request, and Nest's own Logger (the error filter, the console) writing to the same pino logger.
        LoggerModule.forRoot({ pinoHttp: requestLogOptions(logger) }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          // Typed node objects are only reached through the Entity interface; list them so the schema has them.
          buildSchemaOptions: { orphanedTypes: ENTITY_OBJECTS },
          introspection: config.introspection,
          playground: false,
          csrfPrevention: true,
          parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
          ...armor,
          // Apollo's cache-control plugin wraps every field resolver to collect HTTP cache hints this API never sends.
          // Each request's context holds its Express response (for the request log's outcome) and nothing else.
          context: ({ res }: HttpContext): HttpContext => ({ res }),
          plugins: [
            ...armor.plugins,
            queryCostPlugin(GRAPHQL_LIMITS.maxCost),
            authorizationPlugin(config.apiTokens),
            readCachePlugin(readCache),
            graphqlOutcomePlugin(),
            ApolloServerPluginCacheControlDisabled(),
          ],
          formatError: (formatted) => {
            // Stack traces stay on the server; the client gets the message and a stable code.
            const { stacktrace: _stacktrace, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
            return { ...formatted, extensions };
          },
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: GRAPH_CONNECTION, useValue: connection },
        { provide: READ_CACHE, useValue: readCache },
        // Uploads are read and extracted in worker threads, so no document blocks the event loop that serves queries.
        { provide: DOCUMENT_READERS, useFactory: () => new DocumentReaderPool() },
        {
          provide: CYPHER_CONSOLE,
          useFactory: () =>
            new CypherConsole(
              openConsoleConnection,
              connection,
              { timeoutMs: config.cypherTimeoutMs, rowCap: config.cypherRowCap, concurrency: config.cypherConcurrency, graceMs: 3_000 },
              (message) => new Logger('CypherConsole').warn(message),
            ),
        },
        { provide: APP_FILTER, useClass: PolicyGraphErrorFilter },
        StaleProjectionSweeper,
        GraphResolver,
        CypherResolver,
        IngestResolver,
        DocumentsResolver,
        DocumentPassageResolver,
        EntityResolver,
        ...ENTITY_RELATION_RESOLVERS,
        CrossRegionResolver,
      ],
    };
  }
}
