import { computeLayout, type LayoutJob, type LayoutPositions } from './layout-compute';

type Reply = { seq: number; positions?: LayoutPositions; error?: string };

/**
 * Runs layouts in a Web Worker (layout.worker.ts, a headless Cytoscape) so a layout of 1,000 nodes never blocks the
 * page; where workers are missing or fail to start it computes on the main thread. Only the newest job counts: an
 * older one resolves with null when its result comes.
 */
export class LayoutRunner {
  private worker: Worker | null | undefined;
  private seq = 0;
  private readonly waiting = new Map<number, { job: LayoutJob; resolve: (positions: LayoutPositions | null) => void }>();

  /** Layouts the worker computed (browser tests check layouts leave the main thread). */
  workerRuns = 0;
  /** False: compute on the main thread (the render bench's same-run baseline). */
  inWorker = true;

  run(job: LayoutJob): Promise<LayoutPositions | null> {
    const seq = ++this.seq;
    const worker = this.inWorker ? this.ensureWorker() : null;
    if (!worker) return Promise.resolve(computeLayout(job));
    return new Promise((resolve) => {
      this.waiting.set(seq, { job, resolve });
      worker.postMessage({ seq, job });
    });
  }

  /** The positions of every layout still running are no longer wanted (nodes were put back where a view had them). */
  supersede(): void {
    this.seq++;
  }

  destroy(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const { resolve } of this.waiting.values()) resolve(null);
    this.waiting.clear();
  }

  private ensureWorker(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      this.worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.worker = null;
    }
    this.worker?.addEventListener('message', (event: MessageEvent<Reply>) => this.settle(event.data));
    this.worker?.addEventListener('error', () => this.fallBack());
    return this.worker;
  }

  private settle(reply: Reply): void {
    const entry = this.waiting.get(reply.seq);
    if (!entry) return;
    this.waiting.delete(reply.seq);
    if (reply.positions) this.workerRuns++;
    if (reply.seq !== this.seq) entry.resolve(null);
    else entry.resolve(reply.positions ?? computeLayout(entry.job));
  }

  /** The worker failed to load or crashed: compute what it was given here, and from now on. */
  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const [seq, { job, resolve }] of this.waiting) resolve(seq === this.seq ? computeLayout(job) : null);
    this.waiting.clear();
  }
}
