import type { TextSpan } from '@policygraph/parse';
import countyShortFormsCommonWords from '../../../data/county-short-forms-common-words.json';
import provinceAbbreviations from '../../../data/province-abbreviations.json';
import { gazetteer, GazetteerEntry, isGenericDivisionName, isNameInsideWord, RegionLevel } from './gazetteer';

/**
 * Where no header line names the region, the text may still show it: which level of government speaks (全省, 我市,
 * 州委 …) and which divisions of that level, or inside one, it names. What these rules return is inferred, not stated.
 */
export interface InferredRegion {
  readonly entry: GazetteerEntry;
  readonly span: TextSpan;
  readonly cue: InferredRegionCue;
}

/**
 * - 'subject-of-plans': the one division written in full as the subject of what will be done (平坝区将…, 嫩江县要…) twice or more;
 * - 'content': the division the text names most often (of the level its scope words speak for, when they do);
 * - 'places-named': the one division that holds every place the text names one level below its own (我省 and 长沙,
 *   株洲, 衡阳 → 湖南省);
 * - 'county-level-city': the one county-level city (县级市) named by a text that speaks as a city (我市, 市长) and names
 *   no city of a prefecture's level;
 * - 'province-wide': a word for the whole of one province (全疆 → 新疆维吾尔自治区);
 * - 'county-in-named-city': the one county the text names inside a city it names too, where the text speaks of a
 *   county's own bodies (县文化馆, 县级…);
 * - 'only-one-in-full': the one division of the text's level it writes in full;
 * - 'county-named-most': in a text without scope words, a county named twice as often as any other division: the
 *   weakest cue, tried last but one;
 * - 'county-of-anaphor': a text that speaks of its county as 该县 and names one county, wherever (a link);
 * - 'release-account': a line naming the government's news account (始兴发布) of the level the text speaks for: tried last.
 */
export type InferredRegionCue =
  | 'subject-of-plans'
  | 'content'
  | 'places-named'
  | 'county-level-city'
  | 'province-wide'
  | 'county-in-named-city'
  | 'only-one-in-full'
  | 'county-named-most'
  | 'county-of-anaphor'
  | 'release-account';

/**
 * 市场监管局, 市政局, 市容局 name a bureau's field, not its level (市市场监管局 does); 市政务服务局, 市政府办 do.
 */
const NOT_A_LEVEL = '(?!场|容|政(?!务|府|协|法))';

/**
 * Rule `direct-units`: a government's own units, 省直/市直/县直 (directly under it) before the units' word (市直各单位, 市直相关
 * 单位, 县直机关, 省直有关部门), speak at its level, as 全市 does: a city's task table naming no 全市 but 市直各单位、各区县市
 * and one district in many rows (长沙's 目标任务责任分解表, 岳麓区 in six cells) is the city's. Not 省直管县 (a policy) nor 直接.
 */
const DIRECT_UNITS = '直(?=各|相关|有关|单位|部门|机关|属各|对口)';

/**
 * Rule `rank-in-superior`: 全省/全市 before a rank (居全省第2位, 列全省第4位, 排名全市第三, 全省前列) is the superior division a text
 * ranks itself in, not the level it speaks for (淄博 2026: 全省 three times in ranks, 全市 once in its own voice).
 */
const NOT_A_RANK = '(?!第[一二三四五六七八九十\\d]|前列|首位|前茅)';

/**
 * 全省/全市/全县/全州, the speaker's office and the government's own departments named by level (省发展改革委, 市商务局
 * opening a clause) say which level of government the document is written for; not after 各 or another level
 * (各市政府, 市县政府), which speak of governments below or beside it.
 */
const SCOPE_WORDS: ReadonlyArray<{ pattern: RegExp; level: RegionLevel }> = [
  // A government named in full by its level alone (，州人民政府各部门: 伊犁 2006) speaks as its short form (州政府) does; not as
  // the last of a list of levels (各州、市人民政府), the governments below, nor after a name (《昆明市人民政府关于…》, cited).
  // An autonomous region's own departments (rule `autonomous-region-departments`: 由自治区商务厅与…西藏自治区分公司牵头: 西藏
  // 2021) speak at a province's level as 省商务厅 does; not the offices of its party committee and government, named as the
  // issuers of a document a city cites (《内蒙古自治区党委办公厅、自治区人民政府办公厅…》: 巴彦淖尔 2024). 全区 is read below.
  {
    pattern: scopePattern(
      '省',
      `全省|我省|省委|省政府|(?<![、\\u4e00-\\u9fa5])省人民政府|省长|省${DIRECT_UNITS}|自治区(?!党委|人民政府|政府)[\\u4e00-\\u9fa5]{1,6}?厅`,
    ),
    level: 'province',
  },
  // An autonomous prefecture (州) and a league (盟, 内蒙古) govern at the level of a city.
  // A prefecture (地区, 新疆 and 西藏) too, by its party committee and its office (地委, 行政公署: 塔城 2019), not inside a word
  // (基地委托, 本地委员).
  {
    pattern: scopePattern(
      '市|州|盟',
      `市${DIRECT_UNITS}|全市|我市|市委|市政府|(?<![、\\u4e00-\\u9fa5])市人民政府|市长|全州|我州|州委|州政府|(?<![、\\u4e00-\\u9fa5])州人民政府|州长|全盟|我盟|盟委|(?<![基本当外])地委(?!员|托)|行政公署|全地区`,
    ),
    level: 'city',
  },
  // A district's own departments (区发改局 opening a clause) speak at the level of a county too; 全区 and 区委 below. A
  // banner (旗, 内蒙古) is a county (新巴尔虎左旗 2024: 我旗, 全旗, 旗委).
  {
    pattern: scopePattern('县|区|旗', `全县|我县|县委|县政府|(?<![、\\u4e00-\\u9fa5])县人民政府|县长|县${DIRECT_UNITS}|全旗|我旗|旗委|旗政府|旗长`),
    level: 'county',
  },
];
/**
 * A city's district (区) speaks at the level of a county (区政府, 全区), but the same words speak for a whole autonomous
 * region (全区 in 广西's texts, and in its cities' texts beside 全市): a weak cue, read only where no other level's
 * words are used and the text names no 自治区.
 */
const DISTRICT_SCOPE_WORDS = scopePattern('区', '全区|我区|区委|区政府|区长');

function districtScopeCount(text: string): number {
  return text.includes('自治区') ? 0 : (text.match(DISTRICT_SCOPE_WORDS)?.length ?? 0);
}

function scopePattern(level: string, words: string): RegExp {
  const department = `(?<=^|[\\s：:、，,（(；;])(?:${level})${NOT_A_LEVEL}[\\u4e00-\\u9fa5]{1,8}?(?:厅|委|局)(?=[\\s、，,。；;）)]|$)`;
  const unranked = words.replace(/全([省市县州盟旗区])(?=\||$)/g, `全$1${NOT_A_RANK}`);
  return new RegExp(`(?<![各省市县区州旗盟])(?:${unranked})|${department}`, 'gm');
}
/**
 * A city's old or new quarter (老城区改造, 老城厢, 新城建设): in running text these words name no district, though 洛阳 has a
 * 老城区 and several cities a 新城区 (a page naming its district in full, 洛阳市老城区, is read from its stated cues).
 */
const URBAN_QUARTER = /^(?:老城|新城)区?$/;
/**
 * Rule `town-quarter-word`: 城东, 城西, 城南, 城北, 城中, 城关 without 区 are a town's quarters (启动城西教育网点规划布局,
 * 做好城西高中建设: 吉水 2021's 民生实事, no page of 西宁市城西区); the full name (城西区) still names the district.
 */
const TOWN_QUARTER = /^城[东西南北中关]$/;
/** County short forms that are also common words (共同富裕, 新兴产业): in running text they name no county. */
const COMMON_WORDS = new Set(countyShortFormsCommonWords.words);
/**
 * Rule `scope-word-not-county`: a county's short form that is a scope word (全州, the whole prefecture: 烟叶种植收购…达到全州平均
 * 水平, 姚安 2023) names no county (全州县 of 广西) in running text; its full name still does.
 */
const SCOPE_WORD_FORMS = new Set(['全州']);
/** 和县委, 各县政府: a one-character function word before a level word (县委) is no county named 和县. */
const FUNCTION_WORD_BEFORE_LEVEL = /^[和与及各全我本该省市州]/;
const LEVEL_WORD_AFTER = /^(?:委|政府|长|级|域|直)/;
const CHILD_LEVEL: Readonly<Record<RegionLevel, RegionLevel | null>> = { province: 'city', city: 'county', county: null };
const PROVINCE_WIDE = provinceAbbreviations.provinceWide as Record<string, string>;
/** 全疆, 全川 …, not inside 安全, 完全, 健全, 齐全 (安全川…, 完全藏…). */
const PROVINCE_WIDE_WORD = new RegExp(`(?<![安完健齐])(?:${Object.keys(PROVINCE_WIDE).join('|')})`, 'g');

/**
 * The level the text speaks for: the lowest level whose scope words it uses at least twice (a city's report speaks
 * of 省委、省政府 and 全省前列 too, a province's seldom of 全市), else the level of the most scope words (the lower on a
 * tie), if any.
 */
export function scopeLevel(text: string): RegionLevel | null {
  let most: { level: RegionLevel; count: number } | null = null;
  let lowest: RegionLevel | null = null;
  for (const scope of SCOPE_WORDS) {
    const count = text.match(scope.pattern)?.length ?? 0;
    if (count >= 2) lowest = scope.level;
    // On a tie the lower level speaks (rule `tie-to-lower-level`): a county's text ranks itself in its province (全县…,
    // 全省优质茧生产基地: 高县 2022); a province's seldom says 全县.
    if (count >= 1 && (!most || count >= most.count)) most = { level: scope.level, count };
  }
  const district = districtScopeCount(text);
  // Rule `district-words-dominate`: a district's own words (区委, 区政府, 区长), used more often than any other level's
  // words, speak for the district, though the text names its superiors as a pair (区委十一届四次全会, 区委区政府领导, 对区政府
  // 工作, 王区长 beside 省委省政府 once: 尖山区 2022, a district's reading of its draft report).
  if (district >= 3 && (!most || district > most.count)) return 'county';
  return lowest ?? most?.level ?? (district > 0 ? 'county' : null);
}

export function scopeCount(text: string, level: RegionLevel): number {
  const count = text.match(SCOPE_WORDS.find((scope) => scope.level === level)!.pattern)?.length ?? 0;
  return level === 'county' ? count + districtScopeCount(text) : count;
}

/** The first cue of content that names a region, in the order of the cues above. */
export function inferRegionFromContent(text: string): InferredRegion | null {
  return (
    subjectOfPlans(text) ??
    mostNamedDivision(text) ??
    holderOfNamedPlaces(text) ??
    countyLevelCity(text) ??
    provinceWide(text) ??
    countyInNamedCity(text) ??
    onlyOneInFull(text) ??
    countyNamedMost(text) ??
    countyOfAnaphor(text) ??
    releaseAccount(text) ??
    onlyCountyInFull(text)
  );
}

/**
 * Rule `only-county-in-full`: an excerpt with no scope words at all that names one division only, a county written by its full
 * name (宝应县“十四五”卫生健康主要发展指标 above a plan's targets: 宝应), is that county's. A full name of two characters (高县, 成县)
 * is too often part of other words (提高县域, 完成县…) to stand alone. Inferred, the weakest cue, tried last.
 */
function onlyCountyInFull(text: string): InferredRegion | null {
  if (scopeLevel(text) !== null) return null;
  let only: { entry: GazetteerEntry; span: TextSpan } | null = null;
  let inFull = false;
  for (const mention of mentions(text)) {
    const entry = mention.entries.length === 1 ? mention.entries[0] : null;
    if (!entry || entry.level !== 'county' || (only && only.entry !== entry)) return null;
    only ??= { entry, span: mention.span };
    if (entry.name.length >= 3 && text.slice(mention.span.start, mention.span.end) === entry.name) inFull = true;
  }
  return only && inFull ? { ...only, cue: 'only-one-in-full' } : null;
}

/** What a division will do, right after its full name: 将, 要, 将要, 计划, 力争 (平坝区将围绕…, 嫩江县要抓实…). */
const WILL_AFTER = /^(?:将要|将|要|计划|力争)/;
const MIN_PLANS = 2;

/**
 * Rule `subject-of-plans`: a county's or district's reading of its city's report (平坝区将围绕…，平坝区将凭借…: 平坝 2025;
 * 嫩江县代表团…审议…，嫩江县要抓实…: 嫩江 2015; 武陵源区作为…，将狠抓… and 武陵源区将…) speaks of its own plans under the city's
 * 全市 and the city's name: the one division written in full as the subject of what will be done, twice or more, where no
 * other division is, is the text's. Inferred.
 */
function subjectOfPlans(text: string): InferredRegion | null {
  if (!text.includes('将') && !text.includes('要')) return null;
  let subject: GazetteerEntry | null = null;
  let span: TextSpan | null = null;
  let count = 0;
  for (const mention of mentions(text)) {
    if (mention.entries.length !== 1) continue;
    const entry = mention.entries[0];
    if (text.slice(mention.span.start, mention.span.end) !== entry.name || !WILL_AFTER.test(text.slice(mention.span.end, mention.span.end + 2))) continue;
    if (subject && subject !== entry) return null;
    subject = entry;
    span ??= mention.span;
    count++;
  }
  return subject && span && count >= MIN_PLANS ? { entry: subject, span, cue: 'subject-of-plans' } : null;
}

/**
 * Rule `release-account`: a government's news account is named by its place and 发布 (上海发布, 成都发布; 微信 / 始兴发布 in the
 * footer of 始兴 2024's page, whose text says only 我县 and 县委书记): a line of that name alone, of the level the text speaks
 * for, names the page's division. Inferred, tried last.
 */
const RELEASE_ACCOUNT = /(?:^|\n)[ \t]*([\u4e00-\u9fa5]{2,10})发布[ \t]*(?=\n|$)/g;

function releaseAccount(text: string): InferredRegion | null {
  if (!text.includes('发布')) return null;
  const level = scopeLevel(text);
  if (level === null) return null;
  let found: InferredRegion | null = null;
  RELEASE_ACCOUNT.lastIndex = 0;
  for (let match = RELEASE_ACCOUNT.exec(text); match; match = RELEASE_ACCOUNT.exec(text)) {
    const name = match[1];
    const entries = gazetteer()
      .entriesNamed(name)
      .filter((entry) => speaksAt(entry, level) && !(entry.name !== name && COMMON_WORDS.has(name)));
    if (entries.length !== 1) continue;
    const start = match.index + match[0].indexOf(name);
    if (found && found.entry !== entries[0]) return null;
    found ??= { entry: entries[0], span: { start, end: start + name.length }, cue: 'release-account' };
  }
  return found;
}

/** 该县, 该旗: "the county" a news item speaks of, named in its headline. */
const COUNTY_ANAPHOR = /该[县旗]/;

/**
 * Rule `county-of-anaphor`: a news item cut from its headline speaks of its county as 该县 (该县当年成功申报的规模以上工业企业…) and
 * names no county in its text; the one county the page names anywhere, in the link to the site's next item on the same
 * county subsite (下一篇: 白水探索创新七大产业扶贫新模式: 白水 2017, 渭南政法网's 白水 subsite), is the county meant. Two
 * counties named are no answer. Inferred, the weakest cue, tried last.
 */
function countyOfAnaphor(text: string): InferredRegion | null {
  if (!COUNTY_ANAPHOR.test(text)) return null;
  let only: { entry: GazetteerEntry; span: TextSpan } | null = null;
  for (const mention of mentions(text)) {
    const county = onlyOne(mention, (entry) => entry.level === 'county');
    if (!county) continue;
    if (only && only.entry !== county) return null;
    only ??= { entry: county, span: mention.span };
  }
  return only ? { ...only, cue: 'county-of-anaphor' } : null;
}

/**
 * Rule `county-named-most`: a text with no scope words at all (a newspaper's excerpt of a county's report) that names one
 * county at least twice and every other division at most half as often (启动交城山森林康养, “山水交城、康养一夏”系列文旅活动:
 * 交城 2021). The short forms of other counties it reads inside words (中西部, 金水上乐园) count against it.
 */
function countyNamedMost(text: string): InferredRegion | null {
  if (scopeLevel(text) !== null) return null;
  const counts = new Map<GazetteerEntry | null, { count: number; span: TextSpan }>();
  for (const mention of mentions(text)) {
    if (mention.entries.length === 0) continue;
    const entry = mention.entries.length === 1 ? mention.entries[0] : null;
    const seen = counts.get(entry);
    counts.set(entry, { count: (seen?.count ?? 0) + 1, span: seen?.span ?? mention.span });
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
  const [best, runnerUp] = ranked;
  if (!best || !best[0] || best[0].level !== 'county' || best[1].count < 2) return null;
  if (runnerUp && runnerUp[1].count * 2 > best[1].count) return null;
  return { entry: best[0], span: best[1].span, cue: 'county-named-most' };
}

/**
 * Rule `only-one-in-full`: in a text that speaks for a level (a scope word or more), the one division of that level it
 * writes by its full name, where it writes no other of that level in full (力争将高县建成…, 全县: 高县 2022, whose other
 * county names are short forms read inside words: 茶叶集散, 资源化利用). The weakest cue, tried last.
 */
function onlyOneInFull(text: string): InferredRegion | null {
  const level = scopeLevel(text);
  if (!level || scopeCount(text, level) < 1) return null;
  let only: { entry: GazetteerEntry; span: TextSpan } | null = null;
  for (const mention of mentions(text)) {
    const entry = onlyOne(mention, (candidate) => speaksAt(candidate, level));
    if (!entry || entry.name !== text.slice(mention.span.start, mention.span.end)) continue;
    if (only && only.entry !== entry) return null;
    only ??= { entry, span: mention.span };
  }
  return only ? { ...only, cue: 'only-one-in-full' } : null;
}

/**
 * A county's own bodies and level, named by the level word alone (县文化馆, 县级应急广播系统), not after 各/省/市/州 (各县,
 * 市县) nor as the floor of a range (县级以上人民政府, which a province's or city's text writes).
 */
const OWN_COUNTY_WORD = /(?<![各省市州])县(?:级(?!以上)|文化馆|图书馆|博物馆|档案馆|人民医院|中医院|医院|融媒体中心)/g;

/**
 * Rule `county-in-named-city`: a text that speaks of a county's own bodies (two such words or more) and names one county
 * (县, 自治县) inside a city it names too is that county's, whatever words stand between them (a county bureau's task
 * table naming its county only in an event, 精心策划2019年汉中油菜花海略阳观花活动, beside 县文化馆 and 县级应急广播系统:
 * 略阳 2019). Counties the text names whose city it does not name (完成县级… read as 成县, 惠民演出 as 惠民县) are no
 * evidence; two counties of named cities are no answer.
 */
function countyInNamedCity(text: string): InferredRegion | null {
  if (!text.includes('县') || (text.match(OWN_COUNTY_WORD)?.length ?? 0) < 2) return null;
  const found = mentions(text);
  const cities = new Set<string>();
  for (const mention of found) if (mention.entries.length === 1 && mention.entries[0].level === 'city') cities.add(mention.entries[0].code);
  if (cities.size === 0) return null;
  let only: { entry: GazetteerEntry; span: TextSpan } | null = null;
  for (const mention of found) {
    const county = onlyOne(mention, (entry) => entry.level === 'county' && /县$/.test(entry.name) && cities.has(gazetteer().parentOf(entry)?.code ?? ''));
    if (!county) continue;
    if (only && only.entry !== county) return null;
    only ??= { entry: county, span: mention.span };
  }
  return only ? { ...only, cue: 'county-in-named-city' } : null;
}

interface Mention {
  /** The divisions the name may stand for (长沙: 长沙市 and 长沙县); a caller keeps the one of the level it wants. */
  readonly entries: readonly GazetteerEntry[];
  readonly span: TextSpan;
}

/**
 * The country's name holds a county's short form (中华人民共和国成立75周年: 共和, 共和县 of 青海): a name inside it names no
 * place (rule `nation-name`: 新巴尔虎左旗 2024).
 */
const NATION_NAME = '中华人民共和国';

function insideNationName(text: string, start: number): boolean {
  const from = Math.max(0, start - NATION_NAME.length + 1);
  const at = text.indexOf(NATION_NAME, from);
  return at >= 0 && at <= start;
}

/**
 * Rule `street-address`: a division named in a postal address (地址: 长沙市天心区融城路18号, the contact block of an
 * association's site above 镇海区's rules it copied: 镇海 2012) is where an office sits, not a place the text speaks of.
 */
export const STREET_ADDRESS = /^(?:[\u4e00-\u9fa5]{1,6}?(?:区|县|市|镇))?[\u4e00-\u9fa5]{1,8}?(?:路|街|大道|巷)\d+号/;

/**
 * Rule `served-place`: a division named as what the text's place serves, joins or docks with (精准对接京津、服务雄安新区建设,
 * 定州 2017; 融入长三角; 助力…) is another place than the one the text speaks for.
 */
const SERVED_BEFORE = /(?:服务|对接|融入|助力|助推|承接|辐射带动)$/;

/** Each division name in the text, once per place: the longest name there (海西州 over 海西), generic names left out. */
function mentions(text: string): Mention[] {
  const longest = new Map<number, { end: number; term: string }>();
  for (const match of gazetteer().findNames(text)) {
    const seen = longest.get(match.start);
    if (!seen || match.end > seen.end) longest.set(match.start, { end: match.end, term: match.term });
  }
  const found: Mention[] = [];
  let coveredTo = 0;
  for (const [start, { end, term }] of [...longest.entries()].sort((a, b) => a[0] - b[0])) {
    if (start < coveredTo) continue;
    coveredTo = end;
    if (isGenericDivisionName(term) || URBAN_QUARTER.test(term) || TOWN_QUARTER.test(term)) continue;
    if (isNameInsideWord(text, start, term) || insideNationName(text, start)) continue;
    if (STREET_ADDRESS.test(text.slice(end, end + 24))) continue;
    if (SERVED_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    if (term.length === 2 && FUNCTION_WORD_BEFORE_LEVEL.test(term) && LEVEL_WORD_AFTER.test(text.slice(end, end + 2))) continue;
    const entries = gazetteer()
      .entriesNamed(term)
      .filter((entry) => !(entry.level === 'county' && entry.name !== term && (COMMON_WORDS.has(term) || SCOPE_WORD_FORMS.has(term))));
    found.push({ entries, span: { start, end } });
  }
  return narrowedByHolders(found);
}

/**
 * A name several divisions bear (通州区 of 北京市 and of 南通市) stands for the one inside a division the text names
 * unambiguously (南通市2024年加快推进…的实施意见 on a 南通市通州区 page).
 */
function narrowedByHolders(found: Mention[]): Mention[] {
  if (!found.some((mention) => mention.entries.length > 1)) return found;
  const named = new Set(found.filter((mention) => mention.entries.length === 1).map((mention) => mention.entries[0].code));
  return found.map((mention) => {
    if (mention.entries.length < 2) return mention;
    const inside = mention.entries.filter((entry) => [...named].some((code) => code !== entry.code && gazetteer().isWithin(entry, code)));
    return inside.length === 1 ? { ...mention, entries: inside } : mention;
  });
}

/** The one division of a mention that `fits`, or null where none or several do (朝阳 for several districts). */
function onlyOne(mention: Mention, fits: (entry: GazetteerEntry) => boolean): GazetteerEntry | null {
  let only: GazetteerEntry | null = null;
  for (const entry of mention.entries) {
    if (!fits(entry)) continue;
    if (only) return null;
    only = entry;
  }
  return only;
}

/** A municipality (北京市, 重庆市) is a province that speaks as a city (全市, 市长). */
function speaksAt(entry: GazetteerEntry, level: RegionLevel): boolean {
  return entry.level === level || (level === 'city' && entry.level === 'province' && /市$/.test(entry.name));
}

/**
 * The division the text names most often: of the level its scope words speak for, named at least 3 times, or twice
 * and twice as often as any other of that level, or once where it is the only one and the text speaks for that level
 * (two scope words or more); in a text without scope words (a news item), a province or city named at least 3 times
 * and twice as often as any other.
 */
function mostNamedDivision(text: string): InferredRegion | null {
  const level = scopeLevel(text);
  const counts = new Map<GazetteerEntry, { count: number; span: TextSpan }>();
  for (const mention of mentions(text)) {
    // Without scope words, only provinces and cities: many county short names are also words (新华, 城关).
    const entry = onlyOne(mention, (candidate) => (level ? speaksAt(candidate, level) : candidate.level !== 'county'));
    if (!entry) continue;
    const span = mention.span;
    const seen = counts.get(entry);
    counts.set(entry, { count: (seen?.count ?? 0) + 1, span: seen?.span ?? span });
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
  const [best, runnerUp] = ranked;
  if (!best) return null;
  const [entry, { count, span }] = best;
  // Alone of its level, a division named once is enough where the text speaks for that level (two scope words or more).
  const dominant = !runnerUp || runnerUp[1].count * 2 <= count;
  const alone = !runnerUp && level !== null && scopeCount(text, level) >= 2;
  const named = level ? count >= 3 || (count >= 2 && dominant) || alone : count >= 3 && dominant;
  return named ? { entry, span, cue: 'content' } : null;
}

/**
 * The division of the text's own level that holds every place it names one level below (at least two of them): a
 * province's report names its cities (我省 … 长沙, 株洲, 衡阳 → 湖南省), a city's its districts. Rule `most-places-named`: or
 * the one holding three of them or more where no other holds more than one (黄冈 2022, a city's report stored from its
 * speaker's line, naming 罗田, 麻城, 黄梅, 英山 and, read inside words, 振兴崛起 and 黑山羊: 黄冈市, not 麻城市).
 */
function holderOfNamedPlaces(text: string): InferredRegion | null {
  const level = scopeLevel(text);
  const child = level ? CHILD_LEVEL[level] : null;
  if (!level || !child) return null;
  const places = new Map<GazetteerEntry, TextSpan>();
  for (const mention of mentions(text)) {
    const place = onlyOne(mention, (candidate) => candidate.level === child);
    if (place && !places.has(place)) places.set(place, mention.span);
  }
  if (places.size < 2) return null;
  const held = new Map<string | null, number>();
  for (const place of places.keys()) {
    const code = gazetteer().parentOf(place)?.code ?? null;
    held.set(code, (held.get(code) ?? 0) + 1);
  }
  const [[holderCode, most], runnerUp] = [...held.entries()].sort((a, b) => b[1] - a[1]);
  const holder = holderCode && (held.size === 1 || (most >= 3 && runnerUp[1] <= 1)) ? gazetteer().byCode.get(holderCode) : undefined;
  if (!holder || !speaksAt(holder, level)) return null;
  return { entry: holder, span: [...places.values()][0], cue: 'places-named' };
}

/**
 * Rule `county-level-city`: a county-level city (县级市: 定州市, 义乌市) speaks as a city (我市, 全市, 市委书记, 市长) though the
 * gazetteer lists it among counties: a text using a city's scope words twice or more that names no division of a
 * prefecture's level, nor the counties below a prefecture (各县(市)区), and one county-level city, however often (建设经济强市
 * 美丽定州, beside 我市, 市委书记 and 市长陈业鹏: 定州 2017, 定州日报's news), is that city's. Two county-level cities are no
 * answer. Inferred.
 */
/**
 * A prefecture's words for the counties below it (各县(市)区人民政府, 县市区, 各区县): a county-level city has none, and a
 * prefecture's text names its county-level cities in passing (舒兰市 in 吉林市's measures: 吉林市 2021).
 */
const COUNTIES_BELOW = /各县|各区县|县[（(]市[)）]|县市区|区县市|县区/;

function countyLevelCity(text: string): InferredRegion | null {
  if (scopeLevel(text) !== 'city' || scopeCount(text, 'city') < 2 || COUNTIES_BELOW.test(text)) return null;
  let only: { entry: GazetteerEntry; span: TextSpan } | null = null;
  for (const mention of mentions(text)) {
    if (mention.entries.length === 1 && mention.entries[0].level === 'city') return null;
    const city = onlyOne(mention, (entry) => entry.level === 'county' && /市$/.test(entry.name));
    if (!city) continue;
    if (only && only.entry !== city) return null;
    only ??= { entry: city, span: mention.span };
  }
  return only ? { ...only, cue: 'county-level-city' } : null;
}

/** A word for the whole of one province (全疆), when the text uses no such word for another. */
function provinceWide(text: string): InferredRegion | null {
  const words = [...text.matchAll(PROVINCE_WIDE_WORD)];
  const provinces = new Set(words.map((word) => PROVINCE_WIDE[word[0]]));
  if (words.length === 0 || provinces.size !== 1) return null;
  const entry = gazetteer()
    .byName.get([...provinces][0])
    ?.find((candidate) => candidate.level === 'province');
  const at = words[0].index ?? 0;
  return entry ? { entry, span: { start: at, end: at + words[0][0].length }, cue: 'province-wide' } : null;
}
