// The targets one sentence states, clause by clause.
import { type Sentence } from '@policygraph/parse';
import { IndicatorFacts } from './indicator-nodes';
import { parseIndicatorValue } from './indicator-value';
import { DECLINE_END, GROWTH_END } from './metric-wording';
import { statedMetrics } from './stated-values';
import { valueCharacters, valueParts } from './clause-values';
import {
  COUNT_VERB,
  ORGANIZING,
  STAGE_VERB,
  VERB_ADVERBS,
  VERB_BEFORE_NUMBER,
  COUNTED_THING,
  COUNT_UNIT,
  BARE_VERB,
  QUANTITY_UNIT,
  GENERIC_NAME,
  SCOPE_WORDS,
  ORDINAL_SCOPE,
  OWNER_NAME,
  countsTheListedItems,
  coveredShare,
  countedAfter,
  countedBeforeVerb,
  sharedUndertaking,
} from './counted-things';
import {
  TRAILING_VERBS,
  SPAN_BEFORE_SUM,
  WORDS_BEFORE_DEADLINE,
  LEADING_NOISE,
  SO_CALLED,
  CHANGE_BEFORE_VALUE,
  STRIVING_BEFORE_CHANGE,
  LINE_BREAK,
  MEASURE_END,
  SUBJECT,
  MEASURE_OF_SHARE,
  INDUSTRY_OF_SUBJECT,
  withoutAchieve,
  INDUSTRY_GROWTH,
  INDUSTRY,
  BARE_MEASURE,
  CHANGE_END,
  SHORT_NAME,
  eachSubject,
} from './metric-names';
import { ALLOCATION, isPayment } from './payments';
import { CLAUSE_YEAR } from './target-years';

export interface FoundIndicator {
  facts: IndicatorFacts;
  start: number;
  end: number;
  /** Where the node's id is keyed when statements share their start (the subjects of a 分别 list): its value. */
  idAt?: number;
}

/**
 * Words that make an undated clause a target: striving, a threshold or a qualifier ("力争…突破300亿元",
 * "达到5家左右", "不少于400名"). A plain amount in running text ("投资50亿元") may be a fact; a count after its verb
 * ("建设省院士工作站2个") is a target of a task list.
 */
/** What follows a size that marks the places a full coverage is for: "…以上(的)卫生公厕全覆盖", "…以上的自然村通硬化路全覆盖". */
const THRESHOLD_OF_COVERAGE = /^\s*(?:及?以上)?的?[\u4e00-\u9fa5“”]{1,24}?全覆盖/;
/** A stated base year right before a verb of change: 比2020年下降, 较2020年提高. */
const BASE_YEAR_BEFORE_CHANGE = /[比较]((?:19|20)\d{2})年(?:底|末)?(?=(?:年均)?(?:增长|下降|降低|减少|提高|提升|增加)$)/;
const TARGET_CUE = /力争|确保|争取|达到|达|突破|超过|不少于|不低于|不高于|不超过|以上|左右|以内|控制在|稳定在|提高到|提高至|提升至|提升到|降至|增长|下降/;
/**
 * A word of striving governs the clauses after it in its sentence: "力争全年盘活僵尸企业10家，盘活存量土地400亩" strives
 * for both counts.
 */
const STRIVING_SCOPE = /力争|确保|争取/;
/** 的目标(任务) after a value: the value is the target's own (rule `value-of-the-target`: 实现旅游综合收入100亿元以上的目标任务). */
const VALUE_OF_THE_TARGET = /^的(?:奋斗)?(?:目标|任务)/;
/** Not a target whatever the cue: an ordinal (第3批), a per-unit amount (每家50万元), an age, a condition (2000万元以上的). */
const NOT_A_TARGET_BEFORE = /(第|每[个家户人项次亩年])$/;
/** What a project costs (总投资1.2亿元的…, 首期投资2998万美元): its size, written before or after its name. */
const SIZE_OF_PROJECT = /(?:总|首期|[一二三]期)投资(?:约|达)?$/;
/** A count per region or unit ("各地区打造1—2条", "各县建设1个"): a guideline for each, not a total. */
const PER_UNIT = /各(?:地区|地|市|县|区|州|乡镇|乡|村|单位)/;

/**
 * 力争 before a value makes it striven for; not inside 努力争取, which strives for the better results of the target it closes
 * ("全市生产总值增长5%以上,在实际工作中努力争取更好结果;一般公共预算收入增长2%": 青岛 2026; rule `better-results-no-striving`).
 */
const striving = /(?<!努)力争/;
/**
 * A clause naming a sector and how it grows, with no value (rule `sector-of-bare-measure`): "生产性服务业加快发展，增加值规模
 * 达2450亿元，占服务业增加值比重达60%" (扬州 2024) measures that sector's value added and its share.
 */
const SECTOR_CLAUSE = /^\s*([\u4e00-\u9fa5]{2,12}?(?:产业|行业|业|经济))(?:加快发展|快速发展|发展壮大|持续壮大|不断壮大|提质增效|稳步发展|做大做强|蓬勃发展)$/;
/** A measure named without what it measures: 增加值, 增加值规模, 营业收入, 产值, 规模. */
const SECTOR_MEASURE = /^(?:增加值(?:规模)?|营业收入|营收|总产值|产值|规模)$/;
/** The value closing a clause, for the words before it. */
const TRAILING_VALUE = /[\d.]+\s*(?:万亿元|亿元|万元|%|家|个)?(?:左右|以上)?$/;
/** 双 or 双双 closing the words before a value: both of two subjects reach it. */
const BOTH = /(?:实现|达到|均)?双双?$/;

/** A count verb and where the things counted lead, before the number: 开通至周边机场 (…2-3条…航线). */
const VERB_THEN_DESTINATION = new RegExp(`${COUNT_VERB.source}(?:至|到|往|通往|连接)[\\u4e00-\\u9fa5]{1,12}$`);
/** A measure sized by the quantity before it and the standard it reaches: 建设用地面积 + 达到 + 海绵城市建设目标要求. */
const MEASURE_REACHING = /^(?:以上|左右)?([\u4e00-\u9fa5]{2,12}(?:面积|长度|里程|规模|容量))(达到|满足|符合)([\u4e00-\u9fa5“”]{2,24}?(?:要求|标准))/;

/**
 * The two subjects a 双 value is each one's (rule `both-of-two`), with the measure the second writes after its own
 * noun: "新开工项目和储备项目的总投资额" → 新开工项目总投资额, 储备项目总投资额 (辽宁 2020); "规上工业企业和重点园区数字化改造
 * 覆盖率" → 规上工业企业数字化改造覆盖率, 重点园区数字化改造覆盖率 (合肥 2021). Null where the words name no such pair.
 */
export function bothSubjects(name: string): string[] | null {
  const pair = /^([\u4e00-\u9fa5A-Za-z0-9]{2,20})[和与及]([\u4e00-\u9fa5A-Za-z0-9的]{4,40})$/.exec(name);
  if (!pair) return null;
  const [, first, second] = pair;
  const of = second.lastIndexOf('的');
  let head = of > 0 ? second.slice(0, of) : '';
  let measure = of > 0 ? second.slice(of + 1) : '';
  if (of < 0)
    for (let at = second.length - 2; at >= 2; at--) {
      if (COUNTED_THING.test(second.slice(0, at)) && MEASURE_END.test(second.slice(at))) {
        head = second.slice(0, at);
        measure = second.slice(at);
        break;
      }
    }
  if (head.length < 2 || measure.length < 2 || !MEASURE_END.test(measure)) return null;
  return [first + measure, head + measure];
}

/**
 * Projects counted after examples closed by 等, then the stage they reach closing the clause (rule `examples-then-stage`):
 * "重点推动向家坝灌区一期二步工程等300个重点项目加快建设，高铁南片区城中村改造等50个项目竣工投用" (宜宾 2026).
 */
const PROJECTS_AT_STAGE =
  /^\s*([\u4e00-\u9fa5]{0,8}?(?:项目|工程))\s*((?:加快|全面|如期|按期|基本)?(?:建设|竣工|新开工|开工|建成|完工|投用|投产|投运)(?:投用|投产|投运|运营|达产)?)\s*$/;

/** A planting named by its verb before trees or an area ("义务植树1200万株": 眉山 2022): what is planted (rule `planting-count`). */
const PLANTING = /(?:植树|造林|种植|栽植|补植)$/;

/**
 * Projects a plan has reach a stage, counted after them (rule `planned-stage-count`): "年度计划安排29.74亿元,计划投产项目4个"
 * (珠海 2024) counts the projects to put in service; the plan's word is no part of the name.
 */
const PLANNED_STAGE = /^(?:计划|拟)((?:新开工|开工|竣工|建成|投产|投用)[\u4e00-\u9fa5]{0,6}项目)$/;

/** A level of government alone (省级, 县级): a list item naming only the level of the kind counted before it. */
const LEVEL_ONLY = /^(?:国家级|省级|市级|州级|县级|区级|乡级|镇级)$/;
const LEVEL_IN_NAME = /国家级|省级|市级|州级|县级|区级|乡级|镇级/;

/**
 * An area or length of works after a verb that pushes them on, the works closing the clause (rule `quantity-of-works`):
 * "推进8.5万亩高标准农田建设" (高县 2022) measures the farmland built. Only a quantity: a count after 推进 is too often part of
 * a project's name (推进玉树州9个…供电工程).
 */
const PUSHING_VERB = /^(?:推进|推动|实施|完成)$/;
const WORKS_OF_QUANTITY = /^\s*([\u4e00-\u9fa5]{2,12}?(?:建设|改造|整治|治理))\s*$/;

/** A year and a verb of reaching before a value, nothing else: 2025年突破, 2028年冲刺. */
const YEAR_AND_REACH = /^(?:19|20)\d{2}年(?:力争|争取)?(?:突破|冲刺|达到|达|超过|迈上|跨上)?$/;
/** Only a word of striving and a verb of reaching before a value: 争取突破, 力争达到. */
const STRETCH = /^(?:力争|争取|努力)(?:突破|超过|达到|达|实现)?$/;
/** What a counted thing may be, in brackets after it: "省级大健康产业示范区（县、市、特区）20个" (贵州 2018). */
const BRACKETED_REMARK = /[（(][^（）()]{1,20}[）)]$/;
/** A value closing with 的 (…20%(含20%)的…企业, 3%(含)以上的, 2000万元以上的): what follows is qualified by it. */
const CONDITION_OF = /\d\s*(?:%|‰|个百分点|万元|亿元|元|万人|人|家|个|项)?\s*(?:[（(][^（）()]{0,8}[）)])?\s*(?:及?以上|及?以下)?的/;
/** A count of things added ("新增…企业", "新建…基站"): a bare 总量 after it is the total of the same things. */
const NEW_THINGS = /^(?:新增|新建)(?=[\u4e00-\u9fa5A-Za-z0-9“]{2})/;

export function indicatorsOfSentence(sentence: Sentence, year: number | null, strict: boolean): FoundIndicator[] {
  const found: FoundIndicator[] = [];
  if (ALLOCATION.test(sentence.text)) return found;
  // The subject later bare measures of the sentence belong to (see BARE_MEASURE).
  let subject: string | null = null;
  let clauseYear = year;
  let previousClause = '';
  // The sector a clause of its own names ("生产性服务业加快发展，增加值规模达2450亿元"): bare measures after it are its.
  let sector: string | null = null;
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
    // 销售额增速同比增长高于10%(含10%)、15%(含15%)、20%(含20%)的限额以上批发业法人企业(个体户),分别给予1万元、2万元、3万元的奖励
    // (隆安 2023): values closing with 的 right before a clause that pays are the conditions of the payment, no targets,
    // whatever year the sentence names (rule `condition-before-payment`).
    const conditions =
      clause.includes('的') &&
      CONDITION_OF.test(clause) &&
      sentence.text
        .slice(offset)
        .split(/[，；。]/, 2)
        .some(isPayment);
    if (valueCharacters(clause) === 0 || isPayment(clause) || conditions) {
      sector = SECTOR_CLAUSE.exec(clause)?.[1] ?? sector;
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
      // "…，2025年突破4000亿元、2028年冲刺5000亿元" (扬州 2024): a later part of the clause opening with a year of its own
      // is that year's (rule `year-led-levels`).
      const partYear = index > 0 && year !== null && rawName.includes('年') ? CLAUSE_YEAR.exec(rawName.replace(/^[、和及]/, '')) : null;
      if (partYear && Number(partYear[1]) >= year!) clauseYear = Number(partYear[1]);
      const value = parseIndicatorValue(match.text);
      const after = text.slice(match.index + match.text.length);
      // "…，销售额增速同比增长高于10%(" (隆安 2023, where the stored page stops): a value cut off at an opening bracket with no
      // sentence end after it says nothing whole, neither what it measures nor what it qualifies (rule `cut-at-open-bracket`).
      if (after.length <= 12 && /^\s*[（(][^（）()]*$/.test(after) && partStart + text.length >= sentence.end && !/[。；！？]\s*$/.test(sentence.text))
        continue;
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
      // "确保全年入库项目950个、总投资2335亿元" (宜宾 2026): a 总投资 listed right after a count of projects in the same clause is
      // the investment of those projects (rule `investment-of-counted`).
      const countedBefore = found[found.length - 1];
      const investedIn =
        index > 0 &&
        countedBefore !== undefined &&
        countedBefore.start >= clauseStart &&
        /^[、和]?总投资$/.test(rawName.trim()) &&
        countedBefore.facts.name.endsWith('项目') &&
        /元$/.test(value.unit ?? '')
          ? countedBefore.facts.name + '总投资'
          : null;
      if (strict && !continuesList && investedIn === null && !strictValueIsTarget(rawName, after, value.unit, text, strivenFor)) continue;
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
      if (investedIn === null && SIZE_OF_PROJECT.test(rawName) && !TARGET_CUE.test(match.text)) continue;
      // "布局一批50万千瓦以上…基地": the number is the size of each, the count is left open.
      if (/一批$/.test(rawName)) continue;
      // "打造600万吨级的绿色焦化产业园", "打造10万吨级白酒基地" (交城 2021): a quantity with 级 is the class of what is built, no
      // target (rule `class-of-size`).
      if (after.startsWith('级')) continue;
      // "常住户 100 户以上卫生公厕全覆盖" (西双版纳 2022): a size with 以上 before what is covered in full marks the places
      // concerned (villages of 100 households or more), the target is the coverage; the size is none (rule
      // `threshold-of-coverage`).
      if (/以上/.test(match.text + after.slice(0, 3)) && THRESHOLD_OF_COVERAGE.test(after)) continue;
      // "巩固提升电子信息、光伏制造2个优势数字产业": a number that counts the items just listed names them, it sets no target.
      if (value.upper === null && countsTheListedItems(rawName, value.value, value.unit, after)) continue;
      // "上海奉贤推出产业促进意见 计划到2027年实现…增幅超7成": a headline's words before the deadline name no metric.
      const spokenWithBase = rawName.replace(WORDS_BEFORE_DEADLINE, '').replace(LEADING_NOISE, '').replace(VERB_ADVERBS, '').replace(LEADING_NOISE, '');
      // "单位地区生产总值能源消耗比2020年下降14.5%" (黔江 2023): the base year of a change is a property, no part of the metric.
      const base = BASE_YEAR_BEFORE_CHANGE.exec(spokenWithBase);
      const spoken = base ? spokenWithBase.slice(0, base.index) + spokenWithBase.slice(base.index + base[0].length) : spokenWithBase;
      let name = spoken.replace(SO_CALLED, '').replace(TRAILING_VERBS, '').replace(SPAN_BEFORE_SUM, '').trim();
      // "…覆盖率实现双100%", "…总投资额双双突破300亿元": the value of each of two subjects (rule `both-of-two`).
      const bothWritten = BOTH.test(name);
      if (bothWritten) name = name.replace(BOTH, '').replace(TRAILING_VERBS, '');
      // "地区生产总值增长6.5%": a percentage right after 增长/下降 is a rate of change, not a level; the name keeps the
      // verb and the measure says which, as target lists read it.
      const change = value.unit === '%' || value.unit === '个百分点' ? CHANGE_BEFORE_VALUE.exec(spoken)?.[1] : undefined;
      const spokenName = name;
      if (sector !== null && SECTOR_MEASURE.test(name)) name = sector + name;
      // "全市服务业增加值达到1800亿元以上，争取突破2000亿元" (泸州 2021): a value striven for with no words of its own is a
      // higher one for the metric before, in the same unit (rule `stretch-value`).
      if (name === '' && STRETCH.test(rawName.trim()) && last && last.facts.unit === value.unit && last.facts.targetValue !== null) name = last.facts.name;
      // A year and a verb of reaching before a level ("2025年突破4000亿元") measure the subject of the target before it
      // in the sentence (服务业增加值年均增速高于GDP年均增速… → 服务业增加值: rule `year-led-levels`).
      // The year written right before the value is the value's, whatever year the sentence carried (扬州 2024: 到2028年…。…，
      // 2025年突破4000亿元).
      else if (
        name === '' &&
        subject !== null &&
        YEAR_AND_REACH.test(rawName.replace(/^[、和及]/, '').trim()) &&
        value.unit !== null &&
        /元$/.test(value.unit)
      ) {
        name = SUBJECT.exec(subject)?.[1] ?? subject;
        clauseYear = Number(/(?:19|20)\d{2}/.exec(rawName)![0]);
      }
      // "到2025年，遵义市常住人口要达到750万人左右，2035年达到835万人左右" (遵义): a clause of a later year and a verb of
      // reaching with no subject of its own, in the unit of the level right before it, is that level's metric in its year
      // (rule `year-led-same-unit`).
      else if (
        name === '' &&
        index === 0 &&
        ownClauseYear !== null &&
        last !== undefined &&
        last.facts.measure === null &&
        last.facts.unit === value.unit &&
        last.facts.targetYear !== null &&
        last.facts.targetYear < ownClauseYear &&
        YEAR_AND_REACH.test(rawName.trim())
      )
        name = last.facts.name;
      if (/^占/.test(name)) {
        const before = previousClause.replace(LEADING_NOISE, '').replace(/^(全省|全市|我省|我市)?(实现)?/, '');
        const subjectBefore = SUBJECT.exec(
          sector !== null && SECTOR_MEASURE.test(before.replace(TRAILING_VALUE, '').replace(TRAILING_VERBS, '')) ? sector + before : before,
        );
        if (subjectBefore) name = subjectBefore[1] + name;
        // "数字经济规模突破4000亿元，年均增长超20%，占GDP比重达45%以上": a growth clause between (read as the growth of the
        // value before it) leaves the share with the subject of that value (福州 2018).
        else if (subject !== null && last?.facts.growth === previousClause.trim()) name = subject + name;
      } else if (subject !== null && BARE_MEASURE.test(name)) {
        // 总量 of a total (GDP(地区生产总值)增长5%左右,总量力争突破3000亿元: 肇庆 2025) is that total (rule `total-of-a-total`).
        name = name === '总量' && /(?:总值|总额)$/.test(subject) ? subject : subject + name;
      }
      // "全省体育产业总规模超过7200亿元,增加值占全省地区生产总值2%以上" (江苏 2021): a measure of a share written without its
      // industry is the industry's the target before named (rule `industry-of-share`).
      else if (subject !== null && MEASURE_OF_SHARE.test(name)) {
        const industry = INDUSTRY_OF_SUBJECT.exec(subject);
        if (industry) name = industry[1] + name;
      }
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
      // "到2025年底，50平方公里以上建设用地面积达到海绵城市建设目标要求" (嘉定 2024): a quantity opening its clause sizes the
      // measure right after it, which reaches a standard; the measure and the standard name the target (rule
      // `quantity-then-measure`).
      const reaching = !isCount && ORDINAL_SCOPE.test(name) ? MEASURE_REACHING.exec(after) : null;
      const measureReaching = reaching ? reaching.slice(1).join('') : null;
      const worksMatch = value.unit !== null && QUANTITY_UNIT.test(value.unit) && PUSHING_VERB.test(spoken.trim()) ? WORKS_OF_QUANTITY.exec(after) : null;
      const quantityOfWorks = worksMatch ? worksMatch[1] : null;
      const atStage = isCount && startVerb === null && rawName.endsWith('等') ? PROJECTS_AT_STAGE.exec(after) : null;
      const projectsAtStage = atStage ? atStage[2] + atStage[1] : null;
      // "新开工1000套以上" after a clause naming what: a verb and a number name nothing.
      if (
        BARE_VERB.test(name) &&
        counted === null &&
        countedThenDone === null &&
        measureReaching === null &&
        projectsAtStage === null &&
        quantityOfWorks === null &&
        !continuing
      )
        continue;
      if (investedIn) name = investedIn;
      else if (shareOf) name = shareOf[1];
      else if (covered) name = covered;
      else if (countedThenDone) name = countedThenDone;
      else if (measureReaching) name = measureReaching;
      else if (projectsAtStage) name = projectsAtStage;
      else if (quantityOfWorks) name = quantityOfWorks;
      // "建成20个…示范区", "全省培育形成7个百亿级大市场", "重点引进100名…人才": the counted thing follows the number,
      // so the words from the verb on are the name; "培育100家以上示范企业" → 培育示范企业, the verb and what is counted.
      else if (GENERIC_NAME.test(name) || (verbAtEnd !== null && verbAtEnd.index === 0) || continuing) {
        const wholeNoun = counted !== null && !/^[^，；。]*的/.test(after);
        // A list item opening with its count ("培育10家龙头企业、200家以上配套企业") takes the clause's verb (rule
        // `count-item-takes-verb`): the count is its value, not part of its name.
        const itemVerb = continuing ? clauseVerb : (startVerb?.[1] ?? null);
        name =
          itemVerb !== null && counted && isCount && wholeNoun
            ? itemVerb + counted
            : text
                .slice(rawName.length - spoken.length)
                .replace(/^[、和及]/, '')
                .trim();
      }
      // "在…领域重点引进和培养1万名…企业紧缺人才", "新增医学工程、…等5家国家科技创新基地": the verb and what is counted.
      // "开通至周边机场2-3条通用航空短途运输航线" (十堰 2024): where the things counted go is no name of theirs (rule
      // `verb-then-destination`).
      else if (isCount && counted && (verbAtEnd !== null || /等$|、/.test(name) || VERB_THEN_DESTINATION.test(name)))
        name = (verbAtEnd?.[1] ?? startVerb?.[1] ?? '') + counted;
      const countedVerb: string | null = startVerb?.[1] ?? verbAtEnd?.[1] ?? (continuing || continuesList ? clauseVerb : null);
      if (isCount && countedVerb !== null) sentenceVerb = countedVerb;
      // "组织开展残疾人职业技能培训1300人次以上" (东阳 2023): 人次 counts the people an activity serves; the activity, without the
      // verbs that organize it, is what is measured.
      const attendance = value.unit !== null && /^万?人次$/.test(value.unit) && name.replace(ORGANIZING, '').length >= 2;
      if (attendance) name = name.replace(ORGANIZING, '');
      // A count target names what is counted after its verb: "建成充电桩" is the metric of 10万个.
      // A count of named things ("科技项目突破30项") or an area or length after its verb ("推广杂交稻旱种50万亩").
      // "力争新培育国家级龙头企业2户、省级5户、县级50户" (高县 2022): a later item naming only a level counts the kind the item
      // before it counted at another level, in the same unit (rule `level-of-kind`).
      if (index > 0 && isCount && rawName.endsWith('级') && last !== undefined && last.facts.unit === value.unit) {
        const level = rawName.replace(/^[、和及]/, '').trim();
        const levelBefore = LEVEL_ONLY.test(level) ? LEVEL_IN_NAME.exec(last.facts.name) : null;
        if (levelBefore) name = last.facts.name.slice(0, levelBefore.index) + level + last.facts.name.slice(levelBefore.index + levelBefore[0].length);
      }
      // "县城综合商贸服务中心和乡镇商贸中心提质升级、覆盖率100%" (河北 2022): the subject's upgrade, then a rate of it; the rate
      // is the subject's (rule `upgrade-then-rate`).
      const upgradeThenRate = UPGRADE_THEN_RATE.exec(name);
      if (upgradeThenRate) name = upgradeThenRate[1] + upgradeThenRate[2];
      const countTarget =
        ((COUNT_VERB.test(name.replace(SCOPE_WORDS, '')) || countedVerb !== null || COUNTED_THING.test(name.replace(BRACKETED_REMARK, ''))) && isCount) ||
        // A count named by the thing after it (…、100种以上的智能装备 → 智能装备: rule `kinds-counted`).
        (isCount && counted !== null && name === counted) ||
        (startVerb !== null && value.unit !== null && QUANTITY_UNIT.test(value.unit)) ||
        (value.unit !== null && QUANTITY_UNIT.test(value.unit) && PLANTING.test(name)) ||
        countedThenDone !== null ||
        measureReaching !== null ||
        projectsAtStage !== null ||
        quantityOfWorks !== null ||
        shareOf !== null ||
        covered !== null ||
        attendance;
      if (
        name.length < 2 ||
        /^[\d.%]+$/.test(name) ||
        (!countTarget &&
          // An average rate is written 年均 or 平均 (柳州: “十三五”期间产值平均增速达10%: rule `average-rate-word`). A rise in
          // points or per cent of a measure (德清 2016: 占地区生产总值年均提高1-2个百分点; 城镇化率提高0.9个百分点以上) keeps its
          // verb on the name, a measure still (rule `rise-of-measure`).
          !MEASURE_END.test(
            name
              .replace(/[”“）)]+$/, '')
              .replace(value.unit === '个百分点' || value.unit === '%' ? /(?:年均)?(?:提高|提升)$/ : /(?!)/, '')
              .replace(/(年均增长|年均增速|平均增速|平均增长|年均|增速|年)$/, ''),
          ) &&
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
      const subjects = bothWritten ? bothSubjects(name) : eachSubject(name, rawName);
      if (subjects) {
        const facts = indicatorFacts(withoutAchieve(measured(subjects[0])), value, match.text, unit, clauseYear, text, sentence, partStart + match.index);
        for (const subject of subjects) {
          const written = text.indexOf(subject);
          const at = partStart + (written >= 0 ? written : text.indexOf(subject.slice(0, 2)));
          found.push({ facts: Object.assign({}, facts, { name: measured(subject) }), start: at, end: partStart + text.length });
        }
        continue;
      }
      const facts = indicatorFacts(withoutAchieve(changeName), value, match.text, unit, clauseYear, text, sentence, partStart + match.index);
      found.push({
        facts: base ? Object.assign({}, facts, { baseYear: Number(base[1]) }) : facts,
        start: partStart + (text.length - text.trimStart().length),
        end: partStart + text.length,
      });
      if (!isCount && !BARE_MEASURE.test(spokenName)) subject = SHORT_NAME.exec(rawName)?.[1] ?? withoutAchieve(changeName).replace(CHANGE_END, '');
      // "新增规模以上服务业企业80家，总量达到680家" (兰州 2024): a bare total after a count of new things totals those things
      // (rule `total-after-new-count`).
      else if (isCount && NEW_THINGS.test(name)) subject = name.replace(NEW_THINGS, '');
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
  if (NOT_A_TARGET_BEFORE.test(rawName) || (/^的/.test(after) && !VALUE_OF_THE_TARGET.test(after)) || unit === '岁' || unit === '年') return false;
  if (
    unit !== null &&
    (COUNT_UNIT.test(unit) || QUANTITY_UNIT.test(unit)) &&
    (COUNT_VERB.test(rawName.replace(LEADING_NOISE, '').replace(VERB_ADVERBS, '')) || VERB_BEFORE_NUMBER.test(rawName))
  )
    return true;
  // "推动潞讯精密电子30条生产线投产": pushed for, the counted things then a verb of completion.
  if (unit !== null && COUNT_UNIT.test(unit) && /^(推动|推进|确保|力争|争取|实现)/.test(rawName) && countedBeforeVerb(after) !== null) return true;
  if (unit !== null && COUNT_UNIT.test(unit) && rawName.endsWith('等') && PROJECTS_AT_STAGE.test(after)) return true;
  if (
    unit !== null &&
    QUANTITY_UNIT.test(unit) &&
    PUSHING_VERB.test(rawName.replace(LEADING_NOISE, '').replace(VERB_ADVERBS, '')) &&
    WORKS_OF_QUANTITY.test(after)
  )
    return true;
  if (unit !== null && COUNT_UNIT.test(unit) && rawName.endsWith('项目') && PLANNED_STAGE.test(rawName.replace(LEADING_NOISE, ''))) return true;
  // "推动规上工业企业数字化转型覆盖率超85%" (宜宾 2026): 超 right before a value closing its clause is a threshold to pass
  // (rule `over-closing-value`); not one sizing the things counted after it (新引进落地总投资超10亿元项目50个以上: 福建 2026).
  if (after.trim() === '' && (rawName.endsWith('超') || text.startsWith('超', rawName.length))) return true;
  return strivenFor || TARGET_CUE.test(text) || ACHIEVE_LEVEL.test(rawName.replace(LEADING_NOISE, ''));
}

/** "实现社会消费品零售总额1600亿元" in a yearly task list: a level to reach (静安 2023). */
const ACHIEVE_LEVEL = /^(?:全年|今年)?实现(?:全年)?[\u4e00-\u9fa5]{2,20}$/;

/** A subject, its upgrade (提质升级, 改造升级, 提档升级, 转型升级) and after 、 a rate of it alone (覆盖率, 达标率). */
const UPGRADE_THEN_RATE = /^(.{2,}?)(?:提质|提档|改造|转型|优化)升级、((?:[\u4e00-\u9fa5]{2})?率)$/;
