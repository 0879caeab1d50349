import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchGraphStatistics } from '../../../api/graph-api';
import type { NodeStatistics } from '../../../api/graph-api.types';
import { useExplorer } from '../explorer-context';
import { useExplorerState } from '../useExplorerState';
import { DEFAULT_STYLE_BY, computeLooks, needsStatistics, type Looks, type StyleBy } from './style-by';

/** Graph statistics of the nodes on the canvas and the style drawn from them, shared by the panels and the exports. */
export interface Statistics {
  readonly style: StyleBy;
  setStyle(style: StyleBy): void;
  /** Statistics of the nodes on the canvas, computed over `style.scope` (the last answer while a new one loads). */
  readonly byNode: ReadonlyMap<string, NodeStatistics>;
  /** Communities of the projection of the last answer. */
  readonly communities: number | null;
  readonly loading: boolean;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly looks: Looks;
}

const StatisticsContext = createContext<Statistics | null>(null);
const NO_STATISTICS: ReadonlyMap<string, NodeStatistics> = new Map();
/** Expansions often come in bursts: ask GDS once the canvas has settled. */
const FETCH_DELAY_MS = 200;

interface Answer {
  readonly key: string;
  readonly byNode: ReadonlyMap<string, NodeStatistics>;
  readonly communities: number;
}

/**
 * Asks the API for the canvas's statistics when something needs them (a selected node's panel, or a style by degree,
 * PageRank or community), again whenever the nodes or the scope change, and draws the style on the canvas.
 */
export function StatisticsProvider({ children }: { children: ReactNode }) {
  const { store, viewport } = useExplorer();
  const graph = useExplorerState(store, (state) => state.graph);
  const nodeSelected = useExplorerState(store, (state) => state.selection?.kind === 'node');
  const clusteredByCommunity = useExplorerState(store, (state) => state.clusterBy === 'community');
  const [style, setStyle] = useState<StyleBy>(DEFAULT_STYLE_BY);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<{ key: string; code: string; message: string } | null>(null);
  const ids = useMemo(() => [...graph.nodes.keys()].sort(), [graph]);
  const key = `${style.scope}\n${ids.join('\n')}`;
  const wanted = ids.length > 0 && (nodeSelected || clusteredByCommunity || needsStatistics(style));

  useEffect(() => {
    if (!wanted || answer?.key === key) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      fetchGraphStatistics(ids, style.scope).then(
        (result) => !cancelled && setAnswer({ key, byNode: new Map(result.nodes.map((row) => [row.id, row])), communities: result.communities }),
        (reason: unknown) => !cancelled && setError({ key, code: errorCode(reason), message: reason instanceof Error ? reason.message : String(reason) }),
      );
    }, FETCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [wanted, key, answer?.key, ids, style.scope]);

  const byNode = answer && answer.key.startsWith(`${style.scope}\n`) ? answer.byNode : NO_STATISTICS;
  const looks = useMemo(() => computeLooks([...graph.nodes.values()], [...graph.edges.values()], byNode, style), [graph, byNode, style]);
  useEffect(() => viewport.current?.setLooks(looks.nodes, looks.edges), [looks, viewport]);
  useEffect(() => store.setCommunities(new Map([...byNode.values()].map((row) => [row.id, row.community]))), [byNode, store]);

  const value = useMemo<Statistics>(
    () => ({
      style,
      setStyle,
      byNode,
      communities: answer?.communities ?? null,
      loading: wanted && answer?.key !== key && error?.key !== key,
      error: error?.key === key ? { code: error.code, message: error.message } : null,
      looks,
    }),
    [style, byNode, answer, wanted, key, error, looks],
  );
  return <StatisticsContext.Provider value={value}>{children}</StatisticsContext.Provider>;
}

export function useStatistics(): Statistics {
  const statistics = useContext(StatisticsContext);
  if (!statistics) throw new Error('useStatistics must be used inside <StatisticsProvider>');
  return statistics;
}

/** The API's error code when the request failed with one (ApiError), else a generic one. */
function errorCode(reason: unknown): string {
  const code = typeof reason === 'object' && reason !== null ? (reason as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : 'ERROR';
}
