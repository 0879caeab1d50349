import type { ApiNode, MatrixCell, OwnershipClause, OwnershipMatrix, OwnershipTrace } from '../../api/graph-api.types';

export interface MatrixRow {
  readonly department: ApiNode;
  readonly lead: number;
  readonly support: number;
  readonly coResponsible: number;
  readonly presumedLead: number;
}

type Counts = Pick<MatrixCell, 'lead' | 'support' | 'coResponsible' | 'presumedLead'>;
const NONE: Counts = { lead: 0, support: 0, coResponsible: 0, presumedLead: 0 };
const edges = (counts: Counts): number => counts.lead + counts.support + counts.coResponsible;

/** The matrix as the grid draws it: rows by how much they own, columns with any cell, cells by key. */
export interface MatrixGrid {
  readonly rows: readonly MatrixRow[];
  readonly columns: readonly ApiNode[];
  readonly cells: ReadonlyMap<string, MatrixCell>;
  /** The largest number of responsibilities (lead + co-responsible + support) of any cell: the darkest colour. */
  readonly max: number;
}

export function cellKey(departmentId: string, columnId: string): string {
  return `${departmentId}\u0000${columnId}`;
}

export function toMatrixGrid(matrix: OwnershipMatrix): MatrixGrid {
  const cells = new Map<string, MatrixCell>();
  const totals = new Map<string, Counts>();
  const usedColumns = new Set<string>();
  let max = 0;
  for (const cell of matrix.cells) {
    if (edges(cell) === 0) continue;
    cells.set(cellKey(cell.departmentId, cell.columnId), cell);
    usedColumns.add(cell.columnId);
    const total = totals.get(cell.departmentId) ?? NONE;
    totals.set(cell.departmentId, {
      lead: total.lead + cell.lead,
      support: total.support + cell.support,
      coResponsible: total.coResponsible + cell.coResponsible,
      presumedLead: total.presumedLead + cell.presumedLead,
    });
    max = Math.max(max, edges(cell));
  }
  const rows = matrix.departments
    .map((department) => ({ department, ...(totals.get(department.id) ?? NONE) }))
    .filter((row) => edges(row) > 0)
    .sort(
      (a, b) =>
        b.lead - a.lead || b.presumedLead - a.presumedLead || b.coResponsible - a.coResponsible || b.support - a.support || a.department.name.localeCompare(b.department.name, 'zh'),
    );
  const columns = matrix.columns.filter((column) => usedColumns.has(column.id));
  return { rows, columns, cells, max };
}

/**
 * How dark a cell is drawn, 0 (empty) to 1 (the busiest cell). Stated leads weigh double: leading a task is the
 * stronger claim of ownership; co-responsible units (presumed leads too: a presumption) and support weigh once.
 */
export function cellIntensity(cell: Pick<MatrixCell, 'lead' | 'support'> & Partial<Pick<MatrixCell, 'coResponsible'>> | undefined, max: number): number {
  if (!cell || max <= 0) return 0;
  const weight = cell.lead * 2 + cell.support + (cell.coResponsible ?? 0);
  return Math.min(1, weight / (max * 2));
}

/** The clauses of a department's ownership trace that lie behind one cell (its projects and goals). */
export function clausesForCell(trace: OwnershipTrace, cell: Pick<MatrixCell, 'itemIds'>, includeInferred: boolean): OwnershipClause[] {
  const items = new Set(cell.itemIds);
  const clauses = includeInferred ? [...trace.stated, ...trace.inferred] : trace.stated;
  return clauses.filter((clause) => items.has(clause.project.id) || clause.goals.some((goal) => items.has(goal.id)));
}
