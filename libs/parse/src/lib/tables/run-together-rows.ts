import type { Line } from '../lines';
import type { TableCell, TableColumn, TableProblem, TableRow } from '../parsed-document';
import { headerKind } from './table-vocabulary';

/**
 * A task table whose text copy runs every cell together with no separator (rule `run-together-cells`): a document
 * site's text of a .docx table (钟楼 2021 on 第壹文秘: …序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给
 * 实施新建、改扩建学校…4580个。何海平教育局经开区高新园（邹区镇）各街道市国有公司2促进就业稳定增长…). The header is a run of
 * column words written as one (序号 | 项目名称 | 主要内容 | 区政府分管领导 | 牵头单位 | 配合单位, each a column word of the table
 * vocabulary); the rows follow at the serial numbers 1, 2, 3…, the header repeated where a page began. A row's words run
 * from its serial to a sentence's end (。) followed by its officials and units: the person (two or three characters),
 * then the units one after another, each cut where a unit's name ends (局, 委, 公司, 街道, 园, 区 …) and a bracket after it
 * kept (高新园（邹区镇）); the first unit is the 牵头 column's, the rest the next unit column's. A row may go on with a
 * second item and its own officials and units (老城厢复兴发展: 完成瞿秋白纪念馆… 何海平文体旅局… / 推进大庙弄… 芮春祥住建局…):
 * a row of its own under the same serial; words with no units after them (a merged cell's second line) describe the row.
 * A unit's name is a noun: words opening with a verb (推进大庙弄核心区…) start the next item instead.
 */
export interface RunTogetherTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly problems: readonly TableProblem[];
  readonly caption: string | null;
  /** Where the header starts in the text. */
  readonly start: number;
}

/** A fused table line is long: it holds the header and rows. */
const MIN_LINE = 80;
/** Column words in a run that make a header: fewer could be a sentence that names two columns. */
const MIN_COLUMNS = 4;
/** The longest column word (区政府分管领导, 牵头单位及配合单位) is under this. */
const MAX_WORD = 12;
/** How a unit's name ends in a run of units; shortest first, so 教育局经开区 is cut after 局. */
const UNIT_END = /(?:厅|局|委|办|院|中心|公司|集团|银行|队|所|站|室|社|署|处|馆|股|街道|镇|乡|园|区|政府|管委会|部)$/;
const MIN_UNIT = 3;
const MAX_UNIT = 14;
/** A verb opening words is a task, not a unit (推进大庙弄核心区改造…, 完成…, 提升改造8家…). */
const VERB_START =
  /^(?:推进|推动|完成|实施|开展|提升|新建|建设|加快|促进|落实|组织|做好|加强|优化|增加|打造|支持|实现|启动|改造|提供|深化|持续|全面|积极|确保|开工|建成)/;
const HANZI = /[\u4e00-\u9fa5]/;
/**
 * Common surnames (百家姓, the first two hundred): an official's name in the person column opens with one, so words after a
 * sentence end (提升康复辅具…, 对300户…) are not taken for a person and units.
 */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝芮'.split(
    '',
  ),
);

export function readRunTogetherTable(line: Line): RunTogetherTable | null {
  const content = line.content;
  if (content.length < MIN_LINE) return null;
  const at = content.indexOf('序号');
  if (at < 0 || !content.includes('单位', at)) return null;
  const header = runHeader(content, at);
  if (!header) return null;
  const { columns, end: headerEnd } = header;
  const headerText = content.slice(at, headerEnd);
  const departments = columns.flatMap((column, index) => (column.kind === 'department' ? [index] : []));
  const nameColumn = columns.findIndex((column) => column.kind === 'name');
  const textColumn = columns.findIndex((column) => column.kind === 'text');
  const wordsColumn = nameColumn >= 0 ? nameColumn : textColumn;
  const personColumn = columns.findIndex((column) => column.kind === 'person');
  if (departments.length === 0 || wordsColumn < 0) return null;

  const rows: TableRow[] = [];
  const problems: TableProblem[] = [];
  const offset = line.start;
  const cell = (column: number, start: number, end: number): TableCell => ({
    column,
    start: offset + start,
    end: offset + end,
    text: content.slice(start, end),
    inherited: false,
  });
  let pos = headerEnd;
  for (let serial = 1; pos < content.length; serial++) {
    if (content.startsWith(headerText, pos)) pos += headerText.length;
    const written = String(serial);
    if (!content.startsWith(written, pos) || !HANZI.test(content[pos + written.length] ?? '')) break;
    pos += written.length;
    let rowCells: TableCell[] = [];
    let rowStart = pos;
    let wordsStart = pos;
    const closeRow = (end: number) => {
      if (rowCells.length > 0) rows.push({ serial, cells: rowCells, start: offset + rowStart, end: offset + end });
      rowCells = [];
    };
    for (;;) {
      const block = nextBlock(content, wordsStart, personColumn >= 0, serial + 1, headerText);
      if (!block) {
        // The row's words run to the end of the copy, cut before its units: they describe the row, no task is named.
        const end = content.length;
        if (end > wordsStart) rowCells.push(cell(textColumn >= 0 ? textColumn : wordsColumn, wordsStart, end));
        problems.push({ code: 'ROW_CUT_OFF', message: `row ${serial} runs to the end of the text`, start: offset + wordsStart, end: offset + end });
        closeRow(end);
        pos = end;
        break;
      }
      if (block.units.length === 0) {
        // Words with no units after them: a merged cell's further line, describing the row.
        rowCells.push(cell(textColumn >= 0 ? textColumn : wordsColumn, wordsStart, block.wordsEnd));
      } else {
        if (rowCells.some((c) => c.column === wordsColumn)) {
          // A second item of the row with its own officials and units: a row of its own.
          closeRow(wordsStart);
          rowStart = wordsStart;
        }
        rowCells.push(cell(wordsColumn, wordsStart, block.wordsEnd));
        if (block.person && personColumn >= 0) rowCells.push(cell(personColumn, block.person.start, block.person.end));
        block.units.forEach((unit, index) => {
          const column = departments[Math.min(index, departments.length - 1)];
          rowCells.push(cell(column, unit.start, unit.end));
        });
      }
      wordsStart = block.end;
      if (block.endsRow) {
        closeRow(block.end);
        pos = block.end;
        break;
      }
    }
  }
  if (rows.length < 2) return null;
  const caption = content
    .slice(0, at)
    .replace(/^\d{1,3}、/, '')
    .trim();
  return { columns, rows, problems, caption: caption.length > 0 ? caption : null, start: offset + at };
}

/** The column words run together from `at`, longest word first at each place; null unless they make a task table. */
function runHeader(content: string, at: number): { columns: TableColumn[]; end: number } | null {
  const columns: TableColumn[] = [];
  let pos = at;
  while (pos < content.length) {
    let taken = 0;
    for (let length = Math.min(MAX_WORD, content.length - pos); length >= 2; length--) {
      const kind = headerKind(content.slice(pos, pos + length));
      if (!kind) continue;
      columns.push({ header: content.slice(pos, pos + length), kind });
      taken = length;
      break;
    }
    if (taken === 0) break;
    pos += taken;
  }
  const kinds = new Set(columns.map((column) => column.kind));
  if (columns.length < MIN_COLUMNS || columns[0].kind !== 'serial' || !kinds.has('department')) return null;
  // The first row follows the header at once.
  if (content[pos] !== '1') return null;
  return { columns, end: pos };
}

interface Block {
  /** Where the row's words end (after their 。). */
  readonly wordsEnd: number;
  readonly person: { start: number; end: number } | null;
  readonly units: ReadonlyArray<{ start: number; end: number }>;
  readonly end: number;
  /** The next row's serial, the repeated header or the end of the copy follows. */
  readonly endsRow: boolean;
}

/**
 * From `from`, the words up to the first sentence end that officials and units follow, and those; words up to a
 * sentence end followed by the next row or the repeated header have no units. Null when neither comes.
 */
function nextBlock(content: string, from: number, withPerson: boolean, nextSerial: number, headerText: string): Block | null {
  const next = String(nextSerial);
  const rowFollows = (pos: number) =>
    pos >= content.length || content.startsWith(headerText, pos) || (content.startsWith(next, pos) && HANZI.test(content[pos + next.length] ?? ''));
  for (let stop = content.indexOf('。', from); stop >= 0; stop = content.indexOf('。', stop + 1)) {
    const after = stop + 1;
    if (rowFollows(after)) return { wordsEnd: after, person: null, units: [], end: after, endsRow: true };
    if (withPerson && !SURNAMES.has(content[after] ?? '')) continue;
    // A name of three characters or two (何海平, 张菁): the reading whose first unit is the shorter, as a unit's name starts
    // right after the person's (何海平教育局: 教育局, not 平教育局; 张菁民政局: 民政局, not 政局高新园).
    let best: Block | null = null;
    for (const length of withPerson ? [3, 2] : [0]) {
      if (length > 0 && !/^[\u4e00-\u9fa5]+$/.test(content.slice(after, after + length))) continue;
      const run = unitRun(content, after + length, rowFollows);
      if (!run) continue;
      const first = run.units[0].end - run.units[0].start;
      if (best && best.units[0].end - best.units[0].start <= first) continue;
      best = {
        wordsEnd: after,
        person: length > 0 ? { start: after, end: after + length } : null,
        units: run.units,
        end: run.end,
        endsRow: rowFollows(run.end),
      };
    }
    if (best) return best;
    // Words with no units after their 。 go on to the next sentence end (the row's item has several sentences).
  }
  return null;
}

/** Units one after another from `from`, up to the next row, the header, or words that are no unit (a second item). */
function unitRun(content: string, from: number, rowFollows: (pos: number) => boolean): { units: Array<{ start: number; end: number }>; end: number } | null {
  const units: Array<{ start: number; end: number }> = [];
  let pos = from;
  while (!rowFollows(pos)) {
    const unit = oneUnit(content, pos);
    if (!unit) break;
    units.push(unit);
    pos = unit.end;
  }
  return units.length > 0 ? { units, end: pos } : null;
}

/** The shortest unit's name at `from` (a bracket after it kept: 高新园（邹区镇）); null where the words are no unit. */
function oneUnit(content: string, from: number): { start: number; end: number } | null {
  if (VERB_START.test(content.slice(from, from + 2))) return null;
  for (let end = from + MIN_UNIT; end <= Math.min(content.length, from + MAX_UNIT); end++) {
    const name = content.slice(from, end);
    if (!/^[\u4e00-\u9fa5]+$/.test(name)) return null;
    if (!UNIT_END.test(name)) continue;
    if (content[end] === '（') {
      const close = content.indexOf('）', end);
      if (close > end && close - end <= 12) return { start: from, end: close + 1 };
    }
    return { start: from, end };
  }
  return null;
}
