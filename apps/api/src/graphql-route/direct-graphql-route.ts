import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import cors, { type CorsOptions } from 'cors';

export interface DirectGraphQLRouteOptions {
  /** The GraphQL path, e.g. '/graphql'. */
  readonly path: string;
  /** The JSON body limit Express applies to the same path. */
  readonly maxBodyBytes: number;
  /** The same CORS options the Express app uses. */
  readonly cors: CorsOptions;
  /** The started Apollo server, or undefined while the app is still starting. */
  readonly apollo: () => ApolloServer<BaseContext> | undefined;
}

/**
 * A request listener that answers plain JSON POSTs to the GraphQL path with Apollo directly and hands every other
 * request to `fallback` (the Express app). Express's router, body parser and Apollo's Express integration cost
 * ≈ 0.25 ms per request, as much as a small graph read itself (bench/query). Anything unusual (no content length,
 * over the limit, compressed, another media type) takes the Express path, so its answers stay those of Express.
 */
export function directGraphQLRoute(fallback: RequestListener, options: DirectGraphQLRouteOptions): RequestListener {
  const applyCors = cors(options.cors);
  return (request, response) => {
    const apollo = options.apollo();
    if (!apollo || !isPlainJsonPost(request, options)) {
      fallback(request, response);
      return;
    }
    applyCors(request, response, () => {
      readBody(request).then(
        (body) => answer(apollo, request, response, body),
        () => response.destroy(),
      );
    });
  };
}

/** The path and the query string ('' or starting with '?') of a request URL. */
function splitUrl(url = ''): { path: string; search: string } {
  const query = url.indexOf('?');
  return query < 0 ? { path: url, search: '' } : { path: url.slice(0, query), search: url.slice(query) };
}

function isPlainJsonPost(request: IncomingMessage, options: DirectGraphQLRouteOptions): boolean {
  if (request.method !== 'POST') return false;
  if (splitUrl(request.url).path !== options.path) return false;
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const length = Number(request.headers['content-length']);
  if (!Number.isInteger(length) || length < 0 || length > options.maxBodyBytes) return false;
  const [mediaType = '', ...parameters] = (request.headers['content-type'] ?? '').split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') return false;
  // Only UTF-8 bodies: other charsets go to body-parser, which decodes or refuses them.
  return parameters.every((parameter) => {
    const [name = '', value = ''] = parameter.split('=');
    return name.trim().toLowerCase() !== 'charset' || ['utf-8', 'utf8'].includes(value.trim().replace(/"/g, '').toLowerCase());
  });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function answer(apollo: ApolloServer<BaseContext>, request: IncomingMessage, response: ServerResponse, text: string): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    // The same status and shape as the Express path's body-parser error.
    send(response, 400, JSON.stringify({ error: `request body is not valid JSON: ${(error as Error).message}`, code: 400 }));
    return;
  }
  try {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: splitUrl(request.url).search, body },
      context: async () => ({}),
    });
    await writeResult(response, result);
  } catch {
    // executeHTTPGraphQLRequest turns resolver and validation errors into responses; reaching here is a server fault.
    if (!response.headersSent) send(response, 500, JSON.stringify({ error: 'internal error', code: 500 }));
    else response.destroy();
  }
}

async function writeResult(response: ServerResponse, result: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.setHeader('content-length', Buffer.byteLength(result.body.string));
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function send(response: ServerResponse, status: number, json: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('content-length', Buffer.byteLength(json));
  response.end(json);
}
