import { NO_FILTER } from '../filters/canvas-filter';
import { SAVED_VIEWS_KEY, SavedViews } from './saved-views';
import { filterToJson, type ViewSnapshot } from './view-snapshot';

/** localStorage's getItem/setItem over a Map. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const view = (...nodeIds: string[]): ViewSnapshot => ({
  version: 1,
  nodeIds,
  pinned: [],
  positions: Object.fromEntries(nodeIds.map((id, i) => [id, { x: i * 10, y: 0 }])),
  camera: { zoom: 1, pan: { x: 0, y: 0 } },
  layout: 'fcose',
  selected: null,
  filter: filterToJson(NO_FILTER),
});

describe(SavedViews.name, () => {
  it('saves, lists by name, loads and removes views', () => {
    const storage = memoryStorage();
    const views = new SavedViews(storage);
    views.save(' 商务 ', view('a', 'b'), new Date('2026-01-02T03:04:05Z'));
    views.save('Alpha', view('c'));
    expect(views.list().map((entry) => [entry.name, entry.nodeCount])).toEqual([
      ['Alpha', 1],
      ['商务', 2],
    ]);
    expect(views.list()[1]?.savedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(views.load('商务')).toEqual(view('a', 'b'));
    // Another instance over the same storage (a reload) sees the same views.
    expect(new SavedViews(storage).load('Alpha').nodeIds).toEqual(['c']);
    views.remove('Alpha');
    expect(views.list().map((entry) => entry.name)).toEqual(['商务']);
  });

  it('replaces a view saved again under the same name', () => {
    const views = new SavedViews(memoryStorage());
    views.save('v', view('a'));
    views.save('v', view('a', 'b'));
    expect(views.list()).toHaveLength(1);
    expect(views.load('v').nodeIds).toEqual(['a', 'b']);
  });

  it('refuses an empty name and reports missing or damaged views by name', () => {
    const storage = memoryStorage();
    const views = new SavedViews(storage);
    expect(() => views.save('  ', view('a'))).toThrow('a saved view needs a name');
    expect(() => views.load('nope')).toThrow('saved view "nope": not found');
    storage.items.set(SAVED_VIEWS_KEY, JSON.stringify([{ name: 'bad', savedAt: '2026-01-01', view: { ...view('a'), layout: 'cola' } }]));
    expect(() => views.load('bad')).toThrow('saved view "bad": view layout: unknown layout "cola"');
    storage.items.set(SAVED_VIEWS_KEY, '{oops');
    expect(() => views.list()).toThrow(`saved views (browser storage key ${SAVED_VIEWS_KEY}): not JSON`);
  });
});
