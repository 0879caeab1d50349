// The targets one sentence states, clause by clause.
import { type Sentence } from '@policygraph/parse';
import { parseIndicatorValue } from './indicator-value';
import { DECLINE_END, GROWTH_END } from './metric-wording';
import { valueCharacters, valueParts, type ValuePart } from './clause-values';
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
  countEnumeratedAfter,
  breaksDownCount,
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
import { BOTH, bothSubjects } from './both-of-two';
import {
  BRACKETED_REMARK,
  LEVEL_IN_NAME,
  LEVEL_ONLY,
  MEASURE_REACHING,
  NEW_THINGS,
  PLANTING,
  AREA_GROWN,
  AREA_UNIT,
  SECTOR_CLAUSE,
  SECTOR_MEASURE,
  STRETCH,
  TRAILING_VALUE,
  UPGRADE_THEN_RATE,
  VERB_THEN_DESTINATION,
  TREND_THEN_LEVEL,
  TREND_WORD,
  YEAR_AND_REACH,
} from './clause-name-patterns';
import { type FoundIndicator, indicatorFacts, respectiveTargets } from './running-text-facts';
import { PROJECTS_AT_STAGE, PUSHING_VERB, STRIVING_SCOPE, TARGET_CUE, WORKS_OF_QUANTITY, strictValueIsTarget } from './target-cues';
import { ALLOCATION, isPayment } from './payments';
import { CLAUSE_YEAR } from './target-years';

export type { FoundIndicator } from './running-text-facts';

/** What follows a size that marks the places a full coverage is for: "…以上(的)卫生公厕全覆盖", "…以上的自然村通硬化路全覆盖". */
const THRESHOLD_OF_COVERAGE = /^\s*(?:及?以上)?的?[\u4e00-\u9fa5“”]{1,24}?全覆盖/;
/** A stated base year right before a verb of change: 比2020年下降, 较2020年提高. */
const BASE_YEAR_BEFORE_CHANGE = /[比较]((?:19|20)\d{2})年(?:底|末)?(?=(?:年均)?(?:增长|下降|降低|减少|提高|提升|增加)$)/;
/** What a project costs (总投资1.2亿元的…, 首期投资2998万美元): its size, written before or after its name. */
const SIZE_OF_PROJECT = /(?:总|首期|[一二三]期)投资(?:约|达)?$/;
/** A count per region or unit ("各地区打造1—2条", "各县建设1个"): a guideline for each, not a total. */
const PER_UNIT = /各(?:地区|地|市|县|区|州|乡镇|乡|村|单位)/;

/** A value closing with 的 (…20%(含20%)的…企业, 3%(含)以上的, 2000万元以上的): what follows is qualified by it. */
const CONDITION_OF = /\d\s*(?:%|‰|个百分点|万元|亿元|元|万人|人|家|个|项)?\s*(?:[（(][^（）()]{0,8}[）)])?\s*(?:及?以上|及?以下)?的/;

const FULL_WIDTH_COLON = 0xff1a;
/**
 * A schedule item's label: a numbered or bare name of a thing before its colon, no words of a goal or a task list (主要目标：,
 * 工作任务：, 实施计划：, 责任单位：).
 */
const ITEM_LABEL = /^\s*(?:\d{1,2}[.、．]\s*)?([\u4e00-\u9fa5]{2,20})$/;
const NOT_A_THING_LABEL = /(?:目标|任务|措施|要求|计划|内容|进度|安排|时限|情况|举措|重点|单位|部门|方案|机制|意见|说明|备注)$/;
/** A count closing its clause, or only a qualifier after it: it counts the item's thing, not one named after it. */
const AFTER_COUNT_ENDS = /^\s*(?:左右|以上|以内)?\s*$/;

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
  // The thing a schedule item is about, named before its colon (婴幼儿照护服务成长驿站：3月底前新建成2家；6月底前新建成2家: 临安
  // 2022): a count after a bare verb later in the sentence counts it (rule `labelled-milestones`).
  let itemLabel: string | null = null;
  for (const clause of sentence.text.split(/[，；。：]/)) {
    const clauseStart = sentence.start + offset;
    if (offset === 0 && sentence.text.charCodeAt(clause.length) === FULL_WIDTH_COLON) {
      const label = ITEM_LABEL.exec(clause)?.[1] ?? null;
      itemLabel = label !== null && !NOT_A_THING_LABEL.test(label) ? label : null;
    }
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
    const valueFirst = valueFirstItems(clause, parts);
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
      if (
        value.upper === null &&
        (countEnumeratedAfter(value.value, value.unit, after) || breaksDownCount(sentence.text.slice(0, partStart - sentence.start + match.index), value.value))
      )
        continue;
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
      // "服务业完成税收占全市税收收入比重逐年提高，到2027年突破35%" (乌海 2025): a year and a verb of reaching right after a clause
      // that names a metric and its trend, with no value, measure that metric (rule `trend-then-year-level`).
      else if (name === '' && previousClause.length > 4 && TREND_WORD.test(previousClause) && YEAR_AND_REACH.test(rawName.trim().replace(/^到/, ''))) {
        const trend = TREND_THEN_LEVEL.exec(previousClause);
        if (trend) name = trend[1];
      }
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
      const labelled =
        itemLabel !== null && isCount && name.length > 0 && counted === null && AFTER_COUNT_ENDS.test(after) && BARE_VERB.test(name) ? name + itemLabel : null;
      // Rule `value-first-items`: each item of a list a verb opens, written value first (望江 2009 形成12万吨粘胶短纤维、80万锭新型纺纱
      // 设备、10000台织机、1亿米印染、6000万套服装的年生产加工能力), is named by the thing after its value, up to 的.
      const listedThing = valueFirst ? (/^(?:左右|以上)?([\u4e00-\u9fa5]{2,12}?)(?:的|、|$)/.exec(after.trim())?.[1] ?? null) : null;
      if (listedThing !== null && value.unit !== null && (COUNT_UNIT.test(value.unit) || QUANTITY_UNIT.test(value.unit))) {
        const facts = indicatorFacts(listedThing, value, match.text, value.unit, clauseYear, text, sentence, partStart + match.index);
        found.push({ facts, start: partStart + (text.length - text.trimStart().length), end: partStart + text.length });
        continue;
      }
      // "新开工1000套以上" after a clause naming what: a verb and a number name nothing.
      if (
        BARE_VERB.test(name) &&
        labelled === null &&
        counted === null &&
        countedThenDone === null &&
        measureReaching === null &&
        projectsAtStage === null &&
        quantityOfWorks === null &&
        !continuing
      )
        continue;
      if (investedIn) name = investedIn;
      else if (labelled) name = labelled;
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
        (value.unit !== null && AREA_UNIT.test(value.unit) && AREA_GROWN.test(name)) ||
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

/**
 * A list of items written value first after one verb (形成12万吨粘胶短纤维、80万锭新型纺纱设备、10000台织机): the clause opens with the
 * verb alone before the first value and no words stand between an item's 、 and its value (rule `value-first-items`).
 */
function valueFirstItems(clause: string, parts: readonly ValuePart[]): boolean {
  if (parts.length < 3) return false;
  const opening = clause.slice(parts[0].from, parts[0].value.index).replace(LEADING_NOISE, '').replace(VERB_ADVERBS, '').trim();
  if (!BARE_VERB.test(opening) || opening === '') return false;
  return parts.slice(1).every(
    (part) =>
      clause
        .slice(part.from, part.value.index)
        .replace(/^[、和及]/, '')
        .trim() === '',
  );
}
