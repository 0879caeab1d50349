import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { PolicyGraphError, type PolicyGraphErrorCode } from '@policygraph/graph-types';
import type { PreparedDocument } from './prepare-document';

export interface DocumentReaderLimits {
  /** Documents read at once (each in its own worker thread); a machine of two cores gains nothing from more. */
  readonly workers: number;
  /** Documents waiting for a worker; one more is refused at once with a clear message. */
  readonly maxQueued: number;
  /** Wall-clock limit of reading and extracting one document; the worker is stopped past it. */
  readonly timeoutMs: number;
  /** Heap of one worker (V8 old generation): a document that needs more stops its worker, nothing else. */
  readonly maxHeapMb: number;
}

export const DEFAULT_READER_LIMITS: DocumentReaderLimits = { workers: 1, maxQueued: 8, timeoutMs: 60_000, maxHeapMb: 1024 };

/**
 * V8 limits of one reader worker. The young generation is sized for extraction, which allocates many short-lived
 * strings and spans (about 80 MB per pass over the default corpus): at Node's default size scavenges take 10–16 % of
 * its time (bench:extract measures both). V8 splits it in three (two semi-spaces and the large-object space): 192 MB
 * gives semi-spaces of 64 MB, where a document's working set dies before it is copied; at 64 MB (semi-spaces of 21)
 * the scavenger copied and promoted 82 MB over ten passes, at 192 MB 45 MB (`--trace-gc-nvp`, 2026-12-07). V8 commits
 * the space only as it grows.
 */
export function readerResourceLimits(limits: DocumentReaderLimits): ResourceLimits {
  return { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 192, stackSizeMb: 4 };
}

const WORKER_FILE = join(__dirname, 'document-reader.worker.cjs');

interface Job {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly resolve: (prepared: PreparedDocument) => void;
  readonly reject: (error: PolicyGraphError) => void;
}

type Reply =
  | { id: number; ok: true; prepared: PreparedDocument }
  | { id: number; ok: false; code: PolicyGraphErrorCode; message: string; details: Record<string, string | number | boolean | null> };

/**
 * Reads and extracts documents in worker threads with a heap limit and a wall-clock limit, so a hostile or broken
 * file (a zip bomb, a huge text, a PDF that makes pdfjs spin) costs a worker, never the caller's event loop or heap.
 */
export class DocumentReaderPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private busy = 0;
  private nextId = 1;
  private closed = false;

  constructor(readonly limits: DocumentReaderLimits = DEFAULT_READER_LIMITS) {}

  /** Reads and extracts one document off this thread; errors are PolicyGraphErrors naming the file. */
  prepare(bytes: Uint8Array, fileName: string): Promise<PreparedDocument> {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new PolicyGraphError('BAD_REQUEST', `${fileName}: the document reader is shut down.`, { fileName }));
      if (this.queue.length >= this.limits.maxQueued) {
        return reject(
          new PolicyGraphError('INPUT_TOO_LARGE', `${fileName}: ${this.busy + this.queue.length} documents are being read already; try again in a minute.`, {
            fileName,
          }),
        );
      }
      this.queue.push({ id: this.nextId++, bytes, fileName, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; a running job fails. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.busy < this.limits.workers)) {
      const job = this.queue.shift()!;
      const worker = this.idle.pop() ?? this.spawn();
      this.busy++;
      this.run(worker, job);
    }
  }

  private spawn(): Worker {
    // execArgv: [] keeps a parent's `-r @swc-node/register` out: the worker registers it itself, before its first require.
    return new Worker(WORKER_FILE, {
      execArgv: [],
      resourceLimits: readerResourceLimits(this.limits),
    });
  }

  private run(worker: Worker, job: Job): void {
    worker.ref();
    const megabytes = (job.bytes.length / 1048576).toFixed(1);
    const finish = (outcome: () => void, reuse: boolean): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      this.busy--;
      if (reuse && !this.closed) {
        worker.unref();
        this.idle.push(worker);
      } else {
        void worker.terminate();
      }
      outcome();
      this.dispatch();
    };
    const onMessage = (reply: Reply): void => {
      if (reply.id !== job.id) return;
      finish(() => (reply.ok ? job.resolve(reply.prepared) : job.reject(new PolicyGraphError(reply.code, reply.message, reply.details))), true);
    };
    const onError = (error: Error & { code?: string }): void => {
      const message =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `${job.fileName} (${megabytes} MB) needs more than ${this.limits.maxHeapMb} MB of memory to read; reading it was stopped. Split the document.`
          : `${job.fileName} could not be read: the reader stopped (${error.message}).`;
      finish(
        () =>
          job.reject(
            new PolicyGraphError(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'INPUT_TOO_LARGE' : 'INPUT_UNREADABLE', message, { fileName: job.fileName }),
          ),
        false,
      );
    };
    const onExit = (code: number): void =>
      finish(
        () =>
          job.reject(
            new PolicyGraphError('INPUT_UNREADABLE', `${job.fileName} could not be read: the reader stopped (exit code ${code}).`, { fileName: job.fileName }),
          ),
        false,
      );
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    const timer = setTimeout(
      () =>
        finish(
          () =>
            job.reject(
              new PolicyGraphError(
                'INPUT_TOO_LARGE',
                `${job.fileName} (${megabytes} MB): reading and extracting took longer than ${this.limits.timeoutMs / 1000} s and was stopped. Split the document.`,
                { fileName: job.fileName },
              ),
            ),
          false,
        ),
      this.limits.timeoutMs,
    );
    // A copy the worker owns: the caller may still hold these bytes.
    const copy = Uint8Array.from(job.bytes);
    worker.postMessage({ id: job.id, bytes: copy.buffer, fileName: job.fileName }, [copy.buffer]);
  }
}
