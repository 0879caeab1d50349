import { gazetteer, isGenericDivisionName } from '../../regions/gazetteer';
import { isPlaceNameWithCounties, placePrefixLength } from '../../regions/place-words';
import { applySharedPrefix } from './conventions/shared-prefix-list';

/**
 * Reading a written list of responsible units (省发展改革委、省财政厅按职责分工负责) into unit names with spans and the
 * role words the text attaches to them. Labels and verbs never stay in a name; a collective written with an inner
 * 、 (各区、市政府, 各县（市、区）人民政府) stays one unit.
 */

/** What the words around a unit say about its role; null where they say nothing. */
export type StatedRole = 'lead' | 'support' | null;

export interface ListedUnit {
  readonly name: string;
  /** Span of the name in the text the list was read from. */
  readonly start: number;
  readonly end: number;
  /** 牵头 written after this unit (or after the run of units it ends): lead; 配合/参与/参加/协同: support. */
  readonly stated: StatedRole;
  /** 分别牵头: each unit of the run leads on its own. */
  readonly separately: boolean;
  /** Index of the run of units joined by 、 it belongs to (a comma or semicolon starts the next run). */
  readonly run: number;
  /** The level prefix (省, 自治区 …) this unit takes from an earlier unit of its list (省工信厅、发改委 → 省发改委). */
  readonly sharedPrefix?: string;
}

export interface UnitList {
  readonly units: readonly ListedUnit[];
  /** Pieces of the list that were not read as units (a sentence, a person, a remark). */
  readonly dropped: number;
  /** 分工负责, 分别负责, 分头落实: the units share the task, none is presumed to lead. */
  readonly split: boolean;
}

/**
 * A unit name ends like a government body, an enterprise or a collective; rule `mechanisms-as-units`: a standing
 * coordination mechanism a table makes responsible is a party too (定州 2021: 牵头单位 市政务数据共享协调机制; 联席会议).
 */
const UNIT_SUFFIX =
  /(厅|局|委|办|部|院|会|中心|政府|公司|集团|银行|支行|分行|人行|队|所|站|室|社|署|处|馆|股|海关|法院|检察院|管委会|委员会|办公室|专班|小组|开发区|新区|园区管委会|协会|联合会|总工会|团委|妇联|科协|残联|工商联|机构|单位|部门|街道|乡镇|镇|村|协调机制|联席会议)$/;
const COLLECTIVE_START = /^(各|有关|相关|其他|其它|全市|全省|全区|全县|省直|市直|区直|县直|省级|市级|区级|县级|[省市区县]属各)/;
/** 各地, 各市, 各区, 各乡 (陆良 2015: 各乡（镇、街道）): a collective written with one level word (各区、市政府 is merged before this is asked). */
const LEVEL_COLLECTIVE = /^各(地|市|县|区|州|盟|旗|乡镇|乡|镇)$/;
/**
 * Parks, state enterprises and the like that documents hold responsible beside government bodies; a development zone
 * or high-tech park by its short name (钟楼 2021: 经开区, 高新园（邹区镇）, whose 管委会 it stands for).
 */
const OTHER_UNIT_SUFFIX = /(产业园|工业园|物流园|科技园|创业园|国企|经开区|高新园)$/;

/** Trailing words that are not part of a name: role verbs, "and the rest", and 为牵头单位 (A为牵头单位，B配合). */
const TRAILING =
  /(?:等(?:有关|相关)?(?:部门|单位)?)?(?:按照?(?:职责|属地)(?:分工)?|根据职责|依职责)?(?:分别|共同|分工|分头|具体|总牵头|牵头|主办|负责|配合|参与|参加|协同|协助|协办|协作|落实|实施|组织实施|推进|承担|抓总|协调推动|协调指导|指导推动|督促指导|指导督促|统筹协调)*(?:为(?:牵头|主责|责任|配合)(?:单位|部门))?$/;
/** A unit's own role in brackets of any kind after it: A（牵头）, A(牵头单位), A〔牵头〕, A[主责]. */
const INLINE_LEAD_MARK = /[（(〔[](?:牵头|牵头单位|牵头部门|主责)[）)〕\]]$/;
const SUPPORT_WORD = /(?:配合|参与|参加|协同|协助|协办)(?:实施|落实|推进|负责)?$/;
/**
 * Rule `coordinates-after-responsible`: units that coordinate, guide or push a task others are responsible for (云南 全域旅游:
 * (各州、市人民政府负责;省旅游发展委协调推动), (…;省环境保护厅、林业厅…协调推动)) help with it, as 配合 does. Only the
 * compound verbs, right after the units: 负责协调 (a unit's own duty) is no help.
 */
const COORDINATE_WORD = /(?<!负责)(?:协调推动|协调指导|指导推动|督促指导|指导督促|统筹协调)$/;
/** 主办 after a unit states its lead as 牵头 does (黑龙江: 省发改委主办，省工信委…协办). */
const LEAD_VERB_AFTER = /主办(?:负责)?$/;
const SPLIT_WORD = /(分工|分别|分头)/;
const SEPARATELY_LEAD = /分别牵头/;

/** Separators between units; 和/及/以及 only between two whole unit names (省工业和信息化厅 is one unit). */
const SEPARATOR = /[、，,；;／\/\n]/;
/** The last level word of a collective may be a county-level one: 各区、县级市, 各县、自治县. */
const COUNTY_LEVEL_CITY = /^(县级市|县级区|自治县|自治旗)(人民)?(政府)?$/;
/** A level word alone, or two written together (各县市、区政府: the county-level cities, then the districts). */
const LEVEL_ONLY = /^(?:各|相关|有关)?(?:省|市|州|盟|县|区|旗|乡|镇|地){1,2}$/;

export function looksLikeUnit(name: string): boolean {
  if (name.length < 2 || name.length > 40) return false;
  // A unit with another name of it in brackets: 省发改委（省能源局）, 新区科技和人才局〈区科技局〉 (a zone's bureau and the
  // district's it also is).
  const aliased = /^(.+)[（〈]([^（）〈〉]+)[）〉]$/.exec(name);
  if (aliased && looksLikeUnit(aliased[2])) return looksLikeUnit(aliased[1]);
  if (/[。：:！？“”"《》]/.test(name)) return false;
  // A count is no unit: 由一个部门牵头, 两家单位.
  if (/^[一二三四五六七八九十两几多\d]+[个家所类批]/.test(name)) return false;
  // Rule `role-holders`: units named by the part they hold (开封 2024: 各产业链责任单位; 各牵头单位, 各配合部门) are whoever
  // holds it, no unit the text names.
  if (ROLE_HOLDERS.test(name)) return false;
  // Rule `member-by-office`: a leader named with the seat held on a standing committee (龙湾 2023: 二、李丹常委、常务副区长牵头
  // 重点工作) is a person; the body is the 常委会.
  if (MEMBER_BY_OFFICE.test(name)) return false;
  // Rule `pronoun-unit` (新昌 2018: 由我局牵头实施的有实施类项目13个): a body the text calls by a pronoun (我局, 本局, 我委,
  // 该单位) is the page's own speaker, no unit the text names.
  if (PRONOUN_UNIT.test(name)) return false;
  return isBodyName(name) || LEVEL_COLLECTIVE.test(name) || SCOPED_COLLECTIVE.test(name) || OTHER_UNIT_SUFFIX.test(name) || isDivisionName(name);
}

const PRONOUN_UNIT = /^(?:我|本|该)(?:局|委|办|厅|院|部|所|站|处|室|中心|单位|部门|公司|机关)$/;

const ROLE_HOLDERS = /^各[\u4e00-\u9fa5]{0,8}(?:责任|牵头|配合|参与|协办)(?:单位|部门)$/;

const MEMBER_BY_OFFICE = /常委$/;

/** A leader by name and office (李丹常委, 王强副县长): a person, as an office alone is. */
const PERSON_BY_OFFICE = /^[\u4e00-\u9fa5]{2,3}(?:常委|(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长|盟长|秘书长|书记))$/;

/** Rule `scoped-collective`: the cities or counties of an area as one collective (广东 2019: 大湾区内地各市; 珠三角各市). */
const SCOPED_COLLECTIVE = /^[\u4e00-\u9fa5]{2,8}各(?:市|县|区|州|盟|旗|地)$/;

/** A government body, enterprise or collective by its ending or its 各/有关 start (not a place, a park alone). */
export function isBodyName(name: string): boolean {
  return UNIT_SUFFIX.test(name) || (COLLECTIVE_START.test(name) && name.length >= 3);
}

/**
 * A city or county written by its full name (合肥市, 肥西县) stands for its government in a responsibility list
 * ((合肥市,省发展改革委牵头)); short forms (合肥) and generic district words (开发区, 城区) do not.
 */
function isDivisionName(name: string): boolean {
  if (isGenericDivisionName(name)) return false;
  const known = (name: string) => (gazetteer().byName.get(name) ?? []).some((entry) => entry.level !== 'province');
  // Rule `county-before-district`: a county or county-level city since made a district keeps its old name in older
  // documents (滨州: (沾化县牵头负责), today's 沾化区): the district of the same stem is that unit.
  return known(name) || (/^[\u4e00-\u9fa5]{2,6}[县市]$/.test(name) && known(`${name.slice(0, -1)}区`));
}

/**
 * Read the units of a list that starts at `listStart` in the text. Reading stops at the end of the first sentence
 * (a remark after 。 is not part of the list). Units that do not look like units are dropped.
 */
export function readUnitList(list: string, listStart: number): UnitList {
  const sentenceEnd = list.search(/[。！？]/);
  const sentence = sentenceEnd >= 0 ? list.slice(0, sentenceEnd) : list;
  // Rule `scope-remark`: a remark on this and the later measures run on after a comma or semicolon ends the list (宁德 2025:
  // (责任单位:市人社局,各县(市、区)人民政府…;以下各项任务措施均需各县(市、区)人民政府…落实,不再列出。)): its units are
  // the later measures' scope, no units of this task.
  const remark = sentence.includes('以下') ? SCOPE_REMARK.exec(sentence) : null;
  const body = remark ? sentence.slice(0, remark.index) : sentence;
  const split = SPLIT_WORD.test(body) && !SEPARATELY_LEAD.test(body);
  const pieces = splitTopLevel(body).flatMap((piece) => splitConjoined(piece));
  const merged = mergeCollectives(pieces, body);
  const units: ListedUnit[] = [];
  let pendingRun: ListedUnit[] = [];
  let dropped = 0;
  let run = 0;
  merged.forEach((piece, index) => {
    const pieceRun = run;
    if (piece.closesRun) run++;
    const raw = piece.text;
    const leading = raw.length - raw.trimStart().length;
    const trimmed = stripRemark(raw.trim());
    // Rule `convenes-short`: 会 between two units written as one (广东 2021 政务公开台账: 宣传处会办公室) is 会同 written short:
    // the first convenes and leads, the second works with it. Not after a 委 (管委会, 常委会 name committees), and only
    // where both sides are units.
    const convened = CONVENES_SHORT.exec(trimmed);
    if (convened && !WORD_OF_HUI.test(convened[2]) && looksLikeUnit(convened[1]) && looksLikeUnit(stripTrailing(convened[2]))) {
      const start = listStart + piece.offset + leading;
      const second = stripTrailing(convened[2]);
      const at = start + convened[1].length + 1;
      units.push(...pendingRun, { name: convened[1], start, end: start + convened[1].length, stated: 'lead', separately: false, run: pieceRun });
      units.push({ name: second, start: at, end: at + second.length, stated: 'support', separately: false, run: pieceRun });
      pendingRun = [];
      return;
    }
    let name = trimmed.replace(/^(?:和|及|以及|与|会同|由|并|其中)+/, '');
    const cut = trimmed.length - name.length;
    const separately = SEPARATELY_LEAD.test(name);
    // An inline mark, A（牵头）, names that unit alone; a verb after a run, A、B牵头, names the run.
    const inlineMark = INLINE_LEAD_MARK.test(name);
    // 主办 (hosts) and 协办 (assists) divide a task as 牵头 and 配合 do: (省财政厅主办,省国税局、地税局协办).
    const stated: StatedRole =
      /牵头/.test(name) || LEAD_VERB_AFTER.test(name) ? 'lead' : SUPPORT_WORD.test(name) || COORDINATE_WORD.test(name) ? 'support' : null;
    name = stripTrailing(name);
    const start = listStart + piece.offset + leading + cut;
    const span = name.length;
    if (!looksLikeUnit(name)) name = sharedEnding(name, merged, index) ?? name;
    else name = sharedGovernment(name, merged, index) ?? name;
    if (!looksLikeUnit(name)) {
      // Rule `officials-by-office`: leaders named by their office (湖南 2019: 分管副省长、协管副秘书长负责,省发展改革委牵头,…)
      // are persons, no unit and no piece the list fails to read; the run they close ends with them.
      if (OFFICIAL.test(name) || PERSON_BY_OFFICE.test(name)) {
        if (RUN_CLOSING_VERB.test(trimmed) || stated !== null) pendingRun = [];
        return;
      }
      if (trimmed.length > 0) dropped++;
      return;
    }
    const unit: ListedUnit = { name, start, end: start + span, stated, separately, run: pieceRun };
    if (inlineMark) {
      units.push(...pendingRun, unit);
      pendingRun = [];
      return;
    }
    pendingRun.push(unit);
    // A role word covers every unit since the previous one, across commas: (A牵头,B、C等部门,D、E配合) makes B…E
    // support, (合肥市,省发展改革委牵头) makes both lead. A piece ending in another verb (…按职责分工负责) closes its run.
    if (stated !== null) {
      for (const earlier of pendingRun) units.push({ ...earlier, stated, separately });
      pendingRun = [];
    } else if (RUN_CLOSING_VERB.test(trimmed)) {
      units.push(...pendingRun);
      pendingRun = [];
    }
  });
  units.push(...pendingRun);
  return { units: applySharedPrefix(units), dropped, split };
}

/**
 * Places sharing the body written after the last of them (赣州 2015: 赣州、龙南经济技术开发区管委会 are 赣州经济技术开发区管委会
 * and 龙南经济技术开发区管委会; 昆明、曲靖市政府 are 昆明市政府 and 曲靖市政府): a place name alone before 、 takes what
 * follows the place the next unit opens with. Rule `places-share-ending` reads a run of them (黑龙江 2014: 哈尔滨、黑河、
 * 绥芬河市政府 are three city governments). Level words alone
 * (各市、县政府) are collectives, merged before this; a place alone before a comma is a unit or nothing.
 */
function sharedEnding(name: string, merged: readonly Piece[], index: number): string | null {
  if (merged[index].closesRun || !(isPlace(name) || ZONE_NAME.test(name))) return null;
  for (let k = index + 1; k < merged.length; k++) {
    const following = stripTrailing(merged[k].text.trim());
    const place = placePrefixLength(following) || (ZONE_NAME.test(name) ? (ZONE_PREFIX.exec(following)?.[0].length ?? 0) : 0);
    if (place === 0) return null;
    if (place === following.length) {
      // Another place alone: the ending is written after a later one of the run.
      if (merged[k].closesRun || !isPlace(following)) return null;
      continue;
    }
    const ending = following.slice(place);
    return UNIT_SUFFIX.test(ending) ? name + ending : null;
  }
  return null;
}

function isPlace(name: string): boolean {
  return isPlaceNameWithCounties(name);
}

/**
 * Rule `cities-share-government`: full city, county or district names joined by 、 whose last is written with its
 * government (银川 2019: 银川市、石嘴山市、吴忠市人民政府; 周口 2013: 川汇区、商水县、项城市、沈丘县人民政府) are each that
 * place's government, as places sharing an ending are. A full name alone, or before a comma, stays the place (合肥市,
 * 省发展改革委牵头).
 */
function sharedGovernment(name: string, merged: readonly Piece[], index: number): string | null {
  if (!FULL_CITY.test(name) || !isPlaceNameWithCounties(name)) return null;
  for (let k = index; k < merged.length; k++) {
    if (merged[k].closesRun) return null;
    const following = stripTrailing(merged[k + 1]?.text.trim() ?? '');
    if (FULL_CITY.test(following) && isPlaceNameWithCounties(following)) continue;
    const government = GOVERNMENT_ENDING.exec(following);
    if (!government) return null;
    const place = following.slice(0, government.index);
    return FULL_CITY.test(place) && isPlaceNameWithCounties(place) ? name + government[0] : null;
  }
  return null;
}

const FULL_CITY = /^[\u4e00-\u9fa5]{1,10}[市县区旗]$/;
const GOVERNMENT_ENDING = /(?:人民政府|政府)$/;

/**
 * A zone named before another zone's body (平顶山 2018: 城乡一体化示范区、高新区党工委和管委会): it shares the ending too,
 * as places do (赣州、龙南经济技术开发区管委会).
 */
// 港区 and 实验区 too (河南: 济源示范区、航空港区管委会, the 郑州航空港经济综合实验区 written 航空港区).
const ZONE_NAME = /^[\u4e00-\u9fa5]{2,12}(?:示范区|高新区|开发区|园区|新区|保税区|试验区|实验区|港区)$/;
const ZONE_PREFIX = /^[\u4e00-\u9fa5]{0,12}?(?:示范区|高新区|开发区|园区|新区|保税区|试验区|实验区|港区)/;

/**
 * A scope remark after a separator: 以下均需…, 以下各项任务措施均需…, 此项及以下任务均需… (三明 2025), 以下各条措施均需… (漳州
 * 2025); what it names does the later measures, not this one's.
 */
export const SCOPE_REMARK = /[，,；;]\s*(?:(?:此项|本项)及)?以下[^，,；;。]{0,12}?均/;

/** An official by office: 分管副省长, 协管副秘书长, 常务副市长, 县长. */
const CONVENES_SHORT = /^([\u4e00-\u9fa5]{1,16}(?:处|局|厅|办|部|室|院|中心|科|股))会([\u4e00-\u9fa5]{2,20})$/;

/** Words that open with 会 (会计, 会展, 会议 …): 财政局会计核算中心 is one unit, not 财政局 会同 计核算中心. */
const WORD_OF_HUI = /^(?:计|展|议|员|所|馆|堂|商|审|签|务|战|诊|话|考|同)/;

const STAR_MARK = /^[*＊※]+|[*＊※]+$/g;

const OFFICIAL = /^(?:分管|协管|主管|联系)?(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长|盟长|秘书长|书记)$/;

/** A verb that ends a run of units without stating a role: A、B负责，C配合 leaves A and B unstated. */
const RUN_CLOSING_VERB = /(负责|落实|实施|推进|承担|抓总)$/;

/**
 * A remark in brackets after the last unit (市卫生健康委（除标注“分别牵头”外，列第一位为牵头单位，下同）) is no part of it,
 * nor is what a unit includes (武汉 2022: 各区人民政府〈含开发区、风景区、化工区〉), nor a remark the page cuts off
 * before its closing bracket (各区人民政府〈含开发区、 at the end of a stored opening).
 */
function stripRemark(piece: string): string {
  // A name the page cuts off right after its own opening bracket (诸暨 2023's last cell: …,各镇乡( ) is no unit: what the
  // bracket held is lost, and 各镇乡 alone is not what the text wrote.
  if (CUT_AT_BRACKET.test(piece)) return '';
  const unclosed = /[（(〈]([^（）()〈〉]*)$/.exec(piece);
  if (unclosed && unclosed.index > 0) return piece.slice(0, unclosed.index).trimEnd();
  const remark = /[（(〈]([^（）()〈〉]*)[）)〉]$/.exec(piece);
  if (!remark) return piece;
  return /[，,。“”]|下同|除|^(?:含|包括)/.test(remark[1]) || remark[1].length > 8 ? piece.slice(0, remark.index) : piece;
}

const CUT_AT_BRACKET = /[（(〈]\s*$/;

function stripTrailing(name: string): string {
  let current = name;
  // Inline marks: A（牵头）, A(牵头单位).
  current = current.replace(INLINE_LEAD_MARK, '');
  // Rule `starred-unit`: a star set after or before one unit of a list (龙湾 2023: 区政府办公室*、区财政局; *区财政局) marks it
  // in a way the page may explain elsewhere; the mark is no part of the name, and states no role by itself.
  current = current.replace(STAR_MARK, '');
  for (let i = 0; i < 3; i++) {
    const next = current.replace(TRAILING, '');
    if (next === current) break;
    current = next;
  }
  return current.trim();
}

interface Piece {
  readonly text: string;
  readonly offset: number;
  /** The separator after this piece is a comma or semicolon (a new run of units begins). */
  readonly closesRun: boolean;
}

/**
 * Split at separators outside brackets: 各县（市、区）人民政府 stays whole, and so does a collective written with
 * tortoise-shell brackets inside a round bracket's list (贵州 2015: …,各市〔州〕人民政府、贵安新区管委会、各县〔市、区、特区〕人民政府)).
 */
function splitTopLevel(body: string): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= body.length; i++) {
    const ch = body[i];
    if (ch === '（' || ch === '(' || ch === '〈' || ch === '〔') depth++;
    else if (ch === '）' || ch === ')' || ch === '〉' || ch === '〕') depth = Math.max(0, depth - 1);
    else if (i === body.length || (depth === 0 && SEPARATOR.test(ch))) {
      pieces.push({ text: body.slice(from, i), offset: from, closesRun: i < body.length && ch !== '、' });
      from = i + 1;
    }
  }
  return pieces;
}

/** A body written without its place or level (人民政府, 管委会, 党工委): after 和 it is the place named before's. */
const BARE_BODY = /^(?:人民政府|政府|管委会|管理委员会|党工委|党委|办事处)$/;

/** 省商务局和市财政局 → two units; 省工业和信息化厅 → one. 能源局等省有关部门 → 能源局. */
function splitConjoined(piece: Piece): Piece[] {
  const text = piece.text;
  const etc = text.search(/等(?=[^和及]*(?:部门|单位)(?:和|及|以及|$))/);
  if (etc > 0) {
    const head: Piece = { text: text.slice(0, etc), offset: piece.offset, closesRun: false };
    const rest = text.slice(etc).replace(/^等[^和及]*(?:部门|单位)/, '');
    const restOffset = piece.offset + text.length - rest.length;
    const tail = rest.replace(/^(?:和|及|以及)/, '');
    if (tail.length < 2) return [{ ...head, closesRun: piece.closesRun }];
    return [head, ...splitConjoined({ text: tail, offset: restOffset + rest.length - tail.length, closesRun: piece.closesRun })];
  }
  // Split at the first conjunction after which every part reads as a unit: 环保厅和内蒙古电力监管办及相关盟市 → three;
  // 与 too (西藏 2021: 由自治区商务厅与中国邮政集团有限公司西藏自治区分公司牵头), only after a whole unit name.
  const conjunction = /(和|及|以及|与)/g;
  for (const match of text.matchAll(conjunction)) {
    const at = match.index ?? 0;
    const left = text.slice(0, at);
    // A district or county by its name (长沙: 岳麓区和市直相关单位) is a unit before 和 too.
    if (left.length < 2 || !(UNIT_SUFFIX.test(left) || (/[区县市旗]$/.test(left) && isDivisionName(left)))) continue;
    const rest = splitConjoined({ text: text.slice(at + match[0].length), offset: piece.offset + at + match[0].length, closesRun: piece.closesRun });
    // 各县（市、区）党委和人民政府, 高新区党工委和管委会: a body named without its place is the same place's: one collective.
    if (rest.some((part) => BARE_BODY.test(part.text.trim()))) continue;
    if (rest.every((part) => looksLikeUnit(stripTrailing(part.text.trim())))) return [{ text: left, offset: piece.offset, closesRun: false }, ...rest];
    // Role holders after 及 (发展改革委及各产业链责任单位) close the list as 等相关部门 does: the unit before them stands alone.
    if (rest.every((part) => ROLE_HOLDERS.test(stripTrailing(part.text.trim())))) return [{ text: left, offset: piece.offset, closesRun: piece.closesRun }];
  }
  return [piece];
}

/**
 * Rule `levels-and-zone-share-office`: level words alone (各市〔州〕, 各市（州）) joined by 、 to a zone's office (贵州 2026:
 * 各市〔州〕、贵安新区数据管理部门) are one collective, the office of every city or prefecture and of the zone; a zone's own
 * government (各市（州）、贵安新区管委会) is a unit of its own and stays apart.
 */
function sharesZoneOffice(pieces: readonly Piece[], i: number): boolean {
  if (pieces[i].closesRun || i + 1 >= pieces.length || !LEVELS_IN_BRACKETS.test(pieces[i].text.trim())) return false;
  const next = stripTrailing(pieces[i + 1].text.trim());
  const zone = ZONE_PREFIX.exec(next);
  if (!zone) return false;
  const office = next.slice(zone[0].length);
  return office.length >= 2 && UNIT_SUFFIX.test(office) && !BARE_BODY.test(office) && !/^(?:党工委|工委)?(?:和|及)?管委会$/.test(office);
}

/** 各市〔州〕, 各市（州）, 各县(市、区): a collective's level words, those in brackets too, with no body. */
const LEVELS_IN_BRACKETS = /^各(?:省|市|州|盟|县|区|旗|地){1,2}[（(〔][^）)〕]{1,8}[）)〕]$/;

/** 各区、市政府 / 各市、县人民政府 / 相关市、县政府 / 各县市、区政府: level words joined by 、 before one 政府 are one collective. */
function mergeCollectives(pieces: readonly Piece[], body: string): Piece[] {
  const result: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const first = pieces[i].text.trim();
    if (sharesZoneOffice(pieces, i)) {
      const offset = pieces[i].offset;
      result.push({ text: body.slice(offset, pieces[i + 1].offset + pieces[i + 1].text.length), offset, closesRun: pieces[i + 1].closesRun });
      i++;
      continue;
    }
    if (!LEVEL_ONLY.test(first) || !/^(各|相关|有关)/.test(first)) {
      result.push(pieces[i]);
      continue;
    }
    // Only pieces joined by 、 belong together (各区、县级市); a comma starts another unit.
    let j = i + 1;
    while (j < pieces.length && !pieces[j - 1].closesRun && LEVEL_ONLY.test(pieces[j].text.trim())) j++;
    const closing = j < pieces.length && !pieces[j - 1].closesRun ? pieces[j].text.trim() : '';
    // The level words the last piece holds in brackets may be in tortoise-shell ones inside a round bracket's list (rule
    // `inner-tortoise-collective`, 江西 2020: (责任单位:各市、县〔区〕人民政府,省发展改革委…)).
    // Rule `level-government`: the last level word may name its level (吉林 2022: 各市、县级政府按职责分工负责).
    const last = /^(省|市|州|盟|县|区|旗|乡|镇)+级?(（[^）]*）|〔[^〕]*〕)?(人民)?政府/.test(closing) || COUNTY_LEVEL_CITY.test(closing) ? j : j - 1;
    if (last > i) {
      const offset = pieces[i].offset;
      const end = pieces[last].offset + pieces[last].text.length;
      result.push({ text: body.slice(offset, end), offset, closesRun: pieces[last].closesRun });
      i = last;
    } else {
      result.push(pieces[i]);
    }
  }
  return result;
}
