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

/** A labelled select over fixed choices, each named by a message. */
function ChoiceSelect<T extends string>(props: {
  title: MessageKey;
  testId: string;
  value: T;
  choices: readonly [T, MessageKey][];
  onChange: (value: T) => void;
}) {
  const { t } = useI18n();
  return (
    <label>
      {t(props.title)}{' '}
      <select data-testid={props.testId} value={props.value} onChange={(event) => props.onChange(event.target.value as T)}>
        {props.choices.map(([value, key]) => (
          <option key={value} value={value}>
            {t(key)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** How big neighbourhoods are grouped, and whether the canvas is clustered by region or document. */
export function GroupingControls() {
  const { store } = useExplorer();
  const facet = useExplorerState(store, (state) => state.groupFacet);
  const clusterBy = useExplorerState(store, (state) => state.clusterBy);
  return (
    <div className="button-group grouping-controls">
      <ChoiceSelect title="groupBy" testId="group-facet" value={facet} choices={FACETS} onChange={(value) => store.setGroupFacet(value)} />
      <ChoiceSelect title="clusterBy" testId="cluster-by" value={clusterBy} choices={CLUSTERS} onChange={(value) => store.setClusterBy(value)} />
    </div>
  );
}
