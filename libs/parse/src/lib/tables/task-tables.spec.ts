import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../parse-document';
import type { ParsedDocument, Table } from '../parsed-document';
import { withoutLineBreaks } from './task-tables';
import { headerKind, isDeadlineCell, isPersonCell, isUnitListCell } from './table-vocabulary';

const fixture = (name: string) => readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'task-tables', name), 'utf8');
const passage = (name: string) => readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'passages', name), 'utf8');

/** Rows as header → cell text, for reading assertions. */
function rowsOf(table: Table): Array<Record<string, string>> {
  return table.rows.map((row) => Object.fromEntries(row.cells.map((cell) => [table.columns[cell.column].header, cell.text])));
}

function expectCellsAreSlices(document: ParsedDocument): void {
  for (const table of document.tables)
    for (const row of table.rows) for (const cell of row.cells) expect(withoutLineBreaks(document.text.slice(cell.start, cell.end))).toBe(cell.text);
}

describe('readTaskTable', () => {
  it('rebuilds a PDF copy (one cell per line) whose task and unit cells wrap, across a group row, and stops at the next heading', () => {
    const document = parseDocument(fixture('pdf-cell-per-line.txt'));
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '重点任务:name',
      '牵头单位:department',
      '配合单位:department',
      '完成时限:deadline',
    ]);
    expect(rowsOf(table)[0]).toEqual({
      序号: '1',
      重点任务: '实施城市更新行动，新开工改造城镇老旧小区120个',
      牵头单位: '市住房城乡建设局',
      配合单位: '市发展改革委、市财政局、市自然资源和规划局',
      完成时限: '2024年12月底前',
    });
    expect(rowsOf(table).map((row) => row['完成时限'])).toEqual(['2024年12月底前', '2024年底前', '长期坚持', '2024年11月']);
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toContain('各牵头单位要细化工作措施，每季度末将进展情况报送市政府办公室。');
    expect(document.sections.map((section) => section.heading)).toContain('三、保障措施');
    expectCellsAreSlices(document);
  });

  it('reads a leading 分类 column whose merged cell comes once before its first row, with every cell set off by blank lines (莲都 2023)', () => {
    const document = parseDocument(fixture('leading-category.txt'));
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '分类:category',
      '序号:serial',
      '事项:name',
      '责任单位:department',
      '牵头单位:department',
    ]);
    const rows = rowsOf(table);
    expect(rows).toHaveLength(14);
    expect(rows[1]).toEqual({ 分类: '发展目标', 序号: '2', 事项: '区本级固定资产投资增长25%。', 责任单位: '区发改局', 牵头单位: '区发改局' });
    expect(rows[12]).toMatchObject({ 分类: '发展目标', 事项: '完成省、市下达的环境指标计划目标。', 牵头单位: '区生态环境分局' });
    // The next group's name opens row 14, not a column of row 13.
    expect(rows[13]).toMatchObject({ 分类: '激发市场活力', 序号: '14', 责任单位: '区行政服务中心、区深改服务中心' });
    expect(table.rows[1].cells.find((cell) => cell.column === 0)?.inherited).toBe(true);
    expectCellsAreSlices(document);
  });

  it('reads rows written on one line between | with the columns in another order, and ends at a plain line', () => {
    const document = parseDocument(fixture('pipe-rows.txt'));
    const [table] = document.tables;
    expect(table.columns.map((column) => column.kind)).toEqual(['serial', 'name', 'deadline', 'department']);
    expect(rowsOf(table)[2]).toEqual({
      序号: '3',
      工作任务: '推进县城污水管网改造',
      完成时限: '持续推进',
      责任单位: '县住房城乡建设局（牵头）、县生态环境分局',
    });
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toContain('以上任务由县政府督查室跟踪督办。');
    expectCellsAreSlices(document);
  });

  it('reads tab-separated rows whose task column is 主要内容', () => {
    const document = parseDocument(fixture('tab-rows.txt'));
    const [table] = document.tables;
    expect(rowsOf(table)).toEqual([
      { 序号: '1', 主要内容: '建立企业开办“一网通办”平台', 牵头单位: '区市场监管局', 责任单位: '区政务服务管理局', 时间节点: '2023年9月' },
      { 序号: '2', 主要内容: '推进工程建设项目审批制度改革', 牵头单位: '区住房城乡建设局', 责任单位: '区自然资源局、区发展改革局', 时间节点: '2023年底前' },
    ]);
    expectCellsAreSlices(document);
  });

  it('joins a |-closed cell that wraps onto the next line and keeps the 责任领导 column apart', () => {
    const document = parseDocument(fixture('cells-closed-by-pipe.txt'));
    const [table] = document.tables;
    expect(table.columns.find((column) => column.header === '责任领导')?.kind).toBe('person');
    expect(rowsOf(table)[0]).toMatchObject({
      重点工作: '加快标准厂房建设，推进二期标准化厂房主体完工，新增可供出租厂房面积5万平方米。',
      责任领导: '王明',
      责任单位: '规划建设局、招商服务中心',
    });
    expectCellsAreSlices(document);
  });

  it('reads a table continued from an earlier page (rows 24…) whose merged group cell is missing, by the look of its cells (崇川 2023)', () => {
    const document = parseDocument(fixture(join('..', 'passages', 'chongchuan-minsheng-2023.txt')));
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '主要任务:name',
      '全年目标任务:name',
      '分管领导:person',
      '牵头单位:department',
      '责任主体与协同单位:department',
      '1-10月推进情况:progress',
      '1-11月推进情况:progress',
      '是否达序:progress',
      '说明:text',
    ]);
    expect(table.rows.map((row) => row.serial)).toEqual([24, 25, 26]);
    expect(rowsOf(table)[1]).toMatchObject({
      主要任务: '新增四分类“三定一督”达标小区210个。',
      分管领导: '徐国江',
      牵头单位: '城管局',
      责任主体与协同单位: '市政局、环卫处、崇川经济开发区、各街道',
      '1-11月推进情况': '在46个小区，建成38个厢房，70个分类亭。',
      是否达序: '否',
    });
    expect(rowsOf(table)[2]).toMatchObject({ 分管领导: '徐国江', 牵头单位: '城管局', 责任主体与协同单位: '崇川经济开发区、相关街道', 是否达序: '是' });
    expectCellsAreSlices(document);
  });

  it('joins header cells broken over two lines (泗洲头镇 2024: 责任 / 领导, 第二季度 / 完成情况)', () => {
    const document = parseDocument(fixture(join('..', 'passages', 'xiangshan-sizhoutou-2024.txt')));
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '重点工作:name',
      '责任领导:person',
      '责任科室:department',
      '攻坚目标任务:name',
      '工作任务安排:text',
      '第二季度完成情况:progress',
    ]);
    expect(rowsOf(table)[1]).toMatchObject({ 重点工作: '现代化美丽城镇', 责任领导: '吴宇凡', 责任科室: '乡村振兴办' });
    expectCellsAreSlices(document);
  });

  it('places the cells of a short row by their look: a deadline and a unit list find their columns', () => {
    const text = [
      '序号',
      '重点任务',
      '牵头单位',
      '配合单位',
      '完成时限',
      '1',
      '建设区域物流枢纽',
      '市交通运输局',
      '2025年底前',
      '2',
      '发展跨境电商',
      '市商务局',
      '市邮政管理局',
      '2024年',
    ].join('\n');
    const [table] = parseDocument(text).tables;
    expect(rowsOf(table)[0]).toEqual({ 序号: '1', 重点任务: '建设区域物流枢纽', 牵头单位: '市交通运输局', 完成时限: '2025年底前' });
    expect(table.problems.map((problem) => problem.code)).toEqual(['TABLE_ROW_SHORT']);
    expect(rowsOf(table)[1]).toMatchObject({ 配合单位: '市邮政管理局' });
  });

  it('reads a row-per-line table without serial numbers (具体措施 | 牵头部门 | 完成时间)', () => {
    const text = '具体措施|牵头部门|完成时间\n开展质量提升行动|市市场监管局|2024年底\n建设公共实训基地|市人力资源社会保障局|2025年\n二、保障措施';
    const [table] = parseDocument(text).tables;
    expect(rowsOf(table)).toEqual([
      { 具体措施: '开展质量提升行动', 牵头部门: '市市场监管局', 完成时间: '2024年底' },
      { 具体措施: '建设公共实训基地', 牵头部门: '市人力资源社会保障局', 完成时间: '2025年' },
    ]);
  });

  it('reads a bureau task table with a grouping 指标 column, a header gloss, merged cells and unit cells of several lines (略阳 2019)', () => {
    const text = [
      '序号',
      '指标',
      '工作任务',
      '完成时限',
      '责任领导',
      '责任股室',
      '(单位)',
      '备注',
      '1',
      '公共文化服务',
      '“两馆一站”免费开放服务人次较上年增长15%。',
      '12月底前',
      '夏俊贵',
      '文化宣传股',
      '文化馆',
      '图书馆',
      '2',
      '全年组织开展文化下乡等惠民演出不少于100场。',
      '文化宣传股',
      '3',
      '开展好“三下乡”活动。',
      '4',
      '文化产业',
      '培育规模以上文化服务企业1家。',
      '5',
      '非遗保护',
      '完成非遗展厅布展任务。',
      '羌研会',
      '灵岩寺博物馆',
    ].join('\n');
    const document = parseDocument(text);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '指标:category',
      '工作任务:name',
      '完成时限:deadline',
      '责任领导:person',
      '责任股室（单位）:department',
      '备注:text',
    ]);
    const rows = rowsOf(table);
    expect(rows[0]).toMatchObject({ 工作任务: '“两馆一站”免费开放服务人次较上年增长15%。', 责任领导: '夏俊贵', '责任股室（单位）': '文化宣传股文化馆图书馆' });
    expect(rows[0]['备注']).toBeUndefined();
    expect(rows[1]).toMatchObject({ 工作任务: '全年组织开展文化下乡等惠民演出不少于100场。', '责任股室（单位）': '文化宣传股' });
    // A row that writes no unit cell takes the merged one above; a short label opening a row is its group, not a person.
    expect(rows[2]).toMatchObject({ 工作任务: '开展好“三下乡”活动。', '责任股室（单位）': '文化宣传股' });
    expect(rows[3]).toMatchObject({ 指标: '文化产业', 工作任务: '培育规模以上文化服务企业1家。' });
    expect(rows[3]['责任领导']).toBeUndefined();
    expect(rows[4]).toMatchObject({ 指标: '非遗保护', 工作任务: '完成非遗展厅布展任务。', '责任股室（单位）': '羌研会灵岩寺博物馆' });
    expectCellsAreSlices(document);
  });

  it('does not take column words in running text or a label line for a table', () => {
    const text = '一、任务\n加强统筹。\n牵头单位：市商务局\n配合单位：市财政局\n完成时限：2025年底前';
    expect(parseDocument(text).tables).toEqual([]);
  });
});

describe('column words of task tables (table-vocabulary)', () => {
  it('knows the officials, unit columns with a gloss, tasks and deadlines as real tables head them', () => {
    // 钟楼 2021 民生实事 table (区政府分管领导), 高唐 2024 分工方案 (任务内容 | 牵头领导 | 责任单位), 泾县 2023 (牵头县领导),
    // 略阳 2019 (责任股室 / (单位)).
    const kinds = [
      '区政府分管领导',
      '牵头领导',
      '牵头县领导',
      '任务内容',
      '责任股室（单位）',
      '牵头部门（单位）',
      '协作单位',
      '重点工作任务',
      '完成时间节点',
    ].map((header) => headerKind(header));
    expect(kinds).toEqual(['person', 'person', 'person', 'name', 'department', 'department', 'department', 'name', 'deadline']);
    // 平顶山 2018: 细化措施 describes a task; a unit cell may list a collective whose bracket holds 、.
    expect(headerKind('细化措施')).toBe('text');
    // 南陵 2024 分解表: 序号 | 目标与任务 | 分 管 县领导 | 牵头责任单位 | 责任单位.
    expect([headerKind('目标与任务'), headerKind('分 管 县领导')]).toEqual(['name', 'person']);
    expect(isUnitListCell('各县（市、区）党委和人民政府，城乡一体化示范区、高新区党工委和管委会')).toBe(true);
    // A bare 领导 or 责任 is no column word (a header cell broken over two lines is joined first).
    expect([headerKind('领导'), headerKind('责任')]).toEqual([null, null]);
  });

  it('reads a 民生实事 table whose task is the 实事项目 and whose plan column is 工作举措及实施计划 (临安 2022)', () => {
    // 临安 2022: 序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位, rows between | on one line.
    expect([headerKind('实事项目'), headerKind('民生实事'), headerKind('工作举措及实施计划'), headerKind('重点工作目标任务')]).toEqual([
      'name',
      'name',
      'text',
      'name',
    ]);
    const text = [
      '发布单位 | 区政府 | 发文日期 | 2022-07-14 |',
      '序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |',
      '1 | 新建成公办中小学、幼儿园7所,新增中小学、幼儿园公办学位6800个。 | 1.4月底前职教中心主体完工。 2.8月底前竣工交付。 | 教育局 | 发改局、住建局、财政局,锦城街道、昌化镇 |',
      '2 | 新建成婴幼儿照护服务成长驿站7家。 | 1.3月底前新建成2家;9月底前完成7家建设任务。 | 卫生健康局 | 财政局、教育局、妇联,各镇(街道) |',
    ].join('\n');
    const [table] = parseDocument(text).tables;
    expect(table.columns.map((column) => column.kind)).toEqual(['serial', 'name', 'text', 'department', 'department']);
    expect(table.rows.map((row) => row.cells.find((cell) => cell.column === 3)?.text)).toEqual(['教育局', '卫生健康局']);
  });

  it('reads a copy that closes each cell with a line of bars, merged cells left as more bars (bar-lines, 吴江 2024)', () => {
    // 吴江区 2024 重点工作目标任务分解落实方案: the 序号 column numbers groups of rows, each task cell numbers itself.
    const text = [
      '序号',
      '|',
      '项目',
      '|',
      '重点工作目标任务',
      '|',
      '牵头领导',
      '|',
      '责任单位',
      '|',
      '一、2024年全区经济社会发展主要预期目标',
      '|',
      '||||',
      '1',
      '|',
      '主要预期目标',
      '|',
      '1.地区生产总值增长5%以上。',
      '|',
      '钱 宇',
      '|',
      '★区发改委、统计局',
      '|',
      '2.一般公共预算收入同口径增长6%以上。',
      '|',
      '★区财政局、税务局',
      '|',
      '|||',
      '3.规上工业总产值增长5%左右。',
      '|',
      '|',
      '★区工信局、统计局',
      '|',
      '||',
      '10.主要污染物排放总量削减完成上级下达任务。',
      '|',
      '王 嵘',
      '方 勇',
      '|',
      '★生态环境局',
      '|',
      '||',
    ].join('\n');
    const [table] = parseDocument(text).tables;
    const cellsOf = (row: Table['rows'][number]) => row.cells.map((cell) => `${cell.column}:${cell.text}`);
    expect(table.rows.map(cellsOf)).toEqual([
      ['0:1', '1:主要预期目标', '2:1.地区生产总值增长5%以上。', '3:钱宇', '4:区发改委、统计局'],
      ['2:2.一般公共预算收入同口径增长6%以上。', '4:区财政局、税务局'],
      ['2:3.规上工业总产值增长5%左右。', '4:区工信局、统计局'],
      ['2:10.主要污染物排放总量削减完成上级下达任务。', '3:王嵘方勇', '4:生态环境局'],
    ]);
  });

  it('reads a progress table whose task column is 内容与要求, one cell per line (绍兴 2020)', () => {
    const text = [
      '市政府2020年重点工作(预下达)一季度进展情况表',
      '',
      '序号',
      '',
      '内容与要求',
      '',
      '进展情况',
      '',
      '责任单位',
      '',
      '1',
      '',
      '加强季度、月度数据监测,确保地区生产总值增长7%左右。',
      '',
      '从1-2月主要经济指标完成情况看,规上工业增加值全省第2。',
      '',
      '市发改委',
      '',
      '2',
      '',
      '持续推进重大项目攻坚,市县长项目落地率50%以上。',
      '',
      '市县长项目目前已安排36个项目,总投资882.1亿元。',
      '',
      '市发改委',
    ].join('\n');
    const document = parseDocument(text);
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '内容与要求:name',
      '进展情况:progress',
      '责任单位:department',
    ]);
    expect(rowsOf(table).map((row) => row['责任单位'])).toEqual(['市发改委', '市发改委']);
    expectCellsAreSlices(document);
  });

  it('reads a task table a page dumped one row per line with spaces between cells, rows run together by the soft-break join (平顶山 2018)', () => {
    const text = [
      '平顶山市全面推行河长制主要任务分解表',
      '',
      '序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位',
      '1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动。 市水利局 市发展改革委、工业和信息化委等 各县(市、区)党委和人民政府,高新区管委会',
      '2  严守用水 效率控制 红线 落实万元国内生产总值水耗指标等用水效率评估体系。 市水利局 市发展改革委 各县(市、区)党委和人民政府',
      '',
      '附件2',
    ].join('\n');
    const document = parseDocument(text);
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '类别:category',
      '主要任务:name',
      '细化措施:text',
      '牵头单位:department',
      '参与单位:department',
      '责任单位:department',
    ]);
    // A cell that wrapped keeps its pieces together; a blank merged cell is the row above's.
    expect(rowsOf(table).map((row) => [row['类别'], row['主要任务'], row['参与单位']])).toEqual([
      ['加强水资源保护', '严守水资源开发利用控制红线', '市发展改革委、工业和信息化委等'],
      ['加强水资源保护', '严守用水效率控制红线', '市发展改革委'],
    ]);
    expect(table.rows[1].cells.find((cell) => cell.column === 1)?.inherited).toBe(true);
    expect(document.text.slice(table.end)).toContain('附件2');
  });

  it('reads a project table whose column words the copy split with spaces, closed by empty merged cells, cut off in its last row (西昌 2021)', () => {
    // 序号 | 项目 类型 | 项目 名称 | 建设 性质 | 建设内容和规模 | 总用地规模(亩) | 建设起止年限 | 建设投资 (万元) | 涉及 乡镇 | 责任 主体 | ||,
    // then the investment's sub-header (合计 | 政府投资 | …), rows with more cells than columns (the investment split in
    // three) continued by unnumbered lines, and row 4 cut off in its contents.
    const document = parseDocument(passage('xichang-xiangmubiao-2021.txt'));
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '项目类型:category',
      '项目名称:name',
      '建设性质:text',
      '建设内容和规模:text',
      '总用地规模（亩）:text',
      '建设起止年限:text',
      '建设投资（万元）:text',
      '涉及乡镇:text',
      '责任主体:department',
    ]);
    expect(rowsOf(table).map((row) => [row['项目名称'], row['责任主体']])).toEqual([
      ['玉米制种基地建设项目', '市农业农村局'],
      ['西昌市高二半山农业产业园', '市农业农村局、安哈镇人民政府、市农投公司'],
      ['建设西昌现代蔬菜产业种苗中心', '市农业农村局、经久、佑君、安哈市农投公司'],
      // Cut off: its cells in order, no unit taken from the row above, 续建 not read as the project.
      ['西昌万亩蔬菜产业园区', undefined],
    ]);
    expectCellsAreSlices(document);
  });

  it('reads column words split by spaces (spaced-header-words: 崇川 2023 牵头 单位, 分管 领导; PDF cells 牵 头 单 位, 完成 时限)', () => {
    expect(
      ['项目 名称', '责任 主体', '牵头 单位', '分管 领导', '牵 头 单 位', '责任 单位', '完成 时限', '建设 性质', '涉及 乡镇'].map((cell) => headerKind(cell)),
    ).toEqual(['name', 'department', 'department', 'person', 'department', 'department', 'deadline', 'text', 'text']);
    // 崇川 2023's header, one cell per line, each closed by |.
    const document = parseDocument(passage('chongchuan-minsheng-2023.txt'));
    expect(document.tables[0].columns.map((column) => column.header)).toEqual(expect.arrayContaining(['分管领导', '牵头单位']));
  });
  it("reads a copy that opens each cell but a row's first with a bar and closes each row with one (bar-led-cells, 长沙)", () => {
    // 长沙 目标任务责任分解表 (fsou.com): 牵头单位 | 目标任务 | 责任单位; the merged lead cell breaks its name over lines and is
    // printed once; a row of one cell leaves both unit columns to the row above.
    const text = [
      '牵头单位',
      '| 目 标 任 务',
      '| 责 任 单 位',
      '|',
      '市',
      '监',
      '察',
      '局',
      '| 想问题、做决策、安排资金,必须首先考虑群众受益。',
      '| 市直各单位、各区县市',
      '|',
      '严肃查处利用职权或公共资源谋取私利的腐败行为,建设诚信、廉洁的政府',
      '| 审计局、财政局和市直各单位、各区县市',
      '|',
      '市',
      '发',
      '改',
      '委',
      '| 地区生产总值增长13%',
      '| 统计局和市直相关单位、各区县市、各园区',
      '|',
      '固定资产投资增长20%',
      '|',
      '力争全年实施重点项目566个,完成投资1494亿',
    ].join('\n');
    const document = parseDocument(text);
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual(['牵头单位:department', '目标任务:name', '责任单位:department']);
    expect(rowsOf(table).map((row) => [row['牵头单位'], row['目标任务'].slice(0, 10), row['责任单位']])).toEqual([
      ['市监察局', '想问题、做决策、安排', '市直各单位、各区县市'],
      ['市监察局', '严肃查处利用职权或公', '审计局、财政局和市直各单位、各区县市'],
      ['市发改委', '地区生产总值增长13', '统计局和市直相关单位、各区县市、各园区'],
      ['市发改委', '固定资产投资增长20', '统计局和市直相关单位、各区县市、各园区'],
      // Cut off by the text's end: its one cell, no unit taken from the row above.
    ]);
    expectCellsAreSlices(document);
  });

  it('reads districts by name as units of a list that names a body too (districts-in-unit-list, 长沙)', () => {
    expect(isUnitListCell('市直相关单位、高新区、岳麓区、望城区')).toBe(true);
    expect(isUnitListCell('市直各单位、各区县市')).toBe(true);
    // A place alone, or places alone, make no unit list; a task cell stays a task.
    expect(isUnitListCell('岳麓区')).toBe(false);
    expect(isUnitListCell('岳麓区、望城区')).toBe(false);
    expect(isUnitListCell('推进城区')).toBe(false);
  });
});

describe('task tables of places not golded before (blind round, sitting 2026-12-07 fifth)', () => {
  it('reads a unit cell of several lines, one unit a line, a date naming its stage and a row under a merged serial (大竹 2016 民生实事)', () => {
    // Rules unit-lines-in-cell, deadline-with-milestone, federation-short-names and merged-serial-sub-row.
    const document = parseDocument(passage('dazhu-minsheng-shishi-2016.txt'));
    expect(document.tables).toHaveLength(1);
    const rows = rowsOf(document.tables[0]);
    expect(rows[0]).toEqual({
      序号: '1',
      民生实事: '启动建设东柳河城区段综合治理工程和东湖湿地公园。',
      责任单位: '县水务局县住建局县护城河指挥部',
      完成时限: '12月底前',
    });
    expect(rows[3]).toEqual({ 序号: '4', 民生实事: '建成县残疾人综合服务中心。', 责任单位: '县残联', 完成时限: '5月底前动工' });
    // Row 5 holds two rows: the second has no serial, its unit cell merged with the first's.
    expect(rows[4]).toEqual({ 序号: '5', 民生实事: '开工建设县老年养护楼。', 责任单位: '县民政局', 完成时限: '5月底前动工' });
    expect(rows[5]).toEqual({ 民生实事: '开工建设老年大学。', 责任单位: '县民政局', 完成时限: '12月底前' });
    expect(document.tables[0].rows[5]).toMatchObject({ serial: null });
    expect(rows.map((row) => row['序号'] ?? '-')).toEqual(['1', '2', '3', '4', '5', '-', '6', '7', '8', '9', '10']);
    expectCellsAreSlices(document);
  });

  it("knows a date with the stage due (deadline-with-milestone) and people's organisations written short (federation-short-names)", () => {
    for (const cell of ['5月底前动工', '9月投入使用', '2024年6月底前完工', '2025年底前建成']) expect(isDeadlineCell(cell)).toBe(true);
    for (const cell of ['动工', '开工建设老年大学', '县民政局']) expect(isDeadlineCell(cell)).toBe(false);
    for (const cell of ['县残联', '市妇联', '区科协', '县工商联']) {
      expect(isUnitListCell(cell)).toBe(true);
      expect(isPersonCell(cell)).toBe(false);
    }
    expect(isPersonCell('叶林')).toBe(true);
  });

  it("reads a unit's excerpt of a division table whose serials skip and whose part headings keep none of their rows (谯城 2025 教育局)", () => {
    // Rule excerpt-serials; 协同配合单位 is a column word (support).
    const document = parseDocument(passage('qiaocheng-jiaoyu-fenjie-2025.txt'));
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '重点工作任务:name',
      '主要责任单位:department',
      '协同配合单位:department',
    ]);
    expect(table.rows.map((row) => row.serial)).toEqual([3, 68, 69, 73]);
    expect(rowsOf(table)[2]).toEqual({
      序号: '69',
      重点工作任务: '深化与海亮集团合作，积极引进优质教育资源。',
      主要责任单位: '区教育局',
      协同配合单位: '区投资促进中心。',
    });
    expectCellsAreSlices(document);
  });

  it('reads a web table whose cells, each closed by a bar, are broken over indented lines, 序 / 号 its first header cell (定州 2021)', () => {
    // Rule serial-header-broken.
    const document = parseDocument(passage('dingzhou-shuju-gongxiang-2021.txt'));
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => column.header)).toEqual(['序号', '工作任务', '牵头单位', '责任单位', '完成时限']);
    const rows = rowsOf(table);
    expect(rows[0]).toMatchObject({ 序号: '1', 牵头单位: '市行政审批局', 责任单位: '市直相关部门', 完成时限: '2021年9月底' });
    expect(rows[2]).toMatchObject({ 序号: '3', 牵头单位: '市政务数据共享协调机制', 责任单位: '市直相关部门各乡镇（街道）', 完成时限: '2021年12月底' });
    expectCellsAreSlices(document);
  });

  it("reads rows one a line after a header run onto the end of the notice's line, across a part heading, with an empty 名称 column (常熟 2018)", () => {
    // Rules spaced-header-at-line-end, group-row-in-spaced-table, blank-leading-middle.
    const document = parseDocument(passage('changshu-gzbg-fenjie-2018.txt'));
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '名称:category',
      '工作任务:name',
      '牵头责任单位:department',
    ]);
    const rows = rowsOf(table);
    expect(rows).toHaveLength(8);
    expect(rows[6]).toMatchObject({ 序号: '7', 牵头责任单位: '发改委、经信委、科技局' });
    expect(rows[0]['工作任务']).toMatch(/^地区生产总值增长7%以上/);
    // The notice before the header stays text.
    expect(document.paragraphs.some((paragraph) => paragraph.text.includes('现下达给你们'))).toBe(true);
  });

  it("reads a ledger whose 细化分工 column is each row's task under a merged 工作任务 group, a list closed by 等按职责分工落实 (广东 2021)", () => {
    // Rules refinement-column, merged-group-first, unit-list-with-verb (second blind round).
    const document = parseDocument(passage('guangdong-weijian-zhengwu-taizhang-2021.txt'));
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '工作任务:category',
      '细化分工:name',
      '责任处室:department',
      '完成时限:deadline',
      '备注:text',
    ]);
    const rows = rowsOf(table);
    expect(rows[0]).toMatchObject({
      工作任务: '做好常态化疫情防控信息发布',
      责任处室: '应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实',
      完成时限: '长期推进',
    });
    // Row 2 has one text cell: the task, not the group printed in row 1.
    expect(rows[1]).toEqual({ 序号: '2', 细化分工: '扎实做好疫苗接种信息公开和舆论引导工作', 责任处室: '疾控处', 完成时限: '长期推进' });
    expect(isUnitListCell('应急处、监督处、医政医管处、疾控处、基层处等按职责分工落实')).toBe(true);
    expect(isUnitListCell('各地按职责分工落实')).toBe(false);
  });

  it('reads a column word the vocabulary does not know, broken over two lines, as a column of its own; a starred unit is a unit (龙湾 2023)', () => {
    // Rules unnamed-column-in-header and starred-unit (task tables of places not golded before, sitting 2026-12-08).
    const document = parseDocument(passage('longwan-gzbg-fenjie-2023.txt'));
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '重点工作:name',
      '区本级任务数:text',
      '责任单位:department',
    ]);
    const rows = rowsOf(table);
    // An empty 任务数 cell leaves the row's unit under its column.
    expect(rows[0]).toEqual({ 序号: '1', 重点工作: '地区生产总值增长6.5%。', 责任单位: '区发改局' });
    expect(rows[4]).toMatchObject({ 区本级任务数: '9亿元', 责任单位: '区政府办公室*、区财政局' });
    expect(isUnitListCell('区财政局*、区科技局、区投促中心')).toBe(true);
    expectCellsAreSlices(document);
  });

  it('reads serials a header leaves unwritten, after a merged 工作任务 group whose rows each write their 具体要求 (池州 信访局)', () => {
    // Rules serial-unheaded, refinement-column (具体要求) and a bare 年底前 as a deadline.
    const document = parseDocument(passage('chizhou-xinfang-zhengwu-qingdan.txt'));
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '工作任务:category',
      '序号:serial',
      '具体要求:name',
      '责任科室:department',
      '时限要求:deadline',
    ]);
    const rows = rowsOf(table);
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({
      工作任务: '强化行政规范性文件集中规范公开',
      序号: '1',
      具体要求: '对行政规范性文件进行全面清理，并向社会公布现行有效行政规范性文件目录。',
      责任科室: '办公室',
      时限要求: '年底前',
    });
    // Row 4 prints no group: it is row 3's, merged.
    expect(rows[3]).toMatchObject({ 工作任务: '做好主动公开基础工作', 序号: '4', 责任科室: '办公室' });
    expect(isDeadlineCell('年底前')).toBe(true);
    expect(isDeadlineCell('上半年')).toBe(true);
    expectCellsAreSlices(document);
  });

  it('reads a task written as column words each over its cell, one record after another (label-over-value, 同心 2023)', () => {
    const document = parseDocument(passage('tongxin-gzbg-renwu-2023.txt'));
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '具体任务:name',
      '责任单位:department',
      '配合单位:department',
      '完成时限:deadline',
    ]);
    expect(rowsOf(table)[0]).toMatchObject({ 责任单位: '卫健局、文旅局', 配合单位: '各乡镇' });
    expect(rowsOf(table)[0]['具体任务']).toMatch(/^全面落实疫情防控“新十条”，/);
    // Two records in a row; a column word over a line that is no unit list makes no table.
    const two = parseDocument(
      '具体任务\n新建幼儿园3所。\n责任单位\n县教育局\n完成时限\n12月底前\n具体任务\n改造老旧小区10个。\n责任单位\n县住建局、县财政局\n完成时限\n年底前\n',
    );
    expect(two.tables).toHaveLength(1);
    expect(rowsOf(two.tables[0]).map((row) => row['责任单位'])).toEqual(['县教育局', '县住建局、县财政局']);
    expect(parseDocument('重点任务\n新建幼儿园3所。\n责任单位\n见附件\n').tables).toHaveLength(0);
    // Column words with their colon.
    expect(rowsOf(parseDocument('工作任务：\n新建幼儿园3所。\n牵头单位：\n县教育局\n配合单位：\n县财政局\n').tables[0])[0]).toEqual({
      工作任务: '新建幼儿园3所。',
      牵头单位: '县教育局',
      配合单位: '县财政局',
    });
    expectCellsAreSlices(document);
    expectCellsAreSlices(two);
  });

  it('reads rows written one a line between spaces whose unit columns stand before text columns, the header broken by runs of spaces (青阳 2023)', () => {
    // Rules spaced-rows-units-inside and dated-column-word (carried over from the fifth sitting's second round).
    const document = parseDocument(passage('qingyangxian-weijian-qingdan-2023.txt'));
    expect(document.tables).toHaveLength(1);
    const [table] = document.tables;
    expect(table.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      '序号:serial',
      '2023年重点工作任务:name',
      '牵头领导:person',
      '牵头责任单位:department',
      '主体责任单位:department',
      '配合责任单位:department',
      '工作评价:progress',
      '2023年10-12月份进展情况:progress',
      '20224年1-3月份进度安排:text',
      '备注:text',
    ]);
    expect(table.rows.map((row) => row.serial)).toEqual([81, 85, 87]);
    // Row 81's 主体 cell runs over two lines, a unit each: a cell each.
    const units = (row: number, column: string) =>
      table.rows[row].cells.filter((cell) => table.columns[cell.column].header === column).map((cell) => cell.text);
    expect(units(0, '牵头责任单位')).toEqual(['县卫健委']);
    expect(units(0, '主体责任单位')).toEqual(['各乡镇', '县开发区']);
    expect(units(0, '配合责任单位')).toEqual(['县直有关单位']);
    expect(units(1, '主体责任单位')).toEqual(['有关乡镇']);
    expect(units(0, '牵头领导')).toEqual(['汪峰吴蓓蓓']);
    expect(headerKind('2023年重点工作任务')).toBe('name');
    expect(headerKind('2025年目标')).toBe('value');
    expectCellsAreSlices(document);
  });
});
