import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** One run of text as pdfjs positions it: PDF user-space units, origin bottom left, `y` is the baseline. */
export interface PdfTextItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
  /** Rotated or mirrored text: diagonal watermarks and stamps, never body text. */
  readonly rotated: boolean;
}

export interface PdfPageText {
  readonly items: readonly PdfTextItem[];
}

export type PdfTextLayer =
  { readonly ok: true; readonly pages: readonly PdfPageText[] } | { readonly ok: false; readonly name: string; readonly message: string };

const WORKER_FILE = join(__dirname, 'pdf-text-layer.worker.mjs');

/** A plan of a few hundred pages reads in seconds; a PDF that keeps pdfjs busy longer than this is treated as broken. */
export const PDF_READ_TIMEOUT_MS = 60_000;

/** Runs pdfjs in a worker thread (see the worker file for why) and returns every page's text items in stream order. */
export function readPdfTextLayer(bytes: Uint8Array, timeoutMs: number = PDF_READ_TIMEOUT_MS): Promise<PdfTextLayer> {
  return new Promise((resolve, reject) => {
    // A copy: pdfjs detaches the buffer it is given, and the caller may still hold these bytes.
    // execArgv: [] keeps a parent's TypeScript loader (-r @swc-node/register) out of the plain-JS worker's startup.
    const worker = new Worker(WORKER_FILE, { workerData: { bytes: Uint8Array.from(bytes) }, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 512 } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, name: 'TimeoutError', message: `reading took longer than ${timeoutMs / 1000} s` });
    }, timeoutMs);
    worker.once('message', (reply: PdfTextLayer) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(reply);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // A worker that dies without replying (out of memory in pdfjs) must not leave the caller waiting for the timeout.
    worker.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ ok: false, name: 'WorkerExit', message: `the PDF reader stopped unexpectedly (exit code ${code})` });
    });
  });
}
