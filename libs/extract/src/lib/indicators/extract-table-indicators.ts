import type { Table, TableCell, TableColumn } from '@policygraph/parse';
import { addDepartment, DepartmentScope } from '../departments/department-nodes';
import { ExtractionContext } from '../extraction-context';
import { addGoal } from '../goals/goal-nodes';
import { addIndicator } from './indicator-nodes';
import { parseIndicatorValue } from './indicator-value';

interface ValueColumns {
  base: number | null;
  target: number | null;
  growth: number | null;
  baseYear: number | null;
  targetYear: number | null;
}

/**
 * Rows of rebuilt indicator tables (主要指标表, 专栏) become Indicators: name, unit, base and target by the year
 * columns (earliest = base/基数, latest = target/目标), growth, attribute (预期性/约束性), and the 数据来源 department as
 * REPORTED_BY. The table measures the goal of its section, or a goal named by its caption.
 */
export function extractTableIndicators(context: ExtractionContext, scope: DepartmentScope): number {
  let count = 0;
  for (const table of context.document.tables) {
    const nameColumn = table.columns.findIndex((column) => column.kind === 'name');
    const roles = valueColumns(table.columns);
    if (nameColumn < 0 || (roles.base === null && roles.target === null)) continue;
    const goalId = goalOfTable(context, table);
    for (const problem of table.problems) {
      context.graph.addIssue({ code: problem.code, message: problem.message, evidence: context.evidence(problem.start, problem.end) });
    }
    for (const row of table.rows) {
      const cell = (index: number | null): TableCell | undefined => (index === null ? undefined : row.cells.find((candidate) => candidate.column === index));
      const name = cell(nameColumn);
      if (!name) continue;
      const unit = cell(table.columns.findIndex((column) => column.kind === 'unit'))?.text ?? null;
      const base = cell(roles.base);
      const target = cell(roles.target);
      const baseValue = base ? parseIndicatorValue(base.text, unit) : null;
      const targetValue = target ? parseIndicatorValue(target.text, unit) : null;
      const growthCell = cell(roles.growth);
      const indicatorId = addIndicator(
        context,
        goalId,
        {
          name: name.text,
          unit,
          baseYear: roles.baseYear,
          baseValue: baseValue?.value ?? null,
          baseValueText: base?.text ?? null,
          targetYear: roles.targetYear ?? context.document.metadata.periodEnd,
          targetValue: targetValue?.value ?? null,
          targetValueText: target?.text ?? null,
          comparator: targetValue?.comparator ?? null,
          growth: growthCell?.text ?? targetValue?.growth ?? null,
          attribute: cell(table.columns.findIndex((column) => column.kind === 'attribute'))?.text ?? null,
          category: cell(table.columns.findIndex((column) => column.kind === 'category'))?.text ?? null,
          cumulative: Boolean(targetValue?.cumulative || baseValue?.cumulative),
        },
        row.start,
        row.end,
      );
      count++;
      const source = cell(table.columns.findIndex((column) => column.kind === 'department'));
      if (source) {
        const departmentNode = addDepartment(context, scope, source.text, source.start, source.end);
        context.graph.addRelationship('REPORTED_BY', indicatorId, departmentNode, { basis: source.inherited ? 'merged-cell' : 'stated' }, [
          context.evidence(row.start, row.end),
        ]);
      }
    }
  }
  return count;
}

/** Year columns: the earliest is the base (基数), the latest the target (目标); 年均增速 is growth. */
function valueColumns(columns: readonly TableColumn[]): ValueColumns {
  const years: Array<{ index: number; year: number | null; header: string }> = [];
  let growth: number | null = null;
  columns.forEach((column, index) => {
    if (column.kind !== 'value') return;
    if (/年均|增速|增长|增幅/.test(column.header)) growth = index;
    else years.push({ index, year: /(\d{4})/.exec(column.header) ? Number(/(\d{4})/.exec(column.header)![1]) : null, header: column.header });
  });
  const base = years.find((entry) => /基数|基期|现状|实际/.test(entry.header)) ?? (years.length > 1 ? years[0] : null);
  const target = years.find((entry) => /目标|预期/.test(entry.header)) ?? years[years.length - 1] ?? null;
  return {
    base: base?.index ?? null,
    target: target && target !== base ? target.index : null,
    growth,
    baseYear: base?.year ?? null,
    targetYear: target && target !== base ? target.year : null,
  };
}

function goalOfTable(context: ExtractionContext, table: Table): string | null {
  const existing = context.goalFor(table.start);
  if (existing) return existing;
  if (!table.caption) return null;
  const at = context.document.text.lastIndexOf(table.caption, table.start);
  if (at < 0) return null;
  const goalId = addGoal(context, context.documentSectorId, table.caption, at, at + table.caption.length);
  context.goalsBySection.set(table.section, goalId);
  return goalId;
}
