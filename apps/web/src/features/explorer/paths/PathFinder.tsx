import { useState } from 'react';
import type { GraphPath } from '../../../api/graph-api.types';
import { useI18n } from '../../../i18n/I18nContext';
import { useExplorer } from '../explorer-context';
import { caption } from '../graph-view/element-mapping';
import { useExplorerState } from '../useExplorerState';

type Endpoint = 'from' | 'to';

/** Shortest paths between two nodes the user picks from the canvas; the paths are drawn highlighted. */
export function PathFinder() {
  const { store, actions } = useExplorer();
  const { t } = useI18n();
  const selection = useExplorerState(store, (state) => state.selection);
  const graph = useExplorerState(store, (state) => state.graph);
  const [ends, setEnds] = useState<Record<Endpoint, string | null>>({ from: null, to: null });
  const [paths, setPaths] = useState<readonly GraphPath[] | null>(null);
  const selectedNode = selection?.kind === 'node' ? selection.id : null;

  const slot = (end: Endpoint) => {
    const id = ends[end];
    const name = id ? (graph.nodes.get(id)?.name ?? id) : null;
    return (
      <div className="path-end">
        <span className="path-end-label">{end === 'from' ? t('pathFrom') : t('pathTo')}</span>
        <span className="path-end-name" data-testid={`path-${end}`} title={name ?? ''}>
          {name ? caption(name, 22) : '—'}
        </span>
        <button
          type="button"
          data-testid={`path-${end}-use-selected`}
          disabled={!selectedNode}
          onClick={() => {
            setEnds({ ...ends, [end]: selectedNode });
            setPaths(null);
          }}
        >
          {t('pathUseSelected')}
        </button>
      </div>
    );
  };

  return (
    <section className="path-finder" data-testid="path-finder">
      <h2>{t('pathTitle')}</h2>
      {slot('from')}
      {slot('to')}
      {!selectedNode && !ends.from && <p className="muted">{t('pathPick')}</p>}
      <button
        type="button"
        data-testid="path-find"
        disabled={!ends.from || !ends.to || ends.from === ends.to}
        onClick={async () => {
          if (ends.from && ends.to) setPaths(await actions.findPaths(ends.from, ends.to));
        }}
      >
        {t('pathFind')}
      </button>
      {paths && (
        <p data-testid="path-result" className={paths.length === 0 ? 'muted' : ''}>
          {paths.length === 0 ? t('pathNone') : t('pathFound', { count: paths.length })}
        </p>
      )}
    </section>
  );
}
