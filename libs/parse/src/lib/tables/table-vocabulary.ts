import { isWhitespace } from '../lines';
import type { TableColumnKind } from '../parsed-document';

/** A period whose values a monitoring table reports: 1-3月, 2018年1-6月, 上半年, 前三季度, 第一季度. */
export const PERIOD_HEADER = /^(\d{4}年)?(1[-—~～至](\d{1,2})月(份)?|上半年|前三季度|[一二三四]季度|第[一二三四]季度)(累计)?$/;

/**
 * Column headers of indicator and task tables in Chinese plans (主要指标表, 专栏, 任务分工表). A flattened table is
 * recognized by a run of cells that are all such headers.
 */
const HEADER_KINDS: ReadonlyArray<{ kind: TableColumnKind; pattern: RegExp }> = [
  { kind: 'serial', pattern: /^(序号|编号)$/ },
  // …and the type of a project in a project table (西昌 2021: 项目类型 | 项目名称 | 建设性质 | …).
  { kind: 'category', pattern: /^(指标类别|指标类型|类别|类型|领域|分类|指标分类|重点领域|维度|一级指标|项目类型|项目类别|项目分类)$/ },
  // …and the task with what it requires (绍兴 2020 progress table: 序号 | 内容与要求 | 进展情况 | 责任单位).
  {
    kind: 'name',
    pattern:
      /^(指标名称|指标|二级指标|名称|项目名称|任务名称|工程名称|重点任务|主要任务|任务|项目|具体指标|工作任务|重点工作|主要工作|事项|工作事项|重点事项|具体事项|事项名称|改革事项|重点改革任务|改革任务|具体任务|任务事项|(?:攻坚|全年|年度|主要|重点工作|主要工作)?目标任务|(?:民生)?实事(?:项目|名称)?|(?:重点|主要)工作任务|年度任务|任务内容|工作内容|重点工作内容|工作重点|政策措施|具体措施|工作措施|主要措施|重点举措|主要举措|政策内容|措施内容|(?:工作|任务)?内容(?:与|和|及)要求|目标(?:与|和|及)任务|细化分工|细化任务|任务细化|细化内容|具体要求)$/,
  },
  { kind: 'unit', pattern: /^(计量)?单位$/ },
  {
    kind: 'value',
    pattern:
      /^((\d{4})年?(年底|年末)?(基数|目标|目标值|预期值|预期目标|规划目标|规划值|现状值|基期值|实际值|实际完成|完成情况|完成值|完成|值)?|基数|基期值|现状值|目标值|预期目标|(“?十[一二三四五六七八九]五”?(时期|期间)?)?(年均增速|年均增长|年均增长率|年均增幅)|累计增长|增速|累计)(（[^（）]{1,6}）)*$/,
  },
  // A period of a monitoring table (青海 2018: 一级指标 | 二级指标 | 计量单位 | 1-3月): the values observed in it.
  { kind: 'value', pattern: PERIOD_HEADER },
  { kind: 'attribute', pattern: /^(指标)?属性$/ },
  // The score an item carries in an assessment (旌阳 2016: 项 目 | 分值 | 目标任务 | 监考单位): no value of the indicator.
  { kind: 'weight', pattern: /^(分值|权重|权数|考核分值|指标分值|标准分值)$/ },
  {
    kind: 'department',
    pattern:
      /^(数据来源|责任单位|牵头单位|责任部门|牵头部门|责任科室|责任股室|责任处室|配合单位|配合部门|协办单位|参与单位|参与部门|参加单位|协同单位|协同部门|协作单位|协同配合单位|协同配合部门|配合协同单位|主要协作单位|协作配合单位|责任主体|统计部门|监测部门|主要责任单位|主体责任单位|配合责任单位|协同责任单位|牵头单位及配合单位|牵头责任单位|牵头责任部门|牵头及责任单位|责任单位及分工|主责单位|主责部门|主办单位|承办单位|实施单位|实施主体|考核责任单位|考核单位|监考单位)(?:（(?:单位|部门)）)?$/,
  },
  // Two roles in one column (责任主体与协同单位, 责任单位和配合单位): units of both, the column says not which is which.
  { kind: 'department', pattern: /^(责任|牵头|配合|协同|协办|参与)(单位|部门|主体)(与|和|及)(责任|牵头|配合|协同|协办|参与)(单位|部门|主体)$/ },
  // When a task is due, as written (2025年底前, 长期坚持, 全年).
  {
    kind: 'deadline',
    pattern: /^(完成时限|完成时间|时间节点|完成时间节点|时间安排|进度安排|时间进度|时限要求|时间要求|完成期限|完成年限|推进时限|办结时限|办结时间|时限)$/,
  },
  // Officials named beside a task (责任领导 叶林): people, not units.
  // …also with the level of the official (牵头县领导, 区政府分管领导, 包抓市领导).
  {
    kind: 'person',
    pattern: /^(?:[省市区县](?:政府|级)?)?(?:责任|牵头|分管|包抓|联系|挂钩|牵头负责)[省市区县]?(?:级)?领导$|^(?:责任人|联系人)$/,
  },
  // A project table's columns describe each project (西昌 2021 产业重点建设项目表: 建设性质 | 建设内容和规模 | 总用地规模（亩） |
  // 建设起止年限 | 建设投资（万元） | 涉及乡镇), a figure's unit in brackets after the word.
  {
    kind: 'text',
    pattern:
      /^(建设内容|主要内容|具体内容|细化措施|工作目标|目标要求|预期成效|预期成果|工作要求|推进措施|工作任务安排|工作安排|(?:工作|具体|主要)?(?:举措|措施)(?:及|和|与)(?:实施|推进)?(?:计划|安排)|实施计划|推进计划|(?:(?:\d{1,2}[-—~～至])?\d{1,2}月份?)?(?:进度|工作)(?:安排|计划)|建设地点|备注|说明|建设年限|总投资|投资额|建设性质|项目性质|建设规模|建设内容(?:和|及|与)规模|总?用地(?:规模|面积)|(?:建设)?起止年限|建设(?:期限|周期)|(?:建设|计划)投资|涉及(?:乡镇|区域|地区)|所在乡镇|建设地址|实施地点)(?:[（(][^（）()]{1,6}[）)])?$/,
  },
  // What was done by a date, in a progress report on a task list (崇川 2023: 1-10月推进情况, 是否达序; 泗洲头镇 2024:
  // 第二季度完成情况).
  {
    kind: 'progress',
    pattern:
      /^((\d{1,2}[-—~～至])?\d{1,2}月(份|底|末)?|第?[一二三四]季度|上半年|前三季度|截至目前|目前)?(推进|进展|工作|完成|落实|办理)(情况|进度|进展)$|^是否(达序|达到序时进度|按期完成|完成|达标)$|^(工作|进度|落实)评价$/,
  },
];

/** The longest header any pattern above accepts is 11 units (2025年年底预期目标); this bound only has to exceed it. */
const MAX_HEADER_LENGTH = 24;

export function headerKind(cell: string): TableColumnKind | null {
  // Body lines are long: rejected by their length without spaces, before any string is built or regex run.
  let units = 0;
  for (let i = 0; i < cell.length; i++) if (!isWhitespace(cell.charCodeAt(i)) && ++units > MAX_HEADER_LENGTH) return null;
  // Blank lines (a fifth of a text's lines) are no header: no pattern accepts an empty cell.
  if (units === 0) return null;
  // Rule spaced-header-words: a column word the copy split with spaces (PDF and web cells: 项目 名称, 责任 主体 of 西昌
  // 2021, 牵头 单位 and 分管 领导 of 崇川 2023, 分 管 县领导 of 南陵 2024) is read without them.
  const compact = cell.replace(/\s+/g, '');
  for (const { kind, pattern } of HEADER_KINDS) if (pattern.test(compact)) return kind;
  // Rule `dated-column-word`: a task, progress or plan column titled with its year (青阳 2023: 2023年重点工作任务,
  // 2023年10-12月份进展情况, 20224年1-3月份进度安排, a year typed with a stray digit) is that column.
  const dated = DATED_TITLE.exec(compact);
  if (dated && dated[0].length < compact.length) {
    const kind = headerKind(compact.slice(dated[0].length));
    if (kind === 'name' || kind === 'progress' || kind === 'text') return kind;
  }
  return null;
}

const DATED_TITLE = /^\d{4,5}年度?/;

/**
 * Units of measure written in a 单位 cell; a rate per 10 000 or 100 000 as health tables write it (南通 2021: 孕产妇死亡率 |
 * 1/10万 | 2.65 | ≤5).
 */
const UNIT =
  /^(%|‰|个百分点|百分点|倍|[个件家项人岁年天次户套条处艘辆张床所座分]|(万|亿)?人次?|(万|亿|万亿)?(元|美元)|(万|亿)?吨|(万|亿)?千瓦时?|公里|千米|(万)?平方(公里|米)|(万)?立方米|公顷|(万)?亩|(万)?标箱|TEU|GB|Mbps|[\u4e00-\u9fa5]{1,3}\/[\u4e00-\u9fa5]{1,3}|1?\/(?:10|100)?万)$/;

export function isUnitCell(cell: string): boolean {
  return UNIT.test(cell.replace(/\s+/g, ''));
}

export function isAttributeCell(cell: string): boolean {
  return /^(预期性|约束性|指导性)$/.test(cell);
}

/** Values as tables write them: numbers, ranges, [cumulative], comparators, or verbal targets. */
export function isValueCell(cell: string): boolean {
  return /\d/.test(cell) || /(不低于|不高于|不超过|以上|以下|左右|以内|同步|高于|低于|下达|完成|保持|稳定|控制|持平)/.test(cell);
}

export function isNumberOnly(cell: string): boolean {
  return /^[\d.,%\s]+$/.test(cell);
}

/**
 * When a task is due, as task tables write it: 2025年底前, 2026年6月, 6月底前, 2024—2025年, 长期坚持, 持续推进, 全年; this year's
 * end or half without the year (池州 信访局: 年底前; 年中, 上半年).
 */
const DEADLINE =
  /^((\d{4}年?(\d{1,2}月)?(上半年|下半年|年底|年末|底|末|中旬|上旬|下旬)?(前|以前|之前|起|开始)?[，、和及至—-]*)+(持续推进|长期坚持|长期推进)?|\d{1,2}月(底|末|中旬|上旬|下旬)?(前|以前)?|(长期|持续|常态化|全年|年内|每年|每季度|每月|按年度|分年度|年度)(坚持|推进|开展|实施|落实|完成)?(推进|开展)?|\d{4}年?[—-]\d{4}年?|[\u4e00-\u9fa5]{0,4}(前|底前)完成|(年底|年末|年中|上半年|下半年)(前|以前)?)$/;

/**
 * Rule `deadline-with-milestone`: a date cell naming the stage due by then (大竹 2016 民生实事: 5月底前动工, 9月投入使用;
 * 2024年6月底前完工, 2025年底前建成) is the row's deadline as a bare date is.
 */
const MILESTONE = /(开工|动工|完工|竣工|建成|投用|投入使用|投运|开业|启用|运营|交付使用|开放)$/;

export function isDeadlineCell(cell: string): boolean {
  const compact = cell.replace(/[\s。；]/g, '');
  if (compact.length === 0 || compact.length > 30) return false;
  if (DEADLINE.test(compact)) return true;
  const milestone = MILESTONE.exec(compact);
  return (
    milestone !== null && milestone.index > 0 && /[月年底末前]$/.test(compact.slice(0, milestone.index)) && DEADLINE.test(compact.slice(0, milestone.index))
  );
}

/**
 * A person's name as a 责任领导/分管领导 cell gives it (叶林, 徐国江): two to four characters, not a unit, a deadline
 * or a yes/no word.
 */
export function isPersonCell(cell: string): boolean {
  const compact = cell.replace(/\s+/g, '');
  return /^[\u4e00-\u9fa5]{2,4}$/.test(compact) && !UNIT_END.test(compact) && !isDeadlineCell(compact) && !/^(是|否|已|未|完成|正常|滞后)/.test(compact);
}

/** A unit name ends like a body: 省商务厅, 市发展改革委, 各区人民政府, 招商工作部, 规划建设局. */
/** 股: a section of a county bureau (文化宣传股, 旅游股). */
/** Rule `federation-short-names`: people's organisations written short (县残联, 市妇联, 区科协, 县工商联) are units. */
const UNIT_END =
  /(厅|局|委|办|部|院|会|中心|政府|公司|集团|银行|队|所|站|室|社|署|处|馆|股|海关|专班|单位|部门|街道|乡镇|园区|开发区|新区|示范区|(?:妇|残|侨|文|工商|台)联|科协|（[^（）]{1,12}）)$/;

/** A cell listing units (省商务厅、省发展改革委), read by its pieces, each ending like a unit. */
export function isUnitListCell(cell: string): boolean {
  const pieces = cell
    .replace(/[。；]$/, '')
    // A collective's bracket lists levels (各县（市、区）党委和人民政府): no separator of the list.
    .replace(/（[^（）]{1,12}）/g, (bracket) => bracket.replace(/[、，,]/g, ''))
    .split(/[、，,；;/／\s]+/)
    .filter((piece) => piece.length > 0);
  if (pieces.length === 0 || cell.length > 200) return false;
  // Rule `unit-list-with-verb`: a list closed by how its units share the work (应急处、监督处…基层处等按职责分工落实: 广东 2021)
  // is a unit list; the words after the last unit are no part of its name.
  // A star marking one unit (区政府办公室*, rule `starred-unit`) is no part of its name.
  const bodies = pieces.map((piece, k) =>
    piece.replace(/[（(](牵头|牵头单位|配合)[）)]$|等$|^[*＊※]+|[*＊※]+$/g, '').replace(k === pieces.length - 1 ? LIST_CLOSING : /$^/, ''),
  );
  // Rule `districts-in-unit-list`: districts and counties by name (长沙: 市直相关单位、高新区、岳麓区、望城区; 市直各单位、各区县
  // 市) are units of a list that names a body too; a place alone is no list.
  return (
    bodies.some((body) => UNIT_END.test(body)) &&
    bodies.every((body, k) => pieces[k].length <= 40 && (UNIT_END.test(body) || (body.length <= 8 && PLACE_END.test(body))))
  );
}

/** What closes a unit list in a cell: 等按职责分工落实, 按职责分工负责, 分别负责. */
const LIST_CLOSING = /(?:等(?:有关|相关)?(?:部门|单位)?)?(?:按照?职责分工|按职责|分别|共同)(?:负责|落实|推进)$/;

/** A district, county or city by its name: 岳麓区, 望城区, 各区县市. */
const PLACE_END = /[区县市旗]$/;

/** Fewer header cells than this make no table (a short list, a label and its value). */
export const MIN_HEADER_CELLS = 3;
