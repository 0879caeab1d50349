import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useExplorer } from './explorer-context';
import type { LayoutName } from './explorer-store';
import { GroupingControls } from './grouping/GroupingControls';
import { useExplorerState } from './useExplorerState';

/** Layout switch, viewport controls and history above the canvas; `extra` holds the export buttons. */
export function GraphToolbar({ extra }: { extra?: ReactNode }) {
  const { store, viewport } = useExplorer();
  const { t } = useI18n();
  const layout = useExplorerState(store, (state) => state.layout);
  const canUndo = useExplorerState(store, (state) => state.canUndo);
  const canRedo = useExplorerState(store, (state) => state.canRedo);
  const empty = useExplorerState(store, (state) => state.graph.nodes.size === 0);
  const layouts: readonly [LayoutName, string][] = [
    ['fcose', t('layoutForce')],
    ['dagre', t('layoutHierarchy')],
  ];
  return (
    <div className="graph-toolbar" role="toolbar">
      <div className="button-group">
        {layouts.map(([name, title]) => (
          <button key={name} type="button" aria-pressed={layout === name} data-testid={`layout-${name}`} onClick={() => store.setLayout(name)}>
            {title}
          </button>
        ))}
      </div>
      <div className="button-group">
        <button type="button" data-testid="fit" disabled={empty} onClick={() => viewport.current?.fit()}>
          {t('fit')}
        </button>
        <button type="button" data-testid="zoom-in" aria-label={t('zoomIn')} title={t('zoomIn')} onClick={() => viewport.current?.zoomBy(1.25)}>
          ＋
        </button>
        <button type="button" data-testid="zoom-out" aria-label={t('zoomOut')} title={t('zoomOut')} onClick={() => viewport.current?.zoomBy(0.8)}>
          －
        </button>
      </div>
      <div className="button-group">
        <button type="button" data-testid="undo" disabled={!canUndo} onClick={() => store.undo()}>
          ↶ {t('undo')}
        </button>
        <button type="button" data-testid="redo" disabled={!canRedo} onClick={() => store.redo()}>
          ↷ {t('redo')}
        </button>
        <button type="button" data-testid="clear" disabled={empty} onClick={() => store.clear()}>
          {t('clear')}
        </button>
      </div>
      <GroupingControls />
      {extra && <div className="button-group">{extra}</div>}
    </div>
  );
}
