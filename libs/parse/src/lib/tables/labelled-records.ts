import type { Line } from '../lines';
import type { TableCell, TableColumn, TableRow } from '../parsed-document';
import { withoutLineBreaks } from './task-table-cells';
import { headerKind, isUnitListCell } from './table-vocabulary';

/**
 * Rule `label-over-value`: a task division that a page writes one task at a time, each column word on a line of its own
 * with the cell under it (同心 2023: 具体任务 / 全面落实疫情防控“新十条”，… / 责任单位 / 卫健局、文旅局 / 配合单位 / 各乡镇 /
 * 完成时限 / 1月底前完成…): a one-row table turned on its side. The task's column word (具体任务, 工作任务, 重点任务 …)
 * opens a record; the task runs over the lines up to the next column word; every other column word has the line after it
 * as its cell. Records follow one another; a record with no unit list under a unit column is no table.
 */

export interface LabelledRecords {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly lastLine: number;
}

/** A column word is short; a task line is not one. */
const MAX_LABEL = 12;
/** The lines a task cell may run over before the next column word. */
const MAX_TASK_LINES = 4;
/** Column words a record may hold after its task (责任单位, 配合单位, 完成时限, 责任领导 …). */
const MAX_FIELDS = 8;

export function readLabelledRecords(text: string, lines: readonly Line[], from: number): LabelledRecords | null {
  const opening = lines[from].content;
  // Cheap gate: a short line that is a task column word.
  if (opening.length > MAX_LABEL || labelKind(opening) !== 'name') return null;
  const columns: TableColumn[] = [];
  const rows: TableRow[] = [];
  let i = from;
  let lastLine = from - 1;
  while (i < lines.length && lines[i].content.length <= MAX_LABEL && labelKind(lines[i].content) === 'name') {
    const record = readRecord(text, lines, i, columns);
    if (!record) break;
    rows.push(record.row);
    lastLine = record.lastLine;
    i = nextNonBlank(lines, record.lastLine + 1);
  }
  return rows.length > 0 ? { columns, rows, lastLine } : null;
}

function readRecord(text: string, lines: readonly Line[], at: number, columns: TableColumn[]): { row: TableRow; lastLine: number } | null {
  const cells: TableCell[] = [];
  let k = at;
  let hasUnits = false;
  for (let field = 0; field <= MAX_FIELDS && k < lines.length; field++) {
    const label = lines[k].content;
    const kind = label.length <= MAX_LABEL ? labelKind(label) : null;
    // A second task column word starts the next record.
    if (kind === null || (field > 0 && kind === 'name')) break;
    const header = label.replace(/\s+|[：:]$/g, '');
    let column = columns.findIndex((existing) => existing.header === header);
    if (column < 0) {
      columns.push({ header, kind });
      column = columns.length - 1;
    }
    const first = nextNonBlank(lines, k + 1);
    if (first >= lines.length || isLabel(lines[first].content)) return null;
    let last = first;
    if (kind === 'name' || kind === 'text') {
      // The task runs on to the next column word.
      for (let n = first + 1; n < lines.length && n - first < MAX_TASK_LINES; n++) {
        if (lines[n].content.length === 0) continue;
        if (isLabel(lines[n].content)) break;
        last = n;
      }
    }
    const value = lines[first].content;
    if (kind === 'department' && isUnitListCell(value)) hasUnits = true;
    cells.push({
      column,
      text: withoutLineBreaks(text.slice(lines[first].start, lines[last].end)),
      start: lines[first].start,
      end: lines[last].end,
      inherited: false,
    });
    k = nextNonBlank(lines, last + 1);
    if (k >= lines.length || !isLabel(lines[k].content)) {
      k = last + 1;
      break;
    }
  }
  if (!hasUnits || cells.length < 2) return null;
  const lastCell = cells[cells.length - 1];
  const lastLine = lines.findIndex((line) => line.end === lastCell.end);
  return { row: { serial: null, cells, start: lines[at].start, end: lastCell.end }, lastLine };
}

function isLabel(content: string): boolean {
  return content.length > 0 && content.length <= MAX_LABEL && labelKind(content) !== null;
}

/** A column word alone on its line, its colon after it or not (责任单位 / 责任单位：). */
function labelKind(content: string): TableColumn['kind'] | null {
  return headerKind(content.replace(/[：:]$/, ''));
}

function nextNonBlank(lines: readonly Line[], from: number): number {
  let k = from;
  while (k < lines.length && lines[k].content.length === 0) k++;
  return k;
}
