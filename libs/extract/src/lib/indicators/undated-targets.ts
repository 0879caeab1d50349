import type { DocumentYear } from './document-year';

/**
 * Targets written without their year ("建设省院士工作站2个", "力争纳入省级重点项目150个以上", "5年内重点引进100名…"):
 * which sentences may state them, and which year they get. A sentence qualifies only if it states no other year,
 * speaks of nothing already done, and pays no amount (若干措施 state amounts paid, not targets).
 */

/** Words of a past fact or a current state: "已建成", "截至目前", "去年", "过去五年", "以来"; figures a count reports (rule `statistics-no-target`: 元阳 据统计,今年1月—9月,…实现肉类总产量4.1万吨). */
const PAST = /已经|已[建完达形累有实获投开签落发]|据统计|统计显示|截至|截止|目前|现有|去年|上年|过去|以来|先后/;
/**
 * A rank held (位居全国第3, 排名全省前列) is a fact told, unless its clause strives for it or moves it (rule `rank-striven-for`:
 * 主要经济指标全国排名奋力前移, 江西 2021 制造业规划, in a sentence of 十四五 targets; 力争位居全省前列).
 */
const RANK = /位居|居全国|排名/;
const RANK_STRIVEN = /力争|争取|确保|奋力|努力|前移|进位|晋位|跻身|迈入|跨入|进入/;
/** A year stated anywhere ("2025年", "2024年底"); a starting year ("2012年起") sets no deadline. */
const STATED_YEAR = /(?<!\d)((?:19|20)\d{2})年(?!起|开始)/g;
/** Words of paying (奖励, 补助, 给予 …): only a sentence holding one is split to look for an amount paid. */
const MAY_PAY = /奖|补|资助|贴息|给予|最高/;
/** Horizons that are no calendar year: "5年内", "未来3年", "每年", "年均". */
const NO_CALENDAR_YEAR = /\d+年内|[一二三四五六七八九十]年内|未来\d+年|未来[一二三四五六七八九十]年|每年|年均|逐年/;
/** The horizons above but an average rate: "年均增长7.5%" of a plan averages over its period, to its end. */
const NO_CALENDAR_YEAR_BUT_AVERAGE = /\d+年内|[一二三四五六七八九十]年内|未来\d+年|未来[一二三四五六七八九十]年|每年|逐年/;

export interface UndatedYear {
  /** The year the target is for, or null when the sentence sets a horizon with no calendar year (5年内, 每年). */
  readonly year: number | null;
  /** How an inferred year was decided; null when the sentence states it or there is no year. */
  readonly rule: string | null;
}

/**
 * The year of a sentence that writes no target year, or null when the sentence states no target of an undated kind:
 * it names another year, a past fact or a reward. `paragraphYear` is a year opening the paragraph ("2025年，推进…"),
 * which the sentences after it share.
 */
export function undatedSentenceYear(
  sentence: string,
  pays: (clause: string) => boolean,
  document: DocumentYear | null,
  paragraphYear: number | null,
  issuedYear: number | null = null,
): UndatedYear | null {
  // A sentence paying an amount ("给予最高100万元奖励") is a support measure; one granting a subsidy in words only
  // ("对参加培训的人员给予一定比例的政府培训补贴") may still count people to train.
  if (PAST.test(sentence) || rankHeld(sentence) || (MAY_PAY.test(sentence) && sentence.split(/[，；。]/).some(pays))) return null;
  const ownYear = paragraphYear ?? document?.year ?? null;
  if (ownYear !== null && pastPeriodBeforeValue(sentence, ownYear)) return null;
  // Rule `issue-year-stated`: a page whose genre implies no year (a 若干政策 with no period) may write the year it is issued
  // in (滨江 2023, issued 2023年4月22日: 2023年政府专项债储备额度45亿元以上): that year, stated, is the target's.
  const statedYearOf = ownYear ?? issuedYear;
  let stated = false;
  STATED_YEAR.lastIndex = 0;
  for (let match = STATED_YEAR.exec(sentence); match; match = STATED_YEAR.exec(sentence)) {
    if (Number(match[1]) !== statedYearOf) return null;
    stated = true;
  }
  // Every horizon of NO_CALENDAR_YEAR is written with 年. An average rate in a plan ("其间…力争服务业增加值年均增长7.5%左右",
  // 湖北 2021 服务业规划) is over the plan's period: it reaches its end.
  if (sentence.includes('年') && NO_CALENDAR_YEAR.test(sentence)) {
    const overPlanPeriod = paragraphYear === null && !stated && document?.rule === 'end of the plan period' && !NO_CALENDAR_YEAR_BUT_AVERAGE.test(sentence);
    return overPlanPeriod ? { year: document.year, rule: document.rule } : { year: null, rule: null };
  }
  if (stated) return { year: statedYearOf, rule: null };
  if (paragraphYear !== null) return { year: paragraphYear, rule: 'year opening the paragraph' };
  return document ? { year: document.year, rule: document.rule } : { year: null, rule: null };
}

/** Whether a clause of the sentence tells a rank held (see RANK). */
function rankHeld(sentence: string): boolean {
  return RANK.test(sentence) && sentence.split(/[，；。]/).some((clause) => RANK.test(clause) && !RANK_STRIVEN.test(clause));
}

/** A five-year plan's period named before a value as the time of what is told: “十三五”期间, 十三五时期, “十三五”以来. */
const PERIOD_TOLD = /“?十([一二三四五])五”?(?:期间|时期|以来)/;
const PERIOD_END: Readonly<Record<string, number>> = { 一: 2010, 二: 2015, 三: 2020, 四: 2025, 五: 2030 };

/**
 * Whether the sentence tells, before its first number, of a plan period that ended before the year its targets would
 * be for: what it counts was done then ("数据显示，“十三五”期间全县服务业增加值年均增长7.2%", 岳西 2021; "“十三五”期间，
 * …培育千亿元级企业1家、百亿元级企业25家", 浙江 2021). Its figures are no targets of the document.
 */
function pastPeriodBeforeValue(sentence: string, year: number): boolean {
  const firstDigit = sentence.search(/\d/);
  const period = PERIOD_TOLD.exec(firstDigit >= 0 ? sentence.slice(0, firstDigit) : sentence);
  return period !== null && PERIOD_END[period[1]] < year;
}

/** A year opening a paragraph's first sentence: "2025年，推进城市新型电力系统建设，…". */
export function yearOpeningParagraph(paragraph: string): number | null {
  const match = /^\s*((?:19|20)\d{2})年[，,]/.exec(paragraph);
  return match ? Number(match[1]) : null;
}

/**
 * Headings of what was achieved ("第一节全面建成小康社会取得决定性成就", "2024年工作回顾") or of how things stand ("一、基本情况",
 * "（一）县域商业概况"): their counts are results, not targets.
 */
const PAST_HEADING = /成就|成效|回顾|总结|发展基础|基本情况|概况|现状|进展|取得/;
/** A review announced by a line of its own ("2024年工作回顾") lasts until a line announces the work ahead. */
const REVIEW_LINE = /(?:^|\n)[^\n。，；]{0,16}(?:回顾|总结)[^\n。，；]{0,4}(?=\n)/g;
const REVIEW_WORD = /回顾|总结/;
const PLAN_LINE = /(?:^|\n)[^\n。]{0,30}(?:工作安排|目标任务|主要任务|重点任务|重点工作|工作部署|总体要求|主要目标|预期目标)/g;
/**
 * A news account run into one paragraph (青岛 2026: 政府工作报告全面回顾了2025年…。 政府工作报告提出，2026年主要预期目标是：…) turns
 * to the work ahead in a sentence, not a line: one announcing the year's targets ends the review too (rule `targets-sentence`).
 */
const PLAN_SENTENCE = /[。；]\s*[^\n。；]{0,30}?(?:预期目标|主要目标)(?:是|为|建议为|确定为)/g;

export function isPastHeading(path: readonly string[]): boolean {
  return path.some((heading) => PAST_HEADING.test(heading));
}

/**
 * A news account of a report saying that it reviews a year (报告回顾了2024年的工作成果: 广东 2025), or that the speaker
 * reviewed it (对2021年及十七届县人民政府工作作了全面回顾: 牟定 2022), the place's name maybe before the year (报告回顾了马鞍山市
 * 2024年工作: 马鞍山 2025): what follows is that year's record (rule `report-reviews-year`). The year is the first group or the
 * second.
 */
export const REPORT_REVIEWS_YEAR =
  /报告[^。，；\n]{0,6}回顾了?(?:[\u4e00-\u9fa5]{1,6}?(?:省|市|县|区|旗|州))?((?:19|20)\d{2})\s?年|对((?:19|20)\d{2})\s?年[^。，；\n]{0,16}?工作作了(?:全面|简要|系统)?回顾/g;

/**
 * Spans of the text under a review line that is not a heading, or after a news account's 报告回顾了2024年…, up to the next
 * line announcing the work ahead.
 */
export function reviewSpans(text: string): Array<{ start: number; end: number }> {
  // Most documents have no review line (it needs 回顾 or 总结): then the plan lines are not searched either. One regex
  // test, as String.includes over a whole Chinese text is several times slower.
  if (!REVIEW_WORD.test(text)) return [];
  const reviews = [...text.matchAll(REVIEW_LINE), ...text.matchAll(REPORT_REVIEWS_YEAR)].sort((a, b) => a.index - b.index);
  if (reviews.length === 0) return [];
  const plans = [...text.matchAll(PLAN_LINE), ...text.matchAll(PLAN_SENTENCE)].map((match) => match.index).sort((a, b) => a - b);
  return reviews.map((match) => ({ start: match.index, end: plans.find((at) => at > match.index) ?? text.length }));
}

/**
 * Rule `past-change-in-plan`: a paragraph of a plan that states a change from an earlier year to the year before the plan's
 * period (全区三次产业比例由2015年的0.14 : 42.23 : 57.63调整为2020年的0.2 : 32.1 : 67.7, in 张店区's 十四五 outline, a review
 * with no heading) reviews the last period: its undated values (实施市重点技改项目120个, 建设智慧工厂3处) are results of that
 * year, no targets. `planBase` is the year before the plan's period (2020 for 2021–2025).
 */
export function pastChangeInPlan(paragraph: string, planBase: number | null): boolean {
  if (planBase === null || !paragraph.includes('由')) return false;
  const end = paragraph.indexOf(`${planBase}年`);
  if (end < 0) return false;
  const from = paragraph.lastIndexOf('由', end);
  return from >= 0 && end - from <= 60 && PAST_CHANGE.test(paragraph.slice(from, end + 5));
}

/** 由2015年…调整为/提高到/增加到…2020年: a change between two years, the later one closing it. */
const PAST_CHANGE =
  /^由(?:19|20)\d{2}\s?年[^。；]{0,50}?(?:调整为|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|扩大到|下降到|下降至|降至|降低到|达到)(?:19|20)\d{2}\s?年/;
