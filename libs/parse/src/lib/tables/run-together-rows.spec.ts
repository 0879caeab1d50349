import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../parse-document';
import type { Table } from '../parsed-document';

const passage = (name: string) => readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'passages', name), 'utf8');

/** Each row's cells as `header: text`, cells of one column in order. */
function rowsOf(table: Table): string[][] {
  return table.rows.map((row) => row.cells.map((cell) => `${table.columns[cell.column].header}: ${cell.text}`));
}

describe('run-together-cells', () => {
  it('reads a document site’s text of a table with every cell run together, its pages joined (钟楼 2021 on 第壹文秘)', () => {
    const document = parseDocument(passage('zhonglou-minsheng-2021.txt'));
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '项目名称:name',
      '主要内容:text',
      '区政府分管领导:person',
      '牵头单位:department',
      '配合单位:department',
    ]);
    expect(table.caption).toBe('2021年重大民生实事项目目标任务责任分解表');
    const rows = rowsOf(table);
    // The person and the units cut apart: 何海平 | 教育局 | 经开区 | 高新园（邹区镇） | 各街道 | 市国有公司.
    expect(rows[0].slice(1)).toEqual([
      '区政府分管领导: 何海平',
      '牵头单位: 教育局',
      '配合单位: 经开区',
      '配合单位: 高新园（邹区镇）',
      '配合单位: 各街道',
      '配合单位: 市国有公司',
    ]);
    expect(rows[0][0]).toMatch(/^项目名称: 增加教育资源供给实施新建、改扩建学校/);
    // Row 2 runs across the page break inside 高新园（邹区镇）: the page number is left out of the text.
    expect(rows[1].slice(1)).toEqual(['区政府分管领导: 何海平', '牵头单位: 人社局', '配合单位: 高新园（邹区镇）', '配合单位: 各街道']);
    // Row 3 goes on with a second item and its own leader and units (推进… opens with a verb: no unit).
    expect(table.rows.map((row) => row.serial)).toEqual([1, 2, 3, 3, 4, 5]);
    expect(rows[3][0]).toMatch(/^项目名称: 推进大庙弄核心区改造/);
    expect(rows[3].slice(1)).toEqual(['区政府分管领导: 芮春祥', '牵头单位: 住建局', '配合单位: 五星街道', '配合单位: 南大街街道', '配合单位: 荷花池街道']);
    // 张菁 is two characters (民政局, not 政局高新园); the row's further words with no units describe it; the header
    // repeated on page 2 is skipped; row 5 is cut before its units.
    expect(rows[4].slice(1, 3)).toEqual(['区政府分管领导: 张菁', '牵头单位: 民政局']);
    expect(rows[4][rows[4].length - 1]).toMatch(/^主要内容: 提升改造8家城乡社区居家养老服务中心（站）。/);
    expect(rows[5]).toEqual([expect.stringMatching(/^主要内容: 文体惠民行动新建2家/)]);
    for (const row of table.rows) for (const cell of row.cells) expect(document.text.slice(cell.start, cell.end)).toBe(cell.text);
  });

  it('reads no table from prose naming columns, nor from a run of column words no row follows', () => {
    const prose =
      '各牵头单位要严格按照任务分工,对涉及的工作任务进行再细化、再分解,明确每项任务的序号、牵头单位、配合单位和完成时限,确保各项工作任务得到有效落实,各责任单位要加强协调,积极配合,切实履行各自工作职责。';
    expect(parseDocument(prose).tables).toEqual([]);
    const headerOnly = `附件:任务分解表序号重点任务牵头单位配合单位完成时限(详见附件,此表另发)。${'各单位要认真落实。'.repeat(8)}`;
    expect(parseDocument(headerOnly).tables).toEqual([]);
  });
});
