import { areaList } from '@vant/area-data';
import nationalNewAreas from '../../../data/national-new-areas.json';
import { AhoCorasick } from '../dictionary/aho-corasick';

export type RegionLevel = 'province' | 'city' | 'county';

/**
 * One administrative division from the national gazetteer (@vant/area-data: province → city → county), or a state-level
 * new area it does not list (data/national-new-areas.json).
 */
export interface GazetteerEntry {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly parentCode: string | null;
}

/** How a division is written in text: its full name or a customary short form (昆明 for 昆明市). */
export interface PlaceName {
  readonly entry: GazetteerEntry;
  readonly short: boolean;
}

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

/**
 * The gazetteer, built once. Municipalities (北京, 天津, 上海, 重庆) appear in area-data both as province and as a
 * city of the same name; the province entry is the region, the duplicate city entries are folded into it.
 */
export class Gazetteer {
  readonly byCode = new Map<string, GazetteerEntry>();
  readonly byName = new Map<string, GazetteerEntry[]>();
  private readonly fullNames = new AhoCorasick<GazetteerEntry>();
  private readonly allNames = new AhoCorasick<PlaceName>();
  /** Every (name, place) pair of `allNames`, in the order added (for per-region automata). */
  private readonly termEntries = new Map<string, GazetteerEntry[]>();
  private readonly nameList: Array<{ readonly term: string; readonly value: PlaceName }> = [];

  constructor() {
    for (const [code, name] of Object.entries(areaList.province_list)) this.register({ code, name, level: 'province', parentCode: null });
    for (const [code, name] of Object.entries(areaList.city_list)) {
      const provinceCode = `${code.slice(0, 2)}0000`;
      if (MUNICIPALITIES.has(provinceCode)) continue;
      this.register({ code, name, level: 'city', parentCode: provinceCode });
    }
    for (const [code, name] of Object.entries(areaList.county_list)) {
      const provinceCode = `${code.slice(0, 2)}0000`;
      const parentCode = MUNICIPALITIES.has(provinceCode) ? provinceCode : `${code.slice(0, 4)}00`;
      this.register({ code, name, level: 'county', parentCode: this.byCode.has(parentCode) ? parentCode : provinceCode });
    }
    // State-level new areas that area-data lists as no division (雄安新区): documents are issued for them as for a city,
    // under their own short forms only (湘江, 哈尔滨 and 天府 name a river, a city and a saying).
    for (const area of nationalNewAreas.areas) {
      const entry: GazetteerEntry = { code: `${area.parentCode}:${area.name}`, name: area.name, level: area.level as RegionLevel, parentCode: area.parentCode };
      this.register(entry, area.shortForms);
    }
  }

  private register(entry: GazetteerEntry, aliases: readonly string[] = shortForms(entry)): void {
    this.byCode.set(entry.code, entry);
    const list = this.byName.get(entry.name) ?? [];
    list.push(entry);
    this.byName.set(entry.name, list);
    this.fullNames.add(entry.name, entry);
    this.addName(entry.name, { entry, short: false });
    for (const alias of aliases) this.addName(alias, { entry, short: true });
  }

  private addName(term: string, value: PlaceName): void {
    this.allNames.add(term, value);
    const entries = this.termEntries.get(term) ?? [];
    if (!entries.includes(value.entry)) entries.push(value.entry);
    this.termEntries.set(term, entries);
    this.nameList.push({ term, value });
  }

  /** The divisions a name (full or short) may stand for: 朝阳 for several districts and counties. */
  entriesNamed(term: string): readonly GazetteerEntry[] {
    return this.termEntries.get(term) ?? [];
  }

  parentOf(entry: GazetteerEntry): GazetteerEntry | null {
    return entry.parentCode ? (this.byCode.get(entry.parentCode) ?? null) : null;
  }

  /** Is `entry` inside (or equal to) the division `ancestorCode`? */
  isWithin(entry: GazetteerEntry, ancestorCode: string): boolean {
    for (let current: GazetteerEntry | null = entry; current; current = this.parentOf(current)) {
      if (current.code === ancestorCode) return true;
    }
    return false;
  }

  /** Full official names in text, leftmost-longest. */
  findFullNames(text: string) {
    return this.fullNames.findLongest(text);
  }

  /** Length of the longest full official name opening text (0 when none): findFullNames' match at 0, without a scan. */
  fullNameOpening(text: string): number {
    return this.fullNames.longestPrefix(text);
  }

  /** Full names and short forms in text (all overlapping candidates; callers choose). */
  findNames(text: string) {
    return this.allNames.findAll(text);
  }

  /**
   * Names (full and short) of the divisions strictly inside `ancestorCode` (the region itself excluded), in the
   * order they were added: an automaton of only these finds exactly the matches of findNames inside the region, in
   * the same order, and a region has a few hundred of the gazetteer's names.
   */
  namesInside(ancestorCode: string): Array<{ readonly term: string; readonly value: PlaceName }> {
    return this.nameList.filter(({ value }) => value.entry.code !== ancestorCode && this.isWithin(value.entry, ancestorCode));
  }
}

/** 门源回族自治县 → 门源; 湘西土家族苗族自治州 → 湘西, 湘西州; 格尔木市 → 格尔木; 海东市 → 海东. */
/**
 * The peoples an autonomous division is named for. Rule `peoples-by-name`: the list before 自治X is read by these names,
 * not by any characters before 族, so a stem ending in a compass word keeps it (黔西南布依族苗族自治州 → 黔西南, 黔西南州, not
 * 黔西 + 南布依族, which named 黔西市's short form: 黔西南 2021; 西双版纳傣族自治州 → 西双版纳, not 西双 + 版纳傣族).
 */
const PEOPLES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
const AUTONOMOUS_NAME = new RegExp(`^(.{2,}?)((?:(?:${PEOPLES})族)*)(自治区|自治州|自治县|自治旗)$`);

const WING_BANNER = /^([\u4e00-\u9fa5])[\u4e00-\u9fa5]+?([左右])翼([前中后])旗$/;

export function shortForms(entry: GazetteerEntry): string[] {
  const forms = new Set<string>();
  const name = entry.name;
  // The stem is at least two characters; what follows up to 自治X is the list of peoples (回族, 土家族苗族).
  const autonomous = AUTONOMOUS_NAME.exec(name);
  if (autonomous) {
    // A division named for its people alone (鄂温克族自治旗) is called by the people's name (鄂温克).
    const people = new RegExp(`^(?:${PEOPLES})族$`).test(autonomous[1]) ? autonomous[1].slice(0, -1) : null;
    if (people) forms.add(people);
    // A people named without 族 closes the stem (伊犁哈萨克自治州, 巴音郭楞蒙古自治州): the place is called without it too (伊犁,
    // 伊犁州; 巴音郭楞). Names of one character (白, 水, 土) are left alone: they end many stems.
    const bare = new RegExp(
      `^(.{2,}?)(?:${PEOPLES.split('|')
        .filter((name) => name.length > 1)
        .join('|')})$`,
    ).exec(autonomous[1]);
    if (bare && !people) {
      forms.add(bare[1]);
      if (autonomous[3] === '自治州') forms.add(`${bare[1]}州`);
      if (autonomous[3] === '自治县') forms.add(`${bare[1]}县`);
    }
    forms.add(autonomous[1]);
    if (autonomous[3] === '自治州') forms.add(`${autonomous[1]}州`);
    if (autonomous[3] === '自治县') forms.add(`${autonomous[1]}县`);
  } else {
    const plain = /^(.+?)(特别行政区|省|市|地区|盟|林区|新区|区|县|旗)$/.exec(name);
    if (plain) forms.add(plain[1]);
    // Rule `wing-banner-short-form`: a banner of a wing (左翼, 右翼) and a rank (前, 中, 后) is written by the first character
    // of its people's name, the wing and the rank (察哈尔右翼后旗 → 察右后旗: 察右后旗 2023, whose report names itself only so;
    // 科尔沁左翼中旗 → 科左中旗).
    const wing = WING_BANNER.exec(name);
    if (wing) forms.add(`${wing[1]}${wing[2]}${wing[3]}旗`);
  }
  // One-character stems (县 → "") and stems that are generic words would match everywhere.
  return [...forms].filter((form) => form.length >= 2 && form !== name);
}

/**
 * Division names that are also common words (城区, 郊区, 矿区, 开发区, 高新区, 经济技术开发区): the gazetteer lists a
 * few such districts, but in a title or an issuer they name no particular place.
 */
export function isGenericDivisionName(name: string): boolean {
  return /^(城区|矿区|郊区|新区|开发区|高新区|经济开发区|经济技术开发区|高新技术产业开发区|工业园区|市辖区)$/.test(name);
}

/**
 * A division name the words around it make part of another word: 范县 inside 示范县 (a demonstration county: 创建全国“四好
 * 农村路”示范县, 临颍 2020), 会同县 after a modal or a role verb (the verb 会同, to convene with: 县发改委要会同县督查落实办…,
 * 会昌 2023; A牵头，会同B).
 */
export function isNameInsideWord(text: string, start: number, term: string): boolean {
  // So is 模范县 (a model county: 全国全民运动健身模范县创建名单, 固安 2025) and 规范 before a county word (规范县级…).
  if (term.startsWith('范') && /[示模规]/.test(text[start - 1] ?? '')) return true;
  // 成县 (甘肃) after a verb ending in 成 (完成县第十六届人大…确定的目标: 澜沧 2025; 达成, 形成, 建成县…) names no county.
  if (term.startsWith('成') && /[完达形建促造组构]/.test(text[start - 1] ?? '')) return true;
  // 康县 (甘肃) inside 健康县 (a healthy county: 创建全国卫生县和自治区健康县, 同心 2023).
  if (term.startsWith('康') && text[start - 1] === '健') return true;
  // Rule `river-name`: a short form right before 江, 河 or 湖 names a river or lake, which runs past many places
  // (加快建设嘉陵江畔…: 嘉陵区, 蓬安 2017); a full name (…县, …市) does not run into one.
  if (RIVER_AFTER.test(text.charAt(start + term.length)) && !DIVISION_SUFFIX.test(term)) return true;
  // Rule `township-name`: a short form right before 乡 names a rural township (荷塘乡 beside the towns 鲇鱼山镇、丽阳镇 of
  // 昌江区 2022, not 株洲's 荷塘区); not 乡村 or 乡镇 (荷塘乡村振兴), nor a full name. Not 镇: a county's seat is often the
  // town of its name (会东镇 of 会东县: 会东 2019), which places the text in the county.
  if (TOWNSHIP_AFTER.test(text.slice(start + term.length, start + term.length + 2)) && !DIVISION_SUFFIX.test(term)) return true;
  return term.startsWith('会同') && CONVENE_VERB_BEFORE.test(text.slice(Math.max(0, start - 3), start));
}
const CONVENE_VERB_BEFORE = /(?:要|将|应|须|并|牵头[，,]?|负责[，,]?)$/;
const RIVER_AFTER = /^[江河湖]$/;
const TOWNSHIP_AFTER = /^乡(?![村镇土亲情])/;
const DIVISION_SUFFIX = /[省市县区州旗盟]$/;

let shared: Gazetteer | null = null;

/** The gazetteer is immutable; building it once keeps per-document extraction fast. */
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}
