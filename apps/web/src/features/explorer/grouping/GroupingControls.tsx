import { useI18n } from '../../../i18n/I18nContext';
import type { MessageKey } from '../../../i18n/messages';
import { useExplorer } from '../explorer-context';
import type { ClusterBy } from '../explorer-store';
import { useExplorerState } from '../useExplorerState';
import type { GroupFacet } from './neighbour-groups';

const FACETS: readonly [GroupFacet, MessageKey][] = [
  ['label', 'groupByLabel'],
  ['region', 'groupByRegion'],
  ['sectorType', 'groupBySectorType'],
];
const CLUSTERS: readonly [ClusterBy, MessageKey][] = [
  ['none', 'clusterNone'],
  ['region', 'clusterRegion'],
  ['document', 'clusterDocument'],
  ['community', 'clusterCommunity'],
];

/** How big neighbourhoods are grouped, and whether the canvas is clustered by region or document. */
export function GroupingControls() {
  const { store } = useExplorer();
  const { t } = useI18n();
  const facet = useExplorerState(store, (state) => state.groupFacet);
  const clusterBy = useExplorerState(store, (state) => state.clusterBy);
  return (
    <div className="button-group grouping-controls">
      <label>
        {t('groupBy')}{' '}
        <select data-testid="group-facet" value={facet} onChange={(event) => store.setGroupFacet(event.target.value as GroupFacet)}>
          {FACETS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('clusterBy')}{' '}
        <select data-testid="cluster-by" value={clusterBy} onChange={(event) => store.setClusterBy(event.target.value as ClusterBy)}>
          {CLUSTERS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
