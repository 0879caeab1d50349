import type { SharedStrategy } from '../../api/graph-api.types';
import { ScrollFrame } from '../../app/ScrollFrame';
import { overWhite, readableTextOn, type Rgb } from '../../app/readable-text';
import { useI18n } from '../../i18n/I18nContext';
import { cellKey, onlyThisRegion, strategyHeatMap } from './strategy-heat-map';

/** Strategies named by at least this many regions get a column: the ones nearly every province names. */
export const HEAT_MAP_MIN_REGIONS = 10;

/** The heat map's blue; its strength says how many tasks apply the strategy. */
const HEAT_BLUE: Rgb = [49, 54, 149];

/** Region × strategy: how many goals and projects of each region apply each widely shared strategy. */
export function StrategyHeatMap({ strategies }: { strategies: readonly SharedStrategy[] }) {
  const { t } = useI18n();
  const map = strategyHeatMap(strategies, HEAT_MAP_MIN_REGIONS);
  if (map.strategies.length === 0) return null;
  return (
    <ScrollFrame className="results-table-frame" label={t('acrossHeatMapLabel')}>
      <table className="results-table heat-map" data-testid="strategy-heat-map">
        <thead>
          <tr>
            <th>{t('acrossRegion')}</th>
            {map.strategies.map((s) => (
              <th key={s.strategy.id} className="heat-map-strategy" title={s.strategy.name}>
                {s.strategy.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.regions.map((region) => (
            <tr key={region} data-testid="heat-map-row">
              <td>{region}</td>
              {map.strategies.map((s) => {
                const tasks = map.tasks.get(cellKey(s.strategy.id, region)) ?? 0;
                const alpha = 0.15 + (0.85 * tasks) / map.maxTasks;
                return (
                  <td
                    key={s.strategy.id}
                    data-testid="heat-map-cell"
                    title={`${region} · ${s.strategy.name}: ${tasks}`}
                    style={tasks ? { background: `rgba(${HEAT_BLUE.join(', ')}, ${alpha})`, color: readableTextOn(overWhite(HEAT_BLUE, alpha)) } : undefined}
                  >
                    {tasks || ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollFrame>
  );
}

/** What only one region says: its strategies no other region applies, with its wording. */
export function OnlyThisRegion({ strategies }: { strategies: readonly SharedStrategy[] }) {
  const { t } = useI18n();
  const only = onlyThisRegion(strategies);
  return (
    <div data-testid="only-this-region">
      <h3>{t('acrossOnlyTitle')}</h3>
      {[...only.entries()].map(([region, own]) => (
        <details key={region} data-testid="only-region">
          <summary>
            {region} · {own.length}
          </summary>
          <ul>
            {own.map((s) => (
              <li key={s.strategy.id}>
                <strong>{s.strategy.name}</strong>
                {s.regions[0]!.quotes[0]?.quote ? ` — ${s.regions[0]!.quotes[0]!.quote}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
