/** Works named by their stage: started, under construction, completed, or sized by their investment. */
import { beginsWithPlace } from '../regions/place-words';
import { ENCOURAGED, GENERIC, clauseStart } from './undertaking-names';
import { AFTER, BUILD, FACILITY_HEAD, NAME, PROGRAMME_HEAD, STRETCH } from './undertaking-patterns';

/**
 * Facilities a place names, opening a clause as the subject of their completion (莆田市社会福利中心和仙游县社会福利中心建成
 * 护理型养老服务机构, 莆田 2014): each a named undertaking. A place's name is required: "养老服务中心建成…" names a kind.
 */
const COMPLETED_FACILITY = new RegExp(
  `(?:^|[，；：。])(?:——)?(${NAME}(?:${FACILITY_HEAD}))(?:[和与及、](${NAME}(?:${FACILITY_HEAD})))?(?:全面|基本|如期|率先)?(?:建成|投用|投运|竣工)`,
  'g',
);

/**
 * Named facilities whose construction the sentence advances, after a list separator: 推进南宁、百色、来宾、梧州泛铝件先进制造基地建设.
 * A 建设名单 is the list of those chosen to build one (rule `selection-list`: …、包头稀土高新技术产业开发区入选首批国家级零碳园区建设
 * 名单, 内蒙古 2026): an honour won, no works. A facility the clause says is being built (rule `under-construction-in-progress`:
 * 3月16日，德阳经开区，国家发电设备机械零部件产品质量监督检验中心正抓紧建设, 德阳 2022) is one too.
 */
const UNDER_CONSTRUCTION = new RegExp(
  `(?:^|[，；、：])(?:${BUILD}|支持)?(${NAME}(?:${FACILITY_HEAD}))((?:正在?(?:抓紧|加紧|加快|全力|有序)?)?建设)(?!名单)`,
  'g',
);

/**
 * 开工仪式, 开工典礼 are events, not works; and a works verb used as a noun names none (rule works-verb-as-noun: 力争签约项目
 * 开工率达到30%, 交城 2021, 开工率达40%, 石泉 2022: a rate; 汇报了全县重点项目开工及投产投用情况: a report of starts, no
 * name ends in 情况). Nor does one that is the subject of what follows (rule works-verb-as-subject): a copula or the
 * ceremony of the start (“开工就是决战，起步就要冲刺”, 为项目集中开工培土奠基: 临西 2023), a page's or a log's next
 * line joined to it (…重点项目集中开工-世界播报, a headline's site: 南昌县 2023; …集中开工9:15部分项目业主…发言, a live log's
 * time: 房县 2021); nor one that qualifies the noun after it (…集中开工情况作了介绍, 开工既是我县…: 商城 2020), nor the start
 * as a noun (rule start-as-noun: 向项目的隆重开工表示热烈祝贺, 英山) or the start of a span (从开工建设到竣工投产, 泰兴 2020); nor one a
 * conjunction joins to the next event, a ceremony or a meeting (rule works-joined-event: 重点项目集中开工暨天中鸟船艇项目开工仪式举行,
 * 驿城 2016; 集中开工和投产投用现场会4次, 安康 2021); not a further works joined (续建和椒花水库开工建设: 湖南 2017).
 */
const WORKS_STARTED =
  /(?<!的(?:隆重)?)(?:开工建设|新开工建设|建成投用|建成启用|建成通车|续建|开工)(?!仪式|典礼|活动|大会|动员|率|就是|就要|即|便是|既是|也是|是|以来|情况|进度|手续|培土|奠基|剪彩|到|[暨和及与并](?=[^，。；]{0,24}?(?:仪式|典礼|现场会|推进会|大会|活动))|[\s\-—–_·|]|\d{1,2}[:：]\d{2})([^，。；：、等]{3,30})(?=[，。；、等]|$)/g;

/**
 * Works named before the verb of their completion, alone or in a 、 list (咸安 2023: 确保107国道咸安绕城段、s361星星竹海至大竹山段公路
 * 建成通车). Every item must be a built work by its ending: a facility head (…公路, …大桥), or a stretch of a road or
 * line (…国道咸安绕城段, …至…段). The stages a plant or platform reaches count as completion too (rule
 * works-put-in-operation: 建云公司日产3000吨新型干法水泥熟料生产线建成投产, 祥云 2022; 漕涧万头奶牛牧场投产运营, 云龙至永平
 * 高速公路全线开工, 云龙 2025; a line opened to traffic, rule line-opened: 沪渝蓉沿江高铁武宜段开通运营, 确保宜(昌)来(凤)高速通车
 * 运营, 宜昌 2026), and a work's rank before it is no part of its name (全国首个“区块链+AI”肉牛产业数智化平台建成上线 →
 * “区块链+AI”肉牛产业数智化平台).
 */
const WORKS_BEFORE_COMPLETION =
  /(?:^|[，；：])(?:\d{1,2}[.、．])?(?:(?:1[0-2]|[1-9])月(?:底|末|中旬|上旬|下旬)?前?)?(?:目前|当前|此外|同时|现已|其中)?(?:我县|我市|我区|我旗)?(?:确保|力争|力促|促进|争取|推动|推进|实现|加快|加速|全力)*([^，。；：]{4,90}?)(?:已经?|均已|(?:计划|预计|力争)(?:于|在)?(?:年内|年底|今年|首季|上半年|下半年|\d{1,2}月(?:份|底)?)前?)?(签约落地|建成通车|建成投用|建成启用|建成投产|建成投运|建成上线|建成运营|建成开通|投产运营|投入运营|投入生产|开通运营|通车运营|竣工投用|竣工投运|竣工通车|竣工交付|交付使用|投入使用|全线贯通|开工建设|主体完工(?=[，。；]|$)|(?:基本|全面)?建成(?=[，。；]|$)|(?:实现|正式|顺利|全线|全面)?开工(?=[，。；]|$))/g;

/**
 * Plain 开工 closing the clause says works started of a named work (rule works-line-started: a live log's lines
 * 北京忠和酒业二期（扩能）项目开工, G346国道军店至窑淮一级路开工, 房县 2021; 中小企业孵化园项目实现开工, 浦北 2023), not of a
 * class the words before it set apart (所有项目开工, 新建项目开工, 部分项目开工) nor of projects a speaker or a duty points to
 * (县委书记孟宪鹏宣布项目开工, 临西 2023; 确保各项目开工).
 */
/** A work described by its rank (全省首个超百亿元水利工程娄里水库开工, 邯郸 2025): the name is not written alone. */
const RANKED = /首个|首座|首条|第一个/;
const SET_APART =
  /^(?:所有|全部|部分|其余|其他|其它|各|该|此|这些|这批|本次|本批|新(?=建|开工|签约|落地|引进|增|项目|工程)|已|在建|续建|储备|签约)|(?:宣布|确保|推动|推进|各|所有|全部|部分|个|批|重点|重大)项目$/;

/**
 * A built work by its ending: a facility head with its stretch (…大桥西延线先行段), a works programme (…水质改善工程, rule
 * works-before-start: 梅溪水库与大镜山水库连通及水质改善工程开工建设, 珠海 2024), a highway (宜(昌)来(凤)高速, 宜昌 2026; not
 * a head of every name: …高速 would close 青银高速公路改扩建工程 early), or a stretch of a road or line.
 */
/**
 * Schools, hospitals and care homes a schedule names by their own names before the stage they reach (rule
 * facilities-by-stage: 4月底前职教中心、学府路幼儿园、8300安置小区配套幼儿园、宝龙幼儿园…主体完工, 8月底前…竣工交付: 临安 2022's 民生
 * 实事 table): works, read only where every item of the list ends with such a head or another work's.
 */
const SCHOOL_OR_CARE_HEAD = '幼儿园|小学|中学|学校|医院|卫生院|养老院|敬老院|福利院|体育馆|图书馆|文化馆|博物馆|安置小区|安置房';
const SCHOOL_OR_CARE_WORK = new RegExp(`(?:${SCHOOL_OR_CARE_HEAD})$`);
export const BUILT_WORK = new RegExp(
  `(?:${FACILITY_HEAD}|工程|项目)${STRETCH}$|[\\u4e00-\\u9fa5)）](?<!通)高速(?:公路)?$|(?:国道|省道|县道|高速|公路|铁路|快速路|大道|干线)[\\u4e00-\\u9fa5]{2,8}段$|至[\\u4e00-\\u9fa5]{2,10}(?:段|[一二]级路)$`,
);
/** Any head noun of a work: an item without one shares the head of the item after it (国家长城、长征文化公园吴忠段). */
const HAS_HEAD = new RegExp(`${FACILITY_HEAD}|${PROGRAMME_HEAD}|${SCHOOL_OR_CARE_HEAD}|段`);

/**
 * An investment sizing the project after it: 总投资1.2亿元的交通物流园区, 首期投资2998万美元的森达美太平港项目; and a
 * capacity or output sizing one facility (rule sized-facility: 打造600万吨级的绿色焦化产业园, 打造500万吨的新型肥料产业园,
 * 打造总产值50亿元的绿色建材产业园, 交城 2021): the facility after 的 is named, its size is no part of the name; what the work did
 * next may follow it (rule sized-then-stage: 总投资1亿元的忠成金属项目从开工建设到竣工投产, 泰兴 2020).
 */
const SIZED = new RegExp(
  `(?:投资(?:约|达)?[\\d.]+(?:万|亿)(?:元|美元)|(?:总产值|年产值|产值|年产|年产能|产能|占地|规模)?(?:约|达)?[\\d.]+(?:万|亿)?(?:吨|亩|平方米|千瓦|元)级?)的(${NAME}(?:${PROGRAMME_HEAD}|${FACILITY_HEAD}))(?:${AFTER}|(?=从|于|正在|落户))`,
  'g',
);

/** An investment written before a name (推进总投资1.2亿元香港时代超市建设项目): the size, no part of it. */
export const LEADING_INVESTMENT = /^(?:总|计划|首期)?投资(?:约|达)?[\d.]+(?:万|亿)?(?:元|美元)的?/;

export function underConstruction(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  UNDER_CONSTRUCTION.lastIndex = 0;
  for (let match = UNDER_CONSTRUCTION.exec(sentence); match; match = UNDER_CONSTRUCTION.exec(sentence)) {
    const start = match.index + match[0].length - match[2].length - match[1].length;
    if (!ENCOURAGED.test(sentence.slice(clauseStart(sentence, match.index), start))) found.push({ name: match[1], start });
    UNDER_CONSTRUCTION.lastIndex = match.index + match[0].length;
  }
  return found;
}

export function completedFacilities(sentence: string): Array<{ name: string; start: number }> {
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

/** A project sized by its investment right before it: 总投资2.06亿元的千泉物流园区. */
export function sizedByInvestment(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  SIZED.lastIndex = 0;
  for (let match = SIZED.exec(sentence); match; match = SIZED.exec(sentence)) {
    found.push({ name: match[1], start: match.index + match[0].length - match[1].length });
  }
  return found;
}

/** Named works started, continued or completed: 开工建设宜西攀高铁、南三高速, 建成投用新皇岗口岸, 建成启用“遇见未来·招商会客厅”
 * (五莲 2024). */
export function worksStarted(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  WORKS_STARTED.lastIndex = 0;
  for (let match = WORKS_STARTED.exec(sentence); match; match = WORKS_STARTED.exec(sentence)) {
    const end = match.index + match[0].length;
    found.push({ name: match[1], start: end - match[1].length });
    // Further works of the list, up to the clause's end, each a built work by its ending (rule works-started-list: 开工珠海
    // 中心站(鹤洲)站城一体化工程、南珠(中)城际香山至拱北段, 珠海 2024).
    // A list opened by a class (开工建设一批海上风电、核电和抽水蓄能项目) names kinds throughout.
    if (sentence.charCodeAt(end) !== ENUMERATION_COMMA || GENERIC.test(match[1])) continue;
    let at = end + 1;
    for (const piece of sentence.slice(at, clauseEnd(sentence, at)).split('、')) {
      if (!BUILT_WORK.test(piece) || piece.includes('等')) break;
      found.push({ name: piece, start: at });
      at += piece.length + 1;
    }
  }
  return found;
}

const ENUMERATION_COMMA = 0x3001;

/** The next ， 。 ； or ： from `at`, or the sentence's end. */
function clauseEnd(sentence: string, at: number): number {
  for (let i = at; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (code === 0xff0c || code === 0x3002 || code === 0xff1b || code === 0xff1a) return i;
  }
  return sentence.length;
}

/** Works named before 建成通车 and the like: every item of the list a built work by its ending, else none. */
export function worksBeforeCompletion(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  WORKS_BEFORE_COMPLETION.lastIndex = 0;
  for (let match = WORKS_BEFORE_COMPLETION.exec(sentence); match; match = WORKS_BEFORE_COMPLETION.exec(sentence)) {
    const from = match.index + match[0].indexOf(match[1]);
    // A signing landed names one project (rule signed-and-landed: 总投资110亿元的中意国别建材城项目签约落地, 宣化 2015); a list
    // signed names companies as often (昆宇、中电…等一批…项目签约落地, 祥云 2023).
    if (match[2] === '签约落地' && match[1].includes('、')) continue;
    const pieces = sharingHeads(match[1].split('、'));
    if (!pieces.every((piece) => BUILT_WORK.test(piece) || SCHOOL_OR_CARE_WORK.test(piece))) continue;
    if (match[2].endsWith('开工') && !match[2].endsWith('建设') && pieces.some((piece) => SET_APART.test(piece) || RANKED.test(piece))) continue;
    // Plain 建成 states the state of a kind as often (综合交通枢纽基本建成): only a work's own stretch (…吴忠段) or a place
    // opening it names one (rule completed-by-deadline: 到2023年底，国家长城、长征文化公园吴忠段基本建成, 吴忠 2021).
    if (match[2].endsWith('建成') && !pieces.every((piece) => piece.endsWith('段') || beginsWithPlace(piece))) continue;
    // A ceremony joined to the start by 暨 names the work after it (rule start-joined-by-ji: 宣布我县一季度重大项目集中开工活动启动暨
    // 长安建筑工业化产业园项目正式开工, 英山): the event before it is none.
    const joinedEvent = pieces.length === 1 ? pieces[0].lastIndexOf('暨') + 1 : 0;
    if (joinedEvent > 0) {
      const work = pieces[0].slice(joinedEvent);
      if (BUILT_WORK.test(work) && work.length >= 5) found.push({ name: work, start: from + joinedEvent });
      continue;
    }
    let at = from;
    for (const piece of pieces) {
      // Its investment written before the name sizes the work, no part of it (rule `invested-before-started`: 总投资221.6亿元的
      // 齐鲁石化鲁油鲁炼转型升级技术改造项目开工建设, 淄博 2025).
      const rank =
        RANK_BEFORE_NAME.exec(piece)?.[0].length ??
        (piece.includes('投资') ? (LEADING_INVESTMENT.exec(piece)?.[0].length ?? 0) : (SIZE_BEFORE.exec(piece)?.[0].length ?? 0));
      found.push({ name: piece.slice(rank), start: at + rank });
      at += piece.length + 1;
    }
  }
  return found;
}

/**
 * A size written before a work's name with 的, whatever words the copy garbled before it (rule sized-before-stage: ??偼顿Y110亿元的
 * 中意国别建材城项目签约落地, 宣化 2015): no part of the name.
 */
const SIZE_BEFORE = /^[^的，]{0,16}?[\d.]+(?:万|亿)?(?:元|吨|亩|平方米|千瓦)的/;

/** A rank written before a work's name (全国首个, 全省首条, 首座): no part of it. */
const RANK_BEFORE_NAME = /^(?:全球|世界|全国|全省|全区|全市|全州|全县|国内|省内|区内)?(?:首个|首座|首条|首家|第一个)(?:[\dA-Z]{1,3}级)?/;

/** Items without a head noun of their own joined to the item after them, which names the head they share. */
function sharingHeads(pieces: string[]): string[] {
  const joined: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    if (!HAS_HEAD.test(piece)) {
      pending += `${piece}、`;
      continue;
    }
    joined.push(pending + piece);
    pending = '';
  }
  if (pending !== '') joined.push(pending.slice(0, -1));
  return joined;
}

/**
 * A named work opening its clause, then the part of it that reached its stage (rule progress-of-part: 济青高铁潍坊段正线铺轨
 * 完成, 青银高速公路改扩建工程潍坊段桥梁及通道全部完成, 盛瑞8挡自动变速器项目生产设备制造完成, 万创众创空间项目商务楼主体完成:
 * 潍坊 2018): the work is named, its part is not.
 */
const PROGRESS_OF_PART = new RegExp(`^(${NAME}(?:${FACILITY_HEAD}|工程|项目)${STRETCH})[^、]{0,10}?(?:全部|基本|顺利|全面)?$`);

/**
 * A 、 list opening its clause and closed by how its works progress (rule listed-by-progress: 站南广场片区改造工程、高铁新片区
 * 开发工程、山东海洋技术大学、城区道路畅通工程进展加快, 潍坊 2018): named works when every item says more than a kind and most
 * end with a work's head.
 */
const WORK_HEAD_END = new RegExp(`(?:${FACILITY_HEAD}|工程|项目)${STRETCH}$`);

/** Stage words of progress-of-part, then of listed-by-progress (two characters each: the clause test reads `at + 2`). */
const PART_DONE_WORDS = ['完成', '完工', '封顶', '贯通', '合龙'];
const PROGRESSING_WORDS = ['进展加快', '进展顺利', '加快推进', '顺利推进', '有序推进', '获批'];
/**
 * How far one named work opening its clause has got (rule work-by-progress: 国家级县域充换电设施补短板试点项目加速推进, 云龙
 * 2025; 大理宸宇年产10万吨电池负极一体化项目送电试车, 立新年产1万吨再生硅材料项目一期投产, 保利协鑫10万吨颗粒硅一体化项目能评
 * 审批进度加快, 2021年祥云县电子商务进农村综合示范项目建设顺利推进: 祥云 2022), or approved (云南云龙省级产业园区获批设立;
 * a list: 漕涧梁子(二期)风电场、500千伏长新输变电工程获批, 云龙 2025): the work, read as progress-of-part reads it (its name
 * closed by a work's head; a class, 重点项目, or a duty opens none). A review's run-in point may open with a dash and a
 * quoted programme (rule stage-of-park: ——“五个一工程”强力推进; 环保科技产业园积极推进, 农产品加工产业园10万平方米标房初具规模,
 * 富山新市镇高铁站建设启动实施: 建平 2018): the dash is no part of the name, the closing quote is.
 */
const SINGLE_PROGRESS_WORDS = [
  '加快推进',
  '加速推进',
  '稳步推进',
  '顺利推进',
  '有序推进',
  '强力推进',
  '积极推进',
  '进度加快',
  '送电试车',
  '落地实施',
  '启动实施',
  '初具规模',
  '投产',
  '获批设立',
  '获批',
  '并网发电',
  '取得备案',
];

/**
 * Works named by their progress: each stage word closing a clause (found by indexOf, then the clause mark after it) is
 * tried against that clause alone; most sentences hold no such word at a clause's end and cost a few scans.
 */
export function worksByProgress(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  // A part's stage may be followed by the next stage of the same work (济青高铁潍坊段正线铺轨完成、计划年底开通; …项目生产设备制造
  // 完成、研发中心主体完工: 潍坊 2018).
  for (const word of PART_DONE_WORDS) eachClauseEnding(sentence, word, PART_DONE_MARKS, (clause, from) => partDone(clause, from, found));
  if (sentence.includes('、'))
    for (const word of PROGRESSING_WORDS) eachClauseEnding(sentence, word, CLAUSE_MARKS, (clause, from) => listedByProgress(clause, from, found));
  for (const word of SINGLE_PROGRESS_WORDS)
    eachClauseEnding(sentence, word, CLAUSE_MARKS, (clause, from) => {
      if (!clause.includes('、') && !found.some((item) => item.start === from)) singleByProgress(clause, from, found);
    });
  eachClauseEnding(sentence, '投入使用', CLAUSE_MARKS, (clause, from) => {
    if (!clause.includes('、')) putInUse(clause, from, found);
  });
  eachClauseEnding(sentence, '验收', CLAUSE_MARKS, (clause, from) => {
    if (clause.includes('通过')) accepted(clause, from, found);
  });
  return found.sort((a, b) => a.start - b.start);
}

/** Calls `read` with the text of each clause that `word` closes (one of `marks` after it) and where that clause starts. */
function eachClauseEnding(sentence: string, word: string, marks: string, read: (clause: string, from: number) => void): void {
  for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (end < sentence.length && !marks.includes(sentence[end])) continue;
    const from = clauseStart(sentence, at);
    read(sentence.slice(from, at), from);
  }
}

const CLAUSE_MARKS = '，。；';
const PART_DONE_MARKS = '，。；、';

/**
 * What opens a duty or sets apart a whole class, not a work's name: 确保各项目标任务圆满完成 (潜江 2017), 2021年全县经济社会
 * 发展各项目标任务全面完成 (牟定 2022): 各项 before 目标, no 项目.
 */
const DUTY_OPENING = /^(?:确保|力争|力促|争取|推动|推进|实现|加快|全力|努力|各|所有|全部)|(?:各|所有|全部)项目$/;

function partDone(clause: string, from: number, found: Array<{ name: string; start: number }>): void {
  const named = PROGRESS_OF_PART.exec(clause);
  if (named && !DUTY_OPENING.test(named[1])) found.push({ name: named[1], start: from });
}

/** Words of the news's time or sequence opening a clause (目前融丰(港城)灰腾梁风电项目…, 此外; 随着…发电项目实现全容量并网发电, 阜新
 * 2022): no part of a name. */
const NEWS_OPENING = /^(?:——|目前|当前|此外|同时|另外|其中|现已|随着)/;

function singleByProgress(written: string, clauseFrom: number, found: Array<{ name: string; start: number }>): void {
  const dash = NEWS_OPENING.exec(written)?.[0].length ?? 0;
  const clause = written.slice(dash);
  const from = clauseFrom + dash;
  const named = PROGRESS_OF_PART.exec(clause);
  if (!named || DUTY_OPENING.test(named[1]) || SET_APART.test(named[1]) || GENERIC.test(named[1])) return;
  // The shortest head read first may stop inside the name (…补短板试点 of …补短板试点项目, …省级产业园 of …省级产业园区): a
  // project's head, or the 区 of a 园区, right after it closes the name.
  const rest = clause.slice(named[1].length);
  const name =
    named[1] +
    (/^(?:项目|工程)/.exec(rest)?.[0] ??
      (named[1].endsWith('园') && rest.startsWith('区') ? '区' : named[1].startsWith('“') && rest.startsWith('”') ? '”' : ''));
  // Two works joined by 及/和, each closed by a work's head (云龙至泸水高速及“大(理)漾(濞)云(龙)泸(水)”铁路前期工作稳步推进): each named.
  const joined = JOINED_WORKS.exec(name);
  if (joined && WORK_HEAD_OR_ROAD.test(joined[1]) && WORK_HEAD_OR_ROAD.test(joined[2])) {
    found.push({ name: joined[1], start: from }, { name: joined[2], start: from + joined[1].length + 1 });
    return;
  }
  found.push({ name, start: from });
}

const JOINED_WORKS = /^(.{4,}?)[及和](.{4,})$/;

/**
 * A named work opening its clause that passed its acceptance (rule work-accepted: 涝洼长城五道梁抢险加固项目已通过省文物局项目
 * 技术验收, 承德 2023): the work is named.
 */
const ACCEPTED = new RegExp(`^(${NAME}(?:${FACILITY_HEAD}|工程|项目)${STRETCH})(?:已|均已|顺利|正式)?通过[^，。；]{0,14}?验收$`);

function accepted(clause: string, from: number, found: Array<{ name: string; start: number }>): void {
  const named = ACCEPTED.exec(clause + '验收');
  if (!named || DUTY_OPENING.test(named[1]) || SET_APART.test(named[1]) || GENERIC.test(named[1])) return;
  const rank = RANK_BEFORE_NAME.exec(named[1])?.[0].length ?? 0;
  found.push({ name: named[1].slice(rank), start: from + rank });
}

/**
 * A named work put into use is the whole subject of its clause, an adverb at most between (rule work-put-in-use: 红山文化研究
 * 中心初步投入使用, 建平 2018; 南宁吴圩机场改扩建工程投入使用, 广西 2026): not a facility its part belongs to (昆明长水国际机场
 * 东二跑道投入使用, 云南 2026: the runway is the work).
 */
const PUT_IN_USE = new RegExp(`^(${NAME}(?:${FACILITY_HEAD}|工程|项目)${STRETCH})(?:初步|正式|全面|已|均已|相继|顺利|建成)*$`);

function putInUse(clause: string, from: number, found: Array<{ name: string; start: number }>): void {
  const named = PUT_IN_USE.exec(clause);
  if (!named || DUTY_OPENING.test(named[1]) || SET_APART.test(named[1]) || GENERIC.test(named[1]) || found.some((item) => item.start === from)) return;
  const rank = RANK_BEFORE_NAME.exec(named[1])?.[0].length ?? 0;
  found.push({ name: named[1].slice(rank), start: from + rank });
}

/**
 * A named work opening its clause that a list of key projects or a plan takes in (rule work-listed-in: 其中，金山岭长城文旅融合
 * 示范区项目列入国家层面重点项目, 承德 2023): the work is named; a class (重点项目) or a work pointed to (该项目) opens none.
 */
const LISTED_IN = new RegExp(
  `(?:^|[，；：。])(${NAME}(?:${FACILITY_HEAD}|工程|项目)${STRETCH})(?:已|均|被|成功|先后)*(?:列入|纳入)[^，。；]{0,16}?(?:重点项目|项目库|项目清单|名单|规划|计划)(?=[，。；]|$)`,
  'g',
);

export function worksListedIn(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  LISTED_IN.lastIndex = 0;
  for (let match = LISTED_IN.exec(sentence); match; match = LISTED_IN.exec(sentence)) {
    const name = match[1];
    if (DUTY_OPENING.test(name) || SET_APART.test(name) || GENERIC.test(name)) continue;
    found.push({ name, start: match.index + match[0].indexOf(name) });
  }
  return found;
}
const WORK_HEAD_OR_ROAD = new RegExp(`(?:${FACILITY_HEAD}|工程|项目|高速)$`);

function listedByProgress(clause: string, from: number, found: Array<{ name: string; start: number }>): void {
  const pieces = clause.split('、');
  if (pieces.length < 2 || pieces.some((piece) => piece.length < 5 || GENERIC.test(piece))) return;
  if (pieces.filter((piece) => WORK_HEAD_END.test(piece)).length * 2 < pieces.length) return;
  let at = from;
  for (const piece of pieces) {
    found.push({ name: piece, start: at });
    at += piece.length + 1;
  }
}

/** The works a site manager or office runs (rule works-of-manager: 中铁四局浦北县马江河县城段水环境治理一期工程项目经理, 浦北 2023). */
const WORKS_OF_MANAGER = /(?:^|[，；：])([^，。；：、]{4,40}?工程)项目(?:经理|部|负责人)/g;

export function worksOfManager(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  WORKS_OF_MANAGER.lastIndex = 0;
  for (let match = WORKS_OF_MANAGER.exec(sentence); match; match = WORKS_OF_MANAGER.exec(sentence))
    found.push({ name: match[1], start: match.index + match[0].indexOf(match[1]) });
  return found;
}

/**
 * Parks opening their clause, alone or in a 、 list, then the factory floor they hold (rule park-by-floor-space: 经济开发区家居
 * 产业园60万平方米标房入驻46家企业, 新型建材产业园、现代制造产业园30万平方米标房全部入驻, 农产品加工产业园10万平方米标房初具规模:
 * 建平 2018): each park a named work, sized as one facility is (新型 opening it is part of its name, as rule class-word-in-name
 * reads a sized facility's).
 */
const PARK_FLOOR =
  /(?:^|[，；：。])((?:[^，。；：、]{2,24}?(?:产业园|工业园|园区)、)*[^，。；：、]{2,24}?(?:产业园|工业园|园区))[\d.]+万?平方米(?:标房|标准厂房|厂房)/g;
const PARK_END = /(?:产业园|工业园|园区)$/;

export function parksByFloorSpace(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  PARK_FLOOR.lastIndex = 0;
  for (let match = PARK_FLOOR.exec(sentence); match; match = PARK_FLOOR.exec(sentence)) {
    let at = match.index + match[0].indexOf(match[1]);
    for (const piece of match[1].split('、')) {
      if (PARK_END.test(piece) && !DUTY_OPENING.test(piece) && !SET_APART.test(piece) && !GENERIC.test(piece.replace(/^新型/, '')))
        found.push({ name: piece, start: at });
      at += piece.length + 1;
    }
  }
  return found;
}

/**
 * A project introduced by where it lies (rule located-project: 位于澄城县寺前镇的新型材料生产线项目，总投资2.66亿元: 澄城 2022):
 * the name after 的, closed by its head and the clause.
 */
const LOCATED = new RegExp(`(?:^|[，；：])位于[^，。；：]{2,20}?的(${NAME}(?:${FACILITY_HEAD}|工程|项目))(?=[，。；]|$)`, 'g');

export function locatedProjects(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  LOCATED.lastIndex = 0;
  for (let match = LOCATED.exec(sentence); match; match = LOCATED.exec(sentence))
    found.push({ name: match[1], start: match.index + match[0].length - match[1].length });
  return found;
}

/** A work's phase written after its head (长鸿绿色智慧产业园二期, 新邵 2023): part of its name. */
const PHASE = '(?:[一二三四五六七八九十]期(?:工程|项目)?)?';

/**
 * A named work opening its clause, then where it lies or how big it is, its phase after its head at most; a power plant by
 * its capacity or what it has generated (rule described-plant: 国华巴彦淖尔公司中旗德岭山20MWp自发自用光伏发电项目总装机容量2万千瓦,
 * 乌拉特中旗 2020; 申华协合投资有限公司太旗贡宝拉格4.95万千瓦风电项目累计发电1.78亿千瓦时, 太仆寺旗 2010) (rule described-work: 贵州侗乡大健康产业示范区（以下简称
 * 示范区）位于黔东南苗族侗族自治州, 贵州 2016; 316国道金溪县城至枫山段改造工程全长11.58公里, 金溪 2025; 中核甘肃核技术产业园完成
 * 投资42亿元, 白银 2018): the subject a news item or plan describes is a named undertaking. So is a work whose clause is its
 * name alone, its investment after the comma, or its investment right after it (rule work-then-investment: 遂平县克明食品
 * 面品项目，总投资5.3亿元; 鹏辉绿色动力电池生产项目投资25亿元: 驻马店 2022's captions; 位于澄城县寺前镇的新型材料生产线项目，
 * 总投资2.66亿元, 澄城 2022). Its short name in brackets is no part of it; a work pointed to (该项目, 此工程, 本次签约项目) or a
 * class (重点项目) opens none.
 */
const DESCRIBED_WORK = new RegExp(
  `(?:^|[，；：。])(?:——)?(${NAME}(?:${FACILITY_HEAD}|工程|项目)${STRETCH}${PHASE})(?:[（(]以下简称[^）)]{1,12}[）)])?(?:位于|全长|总长|总投资|计划总投资|占地面积|占地|总建筑面积|规划面积|总装机容量|装机容量|累计发电|(?:累计|已|全年)?完成(?:年度)?投资|投资(?=(?:约|达)?\\d)|，(?:计划)?总投资)`,
  'g',
);
const DESCRIBING_WORDS = /位于|全长|总长|总投资|占地|总建筑面积|规划面积|装机容量|累计发电|完成投资|完成年度投资|投资(?:约|达)?\d/;

export function describedWorks(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  if (!DESCRIBING_WORDS.test(sentence)) return found;
  DESCRIBED_WORK.lastIndex = 0;
  for (let match = DESCRIBED_WORK.exec(sentence); match; match = DESCRIBED_WORK.exec(sentence)) {
    const name = match[1];
    if (DUTY_OPENING.test(name) || SET_APART.test(name) || GENERIC.test(name)) continue;
    const rank = RANK_BEFORE_NAME.exec(name)?.[0].length ?? 0;
    found.push({ name: name.slice(rank), start: match.index + match[0].indexOf(name) + rank });
  }
  return found;
}
