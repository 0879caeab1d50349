/** Works named by their stage: started, under construction, completed, or sized by their investment. */
import { beginsWithPlace } from '../regions/place-words';
import { ENCOURAGED, clauseStart } from './undertaking-names';
import { AFTER, BUILD, FACILITY_HEAD, NAME, PROGRAMME_HEAD, STRETCH } from './undertaking-patterns';

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

/**
 * 开工仪式, 开工典礼 are events, not works; and a works verb used as a noun names none (rule works-verb-as-noun: 力争签约项目
 * 开工率达到30%, 交城 2021, 开工率达40%, 石泉 2022: a rate; 汇报了全县重点项目开工及投产投用情况: a report of starts, no
 * name ends in 情况).
 */
const WORKS_STARTED = /(?:开工建设|新开工建设|建成投用|建成通车|续建|开工)(?!仪式|典礼|活动|大会|动员|率)([^，。；：、等]{3,30})(?=[，。；、等]|$)/g;

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

/** An investment sizing the project after it: 总投资1.2亿元的交通物流园区, 首期投资2998万美元的森达美太平港项目. */
const SIZED = new RegExp(`投资(?:约|达)?[\\d.]+(?:万|亿)(?:元|美元)的(${NAME}(?:${PROGRAMME_HEAD}|${FACILITY_HEAD}))${AFTER}`, 'g');

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
    found.push({ name: match[1], start: match.index + match[0].length - match[1].length });
  }
  return found;
}

/** Works named before 建成通车 and the like: every item of the list a built work by its ending, else none. */
export function worksBeforeCompletion(sentence: string): Array<{ name: string; start: number }> {
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
