import { useState } from 'react';
import { fetchOwnership, fetchSubgraph } from '../../api/graph-api';
import type { ApiNode, MatrixCell, Subgraph } from '../../api/graph-api.types';
import { toApiError, type ApiError } from '../../api/graphql-request';
import { ErrorMessage } from '../../app/ErrorMessage';
import { useAsync } from '../../app/useAsync';
import { useI18n } from '../../i18n/I18nContext';
import { EvidenceList } from '../explorer/details/EvidenceList';
import { clausesForCell, confidenceRange } from './matrix-grid';

/** The responsibility clauses behind one cell, each with its quote, and a way to put them on the canvas. */
export function CellClauses({
  cell,
  department,
  column,
  includeInferred,
  onAddToCanvas,
}: {
  cell: MatrixCell;
  department: ApiNode | undefined;
  column: ApiNode | undefined;
  includeInferred: boolean;
  onAddToCanvas: (subgraph: Subgraph) => void;
}) {
  const { t, labelName } = useI18n();
  const trace = useAsync(() => fetchOwnership(cell.departmentId), [cell.departmentId]);
  const [adding, setAdding] = useState<{ busy: boolean; error: ApiError | null }>({ busy: false, error: null });
  const clauses = trace.data ? clausesForCell(trace.data, cell, includeInferred) : [];
  const names = departmentNames(department);
  const confidence = confidenceRange(cell);

  async function addToCanvas(): Promise<void> {
    setAdding({ busy: true, error: null });
    try {
      const subgraph = await fetchSubgraph([cell.departmentId, ...cell.itemIds]);
      setAdding({ busy: false, error: null });
      onAddToCanvas(subgraph);
    } catch (error) {
      setAdding({ busy: false, error: toApiError(error) });
    }
  }

  return (
    <section className="cell-clauses" data-testid="cell-clauses">
      <h3>
        {department?.name ?? cell.departmentId} × {column?.name ?? cell.columnId}
      </h3>
      <div className="button-row">
        <span className="muted">{t('matrixLeadSupport', { lead: cell.lead, co: cell.coResponsible, presumed: cell.presumedLead, support: cell.support })}</span>
        {confidence && (
          <span className="basis-inferred" data-testid="cell-inferred-confidence">
            {t('matrixCellInferred', { count: cell.inferred, confidence })}
          </span>
        )}
        <button type="button" data-testid="matrix-add-to-canvas" disabled={adding.busy} onClick={() => void addToCanvas()}>
          {t('matrixAddToCanvas', { count: cell.itemIds.length + 1 })}
        </button>
      </div>
      {adding.error && <ErrorMessage error={adding.error} onRetry={() => void addToCanvas()} />}
      {trace.error && <ErrorMessage error={trace.error} onRetry={trace.reload} />}
      {trace.loading && <p className="busy">{t('matrixClausesLoading')}</p>}
      {trace.data && clauses.length === 0 && <p className="muted">{t('matrixClausesNone')}</p>}
      <ol className="clause-list">
        {clauses.map((clause, index) => (
          <li key={`${clause.project.id}:${clause.role}:${index}`} className="clause" data-testid="matrix-clause">
            <div className="clause-head">
              <span className={`role role-${clause.role}`}>
                {clause.role === 'lead' ? t('roleLead') : clause.role === 'support' ? t('roleSupport') : t('roleCoResponsible')}
              </span>
              {clause.presumedLead && <span className="basis-inferred">{t('rolePresumedLead')}</span>}
              {clause.basis === 'inferred' && (
                <span className="basis-inferred" data-testid="clause-inferred">
                  {t('basisInferred')}
                  {clause.confidence !== null && ` · ${t('clauseConfidence', { confidence: clause.confidence.toFixed(2) })}`}
                </span>
              )}
              <span className="muted">{labelName(clause.project.label)}</span> {clause.project.name}
            </div>
            <EvidenceList evidence={clause.evidence} terms={names} task={clause.project} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The department's name and aliases: quotes often use the short form. */
function departmentNames(department: ApiNode | undefined): string[] {
  if (!department) return [];
  const aliases = department.properties['aliases'];
  return [department.name, ...(Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [])];
}
