import { isUnitCell, PERIOD_HEADER, type Table, type TableCell, type TableColumn, type TableRow } from '@policygraph/parse';
import { addDepartment, DepartmentScope } from '../departments/department-nodes';
import { unitsRunTogether } from '../departments/ownership/run-together';
import { ExtractionContext } from '../extraction-context';
import { addGoal } from '../goals/goal-nodes';
import { addIndicator, resultFacts } from './indicator-nodes';
import { parseIndicatorValue } from './indicator-value';

interface ValueColumns {
  base: number | null;
  target: number | null;
  growth: number | null;
  baseYear: number | null;
  targetYear: number | null;
  /**
   * A review table's year columns (2015年完成 | 2020年完成, no target column) and a monitoring table's period columns
   * (1-3月): each holds results, of its year (null when neither the header nor the caption names one).
   */
  results: ReadonlyArray<{ index: number; year: number | null }>;
  /** Whether the rows state targets beside their results (a completion report: 2020年完成情况 | 2020年规划目标). */
  targetsToo: boolean;
}

/** A year column of values reached (2020年完成, 2020年实际完成, 完成值); 目标/预期/规划 columns hold targets. */
const RESULT_HEADER = /完成|实绩/;
const TARGET_HEADER = /目标|预期|规划/;
/** A footnote mark inside a name cell (高技术产业(制造业)[1]增加值占…比重): a reference to a note below, no part of the name. */
const FOOTNOTE_MARK = /\[\d{1,2}\]/g;
/** A unit written in brackets after the name, in a table without a 单位 column: 地区生产总值（亿元）, 森林蓄积量（万立方米）. */
const UNIT_IN_NAME = /^(.+?)（([^（）]{1,6})）$/;

/**
 * Rows of rebuilt indicator tables (主要指标表, 专栏) become Indicators: name, unit, base and target by the year
 * columns (earliest = base/基数, latest = target/目标), growth, attribute (预期性/约束性), and the 数据来源 department as
 * REPORTED_BY. The table measures the goal of its section, or a goal named by its caption.
 */
export function extractTableIndicators(context: ExtractionContext, scope: DepartmentScope): number {
  let count = 0;
  for (const table of context.document.tables) {
    const nameColumn = table.columns.findIndex((column) => column.kind === 'name');
    const roles = valueColumns(table.columns, captionYear(table.caption));
    if (nameColumn < 0 || (roles.base === null && roles.target === null && roles.results.length === 0)) continue;
    const goalId = goalOfTable(context, table);
    for (const problem of table.problems) {
      context.graph.addIssue({ code: problem.code, message: problem.message, evidence: context.evidence(problem.start, problem.end) });
    }
    const unitColumn = table.columns.findIndex((column) => column.kind === 'unit');
    // An assessment's row whose target cell is merged away or says how it is judged (年终根据全省平均水平综合考核) states
    // no target: its weight (分值) is no value of it.
    const weighted = table.columns.some((column) => column.kind === 'weight');
    // A row with sub-rows (4.标准班额比例 / 其中：小学 / 初中 / 34.52% / 77.34% / 80%以上 / 85%以上) has more values
    // than the table has value columns, which cannot be told apart: no indicator rather than a wrong one.
    const mismatched = table.problems.filter((problem) => problem.code === 'TABLE_VALUES_MISMATCH');
    // The group label written before a row's number holds for the rows after it, up to the next group.
    let group: string | null = null;
    for (const row of table.rows) {
      const cell = (index: number | null): TableCell | undefined => (index === null ? undefined : row.cells.find((candidate) => candidate.column === index));
      const nameCell = cell(nameColumn);
      if (!nameCell) continue;
      const numbered = numberedLabel(nameCell.text);
      group = numbered.group ?? group;
      if (/其中/.test(nameCell.text) && mismatched.some((problem) => problem.start < row.end && problem.end > row.start)) continue;
      const written = unitColumn < 0 ? unitInName(numbered.name) : null;
      const name = { ...nameCell, text: (written?.name ?? numbered.name).replace(FOOTNOTE_MARK, '') };
      const unit = perUnit(written?.unit ?? cell(unitColumn)?.text ?? null);
      if (roles.results.length > 0) {
        count += addRowResults(context, goalId, row, roles, name.text, unit, cell, roles.growth === null ? null : table.columns[roles.growth].header);
        if (!roles.targetsToo) continue;
      }
      const base = cell(roles.base);
      const target = cell(roles.target);
      const baseValue = base ? parseIndicatorValue(base.text, unit) : null;
      const targetValue = target ? parseIndicatorValue(target.text, unit) : null;
      if (weighted && targetValue?.value == null && targetValue?.comparator == null) continue;
      const growthCell = cell(roles.growth);
      const indicatorId = addIndicator(
        context,
        goalId,
        {
          name: name.text,
          // A change in percentage points of a % column (比2015年(24.31)降低10个百分点) is counted in the points it writes.
          unit: targetValue?.unit === '个百分点' ? targetValue.unit : unit,
          baseYear: roles.baseYear,
          baseValue: baseValue?.value ?? null,
          baseValueText: base?.text ?? null,
          targetYear: roles.targetYear ?? captionYear(table.caption) ?? context.document.metadata.periodEnd,
          targetValue: targetValue?.value ?? null,
          targetValueText: target?.text ?? null,
          comparator: targetValue?.comparator ?? null,
          growth: growthCell && roles.growth !== null ? growthText(table.columns[roles.growth].header, growthCell.text) : (targetValue?.growth ?? null),
          attribute: cell(table.columns.findIndex((column) => column.kind === 'attribute'))?.text ?? null,
          category: cell(table.columns.findIndex((column) => column.kind === 'category'))?.text ?? group,
          cumulative: Boolean(targetValue?.cumulative || baseValue?.cumulative),
        },
        row.start,
        row.end,
      );
      count++;
      const source = cell(table.columns.findIndex((column) => column.kind === 'department'));
      if (source) {
        // Units the cell runs together (区发改局区统计局: 旌阳 2016) report it each.
        const written = context.document.text.slice(source.start, source.end) === source.text ? unitsRunTogether(source.text) : null;
        let at = source.start;
        for (const part of written ?? [source.text]) {
          const end = written ? at + part.length : source.end;
          const departmentNode = addDepartment(context, scope, part, at, end);
          context.graph.addRelationship('REPORTED_BY', indicatorId, departmentNode, { basis: source.inherited ? 'merged-cell' : 'stated' }, [
            context.evidence(row.start, row.end),
          ]);
          at = end;
        }
      }
    }
  }
  return count;
}

/** A name cell numbered as written (2.义务教育巩固率), after its group's label (一、发展水平1.学前教育毛入园率). */
const NUMBERED_LABEL = /^(?:[一二三四五六七八九十]{1,3}、([^\d（(]{2,12}?))?\d{1,2}[.．、]\s*(?=\S)/;

function numberedLabel(text: string): { name: string; group: string | null } {
  const match = NUMBERED_LABEL.exec(text);
  return match ? { name: text.slice(match[0].length), group: match[1] ?? null } : { name: text, group: null };
}

/**
 * Year columns: the earliest is the base (基数), the latest the target (目标); 年均增速 is growth. A table whose year
 * columns all say 完成 (a plan's review of the last period: 2015年完成 | 2020年完成) states results, not a target.
 */
function valueColumns(columns: readonly TableColumn[], captionYear: number | null): ValueColumns {
  const years: Array<{ index: number; year: number | null; header: string }> = [];
  const periods: Array<{ index: number; year: number | null }> = [];
  let growth: number | null = null;
  columns.forEach((column, index) => {
    if (column.kind !== 'value') return;
    const year = /(\d{4})/.exec(column.header) ? Number(/(\d{4})/.exec(column.header)![1]) : null;
    if (PERIOD_HEADER.test(column.header)) periods.push({ index, year: year ?? captionYear });
    else if (/年均|增速|增长|增幅/.test(column.header)) growth = index;
    else years.push({ index, year, header: column.header });
  });
  // A monitoring table (1-3月): its period columns hold values observed in them, none a target.
  if (periods.length > 0 && years.length === 0) {
    return { base: null, target: null, growth, baseYear: null, targetYear: null, results: periods, targetsToo: false };
  }
  const completed = years.filter((entry) => entry.year !== null && RESULT_HEADER.test(entry.header) && !TARGET_HEADER.test(entry.header));
  const reviewed = years.length > 0 && completed.length === years.length;
  const stated = years.find((entry) => /目标|预期/.test(entry.header));
  // Rule `result-beside-target`: a completion report sets what a year reached beside what was planned for it (南通 2021
  // 2020年完成情况 | 2020年规划目标): results of that year, not a base of the target.
  const beside = !reviewed && stated ? completed.filter((entry) => entry.year === stated.year) : [];
  const others = years.filter((entry) => !beside.includes(entry));
  const base = others.find((entry) => /基数|基期|现状|实际/.test(entry.header)) ?? (others.length > 1 ? others[0] : null);
  const target = stated ?? others[others.length - 1] ?? null;
  return {
    base: base?.index ?? null,
    target: target && target !== base ? target.index : null,
    growth,
    baseYear: base?.year ?? null,
    targetYear: target && target !== base ? target.year : null,
    results: reviewed ? years.map((entry) => ({ index: entry.index, year: entry.year! })) : beside.map((entry) => ({ index: entry.index, year: entry.year })),
    targetsToo: beside.length > 0,
  };
}

/**
 * The growth a 年均增速 column states, read with its header: a bare number takes the header's words and unit (年均增速（%）
 * over 13 → 年均增速13%), a cell with words of its own (提高13.4个百分点) is kept as written, a dash states none.
 */
function growthText(header: string, cellText: string): string | null {
  if (/^[—\-/／]$/.test(cellText)) return null;
  if (!/^[-−—]?\d+(?:\.\d+)?$/.test(cellText)) return cellText;
  const label = header.replace(/（[^（）]*）/g, '');
  const unit = /（(%|‰|个百分点)）/.exec(header)?.[1] ?? '';
  return `${label}${cellText}${unit}`;
}

/**
 * The year a table's caption names (旌阳区2016年度经济社会发展目标任务分解表 → 2016; a span's end for 2021—2025年): the
 * year of a target column whose header names none (目标任务, 目标值).
 */
function captionYear(caption: string | null): number | null {
  const years = caption ? [...caption.matchAll(/(\d{4})年/g)].map((match) => Number(match[1])) : [];
  return years.length > 0 ? Math.max(...years) : null;
}

/**
 * A rate per 10 000 or 100 000 written with its 1 (南通 2021: 1/10万) is the unit running text writes /10万 (rule
 * `rate-per-100000`): one unit, one way.
 */
function perUnit(unit: string | null): string | null {
  return unit !== null && /^1\/(?:10|100)?万$/.test(unit) ? unit.slice(1) : unit;
}

/** 地区生产总值（亿元） → 地区生产总值 in 亿元: a unit in brackets closing the name cell of a table without a 单位 column. */
function unitInName(text: string): { name: string; unit: string } | null {
  const match = UNIT_IN_NAME.exec(text);
  return match && isUnitCell(match[2]) ? { name: match[1], unit: match[2] } : null;
}

/**
 * One result per year column of a review table's row (地区生产总值（亿元）| 300.41 | 469.5 | 9.3: 300.41 亿元 in 2015
 * and 469.5 亿元 in 2020), evidenced by the row; the growth column is kept on the last year's result. Verbal cells
 * (完成市政府下达目标) and dashes state no value.
 */
function addRowResults(
  context: ExtractionContext,
  goalId: string | null,
  row: TableRow,
  roles: ValueColumns,
  name: string,
  unit: string | null,
  cell: (index: number | null) => TableCell | undefined,
  growthHeader: string | null,
): number {
  let count = 0;
  const last = roles.results[roles.results.length - 1];
  for (const column of roles.results) {
    const valueCell = cell(column.index);
    const value = valueCell ? parseIndicatorValue(valueCell.text, unit) : null;
    if (!valueCell || value === null || value.value === null) continue;
    const growthCell = column === last ? cell(roles.growth) : undefined;
    const growth = growthCell && growthHeader !== null ? growthText(growthHeader, growthCell.text) : null;
    addIndicator(
      context,
      goalId,
      resultFacts({
        name,
        unit: value.unit,
        qualifier: value.comparator,
        growth,
        cumulative: value.cumulative,
        year: column.year,
        value: value.value,
        high: value.upper,
      }),
      row.start,
      row.end,
      valueCell.start,
    );
    count++;
  }
  return count;
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
