import { beginsWithPlace } from '../regions/place-words';
import {
  bareProgrammeList,
  builtList,
  copulaList,
  countedList,
  eachNamedProjects,
  listedAfterVerb,
  listedProjects,
  projectsCalledProjects,
  visitedWorks,
} from './listed-undertakings';
import { CUES, FACILITY_BUILT_CUE, FACILITY_CUE, HEAD_IN_LIST_CUE, PROGRAMME_CUE, PROGRESS_CUE, RULE_CUES, WORKS_CUE, aroundHead } from './undertaking-cues';
import {
  DESCRIBED,
  DOCUMENT,
  ENCOURAGED,
  GENERIC,
  HONOUR_WON,
  LEADING_VERB,
  LEVEL_KIND,
  MIN_NAME,
  PLACE_AND_WORKS,
  PROGRAMME_END,
  SUPPORTED,
  clauseStart,
  insideBookTitle,
  isName,
  lastInnerVerbEnd,
  listsRoleOfPlace,
} from './undertaking-names';
import { AFTER, BUILD, CAMPAIGN_HEAD, DO, FACILITY_HEAD, NAME, PROGRAMME_HEAD, STRETCH } from './undertaking-patterns';
import {
  LEADING_INVESTMENT,
  completedFacilities,
  describedWorks,
  sizedByInvestment,
  underConstruction,
  worksBeforeCompletion,
  worksByProgress,
  locatedProjects,
  parksByFloorSpace,
  worksListedIn,
  worksOfManager,
  worksStarted,
} from './works-undertakings';

/**
 * How plans and work reports name their undertakings, one rule per convention (examples in undertaking-rules.spec.ts).
 * Each rule reads one sentence and returns the names as written with their offsets in it; `namedUndertakings` merges
 * them. Adding a convention is adding a rule here.
 */
export interface FoundUndertaking {
  readonly name: string;
  /** Offset of the name in the sentence. */
  readonly start: number;
  readonly rule: UndertakingRuleName;
}

export type UndertakingRuleName =
  | 'programme-after-verb'
  | 'facility-after-verb'
  | 'listed-after-verb'
  | 'under-construction'
  | 'quoted-programme'
  | 'listed-projects'
  | 'counted-list'
  | 'listed-after-copula'
  | 'sized-by-investment'
  | 'works-started'
  | 'works-progress'
  | 'listed-under-heading'
  | 'located-project'
  | 'venue-of-start'
  | 'completed-facility'
  | 'described-work'
  | 'titled-item'
  | 'heading-programme'
  | 'bare-programme-list'
  | 'built-list'
  | 'projects-each-named'
  | 'project-is-project'
  | 'visited-works';

const PROGRAMME = new RegExp(`${DO}(${NAME}(?:${PROGRAMME_HEAD})”?${STRETCH})${AFTER}`, 'g');
const FACILITY = new RegExp(`${BUILD}(${NAME}(?:${FACILITY_HEAD})”?${STRETCH})(?:建设)?${AFTER}`, 'g');
/**
 * The title of an item of a boxed list (专栏) or of a numbered paragraph, closed by its colon (昆明 十四五 纲要, 专栏6:
 * 重大技术改造工程：深化新一代信息技术与制造业融合发展…; 烤烟产业工程：以稳定规模…为目标…): the undertaking the item sets
 * out. Plain words of a plan (实施计划：, 行动计划：) name none: the name says more than its head; an item titled …项目：
 is more often a class of projects (招商引资项目：) than one.
 */
const TITLED_ITEM = /^(?:[（(]?[0-9一二三四五六七八九十]{1,2}[)）.、．]\s*)?(“?[^，。；：、！？“”]{2,24}?”?(?:工程|专项行动|行动计划|行动|计划))[：:]/;
export const PLAIN_ITEM_TITLE = /^(?:实施|工作|年度|总体|重点|主要|具体|推进|保障)?(?:计划|行动计划|工程|行动)$/;
/** A further object coordinated with the one just read: 实施A专项行动和“快递进村”工程, 推动A中心和B中心建设. */
const COORDINATED = new RegExp(`^(?:建设)?(?:和|及|与|、)(${NAME}(?:${PROGRAMME_HEAD}|${FACILITY_HEAD})”?${STRETCH})${AFTER}`);
/**
 * A quoted name with its head inside or right after the quote: “两重”项目, “人工智能+”行动, “玉如意计划”; before the
 * punctuation that ends it, or the words that carry it out (落实省、市“千项万亿”工程工作部署, 滨江 2023; 关于…实施“百千万”工程的
 * 部署, 牡丹江 2023; “千企千亿”技改工程加速推进, 荆州 2021: rule quoted-programme-carried-out).
 */
const QUOTED = new RegExp(
  `“[^“”，。；]{1,16}”(?:[^“”，。；、\\s]{0,6}?(?:专项行动|行动计划|行动|工程|计划|项目|${CAMPAIGN_HEAD}))?(?=[，。；、和及与等（(]|建设|为(?:契机|抓手|载体|引领|重点)|工作部署|的(?:部署|要求|安排|决策)|(?:加速|加快|深入|持续|全面|扎实|稳步|有序)推进|\\d+(?:场次|场|届|期)|$)`,
  'g',
);
/**
 * A quoted name closed by a programme's head (“两重”项目), or by a campaign's or fair's (rule quoted-campaign: 精心组织“嗨购
 * 幸福怀化”消费季、“味道湖南怀化味道”美食节等重点消费促进活动, 怀化 2023; “乐游肃南·助商惠民”促消费专项活动): a named
 * undertaking the plan organises, as a quoted 行动 is.
 */
/** A count closing right before a quoted name: 19个, 十个, 3项, 一批. */
const COUNT_BEFORE = /(?:[\d０-９]+|[一二两三四五六七八九十百]+)(?:个|项|批|类)$|一批$/;
const QUOTED_HEAD = new RegExp(`(?:行动|工程|计划|项目|${CAMPAIGN_HEAD})”?$`);

/** A programme, 中, and a part of it with its own name (珠澳水资源保障工程中平岗泵站扩建工程); not …工程中心, a facility. */
const PART_OF_PROGRAMME = /^(.{4,30}?(?:工程|项目|计划))中(?!心)(.{4,30})$/;
/**
 * The ordinal of a report's run of points (七是…, 九是…) and a work's rank (全国首条, 全省首个) written before a name are no
 * part of it (rule ordinal-or-rank-before-name: 七是全国首条“沙戈荒”新能源外送通道“宁电入湘”工程…, 宁夏 2026 → “沙戈荒”新能源外送
 * 通道“宁电入湘”工程; 全国首条白芸豆胶囊保健食品GMP生产线, 云龙 2025).
 */
const ORDINAL_OR_RANK = /^(?:[一二三四五六七八九十]{1,2}是)?(?:(?:全国|全省|全市|全州|全县|国内|省内)?(?:首个|首座|首条|首家|首批|第一个))?/;

/**
 * What a facility is built around, written before it (rule focus-before-name: 建设以兰白地区为重点的中部绿色生态产业示范区, 白银
 * 2018): the facility after 的 is named.
 */
const FOCUS_FRAME = /^以[^，。；、]{2,16}?为(?:重点|核心|主体|龙头|依托|引领|支撑)的/;

/** Rules that read a name by its place in a list the text calls projects, or sized as one facility. */
const LISTED_RULES: ReadonlySet<UndertakingRuleName> = new Set(['listed-projects', 'listed-after-copula', 'sized-by-investment', 'located-project']);
const NAMED_BY_HEAD = new RegExp(`(?:${PROGRAMME_HEAD}|${FACILITY_HEAD})$`);

/** Where a sentence lies in its document's text. */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
}

/**
 * Named undertakings in one sentence, each once, in text order. `span` says where the sentence lies in its document:
 * the cue scan reads every character, and reads them faster there than through the sentence's own text (a slice).
 */
export function namedUndertakings(sentence: string, span: SentenceSpan = { text: sentence, start: 0 }, scope: 'all' | 'review' = 'all'): FoundUndertaking[] {
  // A review of the past is read by the rules of lists and works' stages only (rule works-in-review, see
  // extract-named-undertakings.ts): the verb-and-object rules, the costliest, are not run there.
  const verbRules = scope === 'all';
  const found: FoundUndertaking[] = [];
  const origin = span.start;
  const cues = CUES.bitsIn(span.text, (_text, end, bits, start) => aroundHead(sentence, end - origin, bits, start - origin), origin, origin + sentence.length);
  if ((cues & RULE_CUES) === 0) return found;
  const taken: Array<[number, number]> = [];
  const add = (cellText: string, cellAt: number, rule: UndertakingRuleName): void => {
    // A name never spans a table cell (rule name-within-cell: 1 | 产业发展 | 玉米制种基地建设项目 | 扩建, 西昌 2021): what a
    // rule read across a cell border is cut to its last cell.
    const border = cellText.lastIndexOf('|');
    const cellStart = border < 0 ? 0 : border + 1 + (/^\s*/.exec(cellText.slice(border + 1))?.[0].length ?? 0);
    const written = cellStart === 0 ? cellText : cellText.slice(cellStart);
    const at = cellAt + cellStart;
    // A part named within its programme (rule part-of-programme: 推动珠澳水资源保障工程中平岗泵站扩建工程(二期)年内投产,
    // 珠海 2024): the programme and its part, each a name.
    const part = PART_OF_PROGRAMME.exec(written);
    if (part) {
      add(part[1], at, rule);
      add(part[2], at + part[1].length + 1, rule);
      return;
    }
    // The object of a verb inside the match is the undertaking (研究院深度参与长三角国家技术创新中心 → 长三角国家技术创新中心).
    // Not where what follows the verb is a head alone (rule verb-word-in-name: 海南生产支持基地(一期), 澄迈 2024: a support
    // base, 支持 no verb there).
    const objectStart = lastInnerVerbEnd(written);
    const object =
      objectStart > 0 && written.length - objectStart >= MIN_NAME && !HEAD_ALONE.test(written.slice(objectStart)) ? written.slice(objectStart) : written;
    const unverbed = object.slice(LEADING_VERB.exec(object)?.[0].length ?? 0);
    const unverbedStart = at + written.length - unverbed.length;
    // A clause opening with a verb of support: a facility after it is the aim served (no undertaking), a programme one the
    // plan joins, named without the verb (融入国家“东数西算”工程 → 国家“东数西算”工程).
    const supported = SUPPORTED.exec(sentence.slice(clauseStart(sentence, unverbedStart), unverbedStart) + unverbed);
    if (supported && !PROGRAMME_END.test(unverbed)) return;
    const verbInName = supported ? Math.max(0, supported[0].length - (unverbedStart - clauseStart(sentence, unverbedStart))) : 0;
    const unsupported = unverbed.slice(verbInName);
    const unranked = unsupported.slice(ORDINAL_OR_RANK.exec(unsupported)?.[0].length ?? 0);
    const name = unranked.slice(FOCUS_FRAME.exec(unranked)?.[0].length ?? 0);
    const start = at + written.length - name.length;
    // Two works joined by 和 or 及, the first closed by a work's head, the second named in five characters and more (rule
    // joined-works-split: 开工…滇中引水二期骨干工程和景腊大型灌区, 云南 2026; 华南国家植物园和深圳
    // 国际红树林中心, 广东 2026): each a work. Not one work whose 项目 closes both (…二期工程及科研中心项目, 卢龙 2019), nor a
    // facility and its annex (煤炭储备基地及交易专区, 长治 2024; …T3航站区及配套设施工程).
    const joined = joinedWorks(name);
    if (joined) {
      for (const part of joined) add(part.name, start + part.offset, rule);
      return;
    }
    const end = start + name.length;
    // List items are names by position (京东方、惠科等重大产业项目); elsewhere a name says more than its head noun.
    // A place and a head noun name one facility (永州电厂, 湘西机场): four characters are enough then.
    const minLength =
      rule === 'listed-projects' || rule === 'listed-after-copula' || rule === 'counted-list'
        ? 3
        : rule === 'works-started' || rule === 'quoted-programme' || (PLACE_AND_WORKS.test(name) && beginsWithPlace(name))
          ? 4
          : MIN_NAME;
    // 以…为重点 frames a means (建成以内陆开放型经济试验区为重点的开放体系), 以…为中心 a principle (坚持以人民为中心):
    // 以 opens no name.
    if (name.startsWith('以') && (sentence.startsWith('为', end) || name.endsWith('为中心'))) return;
    // 新型 opening a name the text lists as its projects or sizes as one facility qualifies that one (rule
    // class-word-in-name: …、新型环保绿色产业园、…等25个…重点建设项目, 石泉 2022; 打造500万吨的新型肥料产业园, 交城 2021).
    const checked = LISTED_RULES.has(rule) && NAMED_BY_HEAD.test(name) ? name.replace(/^新型/, '') : name;
    if (!isName(checked, minLength) || insideBookTitle(sentence, start) || taken.some(([s, e]) => start < e && s < end)) return;
    taken.push([start, end]);
    found.push({ name, start, rule });
  };
  // Each rule runs only where its cue occurs (等, a head noun, a head before 建设, 、, “): most sentences skip most rules.
  if (sentence.includes('、') && (cues & PROGRAMME_CUE) !== 0)
    for (const item of bareProgrammeList(sentence)) add(item.name, item.start, 'bare-programme-list');
  if (sentence.includes('、')) for (const item of countedList(sentence)) add(item.name, item.start, 'counted-list');
  if (sentence.includes('等')) for (const item of listedProjects(sentence)) add(item.name, item.start, item.counted ? 'counted-list' : 'listed-projects');
  if (sentence.includes('、') || sentence.includes('即') || sentence.includes('分别'))
    for (const item of copulaList(sentence)) add(item.name, item.start, 'listed-after-copula');
  if ((cues & PROGRAMME_CUE) !== 0 && (sentence.includes('项目、') || sentence.includes('工程、')))
    for (const item of eachNamedProjects(sentence)) add(item.name, item.start, 'projects-each-named');
  if (sentence.includes('项目是') || sentence.includes('项目为'))
    for (const item of projectsCalledProjects(sentence)) add(item.name, item.start, 'project-is-project');
  if ((cues & (PROGRAMME_CUE | FACILITY_CUE)) !== 0 && VISIT_WORDS.test(sentence))
    for (const item of visitedWorks(sentence)) add(item.name, item.start, 'visited-works');
  if (sentence.includes('投资') || ((cues & FACILITY_CUE) !== 0 && sentence.includes('的')))
    for (const item of sizedByInvestment(sentence)) add(item.name, item.start, 'sized-by-investment');
  if ((cues & WORKS_CUE) !== 0) for (const item of worksStarted(sentence)) add(item.name, item.start, 'works-started');
  if ((cues & WORKS_CUE) !== 0) for (const item of worksBeforeCompletion(sentence)) add(item.name, item.start, 'works-started');
  // Progress of named works (完成, 完工, 进展加快 …) and the works a site manager runs: only where those words are.
  if (sentence.includes('位于')) for (const item of locatedProjects(sentence)) add(item.name, item.start, 'located-project');
  if ((cues & FACILITY_CUE) !== 0 && sentence.includes('平方米'))
    for (const item of parksByFloorSpace(sentence)) add(item.name, item.start, 'sized-by-investment');
  if ((cues & (PROGRAMME_CUE | FACILITY_CUE)) !== 0) for (const item of describedWorks(sentence)) add(item.name, item.start, 'described-work');
  if ((cues & PROGRESS_CUE) !== 0 && (cues & (PROGRAMME_CUE | FACILITY_CUE)) !== 0) {
    for (const item of worksByProgress(sentence)) add(item.name, item.start, 'works-progress');
    if (sentence.includes('工程项目')) for (const item of worksOfManager(sentence)) add(item.name, item.start, 'works-progress');
  }
  if ((cues & (PROGRAMME_CUE | FACILITY_CUE)) !== 0 && (sentence.includes('列入') || sentence.includes('纳入')))
    for (const item of worksListedIn(sentence)) add(item.name, item.start, 'works-progress');
  // In a review a programme after its verb is read where it is quoted (实施“票根”联动促消费试点): a quoted programme the place carried out.
  if ((verbRules || sentence.includes('“')) && (cues & PROGRAMME_CUE) !== 0)
    for (const item of afterVerb(sentence, PROGRAMME)) add(item.name, item.start, 'programme-after-verb');
  if (verbRules && (cues & FACILITY_CUE) !== 0) for (const item of afterVerb(sentence, FACILITY)) add(item.name, item.start, 'facility-after-verb');
  if (verbRules && (cues & FACILITY_BUILT_CUE) !== 0) for (const item of underConstruction(sentence)) add(item.name, item.start, 'under-construction');
  if ((cues & (WORKS_CUE | FACILITY_CUE)) === (WORKS_CUE | FACILITY_CUE))
    for (const item of completedFacilities(sentence)) add(item.name, item.start, 'completed-facility');
  if (verbRules && (cues & HEAD_IN_LIST_CUE) !== 0) for (const item of listedAfterVerb(sentence)) add(item.name, item.start, 'listed-after-verb');
  if ((cues & (PROGRAMME_CUE | FACILITY_CUE)) !== 0 && sentence.includes('了'))
    for (const item of builtList(sentence)) add(item.name, item.start, 'built-list');
  if (sentence.includes('“')) for (const item of quotedProgrammes(sentence)) add(item.name, item.start, 'quoted-programme');
  if (verbRules && (cues & PROGRAMME_CUE) !== 0) {
    const titled = TITLED_ITEM.exec(sentence);
    if (titled && !PLAIN_ITEM_TITLE.test(titled[1])) add(titled[1], titled[0].length - 1 - titled[1].length, 'titled-item');
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The verbs of a visit to works (观摩了, 参观了, 先后来到, 前往): where rule visited-works can find something. */
const VISIT_WORDS = /观摩|参观|考察|调研|察看|视察|来到|前往|走进/;

/** A head noun alone, its phase in brackets at most (基地（一期）). */
const HEAD_ALONE = new RegExp(`^(?:${FACILITY_HEAD}|${PROGRAMME_HEAD})(?:[（(][^（）()]*[）)])?$`);

/** What closes the first of two joined works: a work's head, a station, a phase, a zone or a park. */
const JOINED_FIRST_END = new RegExp(`(?:${FACILITY_HEAD}|${PROGRAMME_HEAD}|站|电厂|[一二三四五六七八九十\\d]期|区|园)${STRETCH}$`);
/** A second part that is the first's annex or part (配套设施工程, 服务中心项目), or a work in progress's word before it. */
const ANNEX = /^(?:配套|相关|附属|周边|其他|其它|部分|后续|沿线)/;
const JOINED_SECOND_END = new RegExp(`(?:${FACILITY_HEAD}|工程|站|电厂|[一二三四五六七八九十\\d]期|区|园|改造|扩能|扩建)${STRETCH}$`);

/** The two works of a name that joins them (see joined-works-split), or null. */
function joinedWorks(name: string): Array<{ name: string; offset: number }> | null {
  if (!name.includes('和') && !name.includes('及')) return null;
  const at = name.search(/以及|[和及]/);
  const joiner = name.startsWith('以及', at) ? 2 : 1;
  if (at < 4 || name.slice(at + joiner).search(/[和及]/) >= 0 || /[“”]/.test(name)) return null;
  const first = name.slice(0, at);
  const inProgress = /^(?:在建|新建|续建)/.exec(name.slice(at + joiner))?.[0].length ?? 0;
  const second = name.slice(at + joiner + inProgress);
  if (second.length < 5 || ANNEX.test(second) || !JOINED_FIRST_END.test(first) || !JOINED_SECOND_END.test(second)) return null;
  return [
    { name: first, offset: 0 },
    { name: second, offset: at + joiner + inProgress },
  ];
}

/** `VERB NAME HEAD` and the objects coordinated with it (和/及/与/、). */
function afterVerb(sentence: string, pattern: RegExp): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const sized = LEADING_INVESTMENT.exec(match[1])?.[0].length ?? 0;
    const start = match.index + match[0].lastIndexOf(match[1]) + sized;
    let end = match.index + match[0].length;
    // A programme whose name holds 建设 after a project's head (rule building-in-name: 加力实施生态工业项目建设提升行动, 铜仁
    // 2026): the whole name to its head, not the project before 建设.
    const longer = sentence.startsWith('建设', end) ? BUILDING_IN_NAME.exec(sentence.slice(end)) : null;
    if (longer) end += longer[0].length;
    const name = match[1].slice(sized) + (longer?.[0] ?? '');
    const clause = sentence.slice(clauseStart(sentence, match.index), match.index);
    if (ENCOURAGED.test(clause) || DOCUMENT.test(clause) || HONOUR_WON.test(clause)) continue;
    // Objects coordinated with a generic kind (高水平工业设计中心、认证中心) are kinds too, and so are those coordinated
    // with a ranked role the place is to play (打造具有全国影响力的研发设计基地和高端商务服务基地).
    if (
      GENERIC.test(name) ||
      LEVEL_KIND.test(name.slice(LEADING_VERB.exec(name)?.[0].length ?? 0)) ||
      DESCRIBED.test(name) ||
      listsRoleOfPlace(sentence, start)
    )
      continue;
    found.push({ name, start });
    for (let next = COORDINATED.exec(sentence.slice(end)); next; next = COORDINATED.exec(sentence.slice(end))) {
      found.push({ name: next[1], start: end + next[0].length - next[1].length });
      end += next[0].length;
      if (sentence.startsWith('建设', end)) end += 2;
    }
    pattern.lastIndex = end;
  }
  return found;
}

/** 建设 and the rest of a programme's name after a project's head, closing its clause: 建设提升行动, 建设三年行动. */
const BUILDING_IN_NAME = /^建设[^，。；、“”]{0,8}?(?:专项行动|行动计划|行动|工程|计划)(?=[，。；]|$)/;

/**
 * Quoted names one after another, closed by 等 and the head they share (rule quoted-list-shared-head: 持续开展“全员招商”
 * “挂牌招商”“精准招商”等专项行动, 临西 2023), the last two joined by 和 and the head counted at most (全力推进“千百十”“3510”“三牌”
 * “三走”和“双一二三四”等五大工程, 阜新 2022): each a named campaign.
 */
const QUOTED_RUN = /((?:“[^“”，。；、]{2,12}”[和及]?){2,})等(?:[一二两三四五六七八九十]+[大项个])?(?:专项行动|行动|工程|计划|专项活动|系列活动)/g;

function quotedProgrammes(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  // A run needs two quotes side by side: most sentences with quotes have none.
  if (sentence.includes('”“')) {
    QUOTED_RUN.lastIndex = 0;
    for (let match = QUOTED_RUN.exec(sentence); match; match = QUOTED_RUN.exec(sentence)) {
      let at = 0;
      for (const quoted of match[1].match(/“[^“”]+”/g) ?? []) {
        at = match[1].indexOf(quoted, at);
        found.push({ name: quoted, start: match.index + at });
        at += quoted.length;
      }
    }
  }
  QUOTED.lastIndex = 0;
  for (let match = QUOTED.exec(sentence); match; match = QUOTED.exec(sentence)) {
    // Words listed inside one pair of quotes (“千村引领、万村升级”工程) are a slogan's: the programme's head must follow
    // the quotes (not “项目大谋划、谋划大项目”, “一条主线、六个工程”), and be no 项目, which the listed qualities make a kind
    // of project (“有根产业、有效投资、有持续税源”项目, 四川 2026; “大好高、链群配”产业项目, 浙江 2026).
    const close = match[0].indexOf('”');
    const listedInQuotes = match[0].lastIndexOf('、', close) > 0;
    // Rule counted-quoted-kind: a count right before the quote (完成知音城配建幼儿园等19个“公益普惠性幼儿园新改扩建”项目, 蔡甸
    // 2023) makes the quoted words the kind of the works counted, no one undertaking.
    if (COUNT_BEFORE.test(sentence.slice(Math.max(0, match.index - 6), match.index))) continue;
    if (QUOTED_HEAD.test(match[0]) && !(listedInQuotes && (close === match[0].length - 1 || match[0].endsWith('项目'))))
      found.push({ name: match[0], start: match.index });
  }
  return found;
}
