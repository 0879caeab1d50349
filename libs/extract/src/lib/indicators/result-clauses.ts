import { ExtractionContext } from '../extraction-context';
import { CLAUSE_YEAR, FORECAST, MULTI_YEAR, pairedYears } from './clause-years';
import { COMMA, subjectBefore, subjectWithoutValue } from './clause-subjects';
import { fromToResults } from './from-to-results';
import { clauseSubject, PARALLEL } from './listed-subjects';
import { addPlanTarget, addResult, PROGRESS, YEAR_PLAN } from './result-nodes';
import { MILESTONE_ONLY, plausibleResult, withoutMilestoneWord } from './result-plausibility';
import { JOINER, PERIOD_END_OPENING, PERIOD_END_YEAR, PERIOD_NAME, PERIOD_SUM, reachedLevel } from './review-levels';
import { type StatedMetric, statedMetrics, statedValues } from './stated-values';

export { YEAR_PLAN } from './result-nodes';

/**
 * Rule `rate-before-metric`: a rate written before the metric it is, the place ranked by it (齐齐哈尔 2021: 2020年，齐齐哈尔市以
 * 3.5%的GDP增速排名全省第一): a result of that metric.
 */
const RATE_BEFORE_METRIC = /以(\d+(?:\.\d+)?%)的([\u4e00-\u9fa5A-Za-z]{0,10}?(?:增速|增幅|增长率|增长))(?=排名|位居|居|位列|领跑|领先)/;
function measureOfRate(name: string): 'growth' | 'level' {
  return /增速|增幅|增长/.test(name) ? 'growth' : 'level';
}

/**
 * Rule `stated-base-level`: a change against a year whose level the text writes (武冈 2021: 2020年全市地区生产总值达172.2亿元，
 * 比2015年的119.4亿元增加52.8亿元) states that year's level of the subject just named.
 */
const BASE_LEVEL = /^\s*(?:比|较)\s*((?:19|20)\d{2})\s*年(?:末|底)?的\s*(?=\d)/;

/** A value: a digit, or a passed 万亿, 千亿 or 百亿 with no numeral (旅游总收入突破万亿元: 广东 2025, rules `bare-wanyi`, `bare-qianyi`). */
export const HAS_DIGIT = /\d|(?:突破|超过|过|跨过|迈过)[万千百]亿(?![级])/;

const SEMICOLON = 0xff1b;

const FULL_STOP = 0x3002;

/** ， ； 。 end a clause: tested by code unit, this runs on every character of the sentences read. */
function isClauseEnd(code: number): boolean {
  return code === COMMA || code === SEMICOLON || code === FULL_STOP;
}

/** A clause opening with a change of a rate against last year's: 较上年提高0.3个百分点. */
const RATE_CHANGE_OPENING = /^\s*(?:较|比)(?:上年|去年)(?:同期)?(?:提高|提升|加快|回落|下降|降低|放缓)/;
/** A growth rate closing the clause before: …增长3.8%，. */
const GROWTH_BEFORE = /(?:增长|下降)-?\d+(?:\.\d+)?%[，,]$/;

/** A bare value reached opening a clause: 达到1002.1亿元. */
const REACHED_NEXT = /^\s*(?:达到|达|增至|升至)\s?\d/;

/** A sentence opening with the end of a year: 截至2016年末，, 到2020年底，. */
const YEAR_END_OPENING = /^\s*(?:截至|截止到?|到)\s?((?:19|20)\d{2})\s?年(?:末|底)[，,]/;

/** Policies or measures counted right after a count: 175项稳经济一揽子政策, 73项接续措施. */
const POLICIES_COUNTED = /^[\u4e00-\u9fa5“”]{0,10}?(?:政策|措施|举措|意见|办法)(?:[和、及，；。]|$)/;

/** A verb of adding right before a count: 新增了1所, 新建3个. */
const ADDED_BEFORE = /(?:新增|新建|增加)了?$/;
/** Things counted and then rated or recognized: …所乡镇幼儿园被评为…, …家企业被认定为…. */
const RATED_AFTER = /^[\u4e00-\u9fa5]{1,12}?(?:被评为|被认定为|被命名为|获评)/;

/**
 * A project's name right after an amount, with no clause break or particle between (…3万头和1.2万头奶牛养殖项目); not a verb
 * doing the projects (投资2.47亿元实施20个乡村振兴项目: 林周 2023, money spent on what was done).
 */
/** A verb doing a counted number of projects right after an amount: 实施20个乡村振兴项目. */
const INVESTED_IN_COUNTED = /^(?:用于|实施|建设|推进|新建|完成)\d+个([\u4e00-\u9fa5]{2,16}?项目)/;

const PROJECT_AFTER = /^(?!实施|建设|新建|改建|扩建|推进|完成|启动|开工|用于)[^，。；、的]{2,30}?(?:项目|工程)/;

/** What follows a count of places covered in full: 行政村实现幼儿园全覆盖, 个乡镇实现通村公路全覆盖. */
const PLACES_OF_COVERAGE = /^[\u4e00-\u9fa5]{1,10}?实现[\u4e00-\u9fa5]{0,12}全覆盖/;

/** What a count of work items counts: 项重点工作, 项任务, 条举措. */
const COUNT_OF_WORK = /^(?:重点|主要|具体|专项|改革)?(?:工作|任务|举措|措施)(?!室|站|队|组)/;

/**
 * Reads the results a sentence states, clause by clause, as values of the year given (or of a year a clause opens with);
 * onlyReached keeps the levels reached at the end of a five-year review. Returns how many were added.
 */
export function readResultClauses(
  context: ExtractionContext,
  sentenceStart: number,
  sentenceEnd: number,
  year: number,
  onlyReached = false,
  periodReview = false,
  subjectFromClauseBefore = false,
  planOnly = false,
  planned: Array<{ start: number; end: number }> | null = null,
): number {
  const { text } = context.document;
  let count = 0;
  // The end of the statement (up to ；) whose year's plan was tested, and whether it gives one (rule year-plan-of-projects).
  let statementEnd = -1;
  let planStatement = false;
  let planSeen = false;
  // 预计十三五末，全县地区生产总值突破400亿元，…；人均生产总值7.9万元，… (谷城 2020): a review sentence opening with the end of a
  // five-year period dates every level after it to that end, with or without a verb of reaching (rule `period-end-named`).
  const periodEnd = onlyReached && text.includes('五末', sentenceStart) ? PERIOD_END_OPENING.exec(text.slice(sentenceStart, sentenceEnd)) : null;
  // …and so does one opening with the end of a year up to the one read (蠡县 2017, a term's review: 截至2016年末，全县地方生产总值
  // 完成96.4亿元，是2011年的1.37倍；…规模以上工业增加值完成52.1亿元: rule `year-end-named`).
  const yearEnd = onlyReached && periodEnd === null ? YEAR_END_OPENING.exec(text.slice(sentenceStart, Math.min(sentenceEnd, sentenceStart + 16))) : null;
  const endYear = periodEnd ? PERIOD_END_YEAR[periodEnd[1]] : yearEnd && Number(yearEnd[1]) <= year ? Number(yearEnd[1]) : null;
  // Read from a year opening a clause in the middle of a sentence (…地区生产总值先后跨越700亿元、800亿元，2024年达952.25亿元: 天水
  // 2025): what the clause before it measured, stating no value of that year, is the subject of a bare value after the year
  // (rule `year-clause-subject-before`), in a text whose own year is known (a plan without one, whose years may be its
  // targets', gives none: 扬州 2024 …年均增速高于GDP年均增速0.5个百分点左右，2025年突破4000亿元).
  let previousSubject: string | null = subjectFromClauseBefore && text.charCodeAt(sentenceStart) === COMMA ? subjectBefore(text, sentenceStart) : null;
  // The projects the last clause counted (实施重点项目36个), for a bare investment after them.
  let countedProjects: string | null = null;
  let clauseStart = sentenceStart;
  let multiYear = false;
  // Whether a clause without a value set the period (这五年，…; “十三五”期间，…): it governs the whole sentence.
  let periodTopic = false;
  // Whether a clause with a value came before in the sentence (see rule streak-after-value).
  let valueSeen = false;
  // The base year of a from-to of the sentence that wrote both its years and reached the year read.
  let datedFrom: number | null = null;
  for (let i = sentenceStart; i <= sentenceEnd; i++) {
    if (i < sentenceEnd && !isClauseEnd(text.charCodeAt(i))) continue;
    const clause = text.slice(clauseStart, i);
    if (clauseStart > statementEnd) {
      const semicolon = text.indexOf('；', clauseStart);
      statementEnd = semicolon < 0 || semicolon > sentenceEnd ? sentenceEnd : semicolon;
      const statement = text.slice(clauseStart, statementEnd);
      planStatement = statement.includes('投资') && YEAR_PLAN.test(statement);
      planSeen ||= planStatement;
    }
    // …and, after one, a statement of the plan's projects by their stage (池州 2024: …；计划竣工项目111个).
    const plan = (planStatement || (planSeen && clause.trimStart().startsWith('计划'))) && !PROGRESS.test(clause);
    if (planOnly && !plan) {
      clauseStart = i + 1;
      continue;
    }
    if (onlyReached) {
      // A five-year review closing with the year: only the levels reached at its end are that year's.
      if (HAS_DIGIT.test(clause) && !PERIOD_SUM.test(clause)) {
        const fromTo = fromToResults(clause, year).filter((found) => found.year <= year);
        // A level reached with only its manner before it (一般公共预算收入增加近1000亿元，稳步达到3000亿元以上: 内蒙古 2026) is
        // of the metric the clause before named (rule `manner-before-verb`).
        const metrics = fromTo.length > 0 ? fromTo.map((found) => found.metric) : statedMetrics(clause, previousSubject);
        previousSubject = fromTo.length > 0 || metrics.length === 0 ? null : clauseSubject(metrics, previousSubject);
        let reachedBefore: StatedMetric | null = null;
        metrics.forEach((metric, index) => {
          // 突破3万亿元、达3.6万亿元: the threshold passed, then the value reached.
          const next = metrics[index + 1];
          if (next && next.name === metric.name && /^(突破|超过)$/.test(metric.value.qualifier ?? '') && next.value.qualifier === null) return;
          // 城乡常住居民人均可支配收入分别达到44846元和37342元 (东乌旗 2022): a value joined to one reached shares its verb (rule
          // `reached-pair`).
          const joined = reachedBefore !== null && JOINER.test(clause.slice(reachedBefore.value.end, metric.value.start));
          reachedBefore = null;
          if (metric.measure !== 'level' || PERIOD_NAME.test(metric.name) || !plausibleResult(metric)) return;
          if (endYear !== null && fromTo.length === 0 && !PERIOD_SUM.test(metric.name)) {
            count += addResult(context, metric, endYear, clauseStart);
            return;
          }
          if (fromTo.length > 0 || joined || reachedLevel(clause, metric)) {
            // 从2017年的111.8亿元提高至2021年的160亿元左右 (西乌旗 2022): a base written with its year is that year's (rule
            // `dated-from-to`), as outside a term's review.
            const dated = fromTo.length > 0 ? null : CLAUSE_YEAR.exec(clause);
            const clauseYear = dated && Number(dated[1]) <= year ? Number(dated[1]) : year;
            count += addResult(context, metric, fromTo.length > 0 ? fromTo[index].year : clauseYear, clauseStart);
            reachedBefore = metric;
          }
        });
      }
      clauseStart = i + 1;
      continue;
    }
    if (!HAS_DIGIT.test(clause)) {
      // A clause naming years with no value sets the period of the sentence (这五年，…); a streak remarked after a value (陵川 2026: 固定资产投资完成51.5亿元，同比增长10%，连续五年实现两位数增长；社会消费品零售
      // 总额完成32.8亿元) is of that statement alone, up to its semicolon (rule `streak-after-value`).
      if (MULTI_YEAR.test(clause)) {
        multiYear = true;
        periodTopic ||= !valueSeen;
      }
      // "占GDP比重连续七年超过第二产业，2016年首次突破50%" (台州 2021): what a clause without a value measures is the subject of
      // the dated clauses after it.
      previousSubject = subjectWithoutValue(clause) ?? previousSubject;
      clauseStart = i + 1;
      // A semicolon closes the statement a value's multi-year word governs (…较“十二五”末增长192.4%；规上服务业营业收入743.90亿元:
      // 芜湖 2021, rule `semicolon-ends-period`), not a period a clause of its own set (这五年，…；…).
      if (text.charCodeAt(i) === SEMICOLON && !periodTopic) multiYear = false;
      continue;
    }
    valueSeen = true;
    // A forecast (…，预计2022年全年工业产值有望突破700亿元: 平罗 2022) states no result (rule `forecast-no-result`).
    if (FORECAST.test(clause)) {
      clauseStart = i + 1;
      continue;
    }
    // A clause opening with a year of its own up to the one read (…，2020年达到3.6万亿) states that year's value, whatever
    // multi-year figure came before it in the sentence (“十三五”期间，…增加值由2万亿迈上3万亿台阶，2020年达到3.6万亿).
    const ownYear = CLAUSE_YEAR.exec(clause);
    const clauseYear = ownYear && Number(ownYear[1]) <= year ? Number(ownYear[1]) : null;
    // A passed 千亿 in words with a later year of its own (南充 2022: 2017年…比重达到42.1%,…,2020年服务业增加值突破千亿大关) is not
    // the year read: left to the rules that read that year.
    if (ownYear && clauseYear === null && !/\d/.test(clause.slice(ownYear[0].length))) {
      clauseStart = i + 1;
      continue;
    }
    multiYear = clauseYear !== null ? MULTI_YEAR.test(clause) : multiYear || MULTI_YEAR.test(clause);
    // Five-year figures written before the value govern it (这五年，…), not those after it (实现了“十四五”良好开局).
    const fromTo = fromToResults(clause, year, previousSubject, datedFrom);
    const base = previousSubject !== null && fromTo.length === 0 && (clause.includes('比') || clause.includes('较')) ? BASE_LEVEL.exec(clause) : null;
    const baseValue = base && Number(base[1]) < year ? statedValues(clause.slice(base[0].length))[0] : undefined;
    if (base && baseValue && baseValue.start === 0 && !previousSubject!.includes(PARALLEL)) {
      const offset = base[0].length;
      const metric: StatedMetric = {
        name: previousSubject!,
        measure: 'level',
        value: { ...baseValue, start: baseValue.start + offset, end: baseValue.end + offset },
        start: base.index + (base[0].length - base[0].trimStart().length),
        end: baseValue.end + offset,
      };
      count += addResult(context, metric, Number(base[1]), clauseStart);
      clauseStart = i + 1;
      continue;
    }
    const ranked = fromTo.length === 0 && clause.includes('以') ? RATE_BEFORE_METRIC.exec(clause) : null;
    const rate = ranked ? statedValues(ranked[1])[0] : undefined;
    if (ranked && rate) {
      const at = ranked.index + ranked[0].indexOf(ranked[1]);
      const name = ranked[2];
      const metric: StatedMetric = {
        name,
        measure: measureOfRate(name),
        value: { ...rate, start: rate.start + at, end: rate.end + at },
        start: at,
        end: at + ranked[1].length + 1 + name.length,
      };
      count += addResult(context, metric, clauseYear ?? year, clauseStart);
      previousSubject = name;
      clauseStart = i + 1;
      continue;
    }
    if (fromTo.length > 0) {
      for (const found of fromTo) count += addResult(context, found.metric, found.year, clauseStart);
      if (fromTo.length === 2 && fromTo[1].year === year) datedFrom = fromTo[0].year;
      previousSubject = null;
      // A from-to states its own years: the clauses after it are of the year read (…增长到2020年的1804.2亿元，占GDP比重达到48.1%).
      multiYear = false;
    } else if (multiYear) {
      // Not read, but what it measures is the subject of a dated clause after it (增加值…，2020年达到3.6万亿).
      if (clauseYear === null) previousSubject = subjectWithoutValue(clause) ?? previousSubject;
    } else {
      // A clause naming nothing but how remarkable its value is (2016年首次突破50%) measures the subject before it.
      const subject: string | null = previousSubject;
      const metrics: StatedMetric[] = statedMetrics(clause, previousSubject, { countedAfter: true })
        .map((metric) => (subject !== null && MILESTONE_ONLY.test(metric.name) ? { ...metric, name: subject } : metric))
        .map(withoutMilestoneWord);
      previousSubject = metrics.length === 0 ? (subjectWithoutValue(clause) ?? previousSubject) : clauseSubject(metrics, previousSubject);
      const valueYear = clauseYear ?? year;
      // "2020年、2021年规上工业企业累计完成产值398.8亿元、579.33亿元" (平罗 2022): as many years listed before as values
      // after, paired one by one (rule `paired-years`).
      const listed = clauseYear !== null ? pairedYears(clause, metrics.length) : null;
      metrics.forEach((metric, index) => {
        // 首次突破2万元、达到20793元: the threshold passed, then the value; the value is the result.
        const next = metrics[index + 1];
        if (next && next.name === metric.name && /^(突破|超过)$/.test(metric.value.qualifier ?? '') && next.value.qualifier === null) return;
        // …also when the value reached opens the clause after it (寿光 2023: 地区生产总值首次突破千亿元大关，达到1002.1亿元: rule
        // `threshold-then-reached`).
        if (!next && /^(突破|超过|跨过|迈过)$/.test(metric.value.qualifier ?? '') && REACHED_NEXT.test(text.slice(i + 1, Math.min(sentenceEnd, i + 8)))) return;
        // 组建总规模1000亿元的基金: the value describes what follows 的, it measures nothing of its own; so does an investment
        // written right before the project it sizes (投资12.6亿元3万头和1.2万头奶牛养殖项目成功获批: 察右后旗 2023, rule
        // `size-before-project`).
        // 在新增减税降费18.2亿元的基础上 (坪山 2022): a fact the clause builds on is stated all the same (rule `basis-stated`).
        const basis = clause.startsWith('的基础上', metric.value.end);
        if (clause[metric.value.end] === '的' && !basis) return;
        if (basis) metric = { ...metric, name: metric.name.replace(/^在/, '') };
        // 加快推进粤港澳大湾区建设38项重点工作落实 (斗门 2022): a count of tasks is the size of a list of work, as counts of
        // policy articles are, no result (rule `counted-tasks`).
        if (COUNT_OF_WORK.test(clause.slice(metric.value.end)) && /^(?:项|条|件|个)$/.test(metric.value.unit ?? '')) return;
        if (/^总?投资$/.test(metric.name) && PROJECT_AFTER.test(clause.slice(metric.value.end))) return;
        // 投资2.47亿元实施20个乡村振兴项目 (林周 2023): money invested in the projects a count after it names is their investment
        // (rule `investment-before-counted`, as a 总投资 after a count is: investment-of-counted).
        const investedIn = /^总?投资$/.test(metric.name) ? INVESTED_IN_COUNTED.exec(clause.slice(metric.value.end)) : null;
        // 谋划储备重大项目111个，总投资169.51亿元; 实施重点项目36个，完成投资39.8亿元 (景东 2023): an investment named bare right
        // after a count of projects is theirs (rule `investment-of-counted`, as in targets).
        const bare = !investedIn && /^(?:总|完成)?投资$/.test(metric.name) ? /(?:总|完成)?投资$/.exec(clause.slice(0, metric.value.start)) : null;
        const named = investedIn
          ? { ...metric, name: `${investedIn[1]}投资` }
          : bare && countedProjects && index === 0
            ? { ...metric, name: countedProjects + bare[0] }
            : metric;
        // 落实区委10个方面40条贯彻举措 (泉山 2024): a count of the aspects of a text, not of things done; nor is a count of
        // reforms (硚口 2025: “云油控”等2项改革纳入国家试点), policy items rather than measured things.
        // Nor a count of the policies or measures issued (洛阳 2023: 制定出台175项稳经济一揽子政策和73项接续措施: rule
        // `policies-counted-no-result`), as counts of a policy's articles are none.
        if (clause.startsWith('方面', metric.value.end) || /^项?改革/.test(clause.slice(metric.value.end, metric.value.end + 3))) return;
        if (POLICIES_COUNTED.test(clause.slice(metric.value.end, metric.value.end + 16))) return;
        // A rise told after a from-to of the sentence that wrote both its years, with no year of its own, is the rise over
        // that span, no change of one year (常德 2025: 由2020年的3749.1亿元增加到2024年的4532.7亿元,…人均GDP突破9万元,增幅超过
        // 30%: rule `span-rise-no-result`).
        if (datedFrom !== null && clauseYear === null && metric.measure === 'growth') return;
        // 全县243个行政村实现幼儿园全覆盖 (会昌 2022): the count names the places a full coverage is for, as in targets (rule
        // `places-of-coverage`); the coverage is the fact, no level of the places.
        if (PLACES_OF_COVERAGE.test(clause.slice(metric.value.end))) return;
        // 为全国15个县市区之一 (上高 2024): the places a place is one of, no count of its own (rule `one-of-many`).
        if (clause.startsWith('之一', metric.end)) return;
        // 新增了1所省级示范幼儿园 in a plan's review of its period (会昌 2022): what was added over the period, no level of its last
        // year (rule `addition-in-period-review`, as five-year reviews read 新增).
        if (periodReview && ADDED_BEFORE.test(clause.slice(0, metric.value.start))) return;
        // …and so are things rated over it (14所乡镇幼儿园被评为市级示范园: 会昌 2022).
        if (periodReview && RATED_AFTER.test(clause.slice(metric.value.end))) return;
        // 累计完成投资68.39亿元，2024年完成投资19.23亿元 (封丘 2025): a sum the sentence follows with the year's own is over more
        // years than the one read (rule `sum-before-years-own`).
        if (metric.name.startsWith('累计') && text.slice(i, sentenceEnd).includes(`${year}年`)) return;
        if (!plausibleResult(named)) return;
        // 一般公共预算收入增长3.8%，较上年提高0.3个百分点 (抚州 2024): points a growth rose or fell by against last year's are the
        // change of that rate, no result of the metric (rule `rate-change-after-growth`).
        if (metric.value.unit === '个百分点' && RATE_CHANGE_OPENING.test(clause) && GROWTH_BEFORE.test(text.slice(Math.max(0, clauseStart - 16), clauseStart)))
          return;
        if (plan) {
          count += addPlanTarget(context, named, listed?.[index] ?? valueYear, clauseStart);
          planned?.push({ start: clauseStart + named.start, end: clauseStart + named.end });
        } else count += addResult(context, named, listed?.[index] ?? valueYear, clauseStart);
      });
      const last = metrics[metrics.length - 1];
      countedProjects = last && (last.value.unit === '个' || last.value.unit === '项') && /项目$/.test(last.name) ? last.name : null;
    }
    clauseStart = i + 1;
    if (text.charCodeAt(i) === SEMICOLON && !periodTopic) multiYear = false;
  }
  return count;
}
