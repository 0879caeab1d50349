import { sectionHasRole, type SectionRole, type Sentence } from '@policygraph/parse';
import { ExtractionContext } from '../extraction-context';
import { addGoal } from '../goals/goal-nodes';
import { addIndicator, IndicatorFacts } from './indicator-nodes';
import { parseIndicatorValue, UNIT_PATTERN } from './indicator-value';

/** Sections that review the past (基础, 成就, 形势) state achieved values, not targets. */
const BACKGROUND: readonly SectionRole[] = ['review'];
const GOAL_SECTION = /(目标)/;
/**
 * "到2025年", "到2025年底(前)", "到2019年6月底", "截至2025年", and deadlines: "2025年底前", "2025年前". A 截至 year
 * before the document's own is a review ("截至2024年底，累计建成…") and is dropped with the other past years.
 */
const TARGET_YEAR = /(?:力争)?(?:(?:到|截至|截止到?)((?:19|20)\d{2})年(?:\d{1,2}月)?(?:底|末)?(?:以?前)?|((?:19|20)\d{2})年(?:\d{1,2}月)?(?:底|末)?(?:以)?前)[，,]?/;
/** The end of a five-year period as a deadline: "到“十四五”期末" → 2025, "“十五五”末" → 2030. */
const PERIOD_END = /(?:到|至)“?(十三五|十四五|十五五|十六五)”?(?:期末|末)/;
/**
 * A bare year opening a sentence of a plan ("2022年，全市新建5G基站2600个以上…。到2024年，…"): the year of the
 * targets that follow, until the next year marker. Read only for the document's own year or later, in a goal section
 * or with a word of striving, so that "2024年，全市生产总值增长5%" in a review stays a review.
 */
const OPENING_YEAR = /^\s*((?:19|20)\d{2})年[，,]/;
const STRIVING = /(力争|确保|争取|目标|预期|计划|将|要)/;
/** Verbs that open a count target: what is built or grown follows ("建成充电桩10万个", "培育100家以上示范企业"). */
const COUNT_VERB = /^(建成|建设|新建|培育|新增|打造|创建|引进|改造|布局|认定|开工|落地)/;
/** What count targets count: places, facilities, bodies (示范区, 产业园区, 基地, 企业, 工厂, 博物馆 …). */
const COUNTED_THING = /(区|园|基地|中心|平台|企业|工厂|市场|街|社区|标杆|馆|站|学校|高中|医院|项目|工程|集群|总部|机构|品牌|试点|桩|院)$/;
const COUNT_UNIT = /^(个|家|项|座|所|件|处|张|条|户|辆|万个|万家|万户|万辆|万人|人)$/;
const VALUE_IN_CLAUSE = new RegExp(
  `(?:压缩至|压缩到|缩短至|缩短到|压减至|突破|超过|不低于|不少于|不高于|不超过|低于|高于|控制在|保持在|下降至|下降到|降至|提高到|提高至|提升至|增长到|增至|>|≥|<|≤|约)?\\s*\\[?\\d+(?:\\.\\d+)?(?:\\s*[-—~～]\\s*\\d+(?:\\.\\d+)?)?\\]?\\s*(?:${UNIT_PATTERN})(?:左右|以上|以下|以内)?|\\d+(?:\\.\\d+)?(?:左右|以上|以内)`,
  'g',
);
const TRAILING_VERBS = /(压缩至|压缩到|缩短至|缩短到|压减至|达到|达|突破|超过|实现|保持在|控制在|提高到|提高至|提升至|提升到|下降至|下降到|下降|降至|增长到|增至|增长|增加|为|均|要|不低于|不少于|不高于|不超过|稳定在|保持|较“十三五”末|的|将)+$/;
const LEADING_NOISE = /^(力争|推动|确保|努力|争取|到(?:19|20)\d{2}年(?:底|末)?|[一二三四五六七八九十]+是|，|,)+/;
/**
 * Support measures (若干措施) state amounts paid, not targets: "给予最高100万元奖励", "每家奖励50万元", "按投资额的10%
 * 给予补助".
 */
export const REWARD = /(奖励|奖补|补助|补贴|资助|贴息|给予|最高不超过|最高)/;
const GENERIC_NAME = /^(全省|全市|全区|我省|我市)?(培育形成|建成|形成|培育|创建|打造|新增|引进|建设|新建|布局|改造|认定|开工|落地|建强|实现|有|各有|达|累计)?$/;
/**
 * A metric phrase ends in what is measured: a share, a value, a total, a rate, a number of persons or units
 * (比重, 增加值, 总额, 收入, 人数, 覆盖率, 数量, 规模, 家, 个 …). Clauses such as "建成" or "四大重点领域各有" are not.
 */
export const MEASURE_END = /(比重|占比|比例|比率|增加值|总值|总额|总量|产值|收入|营业收入|利润|税收|投资|消费|规模|总数|人数|人次|数量|数|量|率|度|指数|额|费用|成本|价格|时间|面积|里程|容量|能力|产量|年限|寿命|水平|增速|增幅|增长|个|家|项|座|所|件|处|张|条|床|户|人|元|吨|强|企业|机构|试点|标准|中心|基地|园区|平台|市场|城市|景区|品牌|床位|评价|增加|试点|外资|资金|游客|旅客|人员|用户)$/;
/** Scope and tally words before a count verb: "全市新建5G基站", "全市累计建成5G基站". */
const SCOPE_WORDS = /^(全省|全市|全区|全县|全州|我省|我市|我区)?(累计|首批)?/;
/** A clause that says only where and which batch before its number ("全市首批100个…"). */
const ORDINAL_SCOPE = /^(全省|全市|全区|全县|全州|我省|我市|我区)?(首批|第一批|累计)?$/;
/** Verbs of completion after a counted thing ("…示范社区全面建成", "…基地建成投用"). */
const DONE_AFTER = /^(全面|基本|全部|相继)?(建成|完成|投用|投运|达标|落地|运营)/;
const SUBJECT = /^(.+?(增加值|收入|总额|规模|产值|投资|人员|人口|消费|总量|营业收入))/;

/**
 * Targets stated in running text: clauses of sentences that name a target year ("到2025年，…"), or any sentence of
 * a 目标 section, with a number and a unit ("突破1.4万亿元", "53%左右", "年均增长7%左右"). A bare growth clause
 * belongs to the indicator before it; a clause starting with 占 ("占地区生产总值比重8.5%左右") takes its subject from
 * the clause before.
 */
export function extractTextIndicators(context: ExtractionContext, alreadyRead: ReadonlyArray<{ start: number; end: number }> = []): number {
  const { document } = context;
  const issuedYear = document.metadata.issuedOn ? Number(document.metadata.issuedOn.slice(0, 4)) : null;
  const ownYear = issuedYear ?? document.metadata.periodStart;
  let count = 0;
  // Decided once per section, not once per paragraph.
  const background = document.sections.map((section) => sectionHasRole(section, BACKGROUND));
  const goalSection = document.sections.map((section) => section.path.some((heading) => GOAL_SECTION.test(heading)));
  const headingYear = document.sections.map((section) => yearOfHeadings(section.path));
  for (const paragraph of document.paragraphs) {
    if (background[paragraph.section]) continue;
    const inGoalSection = goalSection[paragraph.section];
    let sectionYear: number | null = null;
    // Whether the year carried to the next sentences was opened by a bare year (2022年，…), which governs like a heading.
    let openedYear = false;
    for (const sentence of paragraph.sentences) {
      if (alreadyRead.some((span) => sentence.end > span.start && sentence.start < span.end)) continue;
      const stated = statedYear(sentence.text, inGoalSection, ownYear);
      if (stated !== null) openedYear = stated.opening;
      const year: number | null = stated ? stated.year : inGoalSection || openedYear ? (sectionYear ?? goalSectionYear(headingYear[paragraph.section], document.metadata.periodEnd)) : null;
      if (stated) sectionYear = year;
      if (year === null || (issuedYear !== null && year < issuedYear)) continue;
      const found = indicatorsOfSentence(sentence, year);
      if (found.length === 0) continue;
      const goalId = context.goalFor(sentence.start) ?? addGoal(context, context.documentSectorId, sentence.text, sentence.start, sentence.end);
      for (const indicator of found) addIndicator(context, goalId, indicator.facts, indicator.start, indicator.end);
      count += found.length;
    }
  }
  return count;
}

/** The target year a sentence states: a deadline (到2025年底前), a period end (到“十四五”期末), or an opening bare year. */
function statedYear(sentence: string, inGoalSection: boolean, ownYear: number | null): { year: number; opening: boolean } | null {
  const deadline = TARGET_YEAR.exec(sentence);
  const periodEnd = PERIOD_END.exec(sentence);
  if (deadline && (!periodEnd || deadline.index < periodEnd.index)) return { year: Number(deadline[1] ?? deadline[2]), opening: false };
  if (periodEnd) return { year: FIVE_YEAR_PLAN_ENDS.find((plan) => plan.pattern.test(periodEnd[1]))!.end, opening: false };
  const opening = OPENING_YEAR.exec(sentence);
  if (opening && ownYear !== null && Number(opening[1]) >= ownYear && (inGoalSection || STRIVING.test(sentence))) return { year: Number(opening[1]), opening: true };
  return null;
}

function goalSectionYear(fromHeadings: number | 'ambiguous' | null, periodEnd: number | null): number | null {
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
function yearOfHeadings(path: readonly string[]): number | 'ambiguous' | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const years = new Set<number>();
    for (const plan of FIVE_YEAR_PLAN_ENDS) if (plan.pattern.test(path[i])) years.add(plan.end);
    for (const match of path[i].matchAll(/((?:19|20)\d{2})年/g)) years.add(Number(match[1]));
    if (years.size === 1) return [...years][0];
    if (years.size > 1) return 'ambiguous';
  }
  return null;
}

interface FoundIndicator {
  facts: IndicatorFacts;
  start: number;
  end: number;
}

function indicatorsOfSentence(sentence: Sentence, year: number): FoundIndicator[] {
  const found: FoundIndicator[] = [];
  let previousClause = '';
  let offset = 0;
  for (const clause of sentence.text.split(/[，；。：]/)) {
    const clauseStart = sentence.start + offset;
    offset += clause.length + 1;
    const match = REWARD.test(clause) ? null : firstValue(clause);
    if (!match) {
      previousClause = clause;
      continue;
    }
    const rawName = clause.slice(0, match.index);
    const value = parseIndicatorValue(match.text);
    const isGrowthOnly = /^(年均)?(增长|增速|提高)/.test(rawName.replace(LEADING_NOISE, '')) || /^年均/.test(rawName);
    const last = found[found.length - 1];
    if (isGrowthOnly && last && last.facts.growth === null) {
      last.facts = { ...last.facts, growth: clause.trim() };
      last.end = clauseStart + clause.length;
      previousClause = clause;
      continue;
    }
    let name = rawName.replace(LEADING_NOISE, '').replace(TRAILING_VERBS, '').trim();
    if (/^占/.test(name)) {
      const subject = SUBJECT.exec(previousClause.replace(LEADING_NOISE, '').replace(/^(全省|全市|我省|我市)?(实现)?/, ''));
      if (subject) name = subject[1] + name;
    }
    const after = clause.slice(match.index + match.text.length);
    // "50%的城市社区建成…综合体": a share of things that do something; what follows 的 is the metric.
    const shareOf = /%$|%(?:左右|以上)$/.test(match.text.trim()) && !MEASURE_END.test(name) ? /^的([\u4e00-\u9fa5“”（）()]{4,40})$/.exec(after.trim()) : null;
    if (shareOf) name = shareOf[1];
    // "首批100个示范社区全面建成": the counted thing follows the number and a verb of completion closes the clause.
    const countedThenDone = ORDINAL_SCOPE.test(name) && value.unit !== null && COUNT_UNIT.test(value.unit) ? countedBeforeVerb(after) : null;
    if (countedThenDone) name = countedThenDone;
    // "建成20个…示范区", "全省培育形成7个百亿级大市场": the counted thing follows the number, so the clause is the name.
    else if (GENERIC_NAME.test(name)) name = clause.replace(LEADING_NOISE, '').trim();
    // "新增医学工程、…等5家国家科技创新基地": what is counted is the noun after the number, with the verb before.
    const verb = COUNT_VERB.exec(rawName.replace(LEADING_NOISE, ''));
    const counted = /^([\u4e00-\u9fa5“”]{2,24})(?=$|[、和])/.exec(clause.slice(match.index + match.text.length));
    if (verb && counted && COUNTED_THING.test(counted[1]) && value.unit !== null && COUNT_UNIT.test(value.unit)) name = verb[1] + counted[1];
    previousClause = clause;
    // A count target names what is counted after its verb: "建成充电桩" is the metric of 10万个.
    const countTarget = (COUNT_VERB.test(name.replace(SCOPE_WORDS, '')) && value.unit !== null && COUNT_UNIT.test(value.unit)) || countedThenDone !== null || shareOf !== null;
    if (name.length < 2 || /^[\d.%]+$/.test(name) || (!countTarget && !MEASURE_END.test(name.replace(/[”“）)]+$/, '').replace(/(年均|年均增长|增速)$/, '')))) continue;
    found.push({
      facts: {
        name,
        unit: value.unit,
        baseYear: null,
        baseValue: null,
        baseValueText: null,
        targetYear: year,
        targetValue: value.value,
        targetValueText: match.text.trim(),
        comparator: value.comparator ?? (/超过/.test(clause) ? '超过' : null),
        growth: value.growth,
        attribute: null,
        category: null,
        cumulative: value.cumulative,
      },
      start: clauseStart + (clause.length - clause.trimStart().length),
      end: clauseStart + clause.length,
    });
  }
  return found;
}

/** The counted thing between a number and its verb of completion: "100个嵌入式服务设施建设示范社区全面建成". */
function countedBeforeVerb(after: string): string | null {
  const run = /^[\u4e00-\u9fa5“”]{2,30}/.exec(after);
  if (!run) return null;
  for (let end = run[0].length; end >= 2; end--) {
    if (COUNTED_THING.test(run[0].slice(0, end)) && DONE_AFTER.test(run[0].slice(end))) return run[0].slice(0, end);
  }
  return null;
}

/** The first number with a unit or comparator that is not a year ("2025年") or a label ("5G", "“十三五”"). */
function firstValue(clause: string): { index: number; text: string } | null {
  VALUE_IN_CLAUSE.lastIndex = 0;
  for (let match = VALUE_IN_CLAUSE.exec(clause); match; match = VALUE_IN_CLAUSE.exec(clause)) {
    const text = match[0];
    if (/^(19|20)\d{2}年/.test(text.trim())) continue;
    if (/^\d+年$/.test(text.trim())) continue;
    // A number that opens the clause and runs into a noun ("0—3岁婴幼儿…") is part of the indicator's name.
    if (clause.slice(0, match.index).replace(LEADING_NOISE, '').trim().length === 0 && /^[\u4e00-\u9fa5]/.test(clause.slice(match.index + text.length))) continue;
    return { index: match.index, text };
  }
  return null;
}
