import { useEffect, useRef } from 'react';
import type { CypherResult } from '../../api/graph-api.types';
import { ExplorerStore } from '../explorer/explorer-store';
import { CyGraphView } from '../explorer/graph-view/cy-graph-view';

/** The nodes and relationships a query returned, drawn with the explorer's styles in a canvas of their own. */
export function ResultGraph({ result }: { result: CypherResult }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const store = new ExplorerStore();
    const view = new CyGraphView(container.current, store, { onNodeActivate: () => undefined, testApi: false });
    store.replaceGraph(result);
    return () => view.destroy();
  }, [result]);
  return <div ref={container} className="result-graph" data-testid="result-graph" />;
}
