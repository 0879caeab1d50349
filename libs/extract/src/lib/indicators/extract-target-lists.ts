import type { Paragraph, Section, Table } from '@policygraph/parse';
import { fallbackTitle } from '../document/document-node';
import { ExtractionContext } from '../extraction-context';
import { anniversaryYear } from './document-year';
import { addGoal } from '../goals/goal-nodes';
import { addIndicator, addStatedTarget } from './indicator-nodes';
import { clauseSubject } from './listed-subjects';
import { statedMetrics, statedValues } from './stated-values';
import { wordingTarget } from './wording-targets';

/**
 * The list that opens a year's work: "今年经济社会发展主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%
 * 左右，城镇新增就业50万人以上…" (政府工作报告, 工作要点), also with its kinds between 预期 and 目标 (主要预期经济和社会
 * 目标：), and a plan report's yearly indicators (高邮 2021: 2021年全市经济社会高质量发展指标体系安排,具体为:总量支撑型指标
 * 方面,地区生产总值增长6.5%左右;…), also a plan's proposal (新巴尔虎左旗 2024: 建议2024年全旗经济社会发展主要预期目标确定为:).
 * Everything after the colon up to the first sentence that states no value is the list.
 */
const TARGET_LIST =
  /(?:(?:主要)?预期(?:经济|社会|发展|和|与|、){0,6}(?:目标|指标)|主要目标)(?:(?:建议为|确定为|是|为)?[：:]|，?即)|(?:发展|主要)?指标(?:体系)?安排[，,]?(?:具体)?(?:是|为)?[：:]/;
/** A line of its own naming the list below it, without a colon: "建议全年经济社会发展预期目标" (a page's summary). */
const BARE_MARKER = /(?:主要预期目标|预期目标|主要预期指标)$/;
const BARE_MARKER_LENGTH = 30;
/** A five-year list ("“十五五”时期…主要目标是：") states targets for the period, with their own 到2030年. */
const ANNUAL = /今年|年度|全年|(?:19|20)\d{2}年[^，。；]{0,12}$/;
/** "2026年经济社会发展主要预期目标" names its year; otherwise 今年 is the year the report is delivered in. */
const STATED_YEAR = /((?:19|20)\d{2})\s?年[，,]?[^，。；]{0,20}(预期目标|预期指标|主要目标|发展指标|指标体系)/;

export interface TargetListSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Indicators of target lists, one per stated metric, with target year, value or range (targetValue, targetHigh),
 * qualifier, unit and measure (growth/decline/level). Returns the spans it read, which the general text rules skip.
 */
export function extractTargetLists(context: ExtractionContext): TargetListSpan[] {
  const spans: TargetListSpan[] = [];
  const { paragraphs } = context.document;
  for (const [index, paragraph] of paragraphs.entries()) {
    const marker = TARGET_LIST.exec(paragraph.text) ?? (paragraph.text.length <= BARE_MARKER_LENGTH ? BARE_MARKER.exec(paragraph.text) : null);
    if (!marker) continue;
    // What the sentence says before the marker: "今年…", "“十五五”时期…".
    const before = paragraph.text.slice(Math.max(0, marker.index - 30, paragraph.text.lastIndexOf('。', marker.index) + 1), marker.index);
    if (!ANNUAL.test(before) && (!marker[0].includes('预期') || /十[一二三四五六]五|五年/.test(before))) continue;
    const year = listYear(context, paragraph, marker.index);
    if (year === null) continue;
    const listStart = paragraph.start + marker.index + marker[0].length;
    const listEnd = endOfList(context, paragraph, listStart);
    spans.push({ start: listStart, end: listEnd });
    const introStart = paragraph.start + Math.max(0, paragraph.text.lastIndexOf('。', marker.index) + 1);
    const intro = context.document.text.slice(introStart, paragraph.start + marker.index + marker[0].replace(/(建议为|是|为)?[：:]$|，?即$/, '').length);
    const goalId = addGoal(context, context.documentSectorId, intro, introStart, introStart + intro.length);
    addListIndicators(context, goalId, listStart, listEnd, year);
    // "主要预期目标是：" closing its line, the targets one per line below it ("地区生产总值增长5%以上" / "城镇新增就业…"); also
    // a list whose paragraph states no value after the marker, only what it aims at, and runs on in the next paragraph (rule
    // `list-runs-on`: 鄂城 2023 2023年,鄂城区…主要预期目标是:锚定…目标,…努力争取最好的结果。 / 力争固定资产投资增幅16%以上、…).
    const rest = context.document.text.slice(listStart, paragraph.end);
    if (rest.trim() === '' || statedValues(rest).length === 0) {
      for (const line of listedLines(context, paragraphs.slice(index + 1), paragraph.section)) {
        spans.push({ start: line.start, end: line.end });
        addListIndicators(context, goalId, line.start + (ITEM_MARKER.exec(line.text)?.[0].length ?? 0), line.end, year);
      }
    }
  }
  for (const section of context.document.sections) {
    if (section.index === 0 || !LIST_HEADING.test(section.title) || PERIOD_HEADING.test(section.title)) continue;
    if (spans.some((span) => span.start >= section.span.start && span.start < section.span.end)) continue;
    const year = headingYear(context, section.title);
    if (year === null) {
      addDatedWordedTargets(context, section);
      continue;
    }
    const start = section.headingSpan.end;
    spans.push({ start, end: section.span.end });
    const goalId = addGoal(context, context.documentSectorId, section.title, section.headingSpan.start, section.headingSpan.end);
    addItemIndicators(context, goalId, start, section.span.end, year);
  }
  spans.push(...readTableTargetGroups(context));
  return spans;
}

/** A group of a task table that lists targets: 发展目标, 主要预期目标 (分类 | 序号 | 事项 | 责任单位 …). */
const TABLE_TARGET_GROUP = /(发展目标|主要目标|预期目标|预期指标)$/;

/**
 * The rows of a task-division table grouped as targets (分类 发展目标) are the items of a target list: each task cell
 * is read like a list clause, worded targets (…基本同步, 完成省、市下达的…目标) included.
 */
function readTableTargetGroups(context: ExtractionContext): TargetListSpan[] {
  const spans: TargetListSpan[] = [];
  for (const table of context.document.tables) {
    const category = table.columns.findIndex((column) => column.kind === 'category');
    const task = table.columns.findIndex((column) => column.kind === 'name');
    if (task >= 0 && TABLE_TARGET_GROUP.test(table.columns[task].header)) {
      spans.push(...readTargetColumn(context, table, task));
      continue;
    }
    if (category < 0 || task < 0) continue;
    let goalId = '';
    let groupStart = -1;
    for (const row of table.rows) {
      const group = row.cells.find((cell) => cell.column === category);
      const item = row.cells.find((cell) => cell.column === task);
      if (!group || !item || !TABLE_TARGET_GROUP.test(group.text)) continue;
      const year = headingYear(context, group.text);
      if (year === null) continue;
      if (groupStart !== group.start) {
        goalId = addGoal(context, context.documentSectorId, group.text, group.start, group.end);
        groupStart = group.start;
      }
      spans.push({ start: item.start, end: item.end });
      addListIndicators(context, goalId, item.start, item.end, year);
    }
  }
  return spans;
}

/**
 * A table whose task column is headed as targets (沙坪坝 2022: 序号 | 2022年预期目标 | 责任单位) is a target list: each
 * cell is read like a list clause, worded targets (空气质量完成年度目标任务) included, for the year the header names.
 */
function readTargetColumn(context: ExtractionContext, table: Table, task: number): TargetListSpan[] {
  const header = table.columns[task].header;
  const year = headingYear(context, header);
  if (year === null) return [];
  const at = context.document.text.indexOf(header, table.start);
  const goalId = addGoal(context, context.documentSectorId, header, at >= 0 ? at : table.start, at >= 0 ? at + header.length : table.start);
  const spans: TargetListSpan[] = [];
  for (const row of table.rows) {
    const item = row.cells.find((cell) => cell.column === task);
    if (!item || item.inherited) continue;
    spans.push({ start: item.start, end: item.end });
    addListIndicators(context, goalId, item.start, item.end, year);
  }
  return spans;
}

/**
 * Task breakdowns list the year's targets as numbered items under a heading ("一、全市经济社会发展主要预期目标" /
 * "1.生产总值增长6%以上，…" / "责任单位：市发改委"): each item line is read like a list clause; label lines are not.
 */
const LIST_HEADING = /(预期|主要)(目标|指标)$/;
/** A heading of a five-year period's goals (关于“十五五”时期发展的主要目标) heads no list of the year's targets. */
const PERIOD_HEADING = /十[一二三四五六]五|时期|五年|远景|20[3-5]\d年/;
const ITEM_MARKER = /^(?:\d{1,2}[.、．﹒]|（\d{1,2}）|（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}是)\s*/;
const LABEL_LINE = /^[^，。；]{0,12}(单位|领导|责任人|牵头|时限)[：:]/;

/** The lines of a list below its marker, in its section: each states a value or a worded target, up to the first that does not. */
function listedLines(context: ExtractionContext, following: readonly Paragraph[], section: number): Paragraph[] {
  const lines: Paragraph[] = [];
  for (const line of following) {
    if (line.section !== section || LABEL_LINE.test(line.text.trim())) break;
    const text = line.text.replace(ITEM_MARKER, '');
    if (statedValues(text).length === 0 && !wordedOnly(text)) break;
    lines.push(line);
  }
  return lines;
}

function addItemIndicators(context: ExtractionContext, goalId: string, start: number, end: number, year: number): void {
  const text = context.document.text;
  let lineStart = start;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = text.slice(lineStart, lineEnd);
    const marker = ITEM_MARKER.exec(line);
    if (!LABEL_LINE.test(line.trim())) addListIndicators(context, goalId, lineStart + (marker ? marker[0].length : 0), lineEnd, year);
    lineStart = lineEnd + 1;
  }
}

/**
 * A goals section of a plan with no year of its own ((二)主要目标。2021年，…力争全省服务业增加值增速达到全国平均水平。到2023年，
 * …力争全省服务业增加值增速超过GDP增速。: 吉林 2021) states its years sentence by sentence: a sentence opening with a year
 * (2021年，到2023年，到2025年底，) holds that year's targets (rule dated-goal-sentences). Its figures the text rules read;
 * here its worded targets, each a clause a striving word opens (力争, 确保, 努力, 争取), the rest of such a sentence being
 * what the year is to bring (服务业结构持续优化) or do.
 */
function addDatedWordedTargets(context: ExtractionContext, section: Section): void {
  let goalId: string | null = null;
  for (const paragraph of context.document.paragraphs) {
    if (paragraph.section !== section.index) continue;
    for (const sentence of paragraph.sentences) {
      const dated = DATED_OPENING.exec(sentence.text);
      if (!dated) continue;
      const text = sentence.text;
      let clauseStart = dated[0].length;
      for (let i = clauseStart; i <= text.length; i++) {
        if (i < text.length && !/[，；。]/.test(text[i])) continue;
        const clause = text.slice(clauseStart, i);
        const worded = STRIVING.test(clause) && statedValues(clause).length === 0 ? wordingTarget(clause) : null;
        if (worded) {
          goalId ??= addGoal(context, context.documentSectorId, section.title, section.headingSpan.start, section.headingSpan.end);
          const start = sentence.start + clauseStart + worded.start;
          addWordingTarget(context, goalId, worded.name, start, start + worded.name.length, Number(dated[1]));
        }
        clauseStart = i + 1;
      }
    }
  }
}

/** A sentence opening with the year its targets are for: 2021年，, 到2023年，, 到2025年底，. */
const DATED_OPENING = /^(?:到|至)?((?:19|20)\d{2})\s?年(?:底|末)?[，,]/;
/** A clause opening with a striving word states what is to be reached. */
const STRIVING = /^(?:力争|确保|努力|争取)/;

/** The year of a list under a heading: stated in it ("2026年主要预期目标"), else the document's own year. */
function headingYear(context: ExtractionContext, heading: string): number | null {
  const stated = /((?:19|20)\d{2})年/.exec(heading);
  if (stated) return Number(stated[1]);
  const { metadata } = context.document;
  return metadata.periodStart !== null && metadata.periodStart === metadata.periodEnd ? metadata.periodStart : null;
}

/**
 * Items run on in one line, each closed by its owners in brackets: "…11%左右。（省发改委负责）（二）公共财政收入增长13%左右"
 * (黑龙江 2013). The bracket and the next item's number open the clause but are no part of its metric.
 */
const OWNERS_THEN_ITEM =
  /^(?:（[^（）]{1,80}(?:负责|牵头|主办|协办|配合|参与|落实)）|（(?:牵头|责任|配合|主责)(?:单位|部门)[：:][^（）]{1,80}）)+(?:（[一二三四五六七八九十\d]{1,3}）|\d{1,2}[.、．])?/;

function addListIndicators(context: ExtractionContext, goalId: string, start: number, end: number, year: number): void {
  const text = context.document.text;
  let clauseStart = start;
  let previousSubject: string | null = null;
  for (let i = start; i <= end; i++) {
    if (i < end && !/[，；。]/.test(text[i])) continue;
    if (text[clauseStart] === '（') clauseStart += OWNERS_THEN_ITEM.exec(text.slice(clauseStart, i))?.[0].length ?? 0;
    const clause = text.slice(clauseStart, i);
    const worded = statedValues(clause).length === 0 ? wordingTarget(clause) : null;
    if (worded) addWordingTarget(context, goalId, worded.name, clauseStart + worded.start, clauseStart + worded.end, year);
    const metrics = statedMetrics(clause, previousSubject);
    for (const metric of metrics)
      addStatedTarget(context, goalId, metric, year, clauseStart, clause.slice(metric.value.start, metric.value.end), metric.value.qualifier);
    previousSubject = clauseSubject(metrics, previousSubject);
    clauseStart = i + 1;
  }
}

/** A target stated in words alone: no value, unit or qualifier; `qualitative: true` and the clause as its name. */
function addWordingTarget(context: ExtractionContext, goalId: string, name: string, start: number, end: number, year: number): void {
  addIndicator(
    context,
    goalId,
    {
      name,
      unit: null,
      baseYear: null,
      baseValue: null,
      baseValueText: null,
      targetYear: year,
      targetValue: null,
      targetHigh: null,
      targetValueText: null,
      comparator: null,
      qualifier: null,
      measure: null,
      growth: null,
      attribute: null,
      category: null,
      cumulative: false,
      qualitative: true,
    },
    start,
    end,
  );
}

/**
 * 今年 of a report: the year stated before 预期目标, else the document's own year, else one the text gives nearby —
 * a sentence of the paragraph saying what the year is (2025年是“十四五”规划收官之年), then the one year its section
 * headings name (二、2025年经济社会发展总体要求) — else the year it was issued.
 */
function listYear(context: ExtractionContext, paragraph: Paragraph, markerAt: number): number | null {
  const stated = STATED_YEAR.exec(paragraph.text.slice(Math.max(0, markerAt - 30), markerAt + 6));
  if (stated) return Number(stated[1]);
  const { metadata } = context.document;
  if (metadata.periodStart !== null && metadata.periodStart === metadata.periodEnd) return metadata.periodStart;
  const yearIs = YEAR_IS.exec(paragraph.text.slice(0, markerAt));
  if (yearIs) return Number(yearIs[1]);
  const sectionYear = sectionHeadingYear(context.document.sections, paragraph.section);
  if (sectionYear !== null) return sectionYear;
  // Rule `this-year-by-anniversary`: 今年是党的二十大召开之年 (瑞金 2022) names the year, before any date a copy was posted on.
  const marked = anniversaryYear(context.document.text.slice(0, Math.max(paragraph.end, 2000)));
  if (marked !== null) return marked;
  if (metadata.issuedOn) return Number(metadata.issuedOn.slice(0, 4));
  return titleYear(metadata.title || fallbackTitle(context.document.text));
}

/**
 * A dateless page whose title (a news headline) names one year is of that year: its 今年 and its list without a year are
 * that year's (rule `headline-year`: 历城 2025 地区生产总值增长5.6%以上,历城区描绘2025年发展蓝图, 肇庆 2025 肇庆:2025年GDP力争
 * 突破3000亿元). A title naming two years (2024年…预计可实现全年预期目标,2025年计划增长…) or a span (2021—2025年) says none.
 */
export function titleYear(title: string): number | null {
  const years = new Set([...title.matchAll(/((?:19|20)\d{2})\s?年/g)].map((match) => Number(match[1])));
  if (years.size !== 1 || /(?:19|20)\d{2}\s?年?[—\-~至到]/.test(title)) return null;
  return [...years][0]!;
}

/** A sentence saying which year it is: 2025年是…之年 (a year, then 是). */
const YEAR_IS = /(?:^|[。！\n])\s*((?:19|20)\d{2})\s?年是/;

/** The year the innermost heading naming years names, when it names exactly one (not 2024年工作回顾和2025年工作安排). */
function sectionHeadingYear(sections: readonly Section[], index: number): number | null {
  for (let at: number | null = index; at !== null && at > 0; at = sections[at]?.parent ?? null) {
    const years = new Set([...(sections[at]?.title ?? '').matchAll(/((?:19|20)\d{2})\s?年/g)].map((match) => Number(match[1])));
    if (years.size === 1) return [...years][0]!;
    if (years.size > 1) return null;
  }
  return null;
}

/** The list ends with the first sentence after its first that states no value ("这些目标充分考虑了…"). */
function endOfList(context: ExtractionContext, paragraph: Paragraph, listStart: number): number {
  let end = paragraph.end;
  let first = true;
  for (const sentence of paragraph.sentences) {
    if (sentence.end <= listStart) continue;
    const from = Math.max(sentence.start, listStart);
    const written = context.document.text.slice(from, sentence.end);
    const hasValue = statedValues(written).length > 0;
    // A sentence of worded targets only (生态环境质量持续改善，单位地区生产总值二氧化碳排放完成目标任务。) continues the list.
    if (!first && !hasValue && !wordedOnly(written)) {
      end = sentence.start;
      break;
    }
    first = false;
  }
  return end;
}

function wordedOnly(sentence: string): boolean {
  const clauses = sentence.split(/[，；。]/).filter((clause) => clause.trim().length > 0);
  return clauses.length > 0 && clauses.every((clause) => wordingTarget(clause) !== null);
}
