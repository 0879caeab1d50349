import { useEffect, useState } from 'react';
import { compareIndicator, fetchMetrics, fetchSharedStrategies } from '../../api/graph-api';
import type { IndicatorComparison, MetricSummary, SharedStrategy } from '../../api/graph-api.types';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useAsync } from '../../app/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { metricBars } from './metric-bars';

/** What provinces share: one metric compared across regions, and the strategies two or more regions apply. */
export function AcrossRegionsView() {
  return (
    <div className="across-view">
      <MetricComparison />
      <SharedStrategies />
    </div>
  );
}

function MetricComparison() {
  const { t } = useI18n();
  const metrics = useAsync<readonly MetricSummary[]>(() => fetchMetrics(), []);
  const [metric, setMetric] = useState<string>('');
  useEffect(() => {
    if (!metric && metrics.data && metrics.data.length > 0) {
      const preferred = metrics.data.find((m) => m.metric === 'services-share-of-gdp') ?? metrics.data[0]!;
      setMetric(preferred.metric);
    }
  }, [metric, metrics.data]);
  const rows = useAsync<readonly IndicatorComparison[]>(() => (metric ? compareIndicator(metric) : Promise.resolve([])), [metric]);
  const bars = rows.data ? metricBars(rows.data) : [];
  return (
    <section className="across-section" data-testid="metric-comparison">
      <h2>{t('acrossMetricTitle')}</h2>
      {metrics.error && <ErrorMessage error={metrics.error} onRetry={metrics.reload} />}
      <label>
        {t('acrossMetric')}{' '}
        <select data-testid="metric-select" value={metric} onChange={(event) => setMetric(event.target.value)}>
          {(metrics.data ?? []).map((m) => (
            <option key={m.metric} value={m.metric}>
              {m.example} ({m.metric}, {m.regions})
            </option>
          ))}
        </select>
      </label>
      {rows.error && <ErrorMessage error={rows.error} onRetry={rows.reload} />}
      {rows.loading && <p className="muted">{t('busy', { what: metric })}</p>}
      {rows.data && rows.data.length > 0 && (
        <>
          <div className="metric-bars" data-testid="metric-bars">
            {bars.map((bar) => (
              <div key={bar.key} className="metric-bar-row">
                <span className="metric-bar-label">{bar.label}</span>
                <span className="metric-bar-track">
                  {bar.share !== null && <span className="metric-bar" data-testid="metric-bar" style={{ width: `${Math.max(2, bar.share * 100)}%` }} />}
                </span>
                <span className="metric-bar-value">{bar.value === null ? '—' : `${bar.value}${bar.unit ?? ''}`}</span>
              </div>
            ))}
          </div>
          <table className="results-table" data-testid="metric-table">
            <thead>
              <tr>
                {(['acrossRegion', 'acrossIndicator', 'acrossBase', 'acrossTarget', 'acrossGrowth', 'acrossQuote'] as const).map((key) => (
                  <th key={key}>{t(key)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.data.map((row) => (
                <tr key={row.indicatorId}>
                  <td>{row.region}</td>
                  <td>{row.name}</td>
                  <td>{row.baseValue === null ? '—' : `${row.baseValue}${row.unit ?? ''}${row.baseYear ? ` (${row.baseYear})` : ''}`}</td>
                  <td>{row.targetValue === null ? row.targetValueText ?? '—' : `${writtenTarget(row)}${row.targetYear ? ` (${row.targetYear})` : ''}`}</td>
                  <td>{row.growth ?? '—'}</td>
                  <td className="quote-cell">{row.quote ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** Comparators as plans write them: 突破/不低于 before the number, 左右/以上 after it. */
function writtenTarget(row: IndicatorComparison): string {
  const value = `${row.targetValue}${row.unit ?? ''}`;
  if (!row.comparator) return value;
  return /^(左右|以上|以下|以内)$/.test(row.comparator) ? `${value}${row.comparator}` : `${row.comparator}${value}`;
}

function SharedStrategies() {
  const { t } = useI18n();
  const strategies = useAsync<readonly SharedStrategy[]>(() => fetchSharedStrategies(2), []);
  return (
    <section className="across-section" data-testid="shared-strategies">
      <h2>{t('acrossStrategiesTitle')}</h2>
      {strategies.error && <ErrorMessage error={strategies.error} onRetry={strategies.reload} />}
      {strategies.loading && <p className="muted">{t('busy', { what: t('acrossStrategiesTitle') })}</p>}
      {(strategies.data ?? []).map((shared) => (
        <details key={shared.strategy.id} className="strategy" data-testid="strategy">
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
      ))}
    </section>
  );
}
