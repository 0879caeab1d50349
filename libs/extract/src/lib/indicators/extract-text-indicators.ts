import { sectionHasRole, type ParsedDocument, type SectionRole, type Sentence } from '@policygraph/parse';
import { communiqueYear } from './extract-results';
import { continuesBaseYearReview, fiveYearRecordParagraphs } from './review-scopes';
import { ExtractionContext } from '../extraction-context';
import { addGoal } from '../goals/goal-nodes';
import { documentYear } from './document-year';
import { addIndicator, IndicatorFacts } from './indicator-nodes';
import { taskCellParagraphs } from './task-cell-paragraphs';
import { isPastHeading, pastChangeInPlan, reviewSpans, undatedSentenceYear, yearOpeningParagraph } from './undated-targets';
import { DIGIT, YI, BAI, valueCharacters } from './clause-values';
import { isPayment } from './payments';
import { FoundIndicator, indicatorsOfSentence } from './sentence-indicators';
import { BY_THEN, SENTENCE_DEADLINE, goalSectionYearOf, statedYear, goalSectionYear, yearOfHeadings, headingYearReader } from './target-years';

/**
 * Before a yearly list of targets a report reviews the past; a sentence there that strives for a value (锡林郭勒盟 2024, a news
 * account before the plan it reports: 力争全年火电装机规模达到1700万千瓦) states a target all the same (rule
 * `striving-before-list`).
 */
const STRIVING_BEFORE_LIST = /力争|确保/;
/** Sections that review the past (基础, 成就, 形势) state achieved values, not targets. */
const BACKGROUND: readonly SectionRole[] = ['review'];
const GOAL_SECTION = /(目标)/;
/** A works event a news page's headline or lead reports (rule works-event-news). */
const WORKS_EVENT = /集中开工|项目开工(?:活动|仪式)?(?:\s|$|，|,)|开工(?:活动|仪式|现场会)|投产投用|集中签约|签约仪式|竣工仪式|观摩会/;
/** Words of a plan or a striving in the sentence: a target still (力争…, 计划…, 将…, …的目标). */
const INTENT = /力争|确保|争取|计划|拟|将|要|目标|预计|力求|努力|预期/;

/**
 * A paragraph about the years behind ("——这五年综合经济实力大幅提升", "过去一年…"): its undated counts are results; so is one
 * looking back over a place's years since it was set up (rule `years-since-founding`: 南浔 2023 2023年是南浔建区20周年。建区
 * 以来,…。二十年来,…地区生产总值、财政总收入、地方一般公共预算收入分别增加至559.2亿元、68.5亿元、39.5亿元).
 */
const PAST_PARAGRAPH = /这五年|过去五年|五年来|过去一年|一年来|刚刚过去|[二三四五六七八九十]{1,3}年来|建[区市县州旗盟]以来/;
/**
 * A five-year period a paragraph speaks of as its time (“十四五”期间, 十四五以来, or a change from the end of the one before:
 * 较“十三五”末), on a page dated in its last year or later (常德 2025-10-23: “十四五”期间,常德市规模工业企业研发机构总数突破1000家;
 * 洛阳 2025-09-25: 全市各类创新平台达4083家…较“十三五”末分别增长103%、83%; 长岛 2017-02-16: “十二五”期间,…占GDP比重达到36.3%): the
 * years behind too, its undated values no targets (rule `period-behind-page`).
 */
const PERIOD_SPOKEN_OF = /十([二三四五])五”?(?:期间|以来|时期)|较“?十([二三四])五”?末/;
const PERIOD_LAST_YEAR: Record<string, number> = { 二: 2015, 三: 2020, 四: 2025, 五: 2030 };
/** The period after the one whose end a change is measured from (较“十三五”末: the 十四五 so far). */
const NEXT_PERIOD: Record<string, string> = { 二: '三', 三: '四', 四: '五' };
/**
 * Rule `achievements-page`: a page that opens by presenting a five-year period's record (“十四五”高质量发展邢台答卷, …“十四五”
 * 成就, 成绩单: 邢台, a news page with no date of its own) is written at that period's end: the period is behind it.
 */
const PERIOD_RECORD = /十([三四五])五”?[^。\n]{0,24}?(?:成就|答卷|成绩单)/;
function periodOfRecord(text: string): number | null {
  const opening = text.slice(0, 400);
  const record = opening.includes('五') ? PERIOD_RECORD.exec(opening) : null;
  return record ? PERIOD_LAST_YEAR[record[1]] : null;
}
function periodBehind(text: string, issuedYear: number | null): boolean {
  if (issuedYear === null) return false;
  const period = PERIOD_SPOKEN_OF.exec(text);
  return period !== null && issuedYear >= PERIOD_LAST_YEAR[period[1] ?? NEXT_PERIOD[period[2]]];
}
/**
 * A heading saying its items are the terms of a reward or a subsidy (奖励标准, 奖励条件和标准, 补助范围, 扶持对象): the values
 * under it are the conditions a payment is given on, not targets (rule `reward-terms`: 洪雅 2023, under 第三条 奖励标准,
 * 投资额在5000万元以上1亿元以下的,…年终目标考核加2分; 大通 2011, under （三）引进国内外捐赠项目的奖励条件和标准, 积极引进国内外
 * 捐赠资金10万元以上,用于…). Read only for undated values: a year written there still states a target.
 */
const REWARD_TERMS = /(?:奖励|奖补|补助|补贴|扶持|资助)(?:的|资金)?(?:条件|标准|范围|对象)/;
/**
 * Targets stated in running text: clauses of sentences that name a target year ("到2025年，…"), or any sentence of
 * a 目标 section, with a number and a unit ("突破1.4万亿元", "53%左右", "年均增长7%左右"). A bare growth clause
 * belongs to the indicator before it; a clause starting with 占 ("占地区生产总值比重8.5%左右") takes its subject from
 * the clause before.
 */
export function extractTextIndicators(
  context: ExtractionContext,
  alreadyRead: ReadonlyArray<{ start: number; end: number }> = [],
  planned: ReadonlyArray<{ start: number; end: number }> = [],
): number {
  const { document } = context;
  // A statistical communiqué states results only (rule communique-without-year in extract-results.ts): no target is read.
  const { metadata } = document;
  const singleYear = metadata.periodStart !== null && metadata.periodStart === metadata.periodEnd ? metadata.periodStart : null;
  if (communiqueYear(metadata.title, document.text, singleYear) !== null) return 0;
  const issuedYear = document.metadata.issuedOn ? Number(document.metadata.issuedOn.slice(0, 4)) : null;
  const ownYear = issuedYear ?? document.metadata.periodStart;
  // A plan with no date of its own stands at the start of its period: a period that ended before it is behind it too (rule
  // `period-behind-plan`: 樟树 2021, its preamble's “十三五”期间,…社会消费品零售总额年均 增长 9.65%).
  const { periodStart, periodEnd } = document.metadata;
  const planBaseYear = periodStart !== null && periodEnd !== null && periodEnd > periodStart ? periodStart - 1 : null;
  // The year a page stands at, for the periods behind it: its date, a plan's start, or the end of the period whose record it
  // presents.
  const standingYear = issuedYear ?? planBaseYear ?? (periodStart === null ? periodOfRecord(document.text) : null);
  const impliedYear = documentYear(document);
  let count = 0;
  // Decided once per section, not once per paragraph.
  const background = document.sections.map((section) => sectionHasRole(section, BACKGROUND));
  const goalSection = document.sections.map((section) => section.path.some((heading) => GOAL_SECTION.test(heading)));
  const yearOfHeading = headingYearReader();
  const headingYear = document.sections.map((section) => yearOfHeadings(section.path, yearOfHeading));
  // Undated counts under a review (a heading of achievements, a "2024年工作回顾" line) are results, not targets.
  const pastSection = document.sections.map((section) => isPastHeading(section.path));
  const rewardTerms = document.sections.map((section) => section.path.some((heading) => REWARD_TERMS.test(heading)));
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
  // Whether the page is news of a works event (rule works-event-news): asked only for an undated value.
  let worksEvent: boolean | null = null;
  const first = document.paragraphs[0];
  const title =
    document.metadata.titleSpan ??
    (first && document.paragraphs.length > 1 && first.text.length <= 60 && !/[，。]/.test(first.text) ? { start: first.start, end: first.end } : null);
  let paragraphBefore: string | null = null;
  const fiveYearRecord = fiveYearRecordParagraphs(document.paragraphs, issuedYear);
  for (const paragraph of cells.length > 0 ? [...document.paragraphs, ...cells] : document.paragraphs) {
    const textBefore = paragraphBefore;
    paragraphBefore = paragraph.text;
    if (background[paragraph.section]) continue;
    const inGoalSection = goalSection[paragraph.section];
    const paragraphYear = yearOpeningParagraph(paragraph.text);
    // Read only for a paragraph with an undated value: most paragraphs never ask.
    let pastParagraph: boolean | null = null;
    let sectionYear: number | null = inGoalSection ? goalSectionYearOf(document.sections, paragraph.section, goalSectionYears) : null;
    // Whether the year carried to the next sentences was opened by a bare year (2022年，…), which governs like a heading.
    let openedYear = false;
    for (const sentence of withRunInClause(document, paragraph)) {
      if (alreadyRead.some((span) => sentence.end > span.start && sentence.start < span.end)) continue;
      // A year's plan of key projects read with the results (rule year-plan-of-projects in result-clauses.ts).
      if (planned.length > 0 && planned.some((span) => sentence.end > span.start && sentence.start < span.end)) continue;
      const characters = valueCharacters(document.text, sentence.start, sentence.end);
      // 届时 ("by then") opens a sentence about the year the last target named, and the sentences after it.
      const stated: { year: number; opening: boolean } | null =
        statedYear(sentence.text, (characters & DIGIT) !== 0, inGoalSection, ownYear) ??
        (lastTargetYear !== null && BY_THEN.test(sentence.text) ? { year: lastTargetYear, opening: true } : null);
      // A sentence opening with its deadline (到2029年，…目标基本实现。规模总量…比重达到40%: 襄阳 2024), first in its
      // paragraph or not, states the targets of that year in the sentences after it.
      if (stated !== null) openedYear = stated.opening || SENTENCE_DEADLINE.test(sentence.text);
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
          (pastParagraph ??=
            PAST_PARAGRAPH.test(paragraph.text) ||
            periodBehind(paragraph.text, standingYear) ||
            pastChangeInPlan(paragraph.text, planBaseYear) ||
            fiveYearRecord.has(paragraph.start) ||
            (!inGoalSection && continuesBaseYearReview(textBefore, paragraph.text, planBaseYear))) ||
          pastSection[paragraph.section] ||
          rewardTerms[paragraph.section] ||
          (sentence.start < firstList && !STRIVING_BEFORE_LIST.test(sentence.text)) ||
          reviews.some((span) => sentence.start >= span.start && sentence.start < span.end)
        )
          continue;
        // Rule `works-event-news`: news of a works event (王益 2024: 王益区2024年一季度重点项目开工 / …一季度开工项目20个，总投资30.49
        // 亿元; 安康 2021: …集中开工和投产投用现场会 / …累计投产投用项目487个，…实现产值157亿元) reports what was started, put in
        // use or done: its undated counts and levels are news of the day, not targets, save where the sentence strives or plans.
        if ((worksEvent ??= WORKS_EVENT.test(document.text.slice(0, 400))) && !INTENT.test(sentence.text)) continue;
        const undated = undatedSentenceYear(sentence.text, isPayment, impliedYear, paragraphYear, issuedYear);
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

/**
 * What a target states, whatever its name: value, high end, unit, year. A headline may leave the 元 off the unit
 * (…全省旅游总收入突破万亿, then 全省旅游总收入突破1万亿元: 陕西 2021): the same amount.
 */
function valueKey(facts: IndicatorFacts): string {
  return `${facts.targetValue ?? facts.targetValueText ?? ''}|${facts.targetHigh ?? ''}|${(facts.unit ?? '').replace(/^(万亿|亿|万)元$/, '$1')}|${facts.targetYear ?? ''}`;
}
