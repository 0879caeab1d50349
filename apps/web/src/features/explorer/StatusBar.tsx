import { useMemo } from 'react';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useI18n } from '../../i18n/I18nContext';
import { useExplorer } from './explorer-context';
import { LeftOutNoticeBar } from './LeftOutNoticeBar';
import { hiddenElements } from './filters/canvas-filter';
import { useExplorerState } from './useExplorerState';

/** Element counts, what is loading and the last error (with its API code), under the canvas. */
export function StatusBar() {
  const { store } = useExplorer();
  const { t } = useI18n();
  const nodes = useExplorerState(store, (state) => state.graph.nodes.size);
  const edges = useExplorerState(store, (state) => state.graph.edges.size);
  const activity = useExplorerState(store, (state) => state.activity);
  const graph = useExplorerState(store, (state) => state.graph);
  const filter = useExplorerState(store, (state) => state.filter);
  const hidden = useMemo(() => hiddenElements(graph, filter).nodes.size, [graph, filter]);
  return (
    <div className="status-bar" data-testid="status-bar">
      <span data-testid="element-count" data-nodes={nodes} data-edges={edges} data-visible-nodes={nodes - hidden}>
        {t('elementCount', { nodes, edges })}
        {hidden > 0 && <span data-testid="hidden-count"> {t('hiddenCount', { hidden })}</span>}
      </span>
      <LeftOutNoticeBar />
      {activity.busy && (
        <span className="busy" data-testid="busy" role="status">
          {t('busy', { what: activity.busy })}
        </span>
      )}
      {activity.error && <ErrorMessage error={activity.error} onDismiss={() => store.setError(null)} />}
    </div>
  );
}
