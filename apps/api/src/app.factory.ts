import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServer, BaseContext } from '@apollo/server';
import type { ApolloDriver } from '@nestjs/apollo';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { GraphConnection } from '@policygraph/graph-store';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { directGraphQLRoute, type DirectGraphQLRouteOptions } from './graphql-route/direct-graphql-route';

/** Builds the HTTP app (GraphQL at /graphql, /health, the built explorer at /) without listening: tests use it too. */
export async function createApp(config: AppConfig, connection: GraphConnection): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, connection), {
    logger: ['error', 'warn'],
    bodyParser: false,
  });
  // Uploads travel as base64 inside GraphQL: the body limit is the upload limit plus base64 overhead, no more.
  const maxBodyBytes = Math.ceil(config.maxUploadBytes * 1.4) + 64 * 1024;
  const corsOptions = { origin: config.corsOrigins, methods: ['GET', 'POST', 'OPTIONS'] };
  app.useBodyParser('json', { limit: maxBodyBytes });
  app.enableCors(corsOptions);
  serveGraphQLBesideExpress(app, { path: '/graphql', maxBodyBytes, cors: corsOptions });
  app.enableShutdownHooks();
  if (existsSync(join(config.webDist, 'index.html'))) {
    app.useStaticAssets(config.webDist, { index: false, maxAge: '1h' });
    // Client-side routes all load the same page.
    app.use((request: Request, response: Response, next: NextFunction) => {
      if (request.method !== 'GET' || request.path.startsWith('/graphql') || request.path.startsWith('/health')) return next();
      response.sendFile(join(config.webDist, 'index.html'));
    });
  }
  return app;
}

/** Puts the direct GraphQL route in front of the Express app on the same HTTP server (see directGraphQLRoute). */
function serveGraphQLBesideExpress(app: NestExpressApplication, options: Omit<DirectGraphQLRouteOptions, 'apollo'>): void {
  const server = app.getHttpServer();
  const listeners = server.listeners('request');
  if (listeners.length !== 1) throw new Error(`expected the Express app as the only request listener, found ${listeners.length}`);
  const express = listeners[0] as (request: unknown, response: unknown) => void;
  let apollo: ApolloServer<BaseContext> | undefined;
  server.removeAllListeners('request');
  server.on(
    'request',
    directGraphQLRoute(express, {
      ...options,
      // Undefined until Nest has started Apollo (app.init); until then Express answers, as before.
      apollo: () => (apollo ??= (app.get(GraphQLModule) as GraphQLModule<ApolloDriver>).graphQlAdapter.instance as ApolloServer<BaseContext> | undefined),
    }),
  );
}
