import type { AnyNode, Element } from 'domhandler'; // cheerio's DOM (a dependency of cheerio)

/** Elements that start and end a line of their own. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
/** Elements whose content is never document text. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'button',
  'select',
  'textarea',
  'input',
  'head',
  'title',
  'map',
]);

const WIDE = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/** CSS Text 3 segment-break rule: a source line break between two East Asian wide characters renders as nothing. */
const SEGMENT_BREAK_BETWEEN_WIDE = new RegExp(`(?<=[${WIDE}])[ \\t\\r\\f]*\\n[\\s]*(?=[${WIDE}])`, 'g');

/**
 * The text of an HTML subtree as lines: one line per block element (paragraph, heading, list item), inline runs
 * (bold lead sentences, links) joined in place. Data tables become one cell per tab-prefixed line with a blank line
 * between rows, the layout the parser's table rebuilder reads; cells a rowspan covers are left empty, as text
 * exports of merged cells do. Tables that hold other tables are page layout and are read as blocks.
 */
export function blockText(root: AnyNode): string {
  const writer = new LineWriter();
  walk(root, writer);
  writer.breakLine();
  return writer.text();
}

function walk(node: AnyNode, writer: LineWriter): void {
  if (node.type === 'text') {
    writer.inline(node.data);
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return; // comments, CDATA, processing instructions
  if (node.type === 'tag') {
    const tag = node.name.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'br') return writer.breakLine();
    if (tag === 'table' && !hasNestedTable(node)) return writeTable(node, writer);
    if (BLOCK_TAGS.has(tag)) writer.breakLine();
  }
  for (const child of node.children) walk(child, writer);
  if (node.type === 'tag' && BLOCK_TAGS.has(node.name.toLowerCase())) writer.breakLine();
}

function writeTable(table: Element, writer: LineWriter): void {
  writer.blankLine();
  const coveredRows: number[] = []; // per column: rows still covered by a rowspan from above
  for (const row of rowsOf(table)) {
    const cells: string[] = [];
    let column = 0;
    const takeCovered = () => {
      while ((coveredRows[column] ?? 0) > 0) {
        coveredRows[column]!--;
        cells.push('');
        column++;
      }
    };
    for (const cell of row.children) {
      if (cell.type !== 'tag' || (cell.name !== 'td' && cell.name !== 'th')) continue;
      takeCovered();
      cells.push(cellText(cell));
      const rowspan = Number(cell.attribs['rowspan'] ?? 1);
      const colspan = Math.max(1, Number(cell.attribs['colspan'] ?? 1) || 1);
      for (let c = 0; c < colspan; c++) coveredRows[column + c] = rowspan > 1 ? rowspan - 1 : 0;
      column += colspan;
    }
    takeCovered();
    if (cells.every((text) => text.length === 0)) continue;
    writer.tableRow(cells);
  }
  writer.blankLine();
}

/** Rows in document order, through thead/tbody/tfoot, but not rows of tables nested in cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'tag') continue;
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

/** A cell's paragraphs joined into one line: the table rebuilder reads a cell as one line. */
function cellText(cell: Element): string {
  const writer = new LineWriter();
  for (const child of cell.children) walk(child, writer);
  writer.breakLine();
  return writer.lines().join('');
}

function hasNestedTable(table: Element): boolean {
  const search = (node: AnyNode): boolean => node.type === 'tag' && (node.name === 'table' || node.children.some(search));
  return table.children.some(search);
}

/** Collects inline text into lines, HTML whitespace rules applied when a line ends. */
class LineWriter {
  private readonly output: string[] = [];
  private pending = '';

  inline(text: string): void {
    this.pending += text;
  }

  breakLine(): void {
    const line = normalizeInline(this.pending);
    this.pending = '';
    if (line.length > 0) this.output.push(line);
  }

  blankLine(): void {
    this.breakLine();
    if (this.output.length > 0 && this.output[this.output.length - 1] !== '') this.output.push('');
  }

  tableRow(cells: readonly string[]): void {
    this.output.push(...cells.map((cell) => `\t${cell}`), '');
  }

  lines(): readonly string[] {
    return this.output.filter((line) => line.length > 0);
  }

  text(): string {
    const lines = [...this.output];
    while (lines[lines.length - 1] === '') lines.pop();
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
  }
}

function normalizeInline(text: string): string {
  return text
    .replace(SEGMENT_BREAK_BETWEEN_WIDE, '')
    .replace(/\u00a0/g, ' ') // &nbsp; indents and pads; to the extractor it is a space
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''); // paragraph indents: "　　到2025年…"
}
