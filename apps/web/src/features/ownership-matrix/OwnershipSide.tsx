import { useState } from 'react';
import type { OwnershipMatrix, Subgraph } from '../../api/graph-api.types';
import { toApiError, type ApiError } from '../../api/graphql-request';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useI18n } from '../../i18n/I18nContext';

/** Beside the grid: goals and projects nobody is named for, and the departments that lead the most. */
export function OwnershipSide({
  matrix,
  onAddToCanvas,
  load,
}: {
  matrix: OwnershipMatrix;
  onAddToCanvas: (subgraph: Subgraph) => void;
  load: (ids: readonly string[]) => Promise<Subgraph>;
}) {
  const { t, labelName } = useI18n();
  const [error, setError] = useState<ApiError | null>(null);

  async function add(ids: readonly string[]): Promise<void> {
    setError(null);
    try {
      onAddToCanvas(await load(ids));
    } catch (caught) {
      setError(toApiError(caught));
    }
  }

  return (
    <aside className="matrix-side">
      {error && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      <h2>{t('matrixTopLeads')}</h2>
      <ol className="top-leads" data-testid="matrix-top-leads">
        {matrix.topLeads.map((entry) => (
          <li key={entry.department.id}>
            <button type="button" className="link-button" onClick={() => void add([entry.department.id])}>
              {entry.department.name}
            </button>{' '}
            <span className="count">
              {t('matrixLeadSupport', { lead: entry.lead, co: entry.coResponsible, presumed: entry.presumedLead, support: entry.support })}
            </span>
          </li>
        ))}
      </ol>
      <h2>
        {t('matrixUnowned')} <span className="count">({matrix.unowned.length})</span>
      </h2>
      {matrix.unowned.length === 0 ? (
        <p className="muted">{t('matrixUnownedNone')}</p>
      ) : (
        <>
          <button type="button" data-testid="matrix-unowned-to-canvas" onClick={() => void add(matrix.unowned.map((node) => node.id))}>
            {t('matrixAddToCanvas', { count: matrix.unowned.length })}
          </button>
          <ul className="unowned" data-testid="matrix-unowned">
            {matrix.unowned.map((node) => (
              <li key={node.id}>
                <span className="muted">{labelName(node.label)}</span> {node.name}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
