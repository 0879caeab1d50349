import type { Core } from 'cytoscape';
import type { LayoutPositions } from './layout-compute';

/**
 * Nodes moved per frame when a layout's positions are applied. Each frame then restyles the nodes moved and their
 * edges and redraws once: 1,000 nodes in one go made a single 200-400 ms frame on the 2-core machine
 * (bench/render.bench.ts), a quarter of them per frame keeps each frame well under 200 ms.
 */
export const NODES_PER_FRAME = 250;
/**
 * At most this many frames: each redraws every element, so a big graph (2,000 nodes, 5,000 elements) takes bigger
 * slices rather than more full redraws.
 */
export const MAX_FRAMES = 4;

/** Calls `next` once the browser has drawn a frame (or soon, when the page is hidden and draws nothing). */
function afterNextFrame(next: () => void): void {
  if (typeof requestAnimationFrame === 'undefined' || (typeof document !== 'undefined' && document.visibilityState === 'hidden')) {
    setTimeout(next, 0);
    return;
  }
  // The frame's own drawing (Cytoscape's requestAnimationFrame callback, registered first) runs before ours; the
  // next slice goes in a task of its own after it.
  requestAnimationFrame(() => setTimeout(next, 0));
}

interface Pending {
  readonly entries: readonly (readonly [string, { x: number; y: number }])[];
  next: number;
  readonly size: number;
  readonly done: () => void;
  readonly resolve: () => void;
}

/**
 * Puts nodes where a layout computed them, NODES_PER_FRAME per frame (more in MAX_FRAMES frames), each slice in one `cy.batch` through
 * `node.position()`, so no frame restyles and redraws the whole graph at once. Locked (pinned) nodes stay put.
 * Anything that reads or changes the graph meanwhile calls `flush()` first, which applies the rest at once.
 */
export class SlicedPositions {
  private pending: Pending | null = null;

  constructor(private readonly cy: Core) {}

  /**
   * Starts applying `positions` (a slice now, the next after each frame); `done` runs right after the last slice,
   * in the same task, and the promise settles after it.
   */
  apply(positions: LayoutPositions, done: () => void): Promise<void> {
    this.flush();
    return new Promise((resolve) => {
      const entries = Object.entries(positions);
      const size = Math.max(NODES_PER_FRAME, Math.ceil(entries.length / MAX_FRAMES));
      this.pending = { entries, next: 0, size, done, resolve };
      this.step(this.pending, size);
    });
  }

  /** Applies what is left of the positions being applied now (nothing when none are). */
  flush(): void {
    if (this.pending) this.step(this.pending, Infinity);
  }

  /** Drops what is left (the view is going away); the waiting promise still settles. */
  cancel(): void {
    const pending = this.pending;
    this.pending = null;
    pending?.resolve();
  }

  private step(pending: Pending, count: number): void {
    if (pending !== this.pending) return; // flushed or cancelled meanwhile
    const end = Math.min(pending.entries.length, pending.next + count);
    this.cy.batch(() => {
      for (let i = pending.next; i < end; i++) {
        const [id, position] = pending.entries[i]!;
        const node = this.cy.getElementById(id);
        if (node.nonempty() && !node.locked()) node.position(position);
      }
    });
    pending.next = end;
    if (end < pending.entries.length) {
      afterNextFrame(() => this.step(pending, pending.size));
      return;
    }
    this.pending = null;
    try {
      pending.done();
    } finally {
      pending.resolve();
    }
  }
}
