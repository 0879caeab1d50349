// The year a target is for: deadlines, period ends, opening years and the years headings name.
import { type ParsedDocument } from '@policygraph/parse';

/**
 * "到2025年", "到2025年底(前)", "到2019年6月底", "截至2025年", deadlines: "2025年底前", "2025年前", and a year striven for:
 * "力争2013年全市…完成年度投资60亿元以上", also with 在 or 于 before the year (rule `striven-year-with-preposition`: 张家口 2017
 * 力争在2025年打造完成…滑雪大区,建成滑雪场30个), or a year opening a clause whose subject strives for the value after it: "…建设行动，2023年全区
 * 固定资产投资力争完成381亿元" (滨江 2023). A 截至 year
 * before the document's own is a review ("截至2024年底，累计建成…") and is dropped with the other past years. 到 after a verb
 * of change or 达 is the end of a from-to statement (从2015年的931.9亿元增长到2020年的1804.2亿元: 芜湖 2021; 由2012年的300万人次
 * 达到2019年的4200万人次: 张掖 2020), no deadline. 至 opening a clause, the year set apart by a comma, is 到 (rule `zhi-deadline`:
 * 鼓楼 2018 按照《行动计划》，至2020年，全区电子政务要实现…); never 至 between two years (2020年至2025年) or after a verb (增至).
 */
const TARGET_YEAR =
  /(?:力争)?(?:(?:(?<!增长|增加|提升|提高|上升|跃升|扩大|下降|降低|减少|降|达)到|截至|截止到?)((?:19|20)\d{2})年(?:\d{1,2}月)?(?:底|末)?(?:以?前)?|((?:19|20)\d{2})年(?:\d{1,2}月)?(?:底|末)?(?:以)?前)[，,]?|(?:力争|确保|争取)(?:在|于)?((?:19|20)\d{2})年(?:底|末)?|(?:^|[，,；;])\s*((?:19|20)\d{2})年(?=[^，,。；;\d]{0,16}?(?:力争|确保|争取))|(?:^|[，,；;：:])\s*(?:力争|确保|争取)?至((?:19|20)\d{2})年(?:底|末)?(?:以?前)?(?=[，,])/;
/** 到 and a year in Chinese numerals, not the end of a from-to statement. */
const CHINESE_DEADLINE = /(?<!增长|增加|提升|提高|上升|跃升|扩大|下降|降低|减少|降)到([〇○零一二三四五六七八九]{4})年/;
/** The numerals of a year written in words, their index the digit (○ and 零, not listed, are 0). */
const CHINESE_DIGITS = '〇一二三四五六七八九';
/**
 * The end of a five-year period as a deadline: "到“十四五”期末" → 2025, "“十五五”末" → 2030; also striven for with no 到
 * (rule `striven-period-end`: 丽江 2022 力争“十四五”末地区生产总值达到1000亿元以上).
 */
const PERIOD_END = /(?:到|至|力争|确保|争取)“?(十三五|十四五|十五五|十六五)”?(?:期末|末)/;
/**
 * A bare year opening a sentence of a plan ("2022年，全市新建5G基站2600个以上…。到2024年，…"), or a bullet of one
 * ("--2024年，全市服务业增加值达到2410亿元左右": 兰州 2024, its dashes ASCII): the year of the targets that follow, until
 * the next year marker. Read only for the document's own year or later, in a goal section or with a word of striving,
 * so that "2024年，全市生产总值增长5%" in a review stays a review; on a page that gives no date of its own, only in a goal
 * section (rule `goal-bullet-year`).
 */
const OPENING_YEAR = /^\s*(?:——|--|—|-)?\s*((?:19|20)\d{2})年[，,]/;
const OPENING_THIS_YEAR = /^\s*今年[，,]/;
const YEAR_GOAL = /(?:^|[，,；;])\s*((?:19|20)\d{2})年[，,][^。；;]{0,40}?目标(?:是|为)[：:]/;
const THIS_YEAR_CLAUSE = /(?:^|[，,；;])\s*今年(?=[^，,。；;\d]{0,16}?(?:将|力争|确保|争取))/;
export const BY_THEN = /^\s*届时[，,]/;
/**
 * The end of this year as a deadline opening a sentence, with no year written: "力争到年底，16个项目按时按质按量完工"
 * (旺苍 2018), "年底前，…". It is the year the document is dated in.
 */
const OPENING_YEAR_END = /^\s*(?:力争|确保|争取)?(?:(?:到|至)(?:今年)?年底(?:前)?|(?:今年)?年底前)[，,]/;
const STRIVING = /(力争|确保|争取|目标|预期|计划|将|要)/;
/**
 * A deadline opening a sentence (rule `sentence-opening-deadline`): "到2029年，", "力争到2025年底，", "预计到2025年，"
 * (平罗 2022), "到2020年全面建成…" (贵州 2018, no comma), after at most two short lead-in clauses that state no value
 * ("具体目标方面，《规划》提出，到2025年，": 合肥 2021). It dates the targets of the sentences after it in its paragraph, which
 * write no year ("…。生产性服务业加快发展，增加值规模达2450亿元": 扬州 2024).
 */
export const SENTENCE_DEADLINE =
  /^\s*(?:[^，,。；;\d]{1,30}[，,]\s*){0,2}(?:预计|力争|争取|确保)?(?:到(?:19|20)\d{2}年(?:底|末)?|至(?:19|20)\d{2}年(?:底|末)?[，,])/;

/**
 * The year a goal section's first dated sentence set, for it or the section it is under: the numbered clauses of a
 * goal ("二、建设目标 到2023年，…。（一）…100种以上的智能装备") are subsections of it (长沙 2021).
 */
export function goalSectionYearOf(sections: ParsedDocument['sections'], section: number, years: ReadonlyMap<number, number>): number | null {
  for (let at: number | null = section; at !== null && at !== undefined; at = sections[at]?.parent ?? null) {
    const year = years.get(at);
    if (year !== undefined) return year;
  }
  return null;
}

/** The target year a sentence states: a deadline (到2025年底前), a period end (到“十四五”期末), or an opening bare year. */
export function statedYear(sentence: string, hasDigit: boolean, inGoalSection: boolean, ownYear: number | null): { year: number; opening: boolean } | null {
  // A deadline and an opening year are written with digits, a period end with 末: a sentence lacking them is not searched.
  const deadline = hasDigit ? TARGET_YEAR.exec(sentence) : null;
  const periodEnd = sentence.includes('末') ? PERIOD_END.exec(sentence) : null;
  if (deadline && (!periodEnd || deadline.index < periodEnd.index))
    return { year: Number(deadline[1] ?? deadline[2] ?? deadline[3] ?? deadline[4] ?? deadline[5]), opening: false };
  if (periodEnd) return { year: FIVE_YEAR_PLAN_ENDS.find((plan) => plan.pattern.test(periodEnd[1]))!.end, opening: false };
  // A deadline with its year in Chinese numerals (柳州: 到二○二○年力争实现工业总产值八千亿元, a headline: rule
  // `chinese-numeral-deadline`), the zero written 〇 or ○; looked for only where the zero is.
  const worded = !deadline && (sentence.includes('〇') || sentence.includes('○')) ? CHINESE_DEADLINE.exec(sentence) : null;
  if (worded) return { year: Number([...worded[1]].map((digit) => String(Math.max(0, CHINESE_DIGITS.indexOf(digit)))).join('')), opening: false };
  // Rule `year-goal-statement`: "2023年,全市文广旅工作的总目标是:…,力争全年接待游客达6700万人次" (焦作 2023): a clause opening
  // with a year and going on to say what its goal is dates the targets after it.
  const goal = hasDigit && sentence.includes('目标') ? YEAR_GOAL.exec(sentence) : null;
  if (goal) return { year: Number(goal[1]), opening: false };
  const opening = hasDigit ? OPENING_YEAR.exec(sentence) : null;
  if (opening && (ownYear === null ? inGoalSection : Number(opening[1]) >= ownYear && (inGoalSection || STRIVING.test(sentence))))
    return { year: Number(opening[1]), opening: true };
  // "今年，力争全市…完成年度投资60亿元以上": the year the document is dated in, for what the sentence strives for.
  if (ownYear !== null && OPENING_THIS_YEAR.test(sentence) && STRIVING.test(sentence)) return { year: ownYear, opening: true };
  // "…千亿级集群崛起，今年优势产业链规模将达5200亿元" (洛阳 2025 news): a clause opening with 今年 and a word of what is to come
  // (将, 力争) is of the year the text is dated in, as a clause opening with that year written (rule `this-year-clause`).
  if (ownYear !== null && sentence.includes('今年') && THIS_YEAR_CLAUSE.test(sentence)) return { year: ownYear, opening: false };
  if (ownYear !== null && sentence.includes('年底') && OPENING_YEAR_END.test(sentence)) return { year: ownYear, opening: false };
  return null;
}

export function goalSectionYear(fromHeadings: number | 'ambiguous' | null, periodEnd: number | null): number | null {
  if (fromHeadings === 'ambiguous') return null;
  return fromHeadings ?? periodEnd;
}

/** Five-year plan numbering in headings: “十五五”时期 ends in 2030. */
const FIVE_YEAR_PLAN_ENDS: ReadonlyArray<{ pattern: RegExp; end: number }> = [
  { pattern: /十三五/, end: 2020 },
  { pattern: /十四五/, end: 2025 },
  { pattern: /十五五/, end: 2030 },
  { pattern: /十六五/, end: 2035 },
];

/**
 * The year the targets of a section are for when its headings say it ("二、“十五五”时期主要目标" → 2030, "2026年
 * 目标任务" → 2026): in a yearly report the five-year goals and this year's are different sections. A heading that
 * names both ("“十五五”时期目标任务和2026年工作安排") decides nothing: only years stated in the sentences count there.
 */
export function yearOfHeadings(path: readonly string[], yearOfHeading: (heading: string) => number | 'ambiguous' | null): number | 'ambiguous' | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const year = yearOfHeading(path[i]);
    if (year !== null) return year;
  }
  return null;
}

/**
 * The year one heading names (or 'ambiguous', or null), each heading read once per document: an outer heading is in
 * the path of every section under it.
 */
export function headingYearReader(): (heading: string) => number | 'ambiguous' | null {
  const read = new Map<string, number | 'ambiguous' | null>();
  return (heading) => {
    let year = read.get(heading);
    if (year === undefined) {
      const years = new Set<number>();
      for (const plan of FIVE_YEAR_PLAN_ENDS) if (plan.pattern.test(heading)) years.add(plan.end);
      for (const match of heading.matchAll(/((?:19|20)\d{2})年/g)) years.add(Number(match[1]));
      year = years.size === 1 ? [...years][0] : years.size > 1 ? 'ambiguous' : null;
      read.set(heading, year);
    }
    return year;
  };
}

/**
 * A year opening a clause of a dated sentence ("…，力争2021年增速实现15%，总量达到2万亿元；2022年增速实现10%…") or a span
 * of years ("2021至2023年，…年均增速11.3%": its end) dates that clause and the clauses after it; so does a later deadline
 * ("到2027年底，…核心产业产值/营收超200亿元，力争到2030年底产值/营收超500亿元": 湖州 2025).
 */
export const CLAUSE_YEAR = /^\s*(?:力争|确保|争取)?到?(?:(?:19|20)\d{2}年?\s*[至到—~-]\s*)?((?:19|20)\d{2})年(?![—~\-至到\d])/;
