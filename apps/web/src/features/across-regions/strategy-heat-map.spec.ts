import type { SharedStrategy } from '../../api/graph-api.types';
import { cellKey, onlyThisRegion, strategyGraphLink, strategyHeatMap } from './strategy-heat-map';
import { decodeView } from '../../app/view-url';

const strategy = (id: string, regions: [string, number][]): SharedStrategy =>
  ({
    strategy: { id, label: 'Strategy', name: id, properties: {}, evidence: [] },
    source: 'lexicon',
    regions: regions.map(([region, tasks]) => ({ region, tasks, quotes: [] })),
  }) as unknown as SharedStrategy;

const all = [
  strategy('strategy:低空经济', [
    ['四川省', 3],
    ['安徽省', 1],
    ['广东省', 2],
  ]),
  strategy('strategy:以旧换新', [
    ['安徽省', 4],
    ['四川省', 1],
  ]),
  strategy('strategy:冰雪经济', [['黑龙江省', 2]]),
];

describe('strategyHeatMap', () => {
  it('counts tasks per region and strategy for strategies shared by enough regions', () => {
    const map = strategyHeatMap(all, 2);
    expect(map.strategies.map((s) => s.strategy.id)).toEqual(['strategy:低空经济', 'strategy:以旧换新']);
    expect(map.regions).toEqual(['安徽省', '广东省', '四川省']);
    expect(map.tasks.get(cellKey('strategy:以旧换新', '安徽省'))).toBe(4);
    expect(map.tasks.get(cellKey('strategy:以旧换新', '广东省'))).toBeUndefined();
    expect(map.maxTasks).toBe(4);
  });
});

describe('onlyThisRegion', () => {
  it('lists the strategies a single region applies under that region', () => {
    const only = onlyThisRegion(all);
    expect([...only.keys()]).toEqual(['黑龙江省']);
    expect(only.get('黑龙江省')!.map((s) => s.strategy.id)).toEqual(['strategy:冰雪经济']);
  });
});

describe('strategyGraphLink', () => {
  it('opens the strategy with one quoting goal or project per region, the strategy selected', () => {
    const shared: SharedStrategy = {
      strategy: { id: 'strategy:低空经济', label: 'Strategy', name: '低空经济', properties: {}, evidence: [] },
      source: 'lexicon',
      regions: [
        {
          region: '四川省',
          tasks: 2,
          quotes: [
            { taskId: 'goal:a', taskName: 'a', documentId: 'd', term: '低空经济', quote: null },
            { taskId: 'goal:b', taskName: 'b', documentId: 'd', term: '低空经济', quote: null },
          ],
        },
        { region: '安徽省', tasks: 1, quotes: [{ taskId: 'project:c', taskName: 'c', documentId: 'e', term: '低空经济', quote: null }] },
      ],
    };
    const view = decodeView(strategyGraphLink(shared));
    expect(view.nodeIds).toEqual(['strategy:低空经济', 'goal:a', 'project:c']);
    expect(view.selected).toBe('strategy:低空经济');
  });
});
