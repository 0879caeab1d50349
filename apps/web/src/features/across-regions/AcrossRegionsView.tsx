import { useEffect } from 'react';
import { fetchMetrics, fetchRegionTargets, fetchSharedStrategies } from '../../api/graph-api';
import type { MetricSummary, RegionTarget, SharedStrategy } from '../../api/graph-api.types';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useAsync } from '../../app/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { ProvinceMap } from './ProvinceMap';
import { RegionSimilarityList } from './RegionSimilarityList';
import { RegionTargetsTable } from './RegionTargetsTable';
import { strategyGraphLink } from './strategy-heat-map';
import { OnlyThisRegion, StrategyHeatMap } from './StrategyHeatMap';

/** What provinces share: every region's target for one metric, the strategies two or more regions apply, and which plans are closest. */
export function AcrossRegionsView({
  metric,
  onMetric,
  similar,
  onSimilar,
}: {
  metric: string | null;
  onMetric: (metric: string) => void;
  similar: string | null;
  onSimilar: (region: string | null) => void;
}) {
  return (
    <div className="across-view">
      <RegionTargets metric={metric} onMetric={onMetric} />
      <SharedStrategies />
      <RegionSimilarityList region={similar} onRegion={onSimilar} />
    </div>
  );
}

/** GDP growth first: the one target every provincial work report states. */
const PREFERRED_METRICS = ['gdp-growth', 'services-share-of-gdp'];

function RegionTargets({ metric, onMetric }: { metric: string | null; onMetric: (metric: string) => void }) {
  const { t } = useI18n();
  const metrics = useAsync<readonly MetricSummary[]>(() => fetchMetrics(), []);
  useEffect(() => {
    if (!metric && metrics.data && metrics.data.length > 0) {
      const preferred = PREFERRED_METRICS.map((key) => metrics.data!.find((m) => m.metric === key)).find(Boolean) ?? metrics.data[0]!;
      onMetric(preferred.metric);
    }
  }, [metric, metrics.data, onMetric]);
  const rows = useAsync<readonly RegionTarget[]>(() => (metric ? fetchRegionTargets(metric) : Promise.resolve([])), [metric]);
  return (
    <section className="across-section" data-testid="region-targets">
      <h2>{t('acrossMetricTitle')}</h2>
      {metrics.error && <ErrorMessage error={metrics.error} onRetry={metrics.reload} />}
      <label>
        {t('acrossMetric')}{' '}
        <select data-testid="metric-select" value={metric ?? ''} onChange={(event) => onMetric(event.target.value)}>
          {metric && !(metrics.data ?? []).some((m) => m.metric === metric) && <option value={metric}>{metric}</option>}
          {(metrics.data ?? []).map((m) => (
            <option key={m.metric} value={m.metric}>
              {m.example}（{t('acrossRegionCount', { count: String(m.regions) })}）
            </option>
          ))}
        </select>
      </label>
      {rows.error && <ErrorMessage error={rows.error} onRetry={rows.reload} />}
      {rows.loading && <p className="muted">{t('busy', { what: metric ?? '' })}</p>}
      {rows.data && rows.data.length === 0 && !rows.loading && <p className="muted">{t('acrossNoTargets')}</p>}
      {rows.data && rows.data.length > 0 && (
        <>
          <ProvinceMap rows={rows.data} />
          <RegionTargetsTable rows={rows.data} />
        </>
      )}
    </section>
  );
}

function SharedStrategies() {
  const { t } = useI18n();
  const strategies = useAsync<readonly SharedStrategy[]>(() => fetchSharedStrategies(1, 500), []);
  const shared = (strategies.data ?? []).filter((s) => s.regions.length >= 2);
  return (
    <section className="across-section" data-testid="shared-strategies">
      <h2>{t('acrossStrategiesTitle')}</h2>
      {strategies.error && <ErrorMessage error={strategies.error} onRetry={strategies.reload} />}
      {strategies.loading && <p className="muted">{t('busy', { what: t('acrossStrategiesTitle') })}</p>}
      {strategies.data && <StrategyHeatMap strategies={strategies.data} />}
      {shared.map((shared) => (
        // The link stands beside the summary, not in it: a summary is itself a control, and a control inside a control is announced as one.
        <div key={shared.strategy.id} className="strategy" data-testid="strategy">
          <details>
            <summary>
              <strong>{shared.strategy.name}</strong> · {t('acrossRegionCount', { count: String(shared.regions.length) })}
              {shared.source === 'mined' && <span className="badge">{t('acrossMined')}</span>}
            </summary>
            <div className="strategy-regions">
              {shared.regions.map((region) => (
                <div key={region.region} className="strategy-region" data-testid="strategy-region">
                  <h3>{region.region}</h3>
                  {region.quotes.slice(0, 3).map((quote) => (
                    <blockquote key={quote.taskId}>
                      <strong>{quote.taskName}</strong>
                      {quote.quote && <p>{quote.quote}</p>}
                    </blockquote>
                  ))}
                </div>
              ))}
            </div>
          </details>
          <a href={strategyGraphLink(shared)} className="strategy-open" data-testid="strategy-open-in-graph">
            {t('acrossOpen')}
          </a>
        </div>
      ))}
      {strategies.data && <OnlyThisRegion strategies={strategies.data} />}
    </section>
  );
}
