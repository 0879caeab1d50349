import { CueWords } from '../dictionary/cue-words';
import { beginsWithPlace, isPlaceName } from '../regions/place-words';

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
  | 'completed-facility'
  | 'titled-item'
  | 'heading-programme';

/** Adverbs that may precede the verb (加快推进, 深入实施, 积极争创). One flat alternation with the verbs: a run of
 * them opens the name (nested quantifiers would make the engine backtrack through every split of the run). 高质量
 * before 发展 is part of a name (…高质量发展示范项目), not an adverb. */
const ADVERB = '加快|加力|大力|积极|全力|有序|持续|深入|扎实|稳步|统筹|全面|深度|力争|优化|高质量(?!发展)|高标准|布局|协同|谋划';
/** Verbs that carry out a programme: 实施…工程, 开展…行动, 落实…计划, 对接…行动. */
const DO = `(?:${ADVERB}|组织实施|实施|开展|启动|落实|推进|推动|深化|拓展|对接|参与|承接|抓好|做好|争创|创建|争取)+`;
/** Verbs that build a facility: 建设…平台, 打造…基地, 争创…先导区, 推进…示范区建设. */
const BUILD = `(?:${ADVERB}|建设运行|建设|建成投用|建成|新建|打造|创建|争创|培育|壮大|推进|推动|深化|加强|强化|提升|升级)+`;
const PROGRAMME_HEAD = '工程|专项行动|行动计划|行动|计划|项目|专项试点|试点';
/** Built things, and named infrastructure (重庆至贵阳高速铁路, 青岛港董家口港区集装箱码头). */
const FACILITY_HEAD =
  '平台|中心|基地|产业园|园区|示范区|集聚区|枢纽|试验区|先导区|实验室|研究院|都市圈|经济圈|口岸|试点|产业城|科技城|科学城|铁路|公路|机场|水库|灌区|码头|航道|电厂|电站|新港|港区|无水港|陆港|大桥|公园';
/** A name: no clause punctuation; parenthesised parts (铁路（遂内段）) are allowed when balanced (checked later). */
const NAME = '[^，。；：、！？]{2,30}?';
/** What may follow a name: punctuation, a conjunction, a bracketed note, or 建设 (…中心建设). */
/** What may follow a name: punctuation, a conjunction, a bracketed note, 建设 or 前期工作. Not a count: 实施医疗卫生强基工程10个以上
 * and 谋划落地旅居地产项目40个左右 are count targets (indicators). */
const AFTER = '(?=[，。；、和及与等（(]|建设|前期工作|为(?:重点|抓手|核心|龙头|引领|支撑|载体|突破口|契机)(?!的)|$)';

/** The stretch of a work in one place, after its name (…铁路湖南段, …建设工程霍邱段): part of the name. Not 阶段/手段. */
const STRETCH = '(?:[\\u4e00-\\u9fa5]{2,6}(?<![阶手])段)?';
const PROGRAMME = new RegExp(`${DO}(${NAME}(?:${PROGRAMME_HEAD})”?${STRETCH})${AFTER}`, 'g');
const FACILITY = new RegExp(`${BUILD}(${NAME}(?:${FACILITY_HEAD})”?${STRETCH})(?:建设)?${AFTER}`, 'g');
/**
 * The title of an item of a boxed list (专栏) or of a numbered paragraph, closed by its colon (昆明 十四五 纲要, 专栏6:
 * 重大技术改造工程：深化新一代信息技术与制造业融合发展…; 烤烟产业工程：以稳定规模…为目标…): the undertaking the item sets
 * out. Plain words of a plan (实施计划：, 行动计划：) name none: the name says more than its head; an item titled …项目：
 is more often a class of projects (招商引资项目：) than one.
 */
const TITLED_ITEM = /^(?:[（(]?[0-9一二三四五六七八九十]{1,2}[)）.、．]\s*)?(“?[^，。；：、！？“”]{2,24}?”?(?:工程|专项行动|行动计划|行动|计划))[：:]/;
const PLAIN_ITEM_TITLE = /^(?:实施|工作|年度|总体|重点|主要|具体|推进|保障)?(?:计划|行动计划|工程|行动)$/;
/** A further object coordinated with the one just read: 实施A专项行动和“快递进村”工程, 推动A中心和B中心建设. */
const COORDINATED = new RegExp(`^(?:建设)?(?:和|及|与|、)(${NAME}(?:${PROGRAMME_HEAD}|${FACILITY_HEAD})”?${STRETCH})${AFTER}`);
/** Heads of a campaign or fair the plan organises (消费季, 美食节, 博览会 …). */
const CAMPAIGN_HEAD = '消费季|购物节|美食节|文化节|旅游节|博览会|交易会|嘉年华|专项活动';
/**
 * A quoted name with its head inside or right after the quote: “两重”项目, “人工智能+”行动, “玉如意计划”; before the
 * punctuation that ends it, or the words that carry it out (落实省、市“千项万亿”工程工作部署, 滨江 2023; “千企千亿”技改工程加速
 * 推进, 荆州 2021: rule quoted-programme-carried-out).
 */
const QUOTED = new RegExp(
  `“[^“”，。；、]{1,16}”(?:[^“”，。；、\\s]{0,6}?(?:专项行动|行动计划|行动|工程|计划|项目|${CAMPAIGN_HEAD}))?(?=[，。；、和及与等（(]|建设|为(?:契机|抓手|载体|引领|重点)|工作部署|(?:加速|加快|深入|持续|全面|扎实|稳步|有序)推进|$)`,
  'g',
);
/**
 * A quoted name closed by a programme's head (“两重”项目), or by a campaign's or fair's (rule quoted-campaign: 精心组织“嗨购
 * 幸福怀化”消费季、“味道湖南怀化味道”美食节等重点消费促进活动, 怀化 2023; “乐游肃南·助商惠民”促消费专项活动): a named
 * undertaking the plan organises, as a quoted 行动 is.
 */
const QUOTED_HEAD = new RegExp(`(?:行动|工程|计划|项目|${CAMPAIGN_HEAD})”?$`);
/** Items of a list the text itself calls projects: 开工建设A、B、C等项目, 推动A、B等“十大工程”纳入国家规划. */
const LIST_TAIL = /等([^，。；“”对向]{0,20}?)(“[^”]{0,8}(?:工程|项目)”|(?:项目|工程|前期工作|铁路|公路|机场|水库|港口))/g;
/** What may close a list that is its clause's subject: 等一批重大产业项目, 等重大基础设施项目. */
const SUBJECT_LIST_TAIL = /^(?:一批)?(?:重大|重点)(?:产业|基础设施|工业|民生|交通|能源|水利)?项目$/;
/** A counted class of works in quotes or alone (“十大工程”, “三个专项行动”, 三大工程): its items are the projects. */
const COUNTED_CLASS = /^“?[一二两三四五六七八九十百]+(?:个|大|项|类|批)[^“”]{0,6}”?$/;
/** 交通、水利等领域项目: the items are fields. */
const FIELD_LIST = /领域|方面|行业|类/;
/** Verbs that open such a list or start works on named infrastructure (开工建设宜西攀高铁). */
const LIST_OPENER = new RegExp(`^(?:[^、]{0,12}?)(?:${ADVERB}|开工建设|新开工|开工|建成投用|建成通车|续建|建设|推进|推动|实施|启动|落地|争取|做好|抓好)+`);
/** Named facilities whose construction the sentence advances, after a list separator: 推进南宁、百色、来宾、梧州泛铝件先进制造基地建设. */
/**
 * Facilities a place names, opening a clause as the subject of their completion (莆田市社会福利中心和仙游县社会福利中心建成
 * 护理型养老服务机构, 莆田 2014): each a named undertaking. A place's name is required: "养老服务中心建成…" names a kind.
 */
const COMPLETED_FACILITY = new RegExp(
  `(?:^|[，；：。])(?:——)?(${NAME}(?:${FACILITY_HEAD}))(?:[和与及、](${NAME}(?:${FACILITY_HEAD})))?(?:全面|基本|如期|率先)?(?:建成|投用|投运|竣工)`,
  'g',
);
const UNDER_CONSTRUCTION = new RegExp(`(?:^|[，；、：])(?:${BUILD}|支持)?(${NAME}(?:${FACILITY_HEAD}))建设`, 'g');
/** The clause after a verb, whose 、-separated items ending in a head noun are undertakings: 高标准建设大滇西旅游环线、澜沧江沿岸休闲旅游示范区. */
const VERB_CLAUSE = new RegExp(`(?:${DO}|${BUILD})([^，。；：]{4,120})`, 'g');
const JOINED = /^(.+?)[和及与]/;
const ENDS_WITH_HEAD = new RegExp(`(?:${PROGRAMME_HEAD}|${FACILITY_HEAD})”?(?:建设)?$`);
/** 开工仪式, 开工典礼 are events, not works. */
const WORKS_STARTED = /(?:开工建设|新开工建设|建成投用|建成通车|续建|开工)(?!仪式|典礼|活动|大会|动员)([^，。；：、等]{3,30})(?=[，。；、等]|$)/g;
/**
 * Works named before the verb of their completion, alone or in a 、 list (咸安 2023: 确保107国道咸安绕城段、s361星星竹海至大竹山段公路
 * 建成通车). Every item must be a built work by its ending: a facility head (…公路, …大桥), or a stretch of a road or
 * line (…国道咸安绕城段, …至…段).
 */
const WORKS_BEFORE_COMPLETION =
  /(?:^|[，；：])(?:确保|力争|争取|推动|推进|实现|加快)*([^，。；：]{4,90}?)(?:建成通车|建成投用|竣工投用|竣工投运|竣工通车|全线贯通)/g;
const BUILT_WORK = new RegExp(
  `(?:${FACILITY_HEAD})${STRETCH}$|(?:国道|省道|县道|高速|公路|铁路|快速路|大道|干线)[\\u4e00-\\u9fa5]{2,8}段$|至[\\u4e00-\\u9fa5]{2,10}段$`,
);
/**
 * A list closed by the class that counts it, without 等 (…及雅安物流园、雅安无水港、…、中农批·川西国际农博城五大重点突破项目):
 * as many items as the count says are the projects.
 */
const COUNTED_TAIL = /([一二两三四五六七八九十])(?:大|个|项)([^，。；、“”]{0,8}?)(项目|工程|行动|平台|基地|园区|中心)(?=[，。；（(]|建设|$)/g;
/** A list the text introduces as its projects: 这些项目分别是A、B、C, 重点项目包括A、B. */
const COPULA_LIST = /(?:项目|工程)(?:分别|主要)?(?:是|为|包括|有)[：:]?([^，。；]{6,})/g;
/** An investment sizing the project after it: 总投资1.2亿元的交通物流园区, 首期投资2998万美元的森达美太平港项目. */
const SIZED = new RegExp(`投资(?:约|达)?[\\d.]+(?:万|亿)(?:元|美元)的(${NAME}(?:${PROGRAMME_HEAD}|${FACILITY_HEAD}))${AFTER}`, 'g');
/** An investment written before a name (推进总投资1.2亿元香港时代超市建设项目): the size, no part of it. */
const LEADING_INVESTMENT = /^(?:总|计划|首期)?投资(?:约|达)?[\d.]+(?:万|亿)?(?:元|美元)的?/;
const CHINESE_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Quantified or generic classes (一批…, 各类…, 高水平…, 3000个技改项目): a list holding one names kinds, not undertakings. */
const GENERIC =
  /^(一批|一系列|若干|多个|各类|一大批|更多|一些|新型|相关|现有|各级|一个|重点|重大|高水平|高能级|高品质|高标准|高质量|一流)|(^|[^\d.])[\d０-９]+(\.\d+)?\s*(个|家|项|座|所|条|处|万(?!千瓦|吨|立方米)|亿|千(?!瓦)|公里|户|套|批|类)|^[一二两三四五六七八九十百千万]+[个家项座所批类条]/;
/** Described things (…的…中心; the 的 of 目的地 is inside a word), lists (A等B), verb phrases and classes of projects (片区综合更新改造重点项目, 算力基础设施项目) are not names. */
/**
 * …nor a framing clause (按照市委关于把成渝地区双城经济圈…建设作为…): a preposition opens no name; nor two kinds
 * joined (教育示范企业和项目).
 */
const NOT_A_NAME =
  /^[\d０-９.]+万?千瓦|(?<!目)的|等|一批|以上|完成|取得|^(实施|建设|推进|打造|推动|加快|开展|支持|鼓励|发展(?!和)|项目|工程|按照|根据|关于|围绕|通过|为了|为(?!民)|把|对(?![外接])|以(?!工代赈))|(?:重点|重大|基础设施)项目$|重点工程$|[和及与](?:项目|工程|平台|中心)$/;
/**
 * A role the place is to play, described by its rank (全国重要的商贸物流中心, 具有全国影响力的研发设计基地): not a name,
 * and neither is what is listed or coordinated with it. So is a hub of trade, spending or finance named by its reach
 * (ROLE_HUB: 建设全国消费中心、全国商贸物流中心, 湖北 2021; 打造川陕甘结合部区域消费中心, 广元 2023; 多级消费中心); an
 * international one is a national programme (上海国际金融中心), a 保税物流中心 a facility. A 副中心 is a part of the place's
 * layout (“一副”指…打造服务业高质量发展副中心: 绵阳 2022), no undertaking. A determiner of the whole list (全省统一的旅游大数据中心、旅游综合服务平台)
 * ranks nothing.
 */
const DESCRIBED = /(?:重要|影响力|竞争力|知名|一流|领先)的/;
const ROLE_HUB = /^(?:全国|多级|区域性|[\u4e00-\u9fa5]{2,8}(?:结合部|区域))(?:消费|商贸|物流|商贸物流|贸易)中心$|副中心$/;
/**
 * A list naming what the place itself is to become (全力建设乡村振兴先行示范区、“两山”实践创新示范基地和康养旅居地、国家公园县
 * 和全省山区绿色发展示范县: 竹溪 2020) states roles, not undertakings: one of its items is a kind of county or city.
 */
const ROLE_OF_PLACE = /(?:县|强市|强省|强区|名城)$/;

/** Whether the list a name opens, up to its clause's end, holds a role of the place (…、国家公园县和…示范县). */
function listsRoleOfPlace(sentence: string, from: number): boolean {
  const rest = sentence.slice(from);
  const end = rest.search(/[，。；：]/);
  return (end < 0 ? rest : rest.slice(0, end)).split(/[、和及与]/).some((item) => ROLE_OF_PLACE.test(item));
}
/**
 * A verb that opens a written name is not part of it (投运共和机场 → 共和机场, 改扩建西安至永寿 → 西安至永寿), nor the
 * 好 of a verb before it (建设好全民健康信息平台, 运营好国家区域医疗中心).
 */
const LEADING_VERB =
  /^(?:(?:已|新|以及|以)?(?:启动|投运|改扩建|改造|组建|重组|保障(?!性)|落地|新建|扩建|谋划|开工|建成投产|建好|规划建设|发展建设|巩固|设立|注重|聚焦|提速|落实|运营)+)?好?/;
/** What the plan encourages others to build (鼓励企业…建设国际物流园区) is a policy, not one of its undertakings. */
const ENCOURAGED = /鼓励|引导/;
/**
 * A designation the text says was won (余杭 2023 review: 成功创建全国科普示范区; 获评, 荣获) is an honour the place holds,
 * not an undertaking of its own.
 */
const HONOUR_WON = /(?:成功|获评|荣获|被评为|被命名为)$/;
/**
 * What a plan helps or joins (rule supported-not-undertaken: 打造特色产业集群，助力荆门产业转型升级示范区建设, 荆门 2024; 融入…
 * 经济圈建设) is the aim it serves, not one of its undertakings: a clause opening with a verb of support names no
 * facility or zone; a programme it joins is one, without the verb (融入国家“东数西算”工程: 新疆 2026). A verb of building
 * before it makes it part of a name (打造融入全球供应链支撑平台: a platform).
 */
const SUPPORTED = new RegExp(`^(?:主动|更好|${ADVERB})*(?:助力|助推|融入|赋能|服务于)`);
const PROGRAMME_END = new RegExp(`(?:${PROGRAMME_HEAD})”?${STRETCH}$`);
/** Plans, rules and reforms the text writes (编制…规划, …若干措施) are documents, not undertakings. */
const DOCUMENT = /(编制|制定|出台|印发|发布)了?$/;
const MIN_NAME = 5;
/** Physical works a place and a head noun name in four characters (永州电厂, 湘西机场, 毛俊水库). */
const PLACE_AND_WORKS = /(电厂|电站|机场|水库|灌区|码头|新港|港区|大桥|公园|铁路|公路)$/;
/** Verbs inside a run before the head: the name starts after the last (将成都市纳入国家…试点 → 国家…试点). */
const INNER_VERB = /深度参与|参与|推动|推进|支持|加快|实施|开展|打造|纳入|列入/g;
/**
 * Most sentences name no undertaking: without a head noun or a works verb no rule can match. One pass over the
 * sentence tells which cues it holds (bits below), and each rule runs only where its own cue is.
 */
const PROGRAMME_CUE = 1;
const FACILITY_CUE = 2;
const WORKS_CUE = 4;
const OTHER_CUE = 8;
/** A facility head noun right before 建设: what under-construction needs (…示范区建设). */
const FACILITY_BUILT_CUE = 16;
/** A list item ending in a head noun, before or after a 、: where listed-after-verb can find something. */
const HEAD_IN_LIST_CUE = 32;
const CUES = new CueWords()
  .add(PROGRAMME_HEAD.split('|'), PROGRAMME_CUE)
  .add(FACILITY_HEAD.split('|'), FACILITY_CUE)
  .add(['开工', '建成', '续建', '竣工', '贯通'], WORKS_CUE)
  .add(['前期工作'], OTHER_CUE)
  .add(CAMPAIGN_HEAD.split('|'), OTHER_CUE);
const RULE_CUES = PROGRAMME_CUE | FACILITY_CUE | WORKS_CUE | OTHER_CUE;
/** Cues read around a head noun found by the scan: 建设 after it, or its place in a 、 list. */
const aroundHead = (sentence: string, end: number, bits: number, start: number): number =>
  (bits & (PROGRAMME_CUE | FACILITY_CUE)) === 0
    ? 0
    : ((bits & FACILITY_CUE) !== 0 && sentence.startsWith('建设', end) ? FACILITY_BUILT_CUE : 0) | (headInList(sentence, start, end) ? HEAD_IN_LIST_CUE : 0);
const FULL_WIDTH_COMMA = 0xff0c;
const IDEOGRAPHIC_FULL_STOP = 0x3002;
const FULL_WIDTH_SEMICOLON = 0xff1b;
const FULL_WIDTH_COLON = 0xff1a;
const ENUMERATION_COMMA = 0x3001;
const CLOSING_QUOTE = 0x201d;

/**
 * Whether the head noun at [start, end) ends an item of a 、 list: `HEAD”?(建设)?、`, or `、…HEAD”?(建设)?` closing its
 * clause (，。；： or the end) with no clause mark between the 、 and the head. Read at each head the cue scan finds,
 * instead of a regex that tried every head noun after every 、 of a sentence (a few ms per pass over the seeds).
 */
function headInList(sentence: string, start: number, end: number): boolean {
  // Where the item may end: after the head, a closing quote, 建设, or both.
  const afterQuote = sentence.charCodeAt(end) === CLOSING_QUOTE ? end + 1 : end;
  let marks = markAfter(sentence, end) | markAfter(sentence, afterQuote);
  if (sentence.startsWith('建设', end)) marks |= markAfter(sentence, end + 2);
  if (sentence.startsWith('建设', afterQuote)) marks |= markAfter(sentence, afterQuote + 2);
  if ((marks & LIST_GOES_ON) !== 0) return true;
  if ((marks & CLAUSE_ENDS) === 0) return false;
  for (let i = start - 1; i >= 0; i--) {
    const code = sentence.charCodeAt(i);
    if (code === ENUMERATION_COMMA) return true;
    if (isClauseMark(code)) return false;
  }
  return false;
}

const LIST_GOES_ON = 1;
const CLAUSE_ENDS = 2;

/** LIST_GOES_ON when a 、 is at `at`, CLAUSE_ENDS when a clause mark or the end of the sentence is, else 0. */
function markAfter(sentence: string, at: number): number {
  if (at === sentence.length) return CLAUSE_ENDS;
  const code = sentence.charCodeAt(at);
  return code === ENUMERATION_COMMA ? LIST_GOES_ON : isClauseMark(code) ? CLAUSE_ENDS : 0;
}

/** ， 。 ； ： */
function isClauseMark(code: number): boolean {
  return code === FULL_WIDTH_COMMA || code === IDEOGRAPHIC_FULL_STOP || code === FULL_WIDTH_SEMICOLON || code === FULL_WIDTH_COLON;
}

/** Where a sentence lies in its document's text. */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
}

/**
 * Named undertakings in one sentence, each once, in text order. `span` says where the sentence lies in its document:
 * the cue scan reads every character, and reads them faster there than through the sentence's own text (a slice).
 */
export function namedUndertakings(sentence: string, span: SentenceSpan = { text: sentence, start: 0 }): FoundUndertaking[] {
  const found: FoundUndertaking[] = [];
  const origin = span.start;
  const cues = CUES.bitsIn(span.text, (_text, end, bits, start) => aroundHead(sentence, end - origin, bits, start - origin), origin, origin + sentence.length);
  if ((cues & RULE_CUES) === 0) return found;
  const taken: Array<[number, number]> = [];
  const add = (written: string, at: number, rule: UndertakingRuleName): void => {
    // The object of a verb inside the match is the undertaking (研究院深度参与长三角国家技术创新中心 → 长三角国家技术创新中心).
    const objectStart = lastInnerVerbEnd(written);
    const object = objectStart > 0 && written.length - objectStart >= MIN_NAME ? written.slice(objectStart) : written;
    const unverbed = object.slice(LEADING_VERB.exec(object)?.[0].length ?? 0);
    const unverbedStart = at + written.length - unverbed.length;
    // A clause opening with a verb of support: a facility after it is the aim served (no undertaking), a programme one the
    // plan joins, named without the verb (融入国家“东数西算”工程 → 国家“东数西算”工程).
    const supported = SUPPORTED.exec(sentence.slice(clauseStart(sentence, unverbedStart), unverbedStart) + unverbed);
    if (supported && !PROGRAMME_END.test(unverbed)) return;
    const verbInName = supported ? Math.max(0, supported[0].length - (unverbedStart - clauseStart(sentence, unverbedStart))) : 0;
    const name = unverbed.slice(verbInName);
    const start = at + written.length - name.length;
    const end = start + name.length;
    // List items are names by position (京东方、惠科等重大产业项目); elsewhere a name says more than its head noun.
    // A place and a head noun name one facility (永州电厂, 湘西机场): four characters are enough then.
    const minLength =
      rule === 'listed-projects'
        ? 3
        : rule === 'works-started' || rule === 'quoted-programme' || (PLACE_AND_WORKS.test(name) && beginsWithPlace(name))
          ? 4
          : MIN_NAME;
    // 以…为重点 frames a means (建成以内陆开放型经济试验区为重点的开放体系), 以…为中心 a principle (坚持以人民为中心):
    // 以 opens no name.
    if (name.startsWith('以') && (sentence.startsWith('为', end) || name.endsWith('为中心'))) return;
    if (!isName(name, minLength) || insideBookTitle(sentence, start) || taken.some(([s, e]) => start < e && s < end)) return;
    taken.push([start, end]);
    found.push({ name, start, rule });
  };
  // Each rule runs only where its cue occurs (等, a head noun, a head before 建设, 、, “): most sentences skip most rules.
  if (sentence.includes('、')) for (const item of countedList(sentence)) add(item.name, item.start, 'counted-list');
  if (sentence.includes('等')) for (const item of listedProjects(sentence)) add(item.name, item.start, item.counted ? 'counted-list' : 'listed-projects');
  if (sentence.includes('、')) for (const item of copulaList(sentence)) add(item.name, item.start, 'listed-after-copula');
  if (sentence.includes('投资')) for (const item of sizedByInvestment(sentence)) add(item.name, item.start, 'sized-by-investment');
  if ((cues & WORKS_CUE) !== 0) for (const item of worksStarted(sentence)) add(item.name, item.start, 'works-started');
  if ((cues & WORKS_CUE) !== 0) for (const item of worksBeforeCompletion(sentence)) add(item.name, item.start, 'works-started');
  if ((cues & PROGRAMME_CUE) !== 0) for (const item of afterVerb(sentence, PROGRAMME)) add(item.name, item.start, 'programme-after-verb');
  if ((cues & FACILITY_CUE) !== 0) for (const item of afterVerb(sentence, FACILITY)) add(item.name, item.start, 'facility-after-verb');
  if ((cues & FACILITY_BUILT_CUE) !== 0) for (const item of underConstruction(sentence)) add(item.name, item.start, 'under-construction');
  if ((cues & (WORKS_CUE | FACILITY_CUE)) === (WORKS_CUE | FACILITY_CUE))
    for (const item of completedFacilities(sentence)) add(item.name, item.start, 'completed-facility');
  if ((cues & HEAD_IN_LIST_CUE) !== 0) for (const item of listedAfterVerb(sentence)) add(item.name, item.start, 'listed-after-verb');
  if (sentence.includes('“')) for (const item of quotedProgrammes(sentence)) add(item.name, item.start, 'quoted-programme');
  if ((cues & PROGRAMME_CUE) !== 0) {
    const titled = TITLED_ITEM.exec(sentence);
    if (titled && !PLAIN_ITEM_TITLE.test(titled[1])) add(titled[1], titled[0].length - 1 - titled[1].length, 'titled-item');
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Undertakings a numbered heading names (rule heading-names-undertaking): those its words name as a sentence's would
 * (（一）深入实施“文化兴楚”行动, 楚雄 2024), and a heading that is itself a programme's name (rule heading-programme:
 * (一)重点行业绿色升级工程。, 黔江 2023). A plain heading (重点工程, 实施计划) or a counted class (三大工程) names none.
 */
export function headingUndertakings(title: string, span: SentenceSpan = { text: title, start: 0 }): FoundUndertaking[] {
  // A facility a heading names is most often the role the place is to play (（三）建设国家重要能源和战略资源基地), and a
  // field's box of works (数字经济重大工程, 节能减排重点工程) a class: a heading's programmes only.
  const found = namedUndertakings(title, span).filter((item) => HEADING_PROGRAMME_END.test(item.name) && !FIELD_WORKS.test(item.name));
  if (found.length > 0) return found;
  const whole = HEADING_PROGRAMME.exec(title);
  if (!whole) return found;
  // 重点 before what it qualifies is part of the name there (重点行业绿色升级工程), not a class word (重点工程). Two things
  // joined (重点领域和重大工程) title a section, they name no programme.
  const named = whole[1];
  if (
    named.length >= MIN_NAME &&
    !PLAIN_ITEM_TITLE.test(named) &&
    !DO_OPENING.test(named) &&
    !FIELD_WORKS.test(named) &&
    !/[和及与]/.test(named) &&
    isName(named.replace(/^(?:重点|重大)/, ''), 3)
  )
    found.push({ name: named, start: 0, rule: 'heading-programme' });
  return found;
}

/** A heading that is a programme's name and nothing else, closed by a full stop at most. */
const HEADING_PROGRAMME = /^(“?[^，。；：、！？“”]{2,24}?”?(?:工程|专项行动|行动计划|行动|计划))。?$/;
const HEADING_PROGRAMME_END = /(?:工程|行动|计划|项目|试点)”?$/;
/** The major or key works of a field (滇池治理重大工程), unless quoted as one programme (“315”科技创新体系建设重大工程). */
const FIELD_WORKS = /^[^“”]*(?:重点|重大)工程$/;
/** A heading opening with a verb states a task (实施…, 推进…): what it names, the sentence rules read. */
const DO_OPENING = new RegExp(`^(?:${DO}|${BUILD})`);

/** A name inside 《…》 belongs to a document's title (《…三年行动计划》): the document, not an undertaking of it. */
function insideBookTitle(sentence: string, at: number): boolean {
  const open = sentence.lastIndexOf('《', at);
  return open >= 0 && sentence.lastIndexOf('》', at) < open;
}

/** `VERB NAME HEAD` and the objects coordinated with it (和/及/与/、). */
function afterVerb(sentence: string, pattern: RegExp): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
    const sized = LEADING_INVESTMENT.exec(match[1])?.[0].length ?? 0;
    const name = match[1].slice(sized);
    const start = match.index + match[0].lastIndexOf(match[1]) + sized;
    let end = match.index + match[0].length;
    const clause = sentence.slice(clauseStart(sentence, match.index), match.index);
    if (ENCOURAGED.test(clause) || DOCUMENT.test(clause) || HONOUR_WON.test(clause)) continue;
    // Objects coordinated with a generic kind (高水平工业设计中心、认证中心) are kinds too, and so are those coordinated
    // with a ranked role the place is to play (打造具有全国影响力的研发设计基地和高端商务服务基地).
    if (GENERIC.test(name) || DESCRIBED.test(name) || listsRoleOfPlace(sentence, start)) continue;
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

function underConstruction(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  UNDER_CONSTRUCTION.lastIndex = 0;
  for (let match = UNDER_CONSTRUCTION.exec(sentence); match; match = UNDER_CONSTRUCTION.exec(sentence)) {
    const start = match.index + match[0].length - 2 - match[1].length;
    if (!ENCOURAGED.test(sentence.slice(clauseStart(sentence, match.index), start))) found.push({ name: match[1], start });
    UNDER_CONSTRUCTION.lastIndex = match.index + match[0].length;
  }
  return found;
}

function completedFacilities(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  COMPLETED_FACILITY.lastIndex = 0;
  for (let match = COMPLETED_FACILITY.exec(sentence); match; match = COMPLETED_FACILITY.exec(sentence)) {
    const names = [match[1], match[2]].filter((name): name is string => name !== undefined);
    if (!names.every((name) => beginsWithPlace(name))) continue;
    let from = match.index;
    for (const name of names) {
      const start = sentence.indexOf(name, from);
      found.push({ name, start });
      from = start + name.length;
    }
  }
  return found;
}

/** Every 、-separated item ending in a head noun in the clause after a verb, unless the list holds a generic kind. */
function listedAfterVerb(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  VERB_CLAUSE.lastIndex = 0;
  for (let match = VERB_CLAUSE.exec(sentence); match; match = VERB_CLAUSE.exec(sentence)) {
    const from = match.index + match[0].length - match[1].length;
    if (ENCOURAGED.test(sentence.slice(clauseStart(sentence, match.index), match.index)) || !match[1].includes('、')) continue;
    const pieces = match[1].split('、');
    // A list holding a generic kind or a ranked role (全国重要的商贸物流中心、区域金融中心) lists kinds and roles, and so does
    // one opened by 一批 after its verbs (建成或改造提升一批城市商圈、购物中心、商贸服务中心…等消费基础设施, 广元 2023).
    if (
      pieces.some((piece) => GENERIC.test(piece) || DESCRIBED.test(piece) || ROLE_HUB.test(piece)) ||
      /一批|一系列|各类|若干/.test(pieces[0]) ||
      listsRoleOfPlace(sentence, from)
    )
      continue;
    const items: Array<{ name: string; start: number }> = [];
    let cursor = from;
    for (const piece of pieces) {
      // 省级工业设计中心和工业设计研究院: two undertakings joined by 和.
      const joined = JOINED.exec(piece);
      const parts = joined && ENDS_WITH_HEAD.test(joined[1]) ? [joined[1], piece.slice(joined[0].length)] : [piece];
      let at = cursor;
      for (const part of parts) {
        const name = part.replace(/建设$/, '');
        if (ENDS_WITH_HEAD.test(name)) items.push({ name, start: at });
        at += part.length + 1;
      }
      cursor += piece.length + 1;
    }
    found.push(...items);
  }
  return found;
}

function quotedProgrammes(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  QUOTED.lastIndex = 0;
  for (let match = QUOTED.exec(sentence); match; match = QUOTED.exec(sentence)) {
    if (QUOTED_HEAD.test(match[0])) found.push({ name: match[0], start: match.index });
  }
  return found;
}

/** Items of `A、B、C等项目`: the clause up to 等, after its opening verbs, split at 、. */
function listedProjects(sentence: string): Array<{ name: string; start: number; counted: boolean }> {
  const found: Array<{ name: string; start: number; counted: boolean }> = [];
  LIST_TAIL.lastIndex = 0;
  for (let match = LIST_TAIL.exec(sentence); match; match = LIST_TAIL.exec(sentence)) {
    if (FIELD_LIST.test(match[1])) continue;
    const from = clauseStart(sentence, match.index);
    const clause = sentence.slice(from, match.index);
    // The list is the verb's object (抓好A、B等项目建设) or the clause's subject (A、B等一批重大产业项目支撑有力).
    const opener = LIST_OPENER.exec(clause)?.[0] ?? '';
    if (!clause.includes('、')) continue;
    const items: Array<{ name: string; start: number }> = [];
    let cursor = from + opener.length;
    for (const piece of clause.slice(opener.length).split('、')) {
      items.push({ name: piece, start: cursor });
      cursor += piece.length + 1;
    }
    // A list of fields (交通、水利、能源等重大项目) or of places (包头、阿拉善等6个…项目) names no project.
    if (items.every((item) => item.name.length <= 2) || items.some((item) => isPlaceName(item.name))) continue;
    // A subject list with no verb before it must read as names throughout (恒力重工、奇瑞汽车等一批重大产业项目).
    // and 等 must close it with a short class of projects (等一批重大产业项目, 等重大基础设施项目), not a clause.
    if (
      opener === '' &&
      (!SUBJECT_LIST_TAIL.test(match[1] + match[2]) || items.some((item) => item.name.length < 3 || GENERIC.test(item.name) || /[“”]/.test(item.name)))
    )
      continue;
    // A list closed by a counted class (等“六大工程”) is named as the document's set of works.
    const counted = COUNTED_CLASS.test(match[2]) || /^[一二两三四五六七八九十]+(?:个|大|项)/.test(match[1]);
    found.push(...items.filter((item) => item.name.length >= 2).map((item) => ({ ...item, counted })));
    if (match[2].startsWith('“')) found.push({ name: match[2], start: match.index + match[0].length - match[2].length, counted: false });
  }
  return found;
}

/**
 * Items of a list closed by the class that counts them, without 等: 提出…及A、B、C、D、E五大重点突破项目. The count must
 * equal the items (五 and five pieces); the first item starts after the last 及/和/与 of its piece, or after the
 * clause's opening verbs.
 */
function countedList(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  COUNTED_TAIL.lastIndex = 0;
  for (let match = COUNTED_TAIL.exec(sentence); match; match = COUNTED_TAIL.exec(sentence)) {
    const from = clauseStart(sentence, match.index);
    const pieces = sentence.slice(from, match.index).split('、');
    if (pieces.length !== CHINESE_DIGITS[match[1]] || pieces.length < 2 || sentence[match.index - 1] === '等') continue;
    const first = pieces[0];
    const joined = Math.max(first.lastIndexOf('及'), first.lastIndexOf('和'), first.lastIndexOf('与'));
    const lead = joined >= 0 ? joined + 1 : (LIST_OPENER.exec(first)?.[0].length ?? 0);
    let cursor = from;
    pieces.forEach((piece, index) => {
      const skip = index === 0 ? lead : 0;
      found.push({ name: piece.slice(skip), start: cursor + skip });
      cursor += piece.length + 1;
    });
  }
  return found;
}

/** Items of a list the text introduces as its projects (这些项目分别是A、B、C): each, up to the clause's end. */
function copulaList(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  COPULA_LIST.lastIndex = 0;
  for (let match = COPULA_LIST.exec(sentence); match; match = COPULA_LIST.exec(sentence)) {
    if (!match[1].includes('、')) continue;
    let cursor = match.index + match[0].length - match[1].length;
    for (const piece of match[1].split('、')) {
      found.push({ name: piece, start: cursor });
      cursor += piece.length + 1;
    }
  }
  return found;
}

/** A project sized by its investment right before it: 总投资2.06亿元的千泉物流园区. */
function sizedByInvestment(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  SIZED.lastIndex = 0;
  for (let match = SIZED.exec(sentence); match; match = SIZED.exec(sentence)) {
    found.push({ name: match[1], start: match.index + match[0].length - match[1].length });
  }
  return found;
}

/** Named works started, continued or completed: 开工建设宜西攀高铁、南三高速, 建成投用新皇岗口岸. */
function worksStarted(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  WORKS_STARTED.lastIndex = 0;
  for (let match = WORKS_STARTED.exec(sentence); match; match = WORKS_STARTED.exec(sentence)) {
    found.push({ name: match[1], start: match.index + match[0].length - match[1].length });
  }
  return found;
}

/** Works named before 建成通车 and the like: every item of the list a built work by its ending, else none. */
function worksBeforeCompletion(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  WORKS_BEFORE_COMPLETION.lastIndex = 0;
  for (let match = WORKS_BEFORE_COMPLETION.exec(sentence); match; match = WORKS_BEFORE_COMPLETION.exec(sentence)) {
    const from = match.index + match[0].indexOf(match[1]);
    const pieces = match[1].split('、');
    if (!pieces.every((piece) => BUILT_WORK.test(piece))) continue;
    let at = from;
    for (const piece of pieces) {
      found.push({ name: piece, start: at });
      at += piece.length + 1;
    }
  }
  return found;
}

/** End of the last verb inside a written name (0 when there is none). */
function lastInnerVerbEnd(written: string): number {
  let end = 0;
  INNER_VERB.lastIndex = 0;
  for (let match = INNER_VERB.exec(written); match; match = INNER_VERB.exec(written)) end = match.index + match[0].length;
  return end;
}

/** After the last ， ； or ： before `at` (as lastIndexOf reads `at - 1`: from 0 when at is 0), else 0. One backward scan. */
function clauseStart(sentence: string, at: number): number {
  for (let i = Math.max(at - 1, 0); i >= 0; i--) {
    const code = sentence.charCodeAt(i);
    if (code === 0xff0c || code === 0xff1b || code === 0xff1a) return i + 1;
  }
  return 0;
}

/**
 * A name says more than its head noun, has no quantifier or 的, balanced quotes and brackets, and no book-title mark
 * (发布了《“数字福州”建设三年行动计划: a document cited, not an undertaking).
 */
function isName(name: string, minLength: number): boolean {
  return (
    name.length >= minLength &&
    !GENERIC.test(name) &&
    !ROLE_HUB.test(name) &&
    !COUNTED_CLASS.test(name) &&
    !NOT_A_NAME.test(name) &&
    !/[《》]/.test(name) &&
    balanced(name)
  );
}

/** As many “ as ”, （ as ）, ( as ): one pass. */
function balanced(text: string): boolean {
  let quotes = 0;
  let wide = 0;
  let narrow = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x201c) quotes++;
    else if (code === 0x201d) quotes--;
    else if (code === 0xff08) wide++;
    else if (code === 0xff09) wide--;
    else if (code === 0x28) narrow++;
    else if (code === 0x29) narrow--;
  }
  return quotes === 0 && wide === 0 && narrow === 0;
}
