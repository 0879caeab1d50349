import { ErrorMessage } from '../../../app/ErrorMessage';
import { useI18n } from '../../../i18n/I18nContext';
import { useExplorer } from '../explorer-context';
import { useStatistics } from './StatisticsContext';

/** A node's degree, PageRank and community in the details panel; the community's members can be highlighted. */
export function NodeStatisticsRow({ nodeId }: { nodeId: string }) {
  const { t } = useI18n();
  const { store } = useExplorer();
  const { byNode, loading, error, style } = useStatistics();
  const row = byNode.get(nodeId);
  if (error) return <ErrorMessage error={{ code: error.code, message: t('statsError', { message: error.message }) }} />;
  const members = row
    ? [...byNode.values()].filter((other) => other.community === row.community && store.getState().graph.nodes.has(other.id)).map((other) => other.id)
    : [];
  return (
    <dl
      className="node-stats"
      data-testid="node-stats"
      data-degree={row?.degree}
      data-pagerank={row?.pageRank}
      data-community={row?.community}
      aria-busy={loading}
    >
      <dt>{t('statsDegree')}</dt>
      <dd data-testid="node-degree">{row ? row.degree : '…'}</dd>
      <dt>{t('statsPageRank')}</dt>
      <dd data-testid="node-pagerank">{row ? row.pageRank.toFixed(3) : '…'}</dd>
      <dt>{t('statsCommunity')}</dt>
      <dd data-testid="node-community">{row ? row.community + 1 : '…'}</dd>
      <dt className="node-stats-scope">
        {t(style.scope === 'graph' ? 'statsOverGraph' : 'statsOverView')}{' '}
        {row && (
          <button type="button" data-testid="highlight-community" data-members={members.length} onClick={() => store.highlight(members)}>
            {t('statsHighlightCommunity', { n: members.length })}
          </button>
        )}
      </dt>
    </dl>
  );
}
