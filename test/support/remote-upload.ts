import { Worker } from 'node:worker_threads';
import type { GraphQLResponse } from './app-server';

// Plain JavaScript run by the worker: base64 encoding, JSON serialising and sending 25 MB are the client's work.
const UPLOADER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, query, fileName, bytes } = workerData;
const body = JSON.stringify({ query, variables: { f: fileName, c: Buffer.from(bytes).toString('base64') } });
fetch(url + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
  .then(async (response) => parentPort.postMessage({ status: response.status, ...(await response.json()) }))
  .catch((error) => parentPort.postMessage({ status: 0, errors: [{ message: 'client: ' + String(error) }] }));
`;

/**
 * Sends one GraphQL mutation with a file's bytes as `$f`/`$c` from a worker thread. The API under test serves on
 * this process's main thread, so a client on the same thread would stall it with its own encoding and count that
 * against the server; a worker is a client elsewhere, as real uploaders are.
 */
export function uploadFromAnotherThread(url: string, query: string, fileName: string, bytes: Buffer): Promise<GraphQLResponse<Record<string, unknown>>> {
  const copy = new Uint8Array(bytes);
  const worker = new Worker(UPLOADER, { eval: true, workerData: { url, query, fileName, bytes: copy }, transferList: [copy.buffer] });
  return new Promise<GraphQLResponse<Record<string, unknown>>>((resolve, reject) => {
    worker.once('message', (reply: GraphQLResponse<Record<string, unknown>>) => resolve(reply));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`upload worker exited with code ${code} before replying`)));
  }).finally(() => worker.terminate());
}
