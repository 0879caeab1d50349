import { useSyncExternalStore } from 'react';
import type { ExplorerState, ExplorerStore } from './explorer-store';

/** Panels read one slice of the explorer state; the selector must return a stable value (a field, a number). */
export function useExplorerState<T>(store: ExplorerStore, select: (state: ExplorerState) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
