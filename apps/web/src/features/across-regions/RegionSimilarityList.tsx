import { fetchMetrics, fetchRegionSimilarity } from '../../api/graph-api';
import type { MetricSummary, RegionSimilarity } from '../../api/graph-api.types';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useAsync } from '../../app/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { regionsOfPairs, similarityGraphLink, targetLabel } from './region-similarity-rows';

/** Pairs shown when no region is chosen: the closest plans overall. */
const TOP_PAIRS = 40;

/**
 * Which regions' plans are closest (GDS node similarity over strategies and targets): the closest pairs overall, or
 * one region's closest when chosen (kept in the URL as `similar`); each pair opens both regions in the graph.
 */
export function RegionSimilarityList({ region, onRegion }: { region: string | null; onRegion: (region: string | null) => void }) {
  const { t } = useI18n();
  const all = useAsync<readonly RegionSimilarity[]>(() => fetchRegionSimilarity(null, 500), []);
  // Targets are keyed by metric (gdp-growth); they are shown by an indicator name as plans write it.
  const metrics = useAsync<readonly MetricSummary[]>(() => fetchMetrics(), []);
  const metricName = (metric: string): string | undefined => metrics.data?.find((m) => m.metric === metric)?.example;
  const chosen = useAsync<readonly RegionSimilarity[]>(() => (region ? fetchRegionSimilarity(region, 20) : Promise.resolve([])), [region]);
  const pairs = region ? (chosen.data ?? []) : (all.data ?? []).slice(0, TOP_PAIRS);
  const error = all.error ?? chosen.error;
  return (
    <section className="across-section" data-testid="region-similarity">
      <h2>{t('similarTitle')}</h2>
      <p className="muted">{t('similarHint')}</p>
      <label>
        {t('similarRegion')}{' '}
        <select data-testid="similar-select" value={region ?? ''} onChange={(event) => onRegion(event.target.value || null)}>
          <option value="">{t('similarAll')}</option>
          {region && !regionsOfPairs(all.data ?? []).includes(region) && <option value={region}>{region}</option>}
          {regionsOfPairs(all.data ?? []).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {error && <ErrorMessage error={error} onRetry={region ? chosen.reload : all.reload} />}
      {(all.loading || chosen.loading) && <p className="muted">{t('busy', { what: t('similarTitle') })}</p>}
      {pairs.length > 0 && (
        <div className="results-table-frame">
          <table className="results-table" data-testid="similarity-table">
            <thead>
              <tr>
                <th>{t('similarRegion')}</th>
                <th>{t('similarOther')}</th>
                <th>{t('similarScore')}</th>
                <th>{t('similarStrategies')}</th>
                <th>{t('similarTargets')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {pairs.map((pair) => (
                <tr key={`${pair.region}|${pair.other}`} data-testid="similarity-row" data-region={pair.region} data-other={pair.other}>
                  <td>{pair.region}</td>
                  <td>{pair.other}</td>
                  <td
                    data-testid="similarity-value"
                    title={`${pair.sharedStrategies.length + pair.sharedTargets.length} / (${pair.features} + ${pair.otherFeatures} − ${pair.sharedStrategies.length + pair.sharedTargets.length})`}
                  >
                    {pair.similarity.toFixed(3)}
                  </td>
                  <td className="quote-cell" data-testid="similarity-strategies" title={pair.sharedStrategies.map((s) => s.name).join('、')}>
                    {pair.sharedStrategies.length}:{' '}
                    {pair.sharedStrategies
                      .slice(0, 6)
                      .map((s) => s.name)
                      .join('、')}
                    {pair.sharedStrategies.length > 6 ? ' …' : ''}
                  </td>
                  <td className="quote-cell" data-testid="similarity-targets">
                    {metrics.data ? pair.sharedTargets.map((target) => targetLabel(target, metricName)).join('；') || '—' : '…'}
                  </td>
                  <td>
                    <a href={similarityGraphLink(pair)} data-testid="similarity-open-in-graph">
                      {t('acrossOpen')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
