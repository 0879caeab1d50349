import type { ParsedDocument } from '@policygraph/parse';
import { fallbackTitle } from '../document/document-node';
import { chineseNumber } from './chinese-numerals';
import { titleYear } from './extract-target-lists';

/**
 * The year a document's targets are for when a sentence writes none ("建设省院士工作站2个", "一季度开工重点项目57个"):
 * the genre implies it. `rule` says how it was decided; every target given this year carries it as an inferred year.
 */
export interface DocumentYear {
  readonly year: number;
  readonly rule: DocumentYearRule;
}

export type DocumentYearRule =
  | 'year of the document'
  | 'end of the plan period'
  | 'year of the stated targets'
  | 'year opening the document'
  | 'year after the reviewed year'
  | 'year of the headline'
  | 'year the text places in a plan period'
  | 'year of the dated schedule'
  | 'year the text names by an anniversary'
  | 'year of the dated part-of-year targets'
  | 'year of the planned work';

/**
 * "2025年全市经济社会发展主要预期目标", "2026年工作安排", "提出了2024年现代服务业高质量发展的总体目标": a dateless report
 * or interpretation page announces its year's targets; so does a news page asking what its year's priorities are (rule
 * `announced-priorities`: 宜宾 2026 2026年宜宾经济社会发展的重点是什么?又有哪些发展目标?).
 */
const ANNOUNCED_TARGETS =
  /((?:19|20)\d{2})年[^，。；\n]{0,20}(?:主要预期目标|预期目标|主要预期指标|主要目标|总体目标|工作安排|目标任务|主要工作任务|经济社会发展的?(?:重点|目标))/;
/**
 * Rule `year-is-opening`: a yearly page whose first paragraph says what its year is (杭州 2023 三农要点, under its label
 * table: 2023年是全面贯彻落实党的二十大精神开局之年,是实施“十四五”规划承上启下的关键之年) is of that year, whatever plan
 * the sentence goes on to name.
 */
const YEAR_IS_OPENING = /(?:^|\n)[ \t]*((?:19|20)\d{2})年是[^。\n]{0,40}?之年/;
const YEAR_IS_REACH = 600;
/**
 * Rule `planned-year-work`: a page telling how its year's work is planned (襄城 2022: 县农业农村局…深入谋划2022年“三农”重点工作、
 * 重点项目; 研究部署2024年重点任务; 安排部署2025年工作) announces the targets of that year.
 */
const PLANNED_WORK = /(?:谋划|部署|安排)((?:19|20)\d{2})年[^，。；\n\d]{0,12}?(?:工作|任务)/;
/**
 * A dateless news page of a work report that states the results of the year it reviews (果洛 2023: "2022年，果洛州实现地区
 * 生产总值53.62亿元"; "2024年工作回顾"): the targets it goes on to are for the year after.
 */
const REVIEWED_YEAR = /((?:19|20)\d{2})年(?:(?:政府)?工作回顾|，[^，。；\n]{0,12}(?:实现|完成)(?:地区)?生产总值)/;
/** A dateless news page or report opening with its year: "2025年，兴庆区将重点做好八个方面工作". */
const OPENING_YEAR = /^\s*((?:19|20)\d{2})年[，,]/;
/**
 * An untitled page whose headline opens with its one year (崇川 2023: "2023年区政府重点民生实事项目推进情况（1-11月）"):
 * a line with no sentence end and no other year.
 */
const HEADLINE_YEAR = /^\s*((?:19|20)\d{2})年(?![—\-~至到])[^\n。；，\d]{2,40}(?:（[^\n（）]{1,12}）)?[ \t]*(?:\n|$)/;
/**
 * Rule `this-year-in-period`: a dateless page saying which year of a five-year plan this year is (今年,是“十三五”规划的开局
 * 之年: 张掖 2016; 今年是“十四五”收官之年) is of that year: the first of the period for 开局/起步/第一, the last for 收官/最后一,
 * the second to fourth for 第二…第四.
 */
const THIS_YEAR_IN_PERIOD = /今年[，,]?\s*(?:是|为)“?十([二三四五六])五”?(?:规划)?的?(开局|起步|第一|收官|最后一|第[二三四])之?年/;
const PLAN_START: Record<string, number> = { 二: 2011, 三: 2016, 四: 2021, 五: 2026, 六: 2031 };
const YEAR_IN_PLAN: Record<string, number> = { 开局: 0, 起步: 0, 第一: 0, 第二: 1, 第三: 2, 第四: 3, 收官: 4, 最后一: 4 };

/**
 * Rule `this-year-by-anniversary`: a page naming its year by what the year marks, as reports and their news do where they
 * write no year (瑞金 2022: 今年是党的二十大召开之年; 今年是中华人民共和国成立75周年, 中国共产党成立100周年, 改革开放40周年;
 * 今年是全面贯彻党的二十大精神的开局之年): the anniversary of a founding counted from its year, a party congress's year, the
 * year after it for the first year of carrying it out. Read where the page says 今年是 (its first part), as the period year.
 */
const THIS_YEAR_MARKS =
  /今年[，,]?\s*(?:是|为)[^。；！\n]{0,30}?(?:(新中国|中华人民共和国|中国共产党|建党|改革开放)(?:成立)?(\d{2,3}|[一二三四五六七八九十百]{1,4})周年|建党百年|党的(十[六七八九]|二十)大(?:胜利)?召开之年|(?:全面)?贯彻(?:落实)?党的(十[六七八九]|二十)大精神的?开局之年)/;
const FOUNDED: Record<string, number> = { 新中国: 1949, 中华人民共和国: 1949, 中国共产党: 1921, 建党: 1921, 改革开放: 1978 };
const CONGRESS_YEAR: Record<string, number> = { 十六: 2002, 十七: 2007, 十八: 2012, 十九: 2017, 二十: 2022 };

/** The year a text names by an anniversary or a party congress (rule `this-year-by-anniversary`), else null. */
export function anniversaryYear(text: string): number | null {
  if (!text.includes('今年')) return null;
  const marks = THIS_YEAR_MARKS.exec(text);
  if (!marks) return null;
  if (marks[1] !== undefined) {
    const count = /^\d+$/.test(marks[2]) ? Number(marks[2]) : chineseNumber(marks[2]);
    return count === null ? null : FOUNDED[marks[1]] + count;
  }
  if (marks[3] !== undefined) return CONGRESS_YEAR[marks[3]];
  if (marks[4] !== undefined) return CONGRESS_YEAR[marks[4]] + 1;
  return 2021;
}

/**
 * Rule `dated-schedule`: deadlines written as months of no year (3月底前, 6月底前完成, 11月底前竣工交付) schedule one year's
 * work; on a page dated by its issue (发文日期 2022-07-14: 临安 2022's 民生实事 table) they are of that year. Two such
 * deadlines at least; a page issued in November or December may schedule the next year, so it implies none.
 */
const MONTH_DEADLINE = /(?<![\d年—\-~])(?:1[0-2]|[1-9])月(?:底|末|中旬|上旬|下旬)?(?:前|以前)/g;
const LATEST_ISSUE_MONTH = 10;

/** Where a report's own year is announced: its opening part (at least its first 2000 characters), not a later review. */
const ANNOUNCEMENT_REACH = 0.4;
const ANNOUNCEMENT_MIN = 2000;

/**
 * A yearly document (one year in its title, a work report) is for its own year; a plan with a period (2021—2025,
 * “十四五”) for the end of the period; a page without either, for the year whose targets it announces or the year
 * its first line opens with, else the year after the one whose results it reviews. Null when nothing says: such targets
 * keep no year.
 */
export function documentYear(document: ParsedDocument): DocumentYear | null {
  const { periodStart, periodEnd } = document.metadata;
  if (periodEnd !== null && periodStart === periodEnd) return { year: periodEnd, rule: 'year of the document' };
  if (periodEnd !== null) return { year: periodEnd, rule: 'end of the plan period' };
  const announced = ANNOUNCED_TARGETS.exec(document.text.slice(0, Math.max(ANNOUNCEMENT_MIN, Math.ceil(document.text.length * ANNOUNCEMENT_REACH))));
  if (announced) return { year: Number(announced[1]), rule: 'year of the stated targets' };
  const planned = PLANNED_WORK.exec(document.text.slice(0, ANNOUNCEMENT_MIN));
  if (planned) return { year: Number(planned[1]), rule: 'year of the planned work' };
  const placed = document.text.includes('今年') ? THIS_YEAR_IN_PERIOD.exec(document.text.slice(0, ANNOUNCEMENT_MIN)) : null;
  if (placed) return { year: PLAN_START[placed[1]] + YEAR_IN_PLAN[placed[2]], rule: 'year the text places in a plan period' };
  const marked = anniversaryYear(document.text.slice(0, ANNOUNCEMENT_MIN));
  if (marked !== null) return { year: marked, rule: 'year the text names by an anniversary' };
  const yearIs = YEAR_IS_OPENING.exec(document.text.slice(0, YEAR_IS_REACH));
  if (yearIs) return { year: Number(yearIs[1]), rule: 'year opening the document' };
  const planEnd = namedPlanEnd(document.text.slice(0, ANNOUNCEMENT_MIN));
  if (planEnd !== null) return { year: planEnd, rule: 'end of the plan period' };
  const opening = OPENING_YEAR.exec(document.text.slice(0, 200)) ?? (document.metadata.title === '' ? HEADLINE_YEAR.exec(document.text.slice(0, 200)) : null);
  if (opening) return { year: Number(opening[1]), rule: 'year opening the document' };
  const reviewed = REVIEWED_YEAR.exec(document.text.slice(0, Math.max(ANNOUNCEMENT_MIN, Math.ceil(document.text.length * ANNOUNCEMENT_REACH))));
  if (reviewed) return { year: Number(reviewed[1]) + 1, rule: 'year after the reviewed year' };
  // A news headline naming one year (肇庆:2025年GDP力争突破3000亿元): the page is of that year (rule `headline-year`).
  const headlineText = document.metadata.title || fallbackTitle(document.text);
  const headline = titleYear(headlineText) ?? numeralHeadlineYear(headlineText);
  if (headline !== null) return { year: headline, rule: 'year of the headline' };
  return scheduleYear(document);
}

/**
 * Rule `dated-part-of-year`: a dated page striving for a part of the year it speaks in (苍溪 2021-09-13: 力争三季度全县GDP增长
 * 10.8%以上; 涟水 2023-09-22: 确保下半年新签约亿元以上项目50个; 年内, 全年) sets targets of its issue year; a page issued in
 * November or December may already speak of the next year, so it implies none.
 */
const STRIVEN_PART_OF_YEAR = /(?:力争|确保|争取|努力)(?:实现)?(?:一季度|二季度|三季度|四季度|前三季度|上半年|下半年|年内|全年|年底前)/;

/** The issue year of a page whose deadlines are months of no year (rule `dated-schedule`), else null. */
function scheduleYear(document: ParsedDocument): DocumentYear | null {
  const issued = document.metadata.issuedOn;
  if (issued === null || Number(issued.slice(5, 7)) > LATEST_ISSUE_MONTH) return null;
  if (document.text.includes('月')) {
    const deadlines = document.text.match(MONTH_DEADLINE);
    if (deadlines !== null && deadlines.length >= 2) return { year: Number(issued.slice(0, 4)), rule: 'year of the dated schedule' };
  }
  return STRIVEN_PART_OF_YEAR.test(document.text) ? { year: Number(issued.slice(0, 4)), rule: 'year of the dated part-of-year targets' } : null;
}

/**
 * Rule `named-plan-period`: a page whose own metadata give no period may name the plan it is or reports by a title with its
 * period: a plan's page showing its table's title (宝应 十四五, page 3 of a copy: 宝应县“十四五”卫生健康主要发展指标), a news page
 * citing it (甘孜 2018 《甘孜藏族自治州2019—2020年交通建设推进方案》; 海盐 2011 《海盐县纺织服装产业发展规划（2011~2015年）》). Where
 * every such title names the same last year, the page's undated targets are for it (the end of the plan period). A period
 * spoken of as a time (“十三五”期间, 以来) is no plan's title.
 */
const NAMED_PLAN_PERIOD = new RegExp(
  [
    '(?:19|20)\\d{2}\\s*[—\\-~～至－]\\s*((?:19|20)\\d{2})年?[）)]?[^。，；\\n]{0,24}?(?:规划|方案|计划|纲要|主要指标|发展指标)',
    '(?:规划|方案|计划|纲要)[（(](?:19|20)\\d{2}\\s*[—\\-~～至－]\\s*((?:19|20)\\d{2})年?[）)]',
    '“?十([二三四五六])五”?(?![期以])[^。，；\\n]{0,24}?(?:规划|主要指标|发展指标)',
  ].join('|'),
  'g',
);
const FIVE_YEAR_END: Readonly<Record<string, number>> = { 二: 2015, 三: 2020, 四: 2025, 五: 2030, 六: 2035 };

function namedPlanEnd(opening: string): number | null {
  if (!opening.includes('规划') && !opening.includes('方案') && !opening.includes('计划') && !opening.includes('纲要') && !opening.includes('指标'))
    return null;
  let end: number | null = null;
  NAMED_PLAN_PERIOD.lastIndex = 0;
  for (let match = NAMED_PLAN_PERIOD.exec(opening); match; match = NAMED_PLAN_PERIOD.exec(opening)) {
    const year = (match[1] ?? match[2]) ? Number(match[1] ?? match[2]) : FIVE_YEAR_END[match[3]];
    if (end !== null && year !== end) return null;
    end = year;
  }
  return end;
}

/**
 * Rule `headline-year-in-numerals`: the one year a headline writes in Chinese numerals (关于做好二〇二三年全面推进乡村振兴重点工作
 * 的实施意见: 江苏 2023, the form every province's yearly 一号文件 opinion takes) is the page's year, as an Arabic one is. Not a
 * year a target reaches (到二〇二五年) nor a vision's (二〇三五年远景目标).
 */
const NUMERAL_YEAR = /(?<![到至])二[〇○零]([〇○零一二三四五六七八九]{2})年(?!远景|前|底|末)/g;
const NUMERAL_DIGIT: Readonly<Record<string, number>> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function numeralHeadlineYear(headline: string): number | null {
  if (!headline.includes('年')) return null;
  const years = new Set([...headline.matchAll(NUMERAL_YEAR)].map((match) => 2000 + 10 * NUMERAL_DIGIT[match[1][0]]! + NUMERAL_DIGIT[match[1][1]]!));
  return years.size === 1 ? [...years][0]! : null;
}
