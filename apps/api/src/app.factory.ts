import 'reflect-metadata';
import { existsSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { GraphConnection } from '@policygraph/graph-store';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import type { Logger as PinoLogger } from 'pino';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { securityHeaders } from './http/security-headers';
import { createAppLogger } from './logging/app-logger';

/**
 * Builds the HTTP app (GraphQL at /graphql, /health, the built explorer at /) without listening: tests use it too.
 * `openConsoleConnection` makes the Cypher console's own small pool; without it (benchmarks) the console shares
 * `connection`, still with its concurrency limit. `logger` receives every log line (default: stdout at LOG_LEVEL).
 */
export async function createApp(
  config: AppConfig,
  connection: GraphConnection,
  openConsoleConnection?: () => GraphConnection,
  logger: PinoLogger = createAppLogger(config.logLevel),
): Promise<NestExpressApplication> {
  const sharedConsoleConnection = (): GraphConnection => ({ ...connection, close: async () => undefined });
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, connection, openConsoleConnection ?? sharedConsoleConnection, logger),
    {
      bufferLogs: true,
      bodyParser: false,
    },
  );
  return configureHttpApp(app, config);
}

/** How long an idle keep-alive connection stays open. */
const KEEP_ALIVE_MS = 65_000;

/** Express settings around the Nest app: logger, headers, body limit, CORS, the built explorer. */
export function configureHttpApp(app: NestExpressApplication, config: AppConfig): NestExpressApplication {
  app.useLogger(app.get(Logger));
  // Uploads travel as base64 inside GraphQL: the body limit is the upload limit plus base64 overhead, no more.
  const maxBodyBytes = Math.ceil(config.maxUploadBytes * 1.4) + 64 * 1024;
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.useBodyParser('json', { limit: maxBodyBytes });
  app.enableCors({ origin: config.corsOrigins, methods: ['GET', 'POST', 'OPTIONS'] });
  app.enableShutdownHooks();
  // Idle keep-alive sockets stay open well past the few seconds a client lets one idle: a server closing a socket at 5 s
  // (Node's default) races a request a busy client sends on it just then, which the client sees as ECONNRESET (seen in a
  // test whose client spent seconds between two queries on a loaded machine).
  const server = app.getHttpServer() as HttpServer;
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
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
