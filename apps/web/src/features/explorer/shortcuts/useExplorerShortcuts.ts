import { useEffect } from 'react';
import { useExplorer } from '../explorer-context';
import { isEditable, shortcutFor } from './keyboard-shortcuts';

/** The id of the explorer's search input, which "/" focuses. */
export const SEARCH_INPUT_ID = 'explorer-search';

/** Listens for the explorer's shortcuts (keyboard-shortcuts.ts) while the explorer tab is shown. */
export function useExplorerShortcuts(openHelp: () => void): void {
  const { store, viewport } = useExplorer();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.repeat) return;
      const action = shortcutFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        inEditable: isEditable(event.target),
      });
      if (!action) return;
      event.preventDefault();
      if (action === 'undo') store.undo();
      else if (action === 'redo') store.redo();
      else if (action === 'fit') viewport.current?.fit();
      else if (action === 'search') document.getElementById(SEARCH_INPUT_ID)?.focus();
      else openHelp();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, viewport, openHelp]);
}
