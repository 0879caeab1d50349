import { useMemo } from 'react';
import { fetchOwnershipMatrix, fetchSubgraph } from '../../api/graph-api';
import type { OwnershipMatrix, Subgraph } from '../../api/graph-api.types';
import type { MatrixViewState } from '../../app/view-url';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useAsync } from '../../app/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { CellClauses } from './CellClauses';
import { cellKey, toMatrixGrid } from './matrix-grid';
import { MatrixLegend } from './MatrixLegend';
import { MatrixTable } from './MatrixTable';
import { RegionChecklist } from './RegionChecklist';
import { OwnershipSide } from './OwnershipSide';

/**
 * Who owns what: departments × sector types for the chosen regions, the clauses behind a cell, and beside it
 * what nobody owns and who leads most. Its state (regions, inferred shown, open cell) is the app's, so the link
 * carries it and a reload reopens the same cell.
 */
export function OwnershipMatrixView({
  state,
  onState,
  onAddToCanvas,
}: {
  state: MatrixViewState;
  onState: (next: MatrixViewState) => void;
  onAddToCanvas: (subgraph: Subgraph) => void;
}) {
  const { t } = useI18n();
  const { regions, inferred: includeInferred } = state;
  const matrix = useAsync<OwnershipMatrix | null>(
    () => (regions.length === 0 ? Promise.resolve(null) : fetchOwnershipMatrix(regions, includeInferred)),
    [regions.join('\u0000'), includeInferred],
  );
  const grid = useMemo(() => (matrix.data ? toMatrixGrid(matrix.data) : null), [matrix.data]);
  const selected = (state.cell && grid?.cells.get(cellKey(state.cell.departmentId, state.cell.columnId))) || null;

  return (
    <div className="matrix-view">
      <div className="matrix-main">
        <div className="matrix-controls">
          <RegionChecklist selected={regions} onChange={(next) => onState({ ...state, regions: next, cell: null })} />
          <label>
            <input
              type="checkbox"
              data-testid="matrix-inferred"
              checked={includeInferred}
              onChange={(event) => onState({ ...state, inferred: event.target.checked })}
            />{' '}
            {t('matrixIncludeInferred')}
          </label>
          <span className="muted">{t('matrixHint')}</span>
        </div>
        {regions.length === 0 && (
          <p className="muted" data-testid="matrix-empty">
            {t('matrixPickRegion')}
          </p>
        )}
        {matrix.error && <ErrorMessage error={matrix.error} onRetry={matrix.reload} />}
        {matrix.loading && regions.length > 0 && <p className="busy">{t('matrixLoading')}</p>}
        {grid && grid.rows.length === 0 && (
          <p className="muted" data-testid="matrix-no-owners">
            {t('matrixNoOwners')}
          </p>
        )}
        {grid && grid.rows.length > 0 && <MatrixLegend includeInferred={includeInferred} />}
        {grid && grid.rows.length > 0 && (
          <MatrixTable
            grid={grid}
            selected={selected}
            onPick={(cell) => onState({ ...state, cell: { departmentId: cell.departmentId, columnId: cell.columnId } })}
          />
        )}
        {selected && matrix.data && (
          <CellClauses
            key={`${selected.departmentId}:${selected.columnId}`}
            cell={selected}
            department={matrix.data.departments.find((department) => department.id === selected.departmentId)}
            column={matrix.data.columns.find((column) => column.id === selected.columnId)}
            includeInferred={includeInferred}
            onAddToCanvas={onAddToCanvas}
          />
        )}
      </div>
      {matrix.data && <OwnershipSide matrix={matrix.data} onAddToCanvas={onAddToCanvas} load={fetchSubgraph} />}
    </div>
  );
}
