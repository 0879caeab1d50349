import { splitSentences, type Paragraph, type ParsedDocument } from '@policygraph/parse';

/**
 * The task and description cells of task-division tables (序号 | 事项 | 责任单位 | 牵头单位) as paragraphs, so that the
 * targets they state (地区生产总值增长6.5%以上, 新建5G基站3000个) are read like running text. Indicator tables are read
 * by their own columns (extractTableIndicators) and are left out. A cell wrapped over lines keeps its line breaks:
 * its sentences are slices of the text, so every quote stays exact.
 */
export function taskCellParagraphs(document: ParsedDocument): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const table of document.tables) {
    if (table.columns.some((column) => column.kind === 'value' || column.kind === 'unit')) continue;
    const readable = new Set(table.columns.flatMap((column, index) => (column.kind === 'name' || column.kind === 'text' ? [index] : [])));
    for (const row of table.rows)
      for (const cell of row.cells) {
        if (!readable.has(cell.column) || cell.inherited) continue;
        const text = document.text.slice(cell.start, cell.end);
        paragraphs.push({ text, start: cell.start, end: cell.end, section: table.section, sentences: splitSentences(document.text, cell.start, cell.end) });
      }
  }
  return paragraphs;
}
