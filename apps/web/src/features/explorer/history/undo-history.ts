/**
 * Undo and redo over immutable states: `record` files the state a change leaves behind, `undo`/`redo` swap the present
 * with the nearest past or future one. Generic and pure, so the explorer store and its spec share one behaviour.
 */
export class UndoHistory<T> {
  private readonly past: T[] = [];
  private readonly future: T[] = [];

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`UndoHistory: limit must be a positive integer, got ${limit}`);
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** A new change was made from `present`: it becomes undoable, and what was undone can no longer be redone. */
  record(present: T): void {
    this.past.push(present);
    if (this.past.length > this.limit) this.past.shift();
    this.future.length = 0;
  }

  /** The state to go back to (null: nothing to undo); `present` becomes redoable. */
  undo(present: T): T | null {
    const previous = this.past.pop();
    if (previous === undefined) return null;
    this.future.push(present);
    return previous;
  }

  /** The state to go forward to (null: nothing to redo); `present` becomes undoable again. */
  redo(present: T): T | null {
    const next = this.future.pop();
    if (next === undefined) return null;
    this.past.push(present);
    return next;
  }
}
