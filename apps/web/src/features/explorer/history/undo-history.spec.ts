import { UndoHistory } from './undo-history';

describe(UndoHistory.name, () => {
  it('undoes back to each recorded state in turn and redoes forward again', () => {
    const history = new UndoHistory<string>(10);
    history.record('a'); // a → b
    history.record('b'); // b → c
    expect(history.undo('c')).toBe('b');
    expect(history.undo('b')).toBe('a');
    expect(history.canUndo).toBe(false);
    expect(history.undo('a')).toBeNull();
    expect(history.redo('a')).toBe('b');
    expect(history.redo('b')).toBe('c');
    expect(history.canRedo).toBe(false);
    expect(history.redo('c')).toBeNull();
  });

  it('forgets what was undone once a new change is recorded', () => {
    const history = new UndoHistory<string>(10);
    history.record('a');
    expect(history.undo('b')).toBe('a');
    expect(history.canRedo).toBe(true);
    history.record('a'); // a → x instead
    expect(history.canRedo).toBe(false);
    expect(history.undo('x')).toBe('a');
  });

  it('keeps at most `limit` steps, dropping the oldest', () => {
    const history = new UndoHistory<number>(2);
    for (const state of [1, 2, 3]) history.record(state);
    expect(history.undo(4)).toBe(3);
    expect(history.undo(3)).toBe(2);
    expect(history.undo(2)).toBeNull();
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new UndoHistory(0)).toThrow('limit must be a positive integer, got 0');
  });
});
