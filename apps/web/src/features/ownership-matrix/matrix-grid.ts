import type { ApiNode, MatrixCell, OwnershipClause, OwnershipMatrix, OwnershipTrace } from '../../api/graph-api.types';

export interface MatrixRow {
  readonly department: ApiNode;
  readonly lead: number;
  readonly support: number;
}

/** The matrix as the grid draws it: rows by how much they own, columns with any cell, cells by key. */
export interface MatrixGrid {
  readonly rows: readonly MatrixRow[];
  readonly columns: readonly ApiNode[];
  readonly cells: ReadonlyMap<string, MatrixCell>;
  /** The largest lead + support of any cell: the darkest colour. */
  readonly max: number;
}

export function cellKey(departmentId: string, columnId: string): string {
  return `${departmentId}\u0000${columnId}`;
}

export function toMatrixGrid(matrix: OwnershipMatrix): MatrixGrid {
  const cells = new Map<string, MatrixCell>();
  const totals = new Map<string, { lead: number; support: number }>();
  const usedColumns = new Set<string>();
  let max = 0;
  for (const cell of matrix.cells) {
    if (cell.lead + cell.support === 0) continue;
    cells.set(cellKey(cell.departmentId, cell.columnId), cell);
    usedColumns.add(cell.columnId);
    const total = totals.get(cell.departmentId) ?? { lead: 0, support: 0 };
    totals.set(cell.departmentId, { lead: total.lead + cell.lead, support: total.support + cell.support });
    max = Math.max(max, cell.lead + cell.support);
  }
  const rows = matrix.departments
    .map((department) => ({ department, ...(totals.get(department.id) ?? { lead: 0, support: 0 }) }))
    .filter((row) => row.lead + row.support > 0)
    .sort((a, b) => b.lead - a.lead || b.support - a.support || a.department.name.localeCompare(b.department.name, 'zh'));
  const columns = matrix.columns.filter((column) => usedColumns.has(column.id));
  return { rows, columns, cells, max };
}

/**
 * How dark a cell is drawn, 0 (empty) to 1 (the busiest cell). Leads weigh double: leading a task is the
 * stronger claim of ownership.
 */
export function cellIntensity(cell: Pick<MatrixCell, 'lead' | 'support'> | undefined, max: number): number {
  if (!cell || max <= 0) return 0;
  const weight = cell.lead * 2 + cell.support;
  return Math.min(1, weight / (max * 2));
}

/** The clauses of a department's ownership trace that lie behind one cell (its projects and goals). */
export function clausesForCell(trace: OwnershipTrace, cell: Pick<MatrixCell, 'itemIds'>, includeInferred: boolean): OwnershipClause[] {
  const items = new Set(cell.itemIds);
  const clauses = includeInferred ? [...trace.stated, ...trace.inferred] : trace.stated;
  return clauses.filter((clause) => items.has(clause.project.id) || clause.goals.some((goal) => items.has(goal.id)));
}
