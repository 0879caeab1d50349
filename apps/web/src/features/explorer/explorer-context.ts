import { createContext, useContext } from 'react';
import type { ExplorerActions } from './explorer-actions';
import type { ExplorerStore } from './explorer-store';
import type { GraphViewport } from './graph-view/cy-graph-view';

/** The explorer's long-lived objects, created once by the app; the viewport is set while the canvas is mounted. */
export interface Explorer {
  readonly store: ExplorerStore;
  readonly actions: ExplorerActions;
  readonly viewport: { current: GraphViewport | null };
}

export const ExplorerContext = createContext<Explorer | null>(null);

export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error('useExplorer must be used inside <ExplorerContext.Provider>');
  return explorer;
}
