import { HISTORY_SIZE, addToHistory, loadHistory, saveHistory, type KeyValueStorage } from './query-history';

const memory = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('query history', () => {
  it('moves a repeated query to the top instead of listing it twice', () => {
    let history = addToHistory([], { query: 'MATCH (n) RETURN n', params: '', at: 1 });
    history = addToHistory(history, { query: 'MATCH (d:Department) RETURN d', params: '', at: 2 });
    history = addToHistory(history, { query: 'MATCH (n) RETURN n ', params: '', at: 3 });
    expect(history.map((h) => h.at)).toEqual([3, 2]);
  });

  it(`keeps the newest ${HISTORY_SIZE}`, () => {
    let history: ReturnType<typeof addToHistory> = [];
    for (let i = 0; i < HISTORY_SIZE + 5; i++) history = addToHistory(history, { query: `RETURN ${i}`, params: '', at: i });
    expect(history).toHaveLength(HISTORY_SIZE);
    expect(history[0]?.query).toBe(`RETURN ${HISTORY_SIZE + 4}`);
  });

  it('round-trips through storage and treats garbage as empty', () => {
    const storage = memory();
    saveHistory(storage, [{ query: 'RETURN 1', params: '{}', at: 5 }]);
    expect(loadHistory(storage)).toEqual([{ query: 'RETURN 1', params: '{}', at: 5 }]);
    storage.setItem('policygraph.cypherHistory', '{not json');
    expect(loadHistory(storage)).toEqual([]);
    expect(loadHistory(null)).toEqual([]);
  });
});
