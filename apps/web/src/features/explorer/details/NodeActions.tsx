import { useState } from 'react';
import { fetchExpansionCounts } from '../../../api/graph-api';
import type { ApiNode, LeftOut } from '../../../api/graph-api.types';
import { toApiError, type ApiError } from '../../../api/graphql-request';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useI18n } from '../../../i18n/I18nContext';
import { useExplorer } from '../explorer-context';
import { useExplorerState } from '../useExplorerState';

/** Expand (all, or per relationship type and neighbour label with counts), collapse, pin and remove one node. */
export function NodeActions({ node }: { node: ApiNode }) {
  const id = node.id;
  const { store, actions } = useExplorer();
  const { t, labelName, relationName } = useI18n();
  const pinned = useExplorerState(store, (state) => state.graph.pinned.has(id));
  const [menu, setMenu] = useState<{ loading: boolean; counts: readonly LeftOut[] | null; error: ApiError | null; forId: string } | null>(null);
  const open = menu?.forId === id ? menu : null;

  async function openMenu(): Promise<void> {
    if (open) return setMenu(null);
    setMenu({ loading: true, counts: null, error: null, forId: id });
    try {
      setMenu({ loading: false, counts: await fetchExpansionCounts(id), error: null, forId: id });
    } catch (error) {
      setMenu({ loading: false, counts: null, error: toApiError(error), forId: id });
    }
  }

  return (
    <div className="node-actions">
      <div className="button-row">
        <button type="button" data-testid="expand-node" onClick={() => void actions.expand(id)}>
          {t('expand')}
        </button>
        <button type="button" data-testid="expand-menu" aria-expanded={open !== null} onClick={() => void openMenu()}>
          {t('expandMenu')} ▾
        </button>
        {(node.label === 'Region' || node.label === 'Department') && (
          <button type="button" data-testid="expand-chain" title={t('chainHint')} onClick={() => void actions.expandChain(node)}>
            {t('chain')}
          </button>
        )}
        <button type="button" data-testid="collapse-node" onClick={() => store.collapse(id)}>
          {t('collapse')}
        </button>
        <button type="button" data-testid="pin-node" aria-pressed={pinned} onClick={() => store.togglePin(id)}>
          {pinned ? t('unpin') : t('pin')}
        </button>
        <button type="button" data-testid="remove-node" onClick={() => store.removeNodes([id])}>
          {t('remove')}
        </button>
      </div>
      {open && (
        <div className="expand-menu" data-testid="expand-menu-list">
          {open.loading && <p className="muted">{t('expandLoading')}</p>}
          {open.error && <ErrorMessage error={open.error} onRetry={() => void openMenu()} />}
          {open.counts?.length === 0 && <p className="muted">{t('expandNone')}</p>}
          {open.counts && open.counts.length > 0 && (
            <ul>
              {open.counts.map((entry) => (
                <li key={`${entry.type}:${entry.label}`}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setMenu(null);
                      void actions.expand(id, { relType: entry.type, label: entry.label });
                    }}
                  >
                    {relationName(entry.type)} → {labelName(entry.label)} <span className="count">({entry.count})</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
