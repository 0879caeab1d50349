import type { PdfPageText, PdfTextItem } from './pdf-text-layer';

/** Text rebuilt from a PDF's positioned items, and where each page starts in it. */
export interface PdfLayoutText {
  readonly text: string;
  readonly pageStarts: readonly number[];
}

interface Cell {
  text: string;
  readonly x: number;
  right: number;
}

interface VisualLine {
  readonly page: number;
  readonly y: number;
  readonly fontSize: number;
  readonly cells: Cell[];
}

interface Table {
  /** Left edges of the columns, from the row with the most cells. */
  columns: number[];
  readonly rows: Array<{ readonly page: number; readonly cells: Cell[] }>;
}

/** Items on one baseline further apart than this (in font sizes) are separate table cells: runs of CJK text touch,
 * and a space is a third of this; Word's default cell margins leave about one font size between cells. */
const CELL_GAP_EM = 0.8;
/** A justified or kinsoku-wrapped CJK line stops short of the right margin by less than this. */
const FULL_LINE_SLACK_EM = 1.5;
/** A line starting further right than this from the body's left edge is indented (new paragraph) or centered. */
const INDENT_EM = 0.8;
/** Wrapped cell lines sit at one of the table's column edges, within this. */
const COLUMN_TOLERANCE_EM = 0.5;

/** Headings and list markers that start a paragraph even when the line before filled the width. */
const PARAGRAPH_MARKER =
  /^(第[一二三四五六七八九十百零〇\d]+[章节条部分篇]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|[①-⑳])/;
/** Running page numbers printed by Word/WPS: "- 3 -", "— 3 —", "第3页", "3". */
const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?\d{1,4}\s*(页)?(\s*[/／共]\s*\d{1,4}\s*页?)?[-—–－\s]*$/;

/**
 * Rebuilds reading text from a PDF's text layer: items on one baseline form a visual line; a line with wide gaps is
 * a table row and becomes one cell per line (tab-prefixed, blank line between rows: the layout the parser's table
 * rebuilder reads); other lines are joined into paragraphs, one per output line, when the line before ran to the
 * right margin. CJK lines are joined without a space because the wrap is not a word boundary. Rotated items
 * (watermarks) and running page numbers are dropped. Single-column layouts only.
 */
export function textFromPdfLayout(pages: readonly PdfPageText[]): PdfLayoutText {
  const lines = pages.flatMap((page, index) => dropPageNumbers(visualLines(page.items, index + 1)));
  const body = lines.filter((line) => line.cells.length === 1);
  // A loop, not Math.min(...spread): a long plan has more lines than a call may take arguments.
  let bodyLeft = Number.POSITIVE_INFINITY;
  let bodyRight = Number.NEGATIVE_INFINITY;
  for (const line of body) {
    bodyLeft = Math.min(bodyLeft, line.cells[0]!.x);
    bodyRight = Math.max(bodyRight, line.cells[0]!.right);
  }
  const out = new TextBuilder(pages.length);

  let table: Table | null = null;
  let previous: VisualLine | null = null; // the last paragraph line, while its paragraph may continue
  for (const line of lines) {
    if (line.cells.length >= 2) {
      table ??= { columns: [], rows: [] };
      table.rows.push({ page: line.page, cells: line.cells });
      if (line.cells.length >= table.columns.length) table.columns = line.cells.map((cell) => cell.x);
      previous = null;
      continue;
    }
    const cell = line.cells[0]!;
    if (table !== null) {
      if (continuesTableCell(table, line, bodyRight)) continue;
      out.table(table);
      table = null;
    }
    const startsParagraph =
      previous === null ||
      previous.cells[0]!.right < bodyRight - FULL_LINE_SLACK_EM * previous.fontSize ||
      cell.x > bodyLeft + INDENT_EM * line.fontSize ||
      Math.abs(line.fontSize - previous.fontSize) > 0.2 * previous.fontSize ||
      PARAGRAPH_MARKER.test(cell.text);
    if (startsParagraph) out.paragraph(cell.text, line.page);
    else out.continueParagraph(joinerBetween(previous!.cells[0]!.text, cell.text), cell.text, line.page);
    previous = line;
  }
  if (table !== null) out.table(table);
  return out.result();
}

/** Groups consecutive items on one baseline (stream order is reading order in Chromium, Word and WPS output). */
function visualLines(items: readonly PdfTextItem[], page: number): VisualLine[] {
  const groups: PdfTextItem[][] = [];
  for (const item of items) {
    if (item.rotated) continue;
    const current = groups[groups.length - 1];
    const head = current?.[0];
    if (head && Math.abs(item.y - head.y) <= 0.3 * Math.max(head.fontSize, item.fontSize)) current!.push(item);
    else groups.push([item]);
  }
  const lines: VisualLine[] = [];
  for (const group of groups) {
    const fontSize = Math.max(...group.map((item) => item.fontSize));
    const cells = cellsOf(
      [...group].sort((a, b) => a.x - b.x),
      fontSize,
    );
    if (cells.length > 0) lines.push({ page, y: group[0]!.y, fontSize, cells });
  }
  return lines;
}

function cellsOf(items: readonly PdfTextItem[], fontSize: number): Cell[] {
  const cells: Cell[] = [];
  let current: Cell | null = null;
  for (const item of items) {
    const blank = item.text.trim().length === 0;
    if (current !== null && item.x - current.right <= CELL_GAP_EM * fontSize) {
      current.text += item.text;
      if (!blank) current.right = item.x + item.width;
    } else if (!blank) {
      current = { text: item.text, x: item.x, right: item.x + item.width };
      cells.push(current);
    }
    // A blank item far from any text is the gap pdfjs fills between table cells: it separates, it is not content.
  }
  for (const cell of cells) cell.text = cell.text.trim();
  return cells.filter((cell) => cell.text.length > 0);
}

function dropPageNumbers(lines: VisualLine[]): VisualLine[] {
  const isPageNumber = (line: VisualLine | undefined) => line !== undefined && line.cells.length === 1 && PAGE_NUMBER.test(line.cells[0]!.text);
  let from = 0;
  let to = lines.length;
  if (isPageNumber(lines[to - 1])) to--;
  if (to > from && isPageNumber(lines[from])) from++;
  return lines.slice(from, to);
}

/** A single-cell line at one of the table's column edges is the wrapped rest of the cell above it. */
function continuesTableCell(table: Table, line: VisualLine, bodyRight: number): boolean {
  const cell = line.cells[0]!;
  const tolerance = COLUMN_TOLERANCE_EM * line.fontSize;
  const column = table.columns.findIndex((x) => Math.abs(x - cell.x) <= tolerance);
  if (column < 0) return false;
  // A full-width line at the first column's edge is body text after a table that starts at the margin.
  if (column === 0 && cell.right >= bodyRight - FULL_LINE_SLACK_EM * line.fontSize) return false;
  const row = table.rows[table.rows.length - 1]!;
  const target = row.cells.find((candidate) => Math.abs(candidate.x - cell.x) <= tolerance);
  if (target === undefined) return false;
  target.text += joinerBetween(target.text, cell.text) + cell.text;
  return true;
}

/** Only a wrap between two Latin words was a space; a wrap inside Chinese text or a number was not. */
function joinerBetween(before: string, after: string): string {
  return /[A-Za-z0-9.,;:!?)]$/.test(before) && /^[A-Za-z(]/.test(after) ? ' ' : '';
}

class TextBuilder {
  private text = '';
  private readonly pageStarts: number[] = [];
  private blankLineNext = false;

  constructor(private readonly pageCount: number) {}

  paragraph(line: string, page: number): void {
    this.text += this.text.length === 0 ? '' : this.blankLineNext ? '\n\n' : '\n';
    this.blankLineNext = false;
    this.append(line, page);
  }

  continueParagraph(joiner: string, line: string, page: number): void {
    this.text += joiner;
    this.append(line, page);
  }

  table(table: Table): void {
    for (const row of table.rows) {
      this.text += this.text.length === 0 ? '' : '\n\n'; // a blank line before the table and between rows
      this.append(row.cells.map((cell) => `\t${cell.text}`).join('\n'), row.page);
    }
    this.blankLineNext = true;
  }

  result(): PdfLayoutText {
    while (this.pageStarts.length < this.pageCount) this.pageStarts.push(this.text.length); // trailing blank pages
    return { text: this.text.length > 0 ? `${this.text}\n` : '', pageStarts: this.pageStarts };
  }

  private append(content: string, page: number): void {
    while (this.pageStarts.length < page) this.pageStarts.push(this.text.length); // blank pages start here too
    this.text += content;
  }
}
