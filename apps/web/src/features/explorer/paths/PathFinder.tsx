import { useState } from 'react';
import type { GraphPath, PathAlgorithm } from '../../../api/graph-api.types';
import { useI18n } from '../../../i18n/I18nContext';
import { useExplorer } from '../explorer-context';
import { caption } from '../graph-view/element-mapping';
import { useExplorerState } from '../useExplorerState';
import { excludedLabels, pathRows } from './path-rows';

type Endpoint = 'from' | 'to';

/**
 * Paths of increasing length (the k shortest; only the shortest where the server has no GDS) between two nodes the
 * user picks from the canvas, optionally avoiding strategies, department functions and inferred relationships (hubs
 * that join everything). The paths are listed with their lengths and
 * drawn highlighted; picking one in the list highlights it alone.
 */
export function PathFinder() {
  const { store, actions } = useExplorer();
  const { t } = useI18n();
  const selection = useExplorerState(store, (state) => state.selection);
  const graph = useExplorerState(store, (state) => state.graph);
  const [ends, setEnds] = useState<Record<Endpoint, string | null>>({ from: null, to: null });
  const [paths, setPaths] = useState<readonly GraphPath[] | null>(null);
  const [algorithm, setAlgorithm] = useState<PathAlgorithm | null>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const [options, setOptions] = useState({ avoidStrategies: false, avoidFunctions: false, avoidInferred: false });
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
            setPicked(null);
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
      <fieldset className="path-options">
        <legend>{t('pathAvoid')}</legend>
        {(
          [
            ['avoidStrategies', 'pathAvoidStrategies'],
            ['avoidFunctions', 'pathAvoidFunctions'],
            ['avoidInferred', 'pathAvoidInferred'],
          ] as const
        ).map(([key, label]) => (
          <label key={key}>
            <input
              type="checkbox"
              data-testid={`path-${key}`}
              checked={options[key]}
              onChange={(event) => setOptions({ ...options, [key]: event.target.checked })}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        data-testid="path-find"
        disabled={!ends.from || !ends.to || ends.from === ends.to}
        onClick={async () => {
          if (!ends.from || !ends.to) return;
          setPicked(null);
          setPaths(null);
          const found = await actions.findPaths(ends.from, ends.to, { excludeLabels: excludedLabels(options), excludeInferred: options.avoidInferred });
          setPaths(found?.paths ?? null);
          setAlgorithm(found?.algorithm ?? null);
        }}
      >
        {t('pathFind')}
      </button>
      {paths && (
        <p data-testid="path-result" className={paths.length === 0 ? 'muted' : ''}>
          {paths.length === 0 ? t('pathNone') : t('pathFound', { count: paths.length })}
        </p>
      )}
      {paths && algorithm === 'all-shortest' && (
        <p className="muted" data-testid="path-shortest-only">
          {t('pathShortestOnly')}
        </p>
      )}
      {paths && paths.length > 0 && (
        <ol className="path-list" data-testid="path-list">
          {pathRows(paths, (id) => graph.nodes.get(id)?.name).map((row) => (
            <li key={row.index}>
              <button
                type="button"
                className="path-row"
                data-testid="path-row"
                data-length={row.length}
                data-node-ids={JSON.stringify(paths[row.index]!.nodeIds)}
                data-edge-ids={JSON.stringify(paths[row.index]!.edgeIds)}
                data-labels={paths[row.index]!.nodeIds.map((id) => graph.nodes.get(id)?.label ?? '').join(' ')}
                aria-pressed={picked === row.index}
                title={row.names.join(' → ')}
                onClick={() => {
                  const next = picked === row.index ? null : row.index;
                  setPicked(next);
                  actions.highlightPaths(next === null ? paths : [paths[next]!]);
                }}
              >
                <span className="path-length">{t('pathLength', { length: row.length })}</span> {row.names.join(' → ')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
