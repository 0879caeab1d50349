import { computeLayout, type LayoutJob } from './layout-compute';

/** The layout Web Worker: computes layouts off the main thread, so the page keeps answering while they run. */
const scope = self as unknown as { onmessage: ((event: MessageEvent<{ seq: number; job: LayoutJob }>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  const { seq, job } = event.data;
  try {
    scope.postMessage({ seq, positions: computeLayout(job) });
  } catch (error) {
    scope.postMessage({ seq, error: error instanceof Error ? error.message : String(error) });
  }
};
