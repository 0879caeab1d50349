import type { Section } from '@policygraph/parse';
import { ExtractionContext } from '../extraction-context';
import { REPORT_REVIEWS_YEAR } from './undated-targets';

/** Where a text reviews a year: review headings and lines, news accounts of a report, five-year reviews. */

/** Sections that review what was done: "一、2025年工作回顾", "2025年工作总结和…", a plan's "发展基础", "…取得决定性成就". */
/**
 * A review's heading; also one saying what was done in time (rule `review-heading-done`: 梁子湖 2021 第一节 全面小康社会如期建成,
 * …圆满完成).
 */
export const REVIEW_SECTION = /回顾|总结|过去|成就|发展基础|现实基础|工作成效|如期建成|如期实现|圆满完成|顺利完成|胜利完成|(?:19|20)\d{2}年.{0,12}计划执行情况/;

/**
 * A sentence that turns to a longer period (这五年，…, “十四五”时期…), not one that names it in passing (2025年是“十四五”收官之年),
 * nor 今年以来, within the year.
 */
export const LONGER_PERIOD = /^[^，。；]{0,10}(这[三四五]年|[三四五]年来|过去的?[三四五]年|十[三四五]五”?(?:时期|期间|以来)|(?<!今年)以来)/;

/** A line that heads a review without being a heading of the outline ("2024年工作回顾" opening a copied page). */
/** …also a news page's boxed heading of the year's record (■ 2024年成绩单); a report delayed into its own year reviews
 * the last year and the months since (新晃 2020: 2019年及今年以来工作回顾, the figures are of 2019), and a document
 * site's copy may close the line with a watermark (…工作回顾hd9: three Latin letters and digits mixed). */
export const REVIEW_LINE =
  /^(?:[一二三四五六七八九十]+、|[■□●○◆◇▲△★☆◎]\s*)?(?:回顾)?((?:19|20)\d{2})\s?年(?:及今年以来)?(?:(?:政府)?工作(?:简要)?(?:回顾|总结)|成绩单)(?:(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{3})?$/;

/**
 * A report's headline of the year's record, with no clause in it, on a line of its own or run into the paragraph after
 * it (邯郸 2025: 2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单 / 过去的一年，…): what follows is
 * that year's record, as under 2024年工作回顾 (rule `record-headline`); so is a headline saying how the year went (2023年林周县
 * 经济社会发展态势良好: 林周 2023, news of a press conference in its December, the figures of the year so far). A line asking
 * for a record (2025年要交出新答卷) is a plan, not a review.
 */
export const RECORD_HEADLINE =
  /^((?:19|20)\d{2})\s?年(?![^，。；：,;:！!？?\n]{0,40}?(?:要|将|力争|确保|争取))[^，。；：,;:！!？?\n]{2,40}?(?:成绩单|答卷|发展态势良好|取得新成效|成效显著)(?![^，。；\n]{0,4}[，。；])/;

/**
 * A heading of one year's execution of the yearly plan (一、2022年国民经济和社会发展计划执行情况: 琼海 2023), the review of a
 * 计划执行情况与计划草案 report: like 一、2022年工作回顾, it reviews that one year throughout its subsections.
 */
export const PLAN_EXECUTION_HEADING = /^(?:[一二三四五六七八九十]+、)?((?:19|20)\d{2})年(?:国民经济和社会发展)?计划执行情况$/;

/**
 * A review line naming the year and the five-year period it closes (2025年和“十四五”工作回顾: 中宁 2026): what follows
 * is of that year only where a paragraph says so (刚刚过去的2025年, 全年), as under 一、2025年和过去五年工作回顾.
 */
const REVIEW_LINE_WITH_PERIOD = /^(?:[一二三四五六七八九十]+、)?((?:19|20)\d{2})\s?年(?:和|及)“?十[三四五]五”?(?:时期)?(?:政府)?工作(?:简要)?回顾$/;

/**
 * A review heading run into a paragraph (2021年青浦区政府工作报告各位代表:…。 一、2020年工作回顾过去一年，…: 青浦 2021, a copy
 * that lost its line breaks): the sentences from it on review that year, where they say so, until the heading of the work
 * ahead (二、2021年工作安排). It may name the five years the year closes (一、2020年和“十三五”工作回顾: 瑶海 2021), and follow
 * the letters a document site's copy put for a line break (各位代表:BNC 一、…: 瑶海 2021, as …工作回顾hd9 closes a review line).
 * So does the heading of a plan's execution run into the notice issuing the plan (rule `inline-plan-execution`: 寿光 2023 …
 * (此件公开发布)   寿光市2023年国民经济和社会发展计划   一、2022年国民经济和社会发展计划执行情况   2022年,寿光市…, the
 * spaces between them lost: after any character, its wording whole).
 */
export const INLINE_REVIEW =
  /(?:^|[。：:\sA-Za-z])[一二三四五六七八九十]{1,2}、((?:19|20)\d{2})年(?:(?:和|及)“?十[三四五]五”?(?:时期)?)?(?:政府)?工作(?:简要)?回顾|一、((?:19|20)\d{2})年(?:国民经济和社会发展)?计划执行情况/;

export const INLINE_PLAN_HEADING = /[。\s][一二三四五六七八九十]{1,2}、[^。，]{0,20}(?:安排|目标|任务|打算|思路)/;

/** Headings that turn from the review to what is to be done (二、2025年工作安排, 今年的目标任务). */
const PLAN_HEADING = /安排|任务|目标|打算|思路|建议|部署|今年|重点工作/;

interface ReviewScope {
  /** The year the figures are of. */
  readonly year: number;
  /** The section speaks of that one year throughout (a review line of its own), or only where a paragraph says so. */
  readonly throughout: boolean;
  /** Opened by a news account saying the report reviews the year: it ends where the account turns to the targets. */
  readonly untilPlan?: boolean;
  /** Where such an account opens: what its paragraph and section say before it (the session, the deputies) is no review. */
  readonly from?: number;
}

/**
 * Where such an account turns to the plan: the targets, this year, the years ahead (报告称，今后五年…: 安徽 2023), or a
 * sentence opening with a later year. Targets said to be met (各项目标任务高质量全面完成: 牟定 2022; 较好完成了全年目标任务)
 * are the record, not the plan; nor is a year said to be key to meeting them (2024年,是实现“十四五”规划目标任务的关键一年: 马鞍山
 * 2025, rule `year-key-to-targets`).
 */
export const TURN_TO_PLAN =
  /预期目标|(?<!(?:完成|实现)[^，。；]{0,12})目标任务(?![^，。；]{0,8}完成)|目标是|今年|明年|今后|^\s*(?:报告)?(?:提出|指出)?[，,]?(?:19|20)\d{2}年(?:要|将|的?目标|[，,]\s*(?:力争|要|将))/;

/** A deadline opening a sentence (到2027年，安徽全省经济总量向7万亿元冲刺): a plan when it is later than the year reviewed. */
export const DEADLINE_OPENING = /^\s*(?:[^，。；]{0,8}[，,])?(?:到|至)((?:19|20)\d{2})年/;

/**
 * A paragraph of a yearly report's review opening the five years that close with the reviewed year (青龙 2026: 五年来，…; 过去
 * 五年, 这五年, “十四五”时期 in a review of 2025).
 */
const FIVE_YEARS = /^[^，。；]{0,10}(?:这[三四五]年|[三四五]年来|过去的?[三四五]年|十([三四五])五”?(?:时期|期间|以来))/;

const PLAN_START: Record<string, number> = { 三: 2016, 四: 2021, 五: 2026 };

/** The same turn in a news account, maybe after the words that report it (报告指出，过去五年，…). */
export const ACCOUNT_OF_FIVE_YEARS = /^(?:[^，。；]{0,12}(?:指出|称|表示|说|来看)[，,])*(?:这五年|五年来|过去五年|过去的五年)/;

export function periodClosingWith(sentence: string, year: number): boolean {
  const match = FIVE_YEARS.exec(sentence);
  if (!match) return false;
  return match[1] === undefined || PLAN_START[match[1]] + 4 === year;
}

/**
 * A paragraph opening with 这一年, maybe after its speaker (周海兵表示，这一年，…: 长沙 2024), is of the year the paragraph before
 * opened with (rule `this-year-back`); so is one opening with 一年来 or 过去一年 where that paragraph read results of its year (景东
 * 2023: 报告指出,2022年是极其不易…的一年…全县实现地区生产总值122.3亿元。 / 报告指出,一年来,主要做了以下工作:…谋划储备重大项目111个),
 * not after a year said to be ahead (2025年是全面深化改革的一年,做好各项工作责任重大).
 */
export const THIS_YEAR_OPENING = /^(?:[^，。；]{0,10}[，,])?这一年[，,]/;
/** …and one opening with 一年来 or 过去一年, where the paragraph before read results of its year (rule `year-since-back`). */
export const YEAR_SINCE_OPENING = /^(?:[^，。；]{0,10}[，,])?(?:一年来|过去一年|过去的一年)[，,]/;

/**
 * A news account's turn to the year the report reviews, opening a sentence: 报告指出，刚刚过去的2022年，预计全省生产总值增长3.5%左右
 * (安徽 2023): what follows is that year's record until the account turns to the plan (rule `just-past-year`). The year may be
 * the subject of what is said of it (rule `just-past-year-subject`: 广元市商务局's 2021 New Year message, 刚刚过去的2020年极不平凡。
 * …全年实现社会消费品零售总额419.24亿元,下降1.4%; 刚刚过去的2023年是…的一年).
 */
const JUST_PAST_YEAR = /(?:^|[。；])\s*(?:[^，。；]{0,8}(?:指出|称|表示|说)[，,：:]?)?刚刚过去的((?:19|20)\d{2})\s?年(?:[，,]|(?:极不|很不|不)?平凡|是)/;

/**
 * A news account saying what the year the report reviews was, in the past (硚口 2025: 报告指出,2024年是硚口牢记嘱托、负重
 * 前行、突围奋进的一年,交出了一份稳中有进…的答卷): what follows is that year's record until the account turns to the plan
 * (rule `year-characterized`). A year said to be ahead (2025年是…收官之年,做好各项工作责任重大) states nothing done.
 */
const YEAR_CHARACTERIZED =
  /(?:^|[。；])\s*(?:[^，。；]{0,8}(?:指出|称|表示|说)[，,：:]?)?((?:19|20)\d{2})\s?年是[^。；]{0,40}?的一年[，,][^。；]{0,10}?(?:交出了|取得了|实现了)/;

/**
 * Rule `past-year-characterized`: the same account without the verb of a record right after it, told as past by the page's
 * date (凤县 2025, dated 2025-02-11: 报告指出,2024年是凤县发展历程中极为不易、极限承压的一年,也是难中求成、竞进有为的一年,…) or by
 * the year since that follows it (佳县 2025: 任向军在报告中指出,2024年是新中国成立75周年,是实现“十四五”规划目标任务的关键一年。
 * 一年来,…); not a year said to be ahead (2025年是“十四五”规划的“收官”之年).
 */
const YEAR_CHARACTERIZED_PLAIN = /(?:^|[。；])\s*(?:[^，。；]{0,12}(?:指出|称|表示|说)[，,：:]?)?((?:19|20)\d{2})\s?年是[^。；]{0,60}?一年[，,。；]/;
const YEAR_SINCE_AFTER = /^\s*(?:一年来|过去一年|过去的一年)/;

function pastYearCharacterized(text: string, pageYear: number | null): RegExpExecArray | null {
  const match = YEAR_CHARACTERIZED_PLAIN.exec(text);
  if (!match) return null;
  const past = pageYear !== null ? Number(match[1]) < pageYear : YEAR_SINCE_AFTER.test(text.slice(match.index + match[0].length));
  return past ? match : null;
}

/**
 * A sentence of a news account opening with a year, maybe after its speaker (报告指出,2025年是…收官之年): where the year is later
 * than the one reviewed, the account has turned to the plan.
 */
export const ACCOUNT_YEAR_OPENING = /^\s*(?:[^，。；]{0,12}[，,])?((?:19|20)\d{2})\s?年/;

/** Sections after a line "2024年工作回顾" review 2024, until a heading turns to plans or names another year. */
export function reviewLines(context: ExtractionContext, sections: readonly Section[]): Array<ReviewScope | null> {
  const scopes: Array<ReviewScope | null> = sections.map(() => null);
  let open: ReviewScope | null = null;
  let paragraphIndex = 0;
  const { paragraphs } = context.document;
  const issued = context.document.metadata.issuedOn;
  const pageYear = issued ? Number(issued.slice(0, 4)) : null;
  for (const section of sections) {
    const heading = section.path[section.path.length - 1] ?? '';
    if (open && (PLAN_HEADING.test(heading) || /(?:19|20)\d{2}年/.test(heading))) open = null;
    scopes[section.index] = open;
    for (; paragraphIndex < paragraphs.length && paragraphs[paragraphIndex].section === section.index; paragraphIndex++) {
      // A review line is short: longer paragraphs are not tested (this runs on every paragraph).
      const text = paragraphs[paragraphIndex].text.trim();
      // A short line may be a record headline too (2023年林周县经济社会发展态势良好: 林周 2023, a press conference's news).
      const line = text.length <= 30 ? (REVIEW_LINE.exec(text) ?? RECORD_HEADLINE.exec(text)) : RECORD_HEADLINE.exec(text);
      const withPeriod = line === null && text.length <= 30 ? REVIEW_LINE_WITH_PERIOD.exec(text) : null;
      if (line || withPeriod) {
        open = { year: Number((line ?? withPeriod)![1]), throughout: line !== null };
        scopes[section.index] ??= open;
        continue;
      }
      // A news account of the report: 报告回顾了2024年的工作成果 (REPORT_REVIEWS_YEAR), 报告指出，刚刚过去的2022年，… (JUST_PAST_YEAR)
      // or 报告指出，2024年是…的一年，交出了… (YEAR_CHARACTERIZED), until it turns to the plan.
      REPORT_REVIEWS_YEAR.lastIndex = 0;
      const reviews = text.includes('回顾')
        ? REPORT_REVIEWS_YEAR.exec(text)
        : text.includes('刚刚过去')
          ? JUST_PAST_YEAR.exec(text)
          : text.includes('的一年')
            ? YEAR_CHARACTERIZED.exec(text)
            : null;
      // Told as past by the page's date or the year since after it, the account opens where it says so (see
      // pastYearCharacterized): what the page says before it, of the session, is no review.
      const past: RegExpExecArray | null = reviews === null && open === null && text.includes('一年') ? pastYearCharacterized(text, pageYear) : null;
      if ((reviews || past) && open === null) {
        const { start, text: raw } = paragraphs[paragraphIndex];
        const from: number | undefined = past
          ? start + (raw.length - raw.trimStart().length) + past.index + (past[0].length - past[0].replace(/^[。；\s]+/, '').length)
          : undefined;
        open = { year: Number((reviews ?? past)![1] ?? reviews?.[2]), throughout: true, untilPlan: true, from };
        scopes[section.index] ??= open;
      }
    }
  }
  return scopes;
}

/** The year a review heading names (一、2024年工作回顾, 一、回顾2022年政府工作), from the innermost heading out. */
export function reviewedYearOf(path: readonly string[]): number | null {
  for (let i = path.length - 1; i >= 0; i--) {
    if (!REVIEW_SECTION.test(path[i])) continue;
    const year = /((?:19|20)\d{2})年/.exec(path[i]);
    if (year) return Number(year[1]);
  }
  return null;
}

/** A paragraph opening with a year: 2020年, / 2020 年, (a PDF copy's spaces). */
const BASE_YEAR_OPENING = /^\s*((?:19|20)\d{2})\s?年[，,]/;
/** Any year, deadline or word of striving: a paragraph with one is no part of the review before it. */
const DATED_OR_STRIVING = /(?:19|20)\d{2}\s?年|力争|确保|争取|预期(?!寿命)|目标|计划|将(?!近)|(?<![重主需必])要(?![求素点闻])|到“?十[三四五六]五/;

/**
 * Rule `base-year-review-runs-on`: in a plan, a paragraph naming no year and striving for nothing right after one that
 * opens with the plan's base year goes on with that review (莱州 十四五: 2020 年,生产总值达到 674.1 亿元,… / 以“四新经济”为主要
 * 特征的新经济 增加值占 GDP 的比重达到 28.4%,新增…48 家,…商业银行总数达到 17 家): its levels reached are that year's,
 * its other values (新增, 创建, 累计) no targets of the plan.
 */
export function continuesBaseYearReview(before: string | null, text: string, planBase: number | null): boolean {
  if (planBase === null || before === null) return false;
  const opening = BASE_YEAR_OPENING.exec(before);
  return opening !== null && Number(opening[1]) === planBase && !DATED_OR_STRIVING.test(text);
}

/** A short line saying the text looks back on five years: 过去五年干了啥, 这五年, 五年来的成就. */
const FIVE_YEARS_LINE = /^(?:过去的?五年|这五年|五年来)/;
/** A line turning to the years ahead, or to what is planned: the record before it ends there. */
const AHEAD_LINE = /今后|未来|接下来|下一步|新的一年|怎么干|目标|任务|(?:19|20)\d{2}\s?年(?:工作|要|将)/;

/**
 * Rule `five-years-line`: on a dated page, the paragraphs after a short line looking back on five years (淄博日报 2026-01-23:
 * 过去五年干了啥 / 1 综合实力全面跃升 / ●预计全市地区生产总值突破5000亿元大关,…), up to a line turning to the years ahead,
 * record those five years, which close with the year before the page's: their levels reached are that year's, their
 * sums and additions (新增城市道路255公里, 引进高校毕业生22.6万人) none, and none is a target. The starts of those paragraphs.
 */
export function fiveYearRecordParagraphs(paragraphs: ReadonlyArray<{ start: number; text: string }>, issuedYear: number | null): Set<number> {
  const starts = new Set<number>();
  if (issuedYear === null) return starts;
  let open = false;
  for (const paragraph of paragraphs) {
    const text = paragraph.text.trim();
    if (text.length <= 20 && FIVE_YEARS_LINE.test(text)) {
      open = true;
      continue;
    }
    if (open && text.length <= 30 && AHEAD_LINE.test(text)) open = false;
    if (open) starts.add(paragraph.start);
  }
  return starts;
}
