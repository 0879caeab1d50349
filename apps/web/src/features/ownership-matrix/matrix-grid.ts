import type { ApiNode, MatrixCell, OwnershipClause, OwnershipMatrix, OwnershipTrace } from '../../api/graph-api.types';

export interface MatrixRow {
  readonly department: ApiNode;
  readonly lead: number;
  readonly support: number;
  readonly coResponsible: number;
  readonly presumedLead: number;
  readonly inferred: number;
}

type Counts = Pick<MatrixCell, 'lead' | 'support' | 'coResponsible' | 'presumedLead' | 'inferred'>;
const NONE: Counts = { lead: 0, support: 0, coResponsible: 0, presumedLead: 0, inferred: 0 };
const edges = (counts: Counts): number => counts.lead + counts.support + counts.coResponsible + counts.inferred;

/**
 * What a cell chiefly shows, strongest claim first: a stated lead, a presumed lead (first of a list that states no
 * lead), co-responsible or support units only, or inferred ownership only. The grid draws each kind with its own
 * outline, and hatches any cell with inferred responsibilities, so colour is never the only cue.
 */
export type CellKind = 'lead' | 'presumed' | 'shared' | 'inferred';

export function cellKind(cell: Pick<MatrixCell, 'lead' | 'presumedLead' | 'coResponsible' | 'support'>): CellKind {
  if (cell.lead > 0) return 'lead';
  if (cell.presumedLead > 0) return 'presumed';
  if (cell.coResponsible + cell.support > 0) return 'shared';
  return 'inferred';
}

/** The confidence range of a cell's inferred responsibilities as text (0.42–0.61, or 0.42 when one), null without any. */
export function confidenceRange(cell: Pick<MatrixCell, 'inferredConfidenceMin' | 'inferredConfidenceMax'>): string | null {
  const { inferredConfidenceMin: low, inferredConfidenceMax: high } = cell;
  if (low === null || high === null) return null;
  return low.toFixed(2) === high.toFixed(2) ? low.toFixed(2) : `${low.toFixed(2)}–${high.toFixed(2)}`;
}

/** The text inside a cell: stated lead/co-responsible/support, then ≈ and the inferred count when there are inferred ones. */
export function cellText(cell: Pick<MatrixCell, 'lead' | 'coResponsible' | 'support' | 'inferred'>): string {
  const stated = cell.lead + cell.coResponsible + cell.support > 0 ? `${cell.lead}/${cell.coResponsible}/${cell.support}` : '';
  const inferred = cell.inferred > 0 ? `≈${cell.inferred}` : '';
  return [stated, inferred].filter((part) => part.length > 0).join(' ');
}

/** The matrix as the grid draws it: rows by how much they own, columns with any cell, cells by key. */
export interface MatrixGrid {
  readonly rows: readonly MatrixRow[];
  readonly columns: readonly ApiNode[];
  readonly cells: ReadonlyMap<string, MatrixCell>;
  /** The largest number of responsibilities (lead + co-responsible + support + inferred) of any cell: the darkest colour. */
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
      inferred: total.inferred + cell.inferred,
    });
    max = Math.max(max, edges(cell));
  }
  const rows = matrix.departments
    .map((department) => ({ department, ...(totals.get(department.id) ?? NONE) }))
    .filter((row) => edges(row) > 0)
    .sort(
      (a, b) =>
        b.lead - a.lead ||
        b.presumedLead - a.presumedLead ||
        b.coResponsible - a.coResponsible ||
        b.support - a.support ||
        b.inferred - a.inferred ||
        a.department.name.localeCompare(b.department.name, 'zh'),
    );
  const columns = matrix.columns.filter((column) => usedColumns.has(column.id));
  return { rows, columns, cells, max };
}

/**
 * How dark a cell is drawn, 0 (empty) to 1 (the busiest cell). Stated leads weigh double: leading a task is the
 * stronger claim of ownership; co-responsible units (presumed leads too: a presumption), support and inferred
 * responsibilities weigh once.
 */
export function cellIntensity(
  cell: (Pick<MatrixCell, 'lead' | 'support'> & Partial<Pick<MatrixCell, 'coResponsible' | 'inferred'>>) | undefined,
  max: number,
): number {
  if (!cell || max <= 0) return 0;
  const weight = cell.lead * 2 + cell.support + (cell.coResponsible ?? 0) + (cell.inferred ?? 0);
  return Math.min(1, weight / (max * 2));
}

/** The clauses of a department's ownership trace that lie behind one cell (its projects and goals). */
export function clausesForCell(trace: OwnershipTrace, cell: Pick<MatrixCell, 'itemIds'>, includeInferred: boolean): OwnershipClause[] {
  const items = new Set(cell.itemIds);
  const clauses = includeInferred ? [...trace.stated, ...trace.inferred] : trace.stated;
  return clauses.filter((clause) => items.has(clause.project.id) || clause.goals.some((goal) => items.has(goal.id)));
}
