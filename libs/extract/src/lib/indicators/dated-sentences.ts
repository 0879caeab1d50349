import { YEAR_PLAN } from './result-clauses';

/** Results outside a review: sentences that open with a past year (or a part of one) and say what was done. */

/**
 * A year of its own opening a clause ("2020年，全市地区生产总值完成4726.3亿元", "…，2020年地区生产总值…"), also its end set
 * apart by a comma (rule `year-end-opening`: 扬中 2023 2020年末,全市居民人均预期寿命提高到82.25岁); not 2020年底前 or 年末 in a
 * clause's middle. A PDF copy may set the year apart (rule `spaced-year-opening`: 樟树 2021 2020 年,全市 地区生产总值为 424.74 亿元).
 * 年前 is no year opening (2020年前: before it), save the year's first three quarters (rule `year-part-opening`: 江山 2019
 * 2018年前三季度实现服务业增加值91.11亿元,同比增长9.3%: that year's record so far). A speaker's words quoted after 说：
 * open with their year as a sentence does (rule `quoted-year-opening`: 镇安 2016 在回顾2015年和“十二五”工作时,贾建刚说:2015年,…。全年
 * 实现生产总值83.91亿元).
 */
export const OPENING_YEAR =
  /(?:^|[，,]|(?<=说|指出|表示|介绍)[：:])\s?((?:19|20)\d{2})(?:\s?年(?:[末底](?=[，,]))?(?!以来|—|-|至|底前|前(?!三季度)|以前|[起初底末])|(?=全年))/;

/**
 * Rule `as-of-past-year`: a sentence or clause opening with the state at a past year's end (截至2022年底，全市登记注册的物流业市场主体
 * 9585家: 南阳 2023) reports that year's levels, as one opening with the year written alone does.
 */
const AS_OF_YEAR = /(?:^|[，,])\s*(?:截至|截止到?)((?:19|20)\d{2})\s?年(?:[末底])?(?=[，,])/;

/**
 * Rule `present-state-opening`: on a page dated by its own timestamp, a sentence opening with 截至目前, 目前 or 据统计 states the
 * levels reached when it was written (据统计,张掖市共建成国家A级旅游景区38家: 张掖 2020; 目前,宣汉县已成功创建3个4A级景区: 宣汉
 * 2021): results of the page's year, unless a word of a target follows. Also 目前 opening with its subject and what it has (rule
 * `present-state-subject`: 望江 2009 目前该县有400型棉花加工企业6家,年加工皮棉超过5万吨), and a level said reached already anywhere in the
 * sentence (rule `already-reached`: 望江 2009 近几年,望江县纺织服装企业已发展到356家,其中规模以上企业29家; 舟曲 2016 目前已完成投资
 * 1.26亿元; 滨海 2020 汽车零部件产业园已有…16家企业入驻), a rate stated with its value (舟曲 2016 目前,全县…建制村公路通畅率100%).
 */
const PRESENT_STATE = /^\s*(?:截至目前|截止目前|目前|据统计)(?:[，,]|(?=[\u4e00-\u9fa5]{1,6}(?:有|拥有|共有|已)))/;
const ALREADY_REACHED = /已(?:发展到|达到|拥有|建成|完成|有)(?=\d|[\u4e00-\u9fa5“”]{0,20}\d)/;

/**
 * A from-to statement with both years written (从2015年的931.9亿元增长到2020年的1804.2亿元: 芜湖 2021; 由2012年的300万人次达到2019年的
 * 4200万人次: 张掖 2020) states results of its years wherever it stands; the sentence is of the later year (rule `dated-from-to`).
 */
const DATED_FROM_TO =
  /(?:从|由)\s*(?:19|20)\d{2}\s*年(?:末|底)?的?\s*\d[^，。；]{0,20}?(?:(?:增加|增长|提升|提高|上升|跃升|扩大|下降|降低|减少|降|增)(?:到|至|为)|达到)\s*((?:19|20)\d{2})\s*年/;

/**
 * What a sentence states as done: the verbs of an achieved value, also a share raised by points (提升0.2个百分点: 扬州 2024)
 * and a level stated with 为 right before it (rule `level-stated-as`: 樟树 2021 2020 年,全市 地区生产总值为 424.74 亿元), and a
 * rate a place ranked by (rule `rate-before-metric`: 齐齐哈尔市以3.5%的GDP增速排名全省第一), and projects signed, or pushed in
 * all (共推进), with their count (rule `projects-signed-or-pushed`: 齐齐哈尔 2021 成功签约…等超百亿元项目3个; 2020年…共推进省“百大项目”41个).
 */
const DONE =
  /(完成|实现|达到|达(?=\d)|为(?=\s?\d)|以(?=\d+(?:\.\d+)?%的[^，。；]{0,12}?(?:增速|增幅|增长)(?:排名|位居|居|位列|领跑|领先))|提升(?=\d)|提高(?=\d)|建成|投用|突破|提升至|提升到|提高到|提高至|增加到|跃升|累计|增长|下降|上涨|新增|创建|争创|获批|出列|摘帽|签约|共推进)/;

const PRESENT_CLAUSE = /[，,]\s*(?:截至目前|截止目前|目前)[，,]/;

/**
 * Rule `statistics-opening`: a sentence opening with 据统计 (经统计, 据初步统计, 据…统计) before a past year states that year's
 * figures as counted, with or without a verb of doing (沾益 2014 据统计,2014年全县生猪存栏75.33万头,…生猪出栏127.24万头).
 */
const STATISTICS = /^\s*(?:据统计|经统计|据初步统计|据不完全统计|统计显示|据[\u4e00-\u9fa5]{1,12}统计)[，,]/;

/** What a statement of the present state says was done: also 成功 (成功招引, 新申报成功). */
const DONE_NOW = new RegExp(`${DONE.source}|成功|发展到|拥有|共有|(?<![没还只])有(?=[\\u4e00-\\u9fa5“”]{0,20}\\d)|率(?=\\d)`);

/**
 * Words of a target or a plan: a sentence with one states no result. 预期寿命 names a metric, no expectation (rule
 * `life-expectancy`: 扬中 2023 2020年末,全市居民人均预期寿命提高到82.25岁); nor does 争取 of the funds obtained from higher
 * governments (rule `funds-obtained`: 景东 2023 争取上级各类项目资金11.88亿元, 争取到位…); nor 将…作为, the 把 of what was
 * taken as what (rule `jiang-as-ba`: 随州 2022 2021年，我市…将加快推进服务业发展作为…重要支点，…全年实现服务业增加值530亿元).
 * 拟 before investing or building plans it (淮南 2018 1-8月份跟踪在谈项目累计40，拟投资总额约150亿元: what projects in talks would
 * invest, no result).
 */
export const STRIVING =
  /(拟(?=投资|建设|引进|新建|实施)|力争|确保|争取(?!上级|中央|省级|省市|到位|到)|预期(?!寿命)|计划(?:到|在|于)|将(?!近|[^，。；]{2,30}作为)|(?<![重主需必])要(?![求素点闻])|目标(?:是|为)|(?<!增长|增加|提升|提高|上升|跃升|扩大|下降|降低|减少|降|达)到(?:19|20)\d{2}年)/;

/**
 * A part of a year written with its year (2013年上半年, 2020年1-11月): where the text names it, a sentence opening with the
 * part alone (上半年,全市完成地区生产总值726.4亿元: 郴州 2013) reports that year's figures (rule `part-of-year-named`).
 */
const PART_OF_YEAR = /((?:19|20)\d{2})\s?年(上半年|前三季度|[一二三]季度|第[一二三]季度|1月?[-—~至]\d{1,2}月份?)/g;

/**
 * A sentence opening with a part of a year, a comma after it or not (长寿 2023: 上半年全区实现地区生产总值(GDP)453.7亿元; 上半年規上
 * 工業增加值增長6.8%), not 上半年度 or 一季度末.
 */
const PART_OPENING = /^(上半年|前三季度|[一二三]季度|第[一二三]季度|1月?[-—~至]\d{1,2}月份?)(?![末度以的后])[，,]?/;

/**
 * The same part of a year written with or without 第 (慈利 2018: 会议通报了慈利县2018年一季度经济运行情况…。第一季度,…预计全县完成
 * 地区生产总值30.6亿元: rule `part-of-year-named`).
 */
function samePart(named: string, opening: string): boolean {
  return named === opening || partMonths(named) === partMonths(opening);
}

/**
 * The months a part of a year runs to: 一季度 and 1-3月 are one part, 上半年 and 1-6月, 前三季度 and 1-9月 (嵩明 2022: 2022年一季度…
 * 经济运行情况 / 1-3月,全县规模以上工业总产值同比增长1.6%).
 */
function partMonths(part: string): string {
  const months = /^1月?[-—~至](\d{1,2})月/.exec(part);
  if (months) return months[1];
  const bare = part.replace(/^第/, '');
  return bare === '一季度' ? '3' : bare === '上半年' || bare === '二季度' ? (bare === '上半年' ? '6' : 'q2') : bare === '前三季度' ? '9' : bare;
}

/**
 * Rule `part-of-page-year-clause`: on a dated page, the part of the year may open a clause after a reporter's lead-in and
 * carry 今年 (记者日前从市旅委获悉,今年1至6月份,全市共接待游客3004.2万人次: 黄山 2018, dated 2018-07-12); read from that clause. The
 * months may both be written (rule `months-both-written`: 望江 2009 今年1月至8月,全县规模以上纺织服装企业实现产值14.63亿元).
 */
const PART_CLAUSE = /(?:^|[，,])\s*今年(上半年|前三季度|[一二三]季度|第[一二三]季度|1月?[-—~至]\d{1,2}月份?)[，,]/;

/**
 * Rule `part-of-page-year`: on a dated page naming no year with it, a sentence opening with a part of a year (一季度,全县共接待
 * 游客530.3万人次: 巫山 2023, dated 2023-04-14) reports the page's year if that part has ended by the page's month, else the
 * year before.
 */
function partOfPageYear(part: string, pageYear: number | null, pageMonth: number | null): { at: number; part: string; year: number; ended: true } | undefined {
  if (pageYear === null || pageMonth === null) return undefined;
  return { at: 0, part, year: pageMonth > partEndMonth(part) ? pageYear : pageYear - 1, ended: true };
}

/** The last month of a part of a year: 3 for 一季度, 6 for 上半年, 9 for 前三季度, N for 1-N月. */
function partEndMonth(part: string): number {
  const months = /1月?[-—~至](\d{1,2})月/.exec(part);
  return months ? Number(months[1]) : /上半年|二季度/.test(part) ? 6 : /前三季度|三季度/.test(part) ? 9 : 3;
}

export function partsOfYearNamed(text: string): Array<{ at: number; part: string; year: number }> {
  return [...text.matchAll(PART_OF_YEAR)].map((match) => ({ at: match.index ?? 0, part: match[2], year: Number(match[1]) }));
}

/**
 * Outside a review: a sentence that opens with a past year and states what was done, without a word of a target
 * ("2020年，全市地区生产总值完成4726.3亿元"); the year carries to the next such sentences of the paragraph.
 */
export function sentenceYearResults(
  sentences: ReadonlyArray<{ start: number; end: number; text: string }>,
  ownYear: number | null,
  inTargetList: (offset: number) => boolean,
  read: (start: number, end: number, year: number) => void,
  partsNamed: ReadonlyArray<{ at: number; part: string; year: number }> = [],
  carriedYear: number | null = null,
  pageYear: number | null = null,
  pageMonth: number | null = null,
  readPlan: ((start: number, end: number, year: number) => void) | null = null,
): number | null {
  let year: number | null = carriedYear;
  let opened: number | null = null;
  // The year of an ended part of the page's own year a sentence opened with (see partOfPageYear).
  let reportedYear: number | null = null;
  for (const sentence of sentences) {
    const part = partsNamed.length > 0 || pageMonth !== null ? PART_OPENING.exec(sentence.text) : null;
    // Looked for only where 今年 is written, on a dated page.
    const partClause = !part && pageMonth !== null && sentence.text.includes('今年') ? PART_CLAUSE.exec(sentence.text) : null;
    const named = part
      ? (partsNamed.filter((entry) => samePart(entry.part, part[1]) && entry.at < sentence.start).pop() ?? partOfPageYear(part[1], pageYear, pageMonth))
      : partClause
        ? partOfPageYear(partClause[1], pageYear, pageMonth)
        : undefined;
    const partAt = partClause ? partClause.index + (/^[，,]/.test(partClause[0]) ? 1 : 0) : 0;
    // Rule `present-state-clause`: 目前 may open a clause after the sentence's lead-in (舟曲 2016 …全力实施通乡通村道路和旅游公路建设,
    // 目前,全县19个乡镇208个建制村公路通畅率100%): read from that clause.
    const presentClause = pageYear !== null && year === null && sentence.text.includes('目前') ? PRESENT_CLAUSE.exec(sentence.text) : null;
    const opensPresent = pageYear !== null && year === null && PRESENT_STATE.test(sentence.text);
    if (pageYear !== null && year === null && (presentClause !== null || opensPresent || ALREADY_REACHED.test(sentence.text))) {
      // Up to a clause opening with a year of its own (…已成功创建3个4A级景区、6个3A级景区，2020年接待游客1256万人次), read
      // below as that year's.
      const from = presentClause !== null && !opensPresent ? presentClause.index + 1 : 0;
      const dated = OPENING_YEAR.exec(sentence.text);
      const now = dated && dated.index > from ? sentence.text.slice(from, dated.index) : sentence.text.slice(from);
      // Each statement set apart by a semicolon on its own: a reward the page goes on to (每年将获得300万元) leaves the
      // counts before it standing (我市先后成功招引落地物流项目2个；新申报成功A级物流企业11家: 南阳 2023).
      let at = from;
      for (const statement of now.split('；')) {
        if (!STRIVING.test(statement) && DONE_NOW.test(statement) && !inTargetList(sentence.start + at))
          read(sentence.start + at, sentence.start + at + statement.length, pageYear);
        at += statement.length + 1;
      }
      if (!dated) continue;
    }
    // Most sentences name no year and carry none: nothing to read.
    if (year === null && !named && !sentence.text.includes('年')) continue;
    // 到, 至 or 为 after the verb (增至: 天水 2025).
    const fromTo: RegExpExecArray | null = year === null && !named && /[到至为]/.test(sentence.text) ? DATED_FROM_TO.exec(sentence.text) : null;
    const fromClause = fromTo ? Math.max(sentence.text.lastIndexOf('，', fromTo.index), sentence.text.lastIndexOf(',', fromTo.index)) + 1 : 0;
    // Read from the sentence's start where no figure comes before (its subject may open it), else from the clause.
    const fromToAt: number = /\d/.test(sentence.text.slice(0, fromClause)) ? fromClause : 0;
    const yearMatch = OPENING_YEAR.exec(sentence.text);
    const asOf = sentence.text.includes('截') ? AS_OF_YEAR.exec(sentence.text) : null;
    const openingMatch = asOf && (!yearMatch || asOf.index < yearMatch.index) ? asOf : yearMatch;
    const opening: { index: number; year: number } | null = openingMatch
      ? { index: openingMatch.index, year: Number(openingMatch[1]) }
      : named
        ? { index: partAt, year: named.year }
        : fromTo
          ? { index: fromToAt, year: Number(fromTo[1]) }
          : null;
    if (opening) year = opening.year;
    if (opening && opened === null) opened = opening.year;
    if (named && 'ended' in named) reportedYear = named.year;
    // A part the text names with the page's own year, ended by the page's date (长寿 2023-07-28: 2023年上半年經濟運行情況 / 上半年全区
    // 实现地区生产总值453.7亿元), is reported too (rule `named-part-ended`).
    else if (named && named.year === pageYear && pageMonth !== null && pageMonth > partEndMonth(named.part)) reportedYear = named.year;
    // A part of the page's own year that has ended by its date is reported, not planned, in the sentences after it too.
    if (year === null) continue;
    const future = ownYear !== null && year >= ownYear && year !== reportedYear;
    if (future || STRIVING.test(sentence.text) || (!DONE.test(sentence.text) && !STATISTICS.test(sentence.text)) || inTargetList(sentence.start)) {
      // The year's plan of its key projects, whether the page is of that year or later (rule year-plan-of-projects in
      // result-clauses.ts: 王益 2024, dated that January; 池州 2024 …其中，续建项目269个，年度计划投资253.7亿元).
      if (readPlan && !inTargetList(sentence.start) && sentence.text.includes('投资') && YEAR_PLAN.test(sentence.text))
        readPlan(opening ? sentence.start + opening.index : sentence.start, sentence.end, year);
      // A sentence with no figure (一二三产业齐头并进，均衡协调发展。: 长寿 2023) keeps the year for the sentences after it.
      else if (!opening && !future && /\d/.test(sentence.text)) year = null;
      continue;
    }
    // Figures before the year's clause are not of that year.
    read(opening ? sentence.start + opening.index : sentence.start, sentence.end, year);
  }
  return opened ?? carriedYear;
}
