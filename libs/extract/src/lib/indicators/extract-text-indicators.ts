import { sectionHasRole, type ParsedDocument, type SectionRole, type Sentence } from '@policygraph/parse';
import { ExtractionContext } from '../extraction-context';
import { addGoal } from '../goals/goal-nodes';
import { documentYear } from './document-year';
import { addIndicator, IndicatorFacts } from './indicator-nodes';
import { CHINESE_COUNT, CHINESE_VALUE, parseIndicatorValue, RANGE_REPEATED_PERCENT, UNIT_PATTERN, WORDED_PERCENT } from './indicator-value';
import { DECLINE_END, GROWTH_END, statedMetrics } from './stated-values';
import { taskCellParagraphs } from './task-cell-paragraphs';
import { isPastHeading, reviewSpans, undatedSentenceYear, yearOpeningParagraph } from './undated-targets';

/** Sections that review the past (基础, 成就, 形势) state achieved values, not targets. */
const BACKGROUND: readonly SectionRole[] = ['review'];
const GOAL_SECTION = /(目标)/;
/** A paragraph about the years behind ("——这五年综合经济实力大幅提升", "过去一年…"): its undated counts are results. */
const PAST_PARAGRAPH = /这五年|过去五年|五年来|过去一年|一年来|刚刚过去/;
/**
 * "到2025年", "到2025年底(前)", "到2019年6月底", "截至2025年", deadlines: "2025年底前", "2025年前", and a year striven for:
 * "力争2013年全市…完成年度投资60亿元以上", or a year opening a clause whose subject strives for the value after it: "…建设行动，2023年全区
 * 固定资产投资力争完成381亿元" (滨江 2023). A 截至 year
 * before the document's own is a review ("截至2024年底，累计建成…") and is dropped with the other past years.
 */
const TARGET_YEAR =
  /(?:力争)?(?:(?:到|截至|截止到?)((?:19|20)\d{2})年(?:\d{1,2}月)?(?:底|末)?(?:以?前)?|((?:19|20)\d{2})年(?:\d{1,2}月)?(?:底|末)?(?:以)?前)[，,]?|(?:力争|确保|争取)((?:19|20)\d{2})年(?:底|末)?|(?:^|[，,；;])\s*((?:19|20)\d{2})年(?=[^，,。；;\d]{0,16}?(?:力争|确保|争取))/;
/** The end of a five-year period as a deadline: "到“十四五”期末" → 2025, "“十五五”末" → 2030. */
const PERIOD_END = /(?:到|至)“?(十三五|十四五|十五五|十六五)”?(?:期末|末)/;
/**
 * A bare year opening a sentence of a plan ("2022年，全市新建5G基站2600个以上…。到2024年，…"): the year of the
 * targets that follow, until the next year marker. Read only for the document's own year or later, in a goal section
 * or with a word of striving, so that "2024年，全市生产总值增长5%" in a review stays a review.
 */
const OPENING_YEAR = /^\s*((?:19|20)\d{2})年[，,]/;
const OPENING_THIS_YEAR = /^\s*今年[，,]/;
const BY_THEN = /^\s*届时[，,]/;
/**
 * The end of this year as a deadline opening a sentence, with no year written: "力争到年底，16个项目按时按质按量完工"
 * (旺苍 2018), "年底前，…". It is the year the document is dated in.
 */
const OPENING_YEAR_END = /^\s*(?:力争|确保|争取)?(?:(?:到|至)(?:今年)?年底(?:前)?|(?:今年)?年底前)[，,]/;
const STRIVING = /(力争|确保|争取|目标|预期|计划|将|要)/;
/**
 * Verbs that open a count target: what is built or grown follows ("建成充电桩10万个", "培育100家以上示范企业"); land put
 * back to use by its area ("盘活存量土地400亩").
 */
const COUNT_VERBS =
  '引进培育|引育|建成|建立|建设|新建|新改建|改建|培育形成|培育|新增|增加|打造|创建|引进|新引进|改造|布局|认定|新开工|开工建设|开工|落地|纳入|实施|招引|举办|培养|选拔|设立|扶持|筹集建设|筹集|改善|形成|推广|资助|支持|提供|盘活';
const COUNT_VERB = new RegExp(`^(${COUNT_VERBS})`);
/** Verbs that organize an activity before its name (组织开展残疾人职业技能培训): no part of what is measured. */
const ORGANIZING = /^(?:组织开展|组织|开展|举办)/;
/** A stage a project reaches (开工, 竣工, 投产): a count after it counts projects of the clause's subject, not a thing named. */
const STAGE_VERB = /^(?:新开工|开工|竣工|建成|完成|投产|投用|达产|签约|落地|开业)/;
/** Adverbs before a count verb ("重点引进", "择优设立", "一季度开工"): not part of what is counted. */
const VERB_ADVERBS =
  /^(?:今年|年内|全年|一季度|上半年|下半年|\d+年内|[一二三四五六七八九十]年内|[^，。；]{0,16}?两级)?(?:在[^，。；]{0,16}?领域)?(?:重点|大力|积极|择优|加快|全力|累计|再|共)?/;
/** A count verb right before the number: "培养1万名…人才", "设立50个…岗位", "筹集建设1000套…". */
const VERB_BEFORE_NUMBER = new RegExp(`(${COUNT_VERBS})(?:不少于|超过|约)?$`);
/** What count targets count: places, facilities, bodies (示范区, 产业园区, 基地, 企业, 工厂, 博物馆 …). */
const COUNTED_THING =
  /(区|园|基地|中心|平台|企业|集团|工厂|市场|城市|街|社区|标杆|馆|站|学校|高中|医院|项目|工程|集群|总部|机构|品牌|试点|桩|院|村|镇|县|店|岗位|学位|公寓|人才|团队|人员|产品|活动|产业|产业链|实验室|室|枢纽|通道|线|场景|案例|车间|学院|小区|空间|事项|口岸|航线|地标)$/;
const COUNT_UNIT = /^(个|家|项|座|所|件|处|张|条|户|辆|套|名|场次|万个|万家|万户|万辆|万人|万座|万套|万名|人)$/;
const BARE_VERB = new RegExp(`^(?:新|再)?(?:${COUNT_VERBS})?$`);
/** Areas, lengths, capacities and tonnages a task builds or spreads ("推广杂交稻旱种50万亩", "新建管网1600公里"). */
const QUANTITY_UNIT = /^(万亩|亩|公里|万千瓦|千瓦|万吨|吨|万平方米|平方米|公顷)$/;
/** Counts of people, flats, households and events count whatever noun follows ("100名优秀企业家", "1000套专家公寓"). */
const PEOPLE_OR_HOMES = /^(名|万名|人|万人|套|万套|户|万户|场次)$/;
/** Values in Chinese numerals are looked for only where 亿 or 百 (百分之) is written: most clauses have neither. */
const CHINESE_IN_CLAUSE = new RegExp(`${CHINESE_VALUE}|${CHINESE_COUNT}|${WORDED_PERCENT}`, 'g');
/**
 * A clause with no digit, 亿, 大 or 百 states no value: skipped before any other test. Every value found
 * (VALUE_IN_CLAUSE, CHINESE_IN_CLAUSE) holds a digit, 亿 or 百, so a sentence with none of them gives nothing.
 */
const DIGIT = 1;
const YI = 2;
const DA = 4;
const BAI = 8;
const ALL_FOUND = DIGIT | YI | DA | BAI;

/**
 * Which of DIGIT (ASCII), YI (亿), DA (大) and BAI (百) text[start, end) holds (one pass, no regex). A sentence is read
 * as its span of the document's text: its own text is a slice, and each character read through a slice costs more.
 */
function valueCharacters(text: string, start = 0, end = text.length): number {
  let found = 0;
  for (let i = start; i < end && found !== ALL_FOUND; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) found |= DIGIT;
    else if (code === 0x4ebf) found |= YI;
    else if (code === 0x5927) found |= DA;
    else if (code === 0x767e) found |= BAI;
  }
  return found;
}
const VALUE_IN_CLAUSE = new RegExp(
  `(?:压缩至|压缩到|缩短至|缩短到|压减至|突破|超过|超(?=\\d)|不低于|不少于|不高于|不超过|低于|高于|控制在|保持在|下降至|下降到|降至|提高到|提高至|提升至|增长到|增至|>|≥|<|≤|约)?\\s*\\[?\\d+(?:\\.\\d+)?(?:${RANGE_REPEATED_PERCENT}\\s*[-—~～]\\s*\\d+(?:\\.\\d+)?)?\\]?\\s*(?:${UNIT_PATTERN})(?:左右|以上|以下|以内)?|\\d+(?:\\.\\d+)?(?:左右|以上|以内)`,
  'g',
);
/** …and 过 written for 超过 (商贸服务业主营业务收入过3万亿, 湖北 2021). */
const TRAILING_VERBS =
  /(力争|确保|争取|努力|完成|至少|需|超|(?<![经通])过|迈上|跨上|压缩至|压缩到|缩短至|缩短到|压减至|达到|达|突破|超过|实现|保持在|控制在|提高到|提高至|提升至|提升到|下降至|下降到|下降|降至|增长到|增至|增长|增加|为|均|要|不低于|不少于|不高于|不超过|稳定在|保持|较“十三五”末|的|将|同比|比上年|在|再|又)+$/;
/** Words before a deadline inside a clause ("…意见计划到2027年实现"), up to it: the metric follows the deadline. */
const WORDS_BEFORE_DEADLINE = /^[^，；。]*?(?:到|至)(?:19|20)\d{2}年(?:底|末)?(?:前)?/;
const LEADING_NOISE = /^(——|—|其中|力争|推动|确保|努力|争取|全年|今年|年内|到?(?:19|20)\d{2}年(?:底|末)?|[一二三四五六七八九十]+是|，|,)+/;
/** An abbreviation the text introduces (（以下简称“两区”）) names the subject; it is no part of the metric's name. */
const SO_CALLED = /（以下简称[^（）]{0,12}）/g;
/** The verb of a rate of change right before its value (增长6.5%, 同比下降3%); 提高到/降至 state a level instead. */
const CHANGE_BEFORE_VALUE = /((?:年均)?(?:增长|下降|降低|减少|提高|提升|增加))(?:均)?$/;
/** Words of striving right before a verb of change (力争增长, 均增长), which are no part of the metric. */
const STRIVING_BEFORE_CHANGE = /(?:力争|确保|争取|努力|要|将|(?<!年)均)+((?:年均)?(?:增长|下降|降低|减少|提高|提升|增加))均?$/;
const LINE_BREAK = /[ \t]*\n[ \t]*/g;
/**
 * Support measures (若干措施) state amounts paid, not targets: "给予最高100万元奖励", "每家奖励50万元", "按投资额的10%
 * 给予补助".
 */
export const REWARD = /(奖励|奖补|补助|补贴|资助|贴息|给予|最高不超过|最高)/;
/**
 * A sentence allocating a budget and its parts ("安排58亿元财政资金保障我区政府投资项目建设，其中，道路基础设施建设10亿元，…，
 * 产业配套、储备项目等其他资金6亿元": 滨江 2023): every amount of it is money spent, not a target.
 */
const ALLOCATION = /^\s*(?:[^，。；\d]{0,10}?)(?:统筹安排|安排|下达|拨付|筹集)(?:专项)?[\d.]+(?:万|亿)元[^，。；\d]{0,8}?资金/;
/** A clause paying an amount or a share ("每家奖励50万元", "按10%给予补助"); "培养资助博士后研究人员400名" counts people. */
export function isPayment(clause: string): boolean {
  return REWARD.test(clause) && /\d[\d.]*\s*(?:万亿元|亿元|万元|元|%)|[一二三四五六七八九十百千万]+(?:万元|元)/.test(clause);
}
const GENERIC_NAME = /^(全省|全市|全区|我省|我市)?(培育形成|建成|形成|培育|创建|打造|新增|引进|建设|新建|布局|改造|认定|开工|落地|建强|实现|有|各有|达|累计)?$/;
/**
 * A metric phrase ends in what is measured: a share, a value, a total, a rate, a number of persons or units
 * (比重, 增加值, 总额, 收入, 人数, 覆盖率, 数量, 规模, 家, 个 …). Clauses such as "建成" or "四大重点领域各有" are not.
 */
export const MEASURE_END =
  /(能耗|排放|进出口|出口|进口|外贸|GDP|CPI|人口|人才|岗位|公寓|比重|占比|比例|比率|增加值|总值|总额|总量|产值|收入|营业收入|营收|利润|税收|投资|消费|规模|总数|人数|人次|数量|数|量|率|度|指数|额|费用|花费|支出|成本|价格|时间|面积|里程|容量|能力|产量|年限|寿命|水平|增速|增幅|涨幅|增长|个|家|项|座|所|件|处|张|条|床|户|人|元|吨|强|企业|机构|试点|标准|中心|基地|园区|平台|市场|城市|景区|品牌|床位|评价|增加|试点|外资|资金|游客|旅客|人员|用户|专利)$/;
/** Scope and tally words before a count verb: "全市新建5G基站", "全市累计建成5G基站". */
const SCOPE_WORDS = /^(全省|全市|全区|全县|全州|我省|我市|我区)?(累计|首批)?/;
/** A clause that says only where and which batch before its number ("全市首批100个…"). */
const ORDINAL_SCOPE = /^(全省|全市|全区|全县|全州|我省|我市|我区)?(首批|第一批|累计)?$/;
/** Verbs of completion after a counted thing ("…示范社区全面建成", "…基地建成投用", "…项目按时按质按量完工"). */
const DONE_AFTER = /^(?:全面|基本|全部|相继|如期|按时|按期|按质|按量)*(建成|完成|完工|投用|投运|投产|达产|达标|落地|运营)/;
/** A name of an owner (潞讯精密电子, 比亚迪): a few words, none that scope, distribute or predicate (四大领域各有, 其他领域有). */
const OWNER_NAME = /^(?![^]*[有各在为是等的个大])[\u4e00-\u9fa5A-Za-z]{2,12}$/;
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
  const impliedYear = documentYear(document);
  let count = 0;
  // Decided once per section, not once per paragraph.
  const background = document.sections.map((section) => sectionHasRole(section, BACKGROUND));
  const goalSection = document.sections.map((section) => section.path.some((heading) => GOAL_SECTION.test(heading)));
  const yearOfHeading = headingYearReader();
  const headingYear = document.sections.map((section) => yearOfHeadings(section.path, yearOfHeading));
  // Undated counts under a review (a heading of achievements, a "2024年工作回顾" line) are results, not targets.
  const pastSection = document.sections.map((section) => isPastHeading(section.path));
  const reviews = reviewSpans(document.text);
  const results = context.indicators.filter((indicator) => indicator.kind === 'result').sort((a, b) => a.start - b.start);
  // A yearly report reviews the past before it lists this year's targets (as extractResults reads it).
  const firstList = alreadyRead.length > 0 ? Math.min(...alreadyRead.map((span) => span.start)) : -1;
  const cells = document.tables.length > 0 ? taskCellParagraphs(document) : [];
  let lastTargetYear: number | null = null;
  // The year a goal section's first dated sentence sets ("一、主要目标 到2020年，…。") holds for the bullets after it
  // (——养老服务设施覆盖…, ——机构养老床位…达到15800张以上), which write none.
  const goalSectionYears = new Map<number, number>();
  // A title or a news headline (a first line that is no sentence: no ，or 。, before more paragraphs) may sum up a target
  // the body states in full: its targets are read last, where the body does not state their value.
  const headlined: Array<{ sentence: Sentence; found: FoundIndicator[] }> = [];
  const statedValues = new Set<string>();
  const first = document.paragraphs[0];
  const title =
    document.metadata.titleSpan ??
    (first && document.paragraphs.length > 1 && first.text.length <= 60 && !/[，。]/.test(first.text) ? { start: first.start, end: first.end } : null);
  for (const paragraph of cells.length > 0 ? [...document.paragraphs, ...cells] : document.paragraphs) {
    if (background[paragraph.section]) continue;
    const inGoalSection = goalSection[paragraph.section];
    const paragraphYear = yearOpeningParagraph(paragraph.text);
    // Read only for a paragraph with an undated value: most paragraphs never ask.
    let pastParagraph: boolean | null = null;
    let sectionYear: number | null = inGoalSection ? goalSectionYearOf(document.sections, paragraph.section, goalSectionYears) : null;
    // Whether the year carried to the next sentences was opened by a bare year (2022年，…), which governs like a heading.
    let openedYear = false;
    for (const [sentenceIndex, sentence] of withRunInClause(document, paragraph).entries()) {
      if (alreadyRead.some((span) => sentence.end > span.start && sentence.start < span.end)) continue;
      const characters = valueCharacters(document.text, sentence.start, sentence.end);
      // 届时 ("by then") opens a sentence about the year the last target named, and the sentences after it.
      const stated: { year: number; opening: boolean } | null =
        statedYear(sentence.text, (characters & DIGIT) !== 0, inGoalSection, ownYear) ??
        (lastTargetYear !== null && BY_THEN.test(sentence.text) ? { year: lastTargetYear, opening: true } : null);
      // A paragraph opening with its deadline (到2029年，…目标基本实现。规模总量…比重达到40%) states the targets of that
      // year in the sentences after it (襄阳 2024).
      if (stated !== null) openedYear = stated.opening || (sentenceIndex === 0 && PARAGRAPH_DEADLINE.test(sentence.text));
      if (stated !== null) lastTargetYear = stated.year;
      const year: number | null = stated
        ? stated.year
        : inGoalSection || openedYear
          ? (sectionYear ?? goalSectionYear(headingYear[paragraph.section], document.metadata.periodEnd))
          : null;
      if (stated) sectionYear = year;
      if (stated && inGoalSection && !goalSectionYears.has(paragraph.section)) goalSectionYears.set(paragraph.section, stated.year);
      // Every value the clauses are searched for holds an ASCII digit, 亿 or 百 (VALUE_IN_CLAUSE, CHINESE_IN_CLAUSE): a
      // sentence with none gives nothing, and most sentences are such. The year state above is still carried.
      if ((characters & (DIGIT | YI | BAI)) === 0) continue;
      let found: FoundIndicator[];
      if (year !== null) {
        // A deadline before the page's date is past, save one a goal section sets itself: a copy of an old plan carries
        // the date it was posted (时间:2023-04-26 above 平远县's plan whose 工作目标 are 到2017年底, …15%以上).
        if (issuedYear !== null && year < issuedYear && !(inGoalSection && stated !== null && !stated.opening)) continue;
        found = indicatorsOfSentence(sentence, year, false);
      } else {
        // No year written: the year the genre implies, marked as inferred (a count target of a yearly task list).
        if (
          (pastParagraph ??= PAST_PARAGRAPH.test(paragraph.text)) ||
          pastSection[paragraph.section] ||
          sentence.start < firstList ||
          reviews.some((span) => sentence.start >= span.start && sentence.start < span.end)
        )
          continue;
        const undated = undatedSentenceYear(sentence.text, isPayment, impliedYear, paragraphYear);
        if (!undated) continue;
        found = indicatorsOfSentence(sentence, undated.year, true);
        const rule = undated.rule;
        // Object.assign rather than a spread with more keys, which V8 (Node 20) builds on a slow path (see addIndicator).
        if (rule)
          for (const indicator of found) indicator.facts = Object.assign({}, indicator.facts, { targetYearBasis: 'inferred' as const, targetYearRule: rule });
      }
      // A value already read as last year's result (地区生产总值增长7%（预计，下同）in a review) is not also a target.
      if (results.length > 0) found = found.filter((indicator) => !overlapsAny(results, indicator.start, indicator.end));
      if (found.length === 0) continue;
      if (title !== null && sentence.start >= title.start && sentence.end <= title.end) {
        headlined.push({ sentence, found });
        continue;
      }
      const goalId = context.goalFor(sentence.start) ?? addGoal(context, context.documentSectorId, sentence.text, sentence.start, sentence.end);
      for (const indicator of found) {
        addIndicator(context, goalId, indicator.facts, indicator.start, indicator.end, indicator.idAt ?? indicator.start);
        statedValues.add(valueKey(indicator.facts));
      }
      count += found.length;
    }
  }
  // A headline's target that the body states again (绵阳…2025年力争增加值达2600亿元, then …服务业增加值达2600亿元) is
  // that one; one stated in the headline alone (…专精特新企业数增幅超7成) is read from there.
  for (const { sentence, found } of headlined) {
    const own = found.filter((indicator) => !statedValues.has(valueKey(indicator.facts)));
    if (own.length === 0) continue;
    const goalId = context.goalFor(sentence.start) ?? addGoal(context, context.documentSectorId, sentence.text, sentence.start, sentence.end);
    for (const indicator of own) addIndicator(context, goalId, indicator.facts, indicator.start, indicator.end, indicator.idAt ?? indicator.start);
    count += own.length;
  }
  return count;
}

/** 实现营业收入500亿元, 努力实现烤烟生产收购总值…: 实现 says the target is to be reached; it is no part of the metric. */
function withoutAchieve(name: string): string {
  const rest = name.replace(/^(?:努力|力争)?实现(?:全年|今年|年内)?(?=[\u4e00-\u9fa5“A-Za-z])/, '');
  return rest.length >= 2 ? rest : name;
}

/**
 * The growth rate of an industry or economy names its measure by the growth word alone: "算力产业年均增速超过20%" (达州
 * 2024), "数字经济年均增长超20%" (福州 2018).
 */
const INDUSTRY_GROWTH = /(?:产业|行业|经济)(?:年均增速|年均增长|增速)$/;
/** An industry's scale names no measure before a sum of money: "汽车产业力争突破3500亿元" (襄阳 2024). */
const INDUSTRY = /(?:产业|行业)$/;

/** A deadline opening a paragraph: "到2029年，", "力争到2025年底，". */
const PARAGRAPH_DEADLINE = /^\s*(?:力争)?到(?:19|20)\d{2}年(?:底|末)?[，,]/;

/**
 * The year a goal section's first dated sentence set, for it or the section it is under: the numbered clauses of a
 * goal ("二、建设目标 到2023年，…。（一）…100种以上的智能装备") are subsections of it (长沙 2021).
 */
function goalSectionYearOf(sections: ParsedDocument['sections'], section: number, years: ReadonlyMap<number, number>): number | null {
  for (let at: number | null = section; at !== null && at !== undefined; at = sections[at]?.parent ?? null) {
    const year = years.get(at);
    if (year !== undefined) return year;
  }
  return null;
}

/**
 * A paragraph's sentences, the first read from its heading on where the heading is the first clause of that sentence: a
 * numbered line too long for a title was cut at its first comma ("（一）升级达到5大类、100种以上的智能装备" then
 * "，形成100个以上…典型案例；…": 长沙 2021), so the paragraph opens with the comma.
 */
function withRunInClause(document: ParsedDocument, paragraph: ParsedDocument['paragraphs'][number]): readonly Sentence[] {
  const sentences = paragraph.sentences;
  if (paragraph.section === 0 || sentences.length === 0 || !/^[，；]/.test(paragraph.text)) return sentences;
  const section = document.sections[paragraph.section];
  const heading = section.headingSpan;
  if (heading.end > paragraph.start || document.text.slice(heading.end, paragraph.start).trim() !== '') return sentences;
  const start = heading.end - section.title.length;
  if (start < heading.start || document.text.slice(start, heading.end) !== section.title) return sentences;
  const first = sentences[0];
  return [{ text: document.text.slice(start, first.end), start, end: first.end }, ...sentences.slice(1)];
}

/** Whether [start, end) overlaps a span of `sorted` (sorted by start; spans are short statements). */
function overlapsAny(sorted: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  let low = 0;
  let high = sorted.length;
  // The first span starting at or after `end` and every later one cannot overlap.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].start < end) low = middle + 1;
    else high = middle;
  }
  for (let i = low - 1; i >= 0 && i >= low - MAX_OVERLAP_LOOKBACK; i--) if (sorted[i].end > start) return true;
  return false;
}

/** Statements overlapping one value are a handful: look back this many spans at most. */
const MAX_OVERLAP_LOOKBACK = 8;

/** The target year a sentence states: a deadline (到2025年底前), a period end (到“十四五”期末), or an opening bare year. */
function statedYear(sentence: string, hasDigit: boolean, inGoalSection: boolean, ownYear: number | null): { year: number; opening: boolean } | null {
  // A deadline and an opening year are written with digits, a period end with 末: a sentence lacking them is not searched.
  const deadline = hasDigit ? TARGET_YEAR.exec(sentence) : null;
  const periodEnd = sentence.includes('末') ? PERIOD_END.exec(sentence) : null;
  if (deadline && (!periodEnd || deadline.index < periodEnd.index))
    return { year: Number(deadline[1] ?? deadline[2] ?? deadline[3] ?? deadline[4]), opening: false };
  if (periodEnd) return { year: FIVE_YEAR_PLAN_ENDS.find((plan) => plan.pattern.test(periodEnd[1]))!.end, opening: false };
  const opening = hasDigit ? OPENING_YEAR.exec(sentence) : null;
  if (opening && ownYear !== null && Number(opening[1]) >= ownYear && (inGoalSection || STRIVING.test(sentence)))
    return { year: Number(opening[1]), opening: true };
  // "今年，力争全市…完成年度投资60亿元以上": the year the document is dated in, for what the sentence strives for.
  if (ownYear !== null && OPENING_THIS_YEAR.test(sentence) && STRIVING.test(sentence)) return { year: ownYear, opening: true };
  if (ownYear !== null && sentence.includes('年底') && OPENING_YEAR_END.test(sentence)) return { year: ownYear, opening: false };
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
function yearOfHeadings(path: readonly string[], yearOfHeading: (heading: string) => number | 'ambiguous' | null): number | 'ambiguous' | null {
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
function headingYearReader(): (heading: string) => number | 'ambiguous' | null {
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

interface FoundIndicator {
  facts: IndicatorFacts;
  start: number;
  end: number;
  /** Where the node's id is keyed when statements share their start (the subjects of a 分别 list): its value. */
  idAt?: number;
}

/**
 * What a target states, whatever its name: value, high end, unit, year. A headline may leave the 元 off the unit
 * (…全省旅游总收入突破万亿, then 全省旅游总收入突破1万亿元: 陕西 2021): the same amount.
 */
function valueKey(facts: IndicatorFacts): string {
  return `${facts.targetValue ?? facts.targetValueText ?? ''}|${facts.targetHigh ?? ''}|${(facts.unit ?? '').replace(/^(万亿|亿|万)元$/, '$1')}|${facts.targetYear ?? ''}`;
}

/**
 * Words that make an undated clause a target: striving, a threshold or a qualifier ("力争…突破300亿元",
 * "达到5家左右", "不少于400名"). A plain amount in running text ("投资50亿元") may be a fact; a count after its verb
 * ("建设省院士工作站2个") is a target of a task list.
 */
const TARGET_CUE = /力争|确保|争取|达到|达|突破|超过|不少于|不低于|不高于|不超过|以上|左右|以内|控制在|稳定在|提高到|提高至|提升至|提升到|降至|增长|下降/;
/**
 * A word of striving governs the clauses after it in its sentence: "力争全年盘活僵尸企业10家，盘活存量土地400亩" strives
 * for both counts.
 */
const STRIVING_SCOPE = /力争|确保|争取/;
/** Not a target whatever the cue: an ordinal (第3批), a per-unit amount (每家50万元), an age, a condition (2000万元以上的). */
const NOT_A_TARGET_BEFORE = /(第|每[个家户人项次亩年])$/;
/** What a project costs (总投资1.2亿元的…, 首期投资2998万美元): its size, written before or after its name. */
const SIZE_OF_PROJECT = /(?:总|首期|[一二三]期)投资(?:约|达)?$/;
/** A count per region or unit ("各地区打造1—2条", "各县建设1个"): a guideline for each, not a total. */
const PER_UNIT = /各(?:地区|地|市|县|区|州|乡镇|乡|村|单位)/;

/**
 * A count right after a 、-list of exactly that many items sums the list up ("算力、数据2个数字支撑产业"): it names
 * them and sets no target. Not so where the list gives examples (…等) or the things counted are of a scale to reach
 * ("新材料、大健康、数字经济三大千亿级产业": becoming 千亿级 is the target; "新增黄石、十堰、荆门、孝感4个社零额过千亿元城市":
 * passing 千亿元 is). A range ("…、旅游休闲街区2-3家") is never a list's count.
 */
export function countsTheListedItems(rawName: string, count: number | null, unit: string | null, counted: string): boolean {
  if (count === null || !rawName.includes('、') || rawName.includes('等') || (unit !== null && !COUNT_UNIT.test(unit))) return false;
  if (/^[^，；。]{0,8}(?:级|[过超](?:\d|[一二三四五六七八九十百千万亿]))/.test(counted)) return false;
  return rawName.split('、').length === count;
}

const striving = /力争/;

/**
 * A year opening a clause of a dated sentence ("…，力争2021年增速实现15%，总量达到2万亿元；2022年增速实现10%…") or a span
 * of years ("2021至2023年，…年均增速11.3%": its end) dates that clause and the clauses after it; so does a later deadline
 * ("到2027年底，…核心产业产值/营收超200亿元，力争到2030年底产值/营收超500亿元": 湖州 2025).
 */
const CLAUSE_YEAR = /^\s*(?:力争|确保|争取)?到?(?:(?:19|20)\d{2}年?\s*[至到—~-]\s*)?((?:19|20)\d{2})年(?![—~\-至到\d])/;
/**
 * A measure named by a bare word (总量, 规模, 增速) after a clause naming its subject ("社会消费品零售额年均增长10%左右，总量
 * 突破650亿元"): the subject is the one of the indicator before it in the sentence.
 */
const BARE_MEASURE = /^(?:总量|总额|规模|增速|增幅|累计增长|同比增长)$/;
/** Words of a change closing a metric's name, which its subject is written without: 社会消费品零售额年均增长 → 社会消费品零售额. */
const CHANGE_END = /(?:年均|同比|累计)?(?:增长|增速|增幅|下降|提高|提升)$/;
/** The short name a text gives its subject (社会消费品零售总额（以下简称社零额）): later clauses call it by that name. */
const SHORT_NAME = /（以下简称“?([^（）“”]{1,10})”?）/;

function indicatorsOfSentence(sentence: Sentence, year: number | null, strict: boolean): FoundIndicator[] {
  const found: FoundIndicator[] = [];
  if (ALLOCATION.test(sentence.text)) return found;
  // The subject later bare measures of the sentence belong to (see BARE_MEASURE).
  let subject: string | null = null;
  let clauseYear = year;
  let previousClause = '';
  let offset = 0;
  let sentenceVerb: string | null = null;
  // Whether an earlier clause of the sentence strove for something (力争…，…): the later clauses are cued by it.
  let strivingBefore = false;
  for (const clause of sentence.text.split(/[，；。：]/)) {
    const clauseStart = sentence.start + offset;
    offset += clause.length + 1;
    const strivenFor = strivingBefore;
    if (strict && !strivingBefore && STRIVING_SCOPE.test(clause)) strivingBefore = true;
    // Only a dated sentence is searched for the years of its clauses, and never for one before the sentence's own.
    const opensYear = year !== null && clause.includes('年') ? CLAUSE_YEAR.exec(clause) : null;
    const ownClauseYear = opensYear && Number(opensYear[1]) >= year! ? Number(opensYear[1]) : null;
    if (ownClauseYear !== null) clauseYear = ownClauseYear;
    if (valueCharacters(clause) === 0 || isPayment(clause)) {
      previousClause = clause;
      continue;
    }
    // "人工智能核心产业和相关产业规模分别超过350亿元和2000亿元": one target per subject of a 分别 list, as target lists
    // read it (郑州 2025).
    const respective = clause.includes('分别') ? respectiveTargets(clause, clauseStart, clauseYear, sentence) : [];
    if (respective.length > 0) {
      found.push(...respective);
      previousClause = clause;
      continue;
    }
    // "培育形成2个千亿级产业集群和6个五百亿级产业集群", "科技项目突破30项、资金突破7000万元": one target per value.
    const parts = valueParts(clause);
    const head = sharedUndertaking(clause, parts);
    // "重点支持300名…赴境外培训，1000名…参加…研修": a clause opening with its number continues the count before it.
    let clauseVerb: string | null = sentenceVerb;
    sentenceVerb = null;
    for (const [index, part] of parts.entries()) {
      const text = clause.slice(part.from, part.to);
      const match = { index: part.value.index - part.from, text: part.value.text };
      const partStart = clauseStart + part.from;
      const rawName = text.slice(0, match.index);
      const value = parseIndicatorValue(match.text);
      const after = text.slice(match.index + match.text.length);
      // A later value of a list shares the verb that made the first a target ("选拔100名…、200名…").
      // "…形成…万亿级产业3个，冶金、化工等2个五千亿级产业链": examples closed by 等 continue it too, and so does a later
      // thing counted after its own name ("新建建筑垃圾中转站8个、建筑垃圾分类池20个": 崇川 2023).
      const continuesList: boolean =
        clauseVerb !== null &&
        (rawName.replace(/^[、和及]/, '').trim() === '' ||
          /^[^，；。]{1,20}等$/.test(rawName) ||
          (index > 0 &&
            value.unit !== null &&
            COUNT_UNIT.test(value.unit) &&
            /^[\u4e00-\u9fa5“”]{2,20}$/.test(rawName) &&
            !COUNT_VERB.test(rawName) &&
            !STAGE_VERB.test(rawName)));
      if (strict && !continuesList && !strictValueIsTarget(rawName, after, value.unit, text, strivenFor)) continue;
      const isGrowthOnly = /^(年均)?(增长|增速|提高)/.test(rawName.replace(LEADING_NOISE, '')) || /^年均/.test(rawName);
      const last = found[found.length - 1];
      // A growth opening with a year of its own (…；2022年增速实现10%) is that year's target, not the growth of the last.
      if (isGrowthOnly && last && last.facts.growth === null && index === 0 && ownClauseYear === null) {
        last.facts = Object.assign({}, last.facts, { growth: clause.trim() });
        last.end = clauseStart + clause.length;
        continue;
      }
      // Each region's own count ("引导各地区打造1—2条…") is a guideline per unit, not a total.
      if (PER_UNIT.test(rawName)) continue;
      // "依托…集团总投资5000万美元、首期投资2998万美元的森达美太平港项目": the size of a project, not a target (完成投资
      // is, and so is a total to reach: 总投资超过300亿元).
      if (SIZE_OF_PROJECT.test(rawName) && !TARGET_CUE.test(match.text)) continue;
      // "布局一批50万千瓦以上…基地": the number is the size of each, the count is left open.
      if (/一批$/.test(rawName)) continue;
      // "巩固提升电子信息、光伏制造2个优势数字产业": a number that counts the items just listed names them, it sets no target.
      if (value.upper === null && countsTheListedItems(rawName, value.value, value.unit, after)) continue;
      // "上海奉贤推出产业促进意见 计划到2027年实现…增幅超7成": a headline's words before the deadline name no metric.
      const spoken = rawName.replace(WORDS_BEFORE_DEADLINE, '').replace(LEADING_NOISE, '').replace(VERB_ADVERBS, '').replace(LEADING_NOISE, '');
      let name = spoken.replace(SO_CALLED, '').replace(TRAILING_VERBS, '').trim();
      // "地区生产总值增长6.5%": a percentage right after 增长/下降 is a rate of change, not a level; the name keeps the
      // verb and the measure says which, as target lists read it.
      const change = value.unit === '%' || value.unit === '个百分点' ? CHANGE_BEFORE_VALUE.exec(spoken)?.[1] : undefined;
      const spokenName = name;
      if (/^占/.test(name)) {
        const subjectBefore = SUBJECT.exec(previousClause.replace(LEADING_NOISE, '').replace(/^(全省|全市|我省|我市)?(实现)?/, ''));
        if (subjectBefore) name = subjectBefore[1] + name;
        // "数字经济规模突破4000亿元，年均增长超20%，占GDP比重达45%以上": a growth clause between (read as the growth of the
        // value before it) leaves the share with the subject of that value (福州 2018).
        else if (subject !== null && last?.facts.growth === previousClause.trim()) name = subject + name;
      } else if (subject !== null && BARE_MEASURE.test(name)) name = subject + name;
      const startVerb = COUNT_VERB.exec(spoken);
      const verbAtEnd = VERB_BEFORE_NUMBER.exec(spoken);
      if (index === 0 && !continuesList) clauseVerb = startVerb?.[1] ?? verbAtEnd?.[1] ?? null;
      const countedAlone = countedAfter(after, value.unit);
      // "实施16个乡镇卫生院、158个村卫生室改扩建项目": the earlier things counted share the undertaking the last names.
      const counted = countedAlone !== null && head !== null && index < parts.length - 1 && !countedAlone.endsWith(head) ? countedAlone + head : countedAlone;
      const isCount = value.unit === null ? /大$/.test(match.text) : COUNT_UNIT.test(value.unit);
      const continuing = index > 0 && rawName.replace(/^[、和及]/, '').trim() === '';
      // "50%的城市社区建成…综合体": a share of things that do something; what follows 的 is the metric.
      const percent = /%$|%(?:左右|以上)$/.test(match.text.trim());
      const shareOf = percent && !MEASURE_END.test(name) ? /^的([\u4e00-\u9fa5“”（）()]{4,40})$/.exec(after.trim()) : null;
      // "养老服务设施覆盖所有城市社区、90%以上乡镇和60%以上村": the share of the places named after it that a thing covers.
      const covered = percent && shareOf === null ? coveredShare(clause, after) : null;
      // "首批100个示范社区全面建成": the counted thing follows the number and a verb of completion closes the clause.
      const doneCount = isCount ? countedBeforeVerb(after) : null;
      // "推动潞讯精密电子30条生产线投产": a named owner before the number keeps its name before what is counted.
      const ownedDone = doneCount !== null && !ORDINAL_SCOPE.test(name) && OWNER_NAME.test(name) && !MEASURE_END.test(name) ? name + doneCount : null;
      const countedThenDone = ORDINAL_SCOPE.test(name) ? doneCount : ownedDone;
      // "新开工1000套以上" after a clause naming what: a verb and a number name nothing.
      if (BARE_VERB.test(name) && counted === null && countedThenDone === null && !continuing) continue;
      if (shareOf) name = shareOf[1];
      else if (covered) name = covered;
      else if (countedThenDone) name = countedThenDone;
      // "建成20个…示范区", "全省培育形成7个百亿级大市场", "重点引进100名…人才": the counted thing follows the number,
      // so the words from the verb on are the name; "培育100家以上示范企业" → 培育示范企业, the verb and what is counted.
      else if (GENERIC_NAME.test(name) || (verbAtEnd !== null && verbAtEnd.index === 0) || continuing) {
        const wholeNoun = counted !== null && !/^[^，；。]*的/.test(after);
        name =
          startVerb && counted && isCount && !continuing && wholeNoun
            ? startVerb[1] + counted
            : text
                .slice(rawName.length - spoken.length)
                .replace(/^[、和及]/, '')
                .trim();
      }
      // "在…领域重点引进和培养1万名…企业紧缺人才", "新增医学工程、…等5家国家科技创新基地": the verb and what is counted.
      else if (isCount && counted && (verbAtEnd !== null || /等$|、/.test(name))) name = (verbAtEnd?.[1] ?? startVerb?.[1] ?? '') + counted;
      const countedVerb: string | null = startVerb?.[1] ?? verbAtEnd?.[1] ?? (continuing || continuesList ? clauseVerb : null);
      if (isCount && countedVerb !== null) sentenceVerb = countedVerb;
      // "组织开展残疾人职业技能培训1300人次以上" (东阳 2023): 人次 counts the people an activity serves; the activity, without the
      // verbs that organize it, is what is measured.
      const attendance = value.unit !== null && /^万?人次$/.test(value.unit) && name.replace(ORGANIZING, '').length >= 2;
      if (attendance) name = name.replace(ORGANIZING, '');
      // A count target names what is counted after its verb: "建成充电桩" is the metric of 10万个.
      // A count of named things ("科技项目突破30项") or an area or length after its verb ("推广杂交稻旱种50万亩").
      const countTarget =
        ((COUNT_VERB.test(name.replace(SCOPE_WORDS, '')) || countedVerb !== null || COUNTED_THING.test(name)) && isCount) ||
        (startVerb !== null && value.unit !== null && QUANTITY_UNIT.test(value.unit)) ||
        countedThenDone !== null ||
        shareOf !== null ||
        covered !== null ||
        attendance;
      if (
        name.length < 2 ||
        /^[\d.%]+$/.test(name) ||
        (!countTarget &&
          !MEASURE_END.test(name.replace(/[”“）)]+$/, '').replace(/(年均增长|年均增速|年均|增速|年)$/, '')) &&
          !INDUSTRY_GROWTH.test(name) &&
          !(INDUSTRY.test(name) && /元$/.test(value.unit ?? '')))
      )
        continue;
      const unit = value.unit;
      // A name that already says it measures a change (…增速, …涨幅) takes no verb.
      const changing = change !== undefined && name === spokenName && !GROWTH_END.test(name) && !DECLINE_END.test(name);
      // A wrapped table cell (新增可\n供出租厂房面积) names its metric without the line break.
      if (name.includes('\n')) name = name.replace(LINE_BREAK, '');
      // A rate of change is named as written up to its value, with its base (同比, 较“十三五”末) and without the words of
      // striving before the verb (固定资产投资力争增长 → 固定资产投资增长). Each metric of a list takes the verb alone.
      const changeName = changing ? spoken.replace(SO_CALLED, '').replace(STRIVING_BEFORE_CHANGE, '$1').replace(LINE_BREAK, '').trim() : name;
      const changeVerb = changing ? (change ?? '') : '';
      // 地区生产总值年均增长: TRAILING_VERBS left 年 of 年均 on the name.
      const measured = (metric: string): string => (changeVerb.startsWith('年均') ? metric.replace(/年$/, '') : metric) + changeVerb;
      // 固定资产投资、工业投资、服务业投资均增长12%左右: the same target for each metric of the list.
      const subjects = eachSubject(name, rawName);
      if (subjects) {
        const facts = indicatorFacts(withoutAchieve(measured(subjects[0])), value, match.text, unit, clauseYear, text, sentence, partStart + match.index);
        for (const subject of subjects) {
          const written = text.indexOf(subject);
          const at = partStart + (written >= 0 ? written : text.indexOf(subject.slice(0, 2)));
          found.push({ facts: Object.assign({}, facts, { name: measured(subject) }), start: at, end: partStart + text.length });
        }
        continue;
      }
      found.push({
        facts: indicatorFacts(withoutAchieve(changeName), value, match.text, unit, clauseYear, text, sentence, partStart + match.index),
        start: partStart + (text.length - text.trimStart().length),
        end: partStart + text.length,
      });
      if (!isCount && !BARE_MEASURE.test(spokenName)) subject = SHORT_NAME.exec(rawName)?.[1] ?? withoutAchieve(changeName).replace(CHANGE_END, '');
    }
    previousClause = clause;
  }
  return found;
}

/** The targets of a clause listing subjects and their values with 分别 (none unless it names two or more). */
function respectiveTargets(clause: string, clauseStart: number, year: number | null, sentence: Sentence): FoundIndicator[] {
  const metrics = statedMetrics(clause);
  if (metrics.length < 2 || !metrics.every((metric) => metric.start === metrics[0].start)) return [];
  return metrics.map((metric) => {
    const written = clause.slice(metric.value.start, metric.value.end);
    const facts = indicatorFacts(
      metric.name,
      parseIndicatorValue(written),
      written,
      metric.value.unit,
      year,
      written,
      sentence,
      clauseStart + metric.value.start,
    );
    return { facts, start: clauseStart + metric.start, end: clauseStart + metric.end, idAt: clauseStart + metric.value.start };
  });
}

/**
 * The metrics of a 、-list one value applies to each of (A、B均增长12%), each a whole metric; a rate the last names is
 * shared (街道综合养老服务机构、社区日间照料中心覆盖率均达到100% → …机构覆盖率, …中心覆盖率). Null for examples of a
 * class (锂离子动力电池、新能源汽车等绿色产品产量) or parts that measure nothing.
 */
function eachSubject(name: string, rawName: string): string[] | null {
  if (!name.includes('、') || name.includes('等')) return null;
  const parts = name.split('、');
  // "工业投资、高新产业投资增速力争达20%" (滨江 2023): a rate after a list of metrics is each one's, 均 or not (rates add up to nothing).
  const rateOfEach = SHARED_GROWTH_RATE.exec(parts[parts.length - 1])?.[0];
  if (!/均[\u4e00-\u9fa5]{0,3}$/.test(rawName)) {
    if (!rateOfEach) return null;
    const each = parts.map((part) => (part.endsWith(rateOfEach) ? part : part + rateOfEach));
    const bases = each.map((part) => part.slice(0, part.length - rateOfEach.length));
    return each.length >= 2 && bases.every((base) => base.length >= 2 && MEASURE_END.test(base)) ? each : null;
  }
  const rate = SHARED_RATE.exec(parts[parts.length - 1])?.[0];
  const whole = parts.map((part) => (rate && !SHARED_RATE.test(part) ? part + rate : part));
  return whole.length >= 2 && whole.every((part) => part.length >= 2 && MEASURE_END.test(part)) ? whole : null;
}

/** A rate of growth closing the last metric of a list, which each shares: 增速, 增幅, 增长率. */
const SHARED_GROWTH_RATE = /(?:增速|增幅|增长率)$/;

/** A rate or share closing the last metric of a list, which the others may share: 覆盖率, 达标率, 比重. */
const SHARED_RATE = /(?:[\u4e00-\u9fa5]{2}率|比重|占比)$/;

/** The facts of a target read in running text (one subject of a list sharing its value). */
function indicatorFacts(
  name: string,
  value: ReturnType<typeof parseIndicatorValue>,
  written: string,
  unit: string | null,
  year: number | null,
  text: string,
  sentence: Sentence,
  valueAt: number,
): IndicatorFacts {
  return {
    name,
    unit,
    baseYear: null,
    baseValue: null,
    baseValueText: null,
    targetYear: year,
    targetValue: value.value,
    targetHigh: value.upper,
    targetValueText: written.trim(),
    comparator: value.comparator ?? (/超过/.test(text) ? '超过' : null),
    qualifier: value.comparator ?? (/超过/.test(text) ? '超过' : striving.test(sentence.text.slice(0, valueAt - sentence.start)) ? '力争' : null),
    growth: value.growth,
    attribute: null,
    category: null,
    cumulative: value.cumulative,
    measure: DECLINE_END.test(name) ? 'decline' : GROWTH_END.test(name) ? 'growth' : null,
  };
}

/**
 * Whether an undated value states a target: a count after its verb, or a cue (in the clause, or a word of striving
 * earlier in the sentence: `strivenFor`); never an ordinal, a rate per unit or a condition.
 */
function strictValueIsTarget(rawName: string, after: string, unit: string | null, text: string, strivenFor: boolean): boolean {
  if (NOT_A_TARGET_BEFORE.test(rawName) || /^的/.test(after) || unit === '岁' || unit === '年') return false;
  if (
    unit !== null &&
    (COUNT_UNIT.test(unit) || QUANTITY_UNIT.test(unit)) &&
    (COUNT_VERB.test(rawName.replace(LEADING_NOISE, '').replace(VERB_ADVERBS, '')) || VERB_BEFORE_NUMBER.test(rawName))
  )
    return true;
  // "推动潞讯精密电子30条生产线投产": pushed for, the counted things then a verb of completion.
  if (unit !== null && COUNT_UNIT.test(unit) && /^(推动|推进|确保|力争|争取|实现)/.test(rawName) && countedBeforeVerb(after) !== null) return true;
  return strivenFor || TARGET_CUE.test(text) || ACHIEVE_LEVEL.test(rawName.replace(LEADING_NOISE, ''));
}

/** "实现社会消费品零售总额1600亿元" in a yearly task list: a level to reach (静安 2023). */
const ACHIEVE_LEVEL = /^(?:全年|今年)?实现(?:全年)?[\u4e00-\u9fa5]{2,20}$/;

/** The thing covering and the places it covers, named whole: 养老服务设施覆盖 + 乡镇 (see `covered` above). */
const COVERING = /^(?:——|—)?([\u4e00-\u9fa5]{2,20}?覆盖)/;
const COVERED_PLACES = /^(乡镇|街道|村|社区|城市社区|农村社区|行政村|建制村|县|县（市、区）|城市|园区|学校)$/;

function coveredShare(clause: string, after: string): string | null {
  const subject = COVERING.exec(clause.trim());
  const place = after.trim();
  return subject && COVERED_PLACES.test(place) ? subject[1] + place : null;
}

/** The noun a count counts, written after it: "1000套专家公寓" → 专家公寓, "10名…的院士后备人才" → the head after 的. */
function countedAfter(after: string, unit: string | null): string | null {
  let phrase = /^(?:左右|以上)?([\u4e00-\u9fa5“”、A-Za-z0-9]{2,40})/.exec(after)?.[1] ?? null;
  if (phrase === null) return null;
  const of = phrase.lastIndexOf('的');
  phrase = of >= 0 ? phrase.slice(of + 1) : phrase.split(/[、等]/)[0];
  if (phrase.length < 2 || phrase.length > 24) return null;
  if (unit !== null && !PEOPLE_OR_HOMES.test(unit) && !COUNTED_THING.test(phrase) && !/亿级/.test(phrase)) return null;
  return phrase;
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

/** An undertaking closing a counted thing: 村卫生室改扩建项目, 老旧小区改造工程. */
const UNDERTAKING_HEAD = /(?:改扩建|新建|改建|扩建|改造|提升|提质)(?:项目|工程)$/;

/**
 * The undertaking the last of a list of counts names after its thing (16个乡镇卫生院、158个村卫生室改扩建项目 → 改扩建项目),
 * which the earlier counts share; null when the clause is no such list.
 */
function sharedUndertaking(clause: string, parts: readonly ValuePart[]): string | null {
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1];
  const thing = /^[\u4e00-\u9fa5“”]{2,40}/.exec(clause.slice(last.value.index + last.value.text.length, last.to))?.[0];
  return thing ? (UNDERTAKING_HEAD.exec(thing)?.[0] ?? null) : null;
}

interface ValuePart {
  readonly from: number;
  readonly to: number;
  readonly value: { index: number; text: string };
}

/**
 * The values of a clause, each with the words that name it: a clause holding several values joined by 、 or 和 is
 * split before each later value's own words ("…产业集群和6个…", "…突破30项、资金突破7000万元"). One value per
 * clause otherwise (分别 lists and ranges stay whole).
 */
function valueParts(clause: string): ValuePart[] {
  const values = allValues(clause);
  if (values.length === 0) return [];
  const parts: ValuePart[] = [];
  let from = 0;
  let current = values[0];
  if (!/分别/.test(clause)) {
    for (const next of values.slice(1)) {
      const between = clause.slice(current.index + current.text.length, next.index);
      const cut = Math.max(between.lastIndexOf('、'), between.lastIndexOf('和'), between.lastIndexOf('及'));
      if (cut < 0) continue;
      const at = current.index + current.text.length + cut;
      parts.push({ from, to: at, value: current });
      from = at + 1;
      current = next;
    }
  }
  parts.push({ from, to: clause.length, value: current });
  return parts;
}

/** The numbers with a unit or comparator that are not a year ("2025年") or a label ("5G", "“十三五”"), left to right. */
function allValues(clause: string): Array<{ index: number; text: string }> {
  const values: Array<{ index: number; text: string }> = [];
  const characters = valueCharacters(clause);
  // Every match of VALUE_IN_CLAUSE holds a digit.
  VALUE_IN_CLAUSE.lastIndex = 0;
  if ((characters & DIGIT) !== 0)
    for (let match = VALUE_IN_CLAUSE.exec(clause); match; match = VALUE_IN_CLAUSE.exec(clause)) addValue(clause, match.index, match[0], values);
  // CHINESE_VALUE ends in a unit with 亿, CHINESE_COUNT looks ahead to 亿级, WORDED_PERCENT holds 百分之.
  if ((characters & (YI | BAI)) !== 0) {
    CHINESE_IN_CLAUSE.lastIndex = 0;
    for (let match = CHINESE_IN_CLAUSE.exec(clause); match; match = CHINESE_IN_CLAUSE.exec(clause)) addValue(clause, match.index, match[0], values);
    values.sort((a, b) => a.index - b.index);
  }
  if (values.length >= 2 && countNamesTheSubject(clause, values[0], values[1])) values.shift();
  return values;
}

/**
 * "4个优势产业产值达到230亿元": a count opening the clause, running into the metric whose value follows, says how many
 * things the metric sums; it is part of the name, not a target of its own ("6个…集群和…" joins two targets instead).
 */
function countNamesTheSubject(clause: string, first: { index: number; text: string }, second: { index: number; text: string }): boolean {
  if (clause.slice(0, first.index).replace(LEADING_NOISE, '').trim().length > 0 || !isCountBeforeNoun(first.text)) return false;
  const between = clause.slice(first.index + first.text.length, second.index);
  return !/[、和及与]/.test(between) && (/(?:达到|达|突破|超过|实现|为)$/.test(between) || MEASURE_END.test(between));
}

function addValue(clause: string, index: number, text: string, values: Array<{ index: number; text: string }>): void {
  const trimmed = text.trim();
  if (/^(19|20)\d{2}年/.test(trimmed) || /^\d+年$/.test(trimmed)) return;
  const next = clause.charAt(index + text.length);
  // A number that opens the clause and runs into a noun ("0—3岁婴幼儿…") is part of the indicator's name.
  if (/[\u4e00-\u9fa5]/.test(next) && clause.slice(0, index).replace(LEADING_NOISE, '').trim().length === 0 && !isCountBeforeNoun(text)) return;
  // "规模超百亿元的领航企业40户": a value before 的 describes what is counted (a share of things, 50%的…, excepted).
  if (next === '的' && !text.includes('%')) return;
  // A digit glued to letters or to a number before it (5G, PM2.5) is part of a name.
  if (/[A-Za-z.]/.test(clause.charAt(index - 1))) return;
  // A number inside quotation marks names a programme (落实省、市“千项万亿”工程工作部署: 滨江 2023; “3210”产业): no value.
  // A share there is still one: 服务业增加值占GDP的比重、服务业对经济增长的贡献率“两个50%” (云南 2022) states both at 50%.
  if (!text.includes('%') && insideQuotes(clause, index, index + text.length)) return;
  values.push({ index, text });
}

/** Does [start, end) stand between an opening “ and its closing ” (no other mark between them)? */
function insideQuotes(clause: string, start: number, end: number): boolean {
  const open = clause.lastIndexOf('“', start);
  if (open < 0 || clause.slice(open, start).includes('”')) return false;
  const close = clause.indexOf('”', Math.max(open + 1, end - 1));
  return close >= 0 && close - open <= 12 && !clause.slice(open + 1, close).includes('“');
}

/** "6个五百亿级产业集群", "200名副职后备人才": a count with its unit, then the counted noun. */
function isCountBeforeNoun(text: string): boolean {
  return /^(?:不少于|超过|约)?\d+(?:\.\d+)?(?:个|家|项|座|所|套|名|户|万户|万名|万套|场次)(?:左右|以上)?$/.test(text.trim());
}
