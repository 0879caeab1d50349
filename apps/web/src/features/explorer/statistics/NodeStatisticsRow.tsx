import { ErrorMessage } from '../../../app/ErrorMessage';
import { useI18n } from '../../../i18n/I18nContext';
import { useStatistics } from './StatisticsContext';

/** A node's degree, PageRank and community in the details panel. */
export function NodeStatisticsRow({ nodeId }: { nodeId: string }) {
  const { t } = useI18n();
  const { byNode, loading, error, style } = useStatistics();
  const row = byNode.get(nodeId);
  if (error) return <ErrorMessage error={{ code: error.code, message: t('statsError', { message: error.message }) }} />;
  return (
    <dl className="node-stats" data-testid="node-stats" data-degree={row?.degree} data-pagerank={row?.pageRank} data-community={row?.community} aria-busy={loading}>
      <dt>{t('statsDegree')}</dt>
      <dd data-testid="node-degree">{row ? row.degree : '…'}</dd>
      <dt>{t('statsPageRank')}</dt>
      <dd data-testid="node-pagerank">{row ? row.pageRank.toFixed(3) : '…'}</dd>
      <dt>{t('statsCommunity')}</dt>
      <dd data-testid="node-community">{row ? row.community + 1 : '…'}</dd>
      <dt className="node-stats-scope">{t(style.scope === 'graph' ? 'statsOverGraph' : 'statsOverView')}</dt>
    </dl>
  );
}
