import type { MatrixCell } from '../../api/graph-api.types';
import { overWhite, readableTextOn, type Rgb } from '../../app/readable-text';
import { useI18n } from '../../i18n/I18nContext';
import { cellIntensity, cellKey, cellKind, cellText, confidenceRange, type MatrixGrid } from './matrix-grid';

/** The cells' purple (the responsibility edges' colour); its strength says how many clauses a cell holds. */
const CELL_PURPLE: Rgb = [142, 68, 173];

/**
 * Departments down, sector types across; each non-empty cell is a button showing stated lead / co-responsible /
 * support counts and ≈ inferred ones, outlined by its kind (cellKind) and hatched when inferred (see MatrixLegend).
 */
export function MatrixTable({ grid, selected, onPick }: { grid: MatrixGrid; selected: MatrixCell | null; onPick: (cell: MatrixCell) => void }) {
  const { t } = useI18n();
  return (
    <div className="matrix-frame">
      <table className="ownership-matrix" data-testid="ownership-matrix">
        <thead>
          <tr>
            <th className="matrix-corner">{t('matrixCorner')}</th>
            {grid.columns.map((column) => (
              <th key={column.id} scope="col" className="matrix-column" data-testid="matrix-column" title={column.name}>
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.department.id}>
              <th
                scope="row"
                className="matrix-row"
                title={row.department.properties['inferred'] === true ? t('matrixInferredDepartmentTitle', { name: row.department.name }) : row.department.name}
              >
                {row.department.name}
                {row.department.properties['inferred'] === true && (
                  <span className="basis-inferred inferred-department" data-testid="matrix-inferred-department">
                    {t('matrixInferredDepartment')}
                  </span>
                )}
                <span className="count">
                  {' '}
                  {t('matrixLeadSupport', { lead: row.lead, co: row.coResponsible, presumed: row.presumedLead, support: row.support })}
                </span>
              </th>
              {grid.columns.map((column) => {
                const cell = grid.cells.get(cellKey(row.department.id, column.id));
                if (!cell) return <td key={column.id} className="matrix-cell-empty" />;
                const alpha = 0.08 + cellIntensity(cell, grid.max) * 0.82;
                const fill = overWhite(CELL_PURPLE, alpha);
                const kind = cellKind(cell);
                const confidence = confidenceRange(cell);
                const title = t('matrixCellTitle', {
                  department: row.department.name,
                  column: column.name,
                  lead: cell.lead,
                  co: cell.coResponsible,
                  presumed: cell.presumedLead,
                  support: cell.support,
                });
                const isSelected = selected?.departmentId === cell.departmentId && selected.columnId === cell.columnId;
                return (
                  <td key={column.id}>
                    <button
                      type="button"
                      className={`matrix-cell cell-${kind}${cell.inferred > 0 ? ' cell-has-inferred' : ''}`}
                      data-kind={kind}
                      data-inferred={cell.inferred}
                      data-confidence={confidence ?? undefined}
                      data-testid="matrix-cell"
                      data-department={row.department.name}
                      data-column={column.name}
                      data-lead={cell.lead}
                      data-support={cell.support}
                      data-co-responsible={cell.coResponsible}
                      data-presumed-lead={cell.presumedLead}
                      aria-pressed={isSelected}
                      title={confidence ? `${title} ${t('matrixCellInferredTitle', { count: cell.inferred, confidence })}` : title}
                      style={{ backgroundColor: `rgba(${CELL_PURPLE.join(', ')}, ${alpha})`, color: readableTextOn(fill) }}
                      onClick={() => onPick(cell)}
                    >
                      {/* Over the hatching, the counts sit on the solid fill: the stripes would pass under the text. */}
                      {cell.inferred > 0 ? (
                        <span className="cell-text" style={{ backgroundColor: `rgb(${fill.join(', ')})` }}>
                          {cellText(cell)}
                        </span>
                      ) : (
                        cellText(cell)
                      )}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
