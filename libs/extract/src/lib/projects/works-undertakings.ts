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

/** Named facilities whose construction the sentence advances, after a list separator: 推进南宁、百色、来宾、梧州泛铝件先进制造基地建设. */
const UNDER_CONSTRUCTION = new RegExp(`(?:^|[，；、：])(?:${BUILD}|支持)?(${NAME}(?:${FACILITY_HEAD}))建设`, 'g');

/**
 * 开工仪式, 开工典礼 are events, not works; and a works verb used as a noun names none (rule works-verb-as-noun: 力争签约项目
 * 开工率达到30%, 交城 2021, 开工率达40%, 石泉 2022: a rate; 汇报了全县重点项目开工及投产投用情况: a report of starts, no
 * name ends in 情况). Nor does one that is the subject of what follows (rule works-verb-as-subject): a copula or the
 * ceremony of the start (“开工就是决战，起步就要冲刺”, 为项目集中开工培土奠基: 临西 2023), a page's or a log's next
 * line joined to it (…重点项目集中开工-世界播报, a headline's site: 南昌县 2023; …集中开工9:15部分项目业主…发言, a live log's
 * time: 房县 2021).
 */
const WORKS_STARTED =
  /(?:开工建设|新开工建设|建成投用|建成通车|续建|开工)(?!仪式|典礼|活动|大会|动员|率|就是|就要|即|便是|是|以来|培土|奠基|剪彩|[\s\-—–_·|]|\d{1,2}[:：]\d{2})([^，。；：、等]{3,30})(?=[，。；、等]|$)/g;

/**
 * Works named before the verb of their completion, alone or in a 、 list (咸安 2023: 确保107国道咸安绕城段、s361星星竹海至大竹山段公路
 * 建成通车). Every item must be a built work by its ending: a facility head (…公路, …大桥), or a stretch of a road or
 * line (…国道咸安绕城段, …至…段).
 */
const WORKS_BEFORE_COMPLETION =
  /(?:^|[，；：])(?:确保|力争|力促|促进|争取|推动|推进|实现|加快|加速|全力)*([^，。；：]{4,90}?)(建成通车|建成投用|竣工投用|竣工投运|竣工通车|全线贯通|开工建设|(?:基本|全面)?建成(?=[，。；]|$))/g;

/**
 * A built work by its ending: a facility head with its stretch (…大桥西延线先行段), a works programme (…水质改善工程, rule
 * works-before-start: 梅溪水库与大镜山水库连通及水质改善工程开工建设, 珠海 2024), or a stretch of a road or line.
 */
export const BUILT_WORK = new RegExp(
  `(?:${FACILITY_HEAD}|工程|项目)${STRETCH}$|(?:国道|省道|县道|高速|公路|铁路|快速路|大道|干线)[\\u4e00-\\u9fa5]{2,8}段$|至[\\u4e00-\\u9fa5]{2,10}段$`,
);
/** Any head noun of a work: an item without one shares the head of the item after it (国家长城、长征文化公园吴忠段). */
const HAS_HEAD = new RegExp(`${FACILITY_HEAD}|${PROGRAMME_HEAD}|段`);

/**
 * An investment sizing the project after it: 总投资1.2亿元的交通物流园区, 首期投资2998万美元的森达美太平港项目; and a
 * capacity or output sizing one facility (rule sized-facility: 打造600万吨级的绿色焦化产业园, 打造500万吨的新型肥料产业园,
 * 打造总产值50亿元的绿色建材产业园, 交城 2021): the facility after 的 is named, its size is no part of the name.
 */
const SIZED = new RegExp(
  `(?:投资(?:约|达)?[\\d.]+(?:万|亿)(?:元|美元)|(?:总产值|年产值|产值|年产|年产能|产能|占地|规模)?(?:约|达)?[\\d.]+(?:万|亿)?(?:吨|亩|平方米|千瓦|元)级?)的(${NAME}(?:${PROGRAMME_HEAD}|${FACILITY_HEAD}))${AFTER}`,
  'g',
);

/** An investment written before a name (推进总投资1.2亿元香港时代超市建设项目): the size, no part of it. */
export const LEADING_INVESTMENT = /^(?:总|计划|首期)?投资(?:约|达)?[\d.]+(?:万|亿)?(?:元|美元)的?/;

export function underConstruction(sentence: string): Array<{ name: string; start: number }> {
  const found: Array<{ name: string; start: number }> = [];
  UNDER_CONSTRUCTION.lastIndex = 0;
  for (let match = UNDER_CONSTRUCTION.exec(sentence); match; match = UNDER_CONSTRUCTION.exec(sentence)) {
    const start = match.index + match[0].length - 2 - match[1].length;
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

/** Named works started, continued or completed: 开工建设宜西攀高铁、南三高速, 建成投用新皇岗口岸. */
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
    const pieces = sharingHeads(match[1].split('、'));
    if (!pieces.every((piece) => BUILT_WORK.test(piece))) continue;
    // Plain 建成 states the state of a kind as often (综合交通枢纽基本建成): only a work's own stretch (…吴忠段) or a place
    // opening it names one (rule completed-by-deadline: 到2023年底，国家长城、长征文化公园吴忠段基本建成, 吴忠 2021).
    if (match[2].endsWith('建成') && !pieces.every((piece) => piece.endsWith('段') || beginsWithPlace(piece))) continue;
    let at = from;
    for (const piece of pieces) {
      found.push({ name: piece, start: at });
      at += piece.length + 1;
    }
  }
  return found;
}

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
