import { headerChromeLines, isPageChromeLine, type TextSpan } from '@policygraph/parse';
import provinceAbbreviations from '../../../data/province-abbreviations.json';
import { ExtractionContext } from '../extraction-context';
import { DictionaryMatch, leftmostLongest } from '../dictionary/aho-corasick';
import { gazetteer, GazetteerEntry, isGenericDivisionName, isNameInsideWord } from './gazetteer';
import { inferRegionFromContent, scopeCount, scopeLevel, STREET_ADDRESS, type InferredRegionCue } from './inferred-region';

export interface DocumentRegion {
  readonly entry: GazetteerEntry;
  readonly span: TextSpan | null;
  /** Which cue named the region (issuer, title, occasion, signature, document number, content …). */
  readonly cue: RegionCue;
  /** 'stated' where a line of the document names the region as its own; 'inferred' where the content suggests it. */
  readonly basis: 'stated' | 'inferred';
}

export type RegionCue =
  | 'issuer'
  | 'title'
  | 'occasion'
  | 'signature'
  | 'document-number'
  | 'headline'
  | 'dateline'
  | 'local-conditions'
  | 'subject-document'
  | 'short-name'
  | 'site-masthead'
  | 'delegation'
  | 'news-lead'
  | 'own-contribution'
  | 'city-voice'
  | InferredRegionCue;

const LEVEL_ORDER = { province: 0, city: 1, county: 2 } as const;
const ABBREVIATIONS = provinceAbbreviations.abbreviations as Record<string, string>;
/** The people's congress a report was delivered to, in running text: "昆明市第十五届人民代表大会第五次会议在昆明会堂开幕". */
const CONGRESS = /([\u4e00-\u9fa5]{2,16}?)第[一二三四五六七八九十\d]{1,3}届人民代表大会/;
/**
 * Rule `congress-abbreviated`: news names a congress short, 人大 for 人民代表大会 and no 第 (4月21日,坪山区二届人大二次会议开幕:
 * 坪山 2022, a Traditional mirror of 深圳商报 whose headline reads 深圳二届人大二次会议开幕; 市十五届人大五次会议). A division
 * written in full (or its customary form) before the session names the congress's place; 省/市 alone name none.
 */
const CONGRESS_ABBREVIATED = /([\u4e00-\u9fa5]{2,16}?)第?[一二三四五六七八九十\d]{1,3}届人大(?:常委会)?第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议/g;
/**
 * The government a report is delivered for, in its first sentence: "现在，我代表姑苏区人民政府，向大会报告工作" (姑苏 2024,
 * whose occasion names no place: 在区三届人大三次会议上). Its office speaks as the signature does.
 */
const REPORTING_GOVERNMENT = /我代表([\u4e00-\u9fa5]{2,16}?)人民政府/;
/** A list item's bullet opening a line: ——, —, •, ·, ●, ◆, ■, ▲, ※. */
const BULLET_OPENING = /^(?:——|—|－－|[•·●◆■▲※])/;
/** Where a page states its occasion: its opening. */
const OPENING_LENGTH = 1000;
/** A page without a recognized title opens with its headline or news lead ("西藏自治区将着力推进实施“十大工程”"): its first characters. */
const HEADLINE_LENGTH = 60;
/** "结合官渡区实际", "结合昆明实际": the place whose conditions the measures are fitted to is the document's own. */
const LOCAL_CONDITIONS = /结合([\u4e00-\u9fa5]{2,12}?)(?:的)?实际/g;
/** A news headline opening with the place it reports from and a colon: "长春：全面推进县域经济…", "河北：11条举措…". */
const DATELINE = /^([\u4e00-\u9fa5]{2,8})[：:]/;
/** A development zone named right after a city's short name: 哈尔滨经开区, 长春高新区, 西安高新技术产业开发区. */
const ZONE_AFTER_NAME = /^(?:经开区|经济技术开发区|高新区|高新技术产业开发区|经济开发区|开发区)/;
/** A title about a place below its issuer: "关于支持昆明高质量发展的若干意见" of 云南省 is about 昆明市. */
const TITLE_SUBJECT_BEFORE = /(?:关于|支持|促进|推动|加快)$/;

/**
 * The region a document is about, from the first cue that names a division:
 * 1. its issuer (云南省人民政府办公厅 → 云南省, 昆明市人民政府 → 昆明市), or the place below it that its title is
 *    about (关于支持昆明高质量发展的若干意见 of 云南省 → 昆明市);
 * 2. the first division named in its title;
 * 3. for reports and speeches, the venue (在辽宁省第十四届人民代表大会…上) and the speaker's office (四川省人民政府省长);
 * 4. the people's congress a report was delivered to, named in its opening (新闻: 昆明市第十五届人民代表大会…开幕), or the
 *    government it is delivered for (我代表姑苏区人民政府，向大会报告工作);
 * 5. its document number: a city's name (鄂州政发) or a province's abbreviation (青政办〔2020〕62号 → 青海省), or a
 *    city's first character when the text names that city (温政办 and 温州 in the text), narrowed to the district whose
 *    first character follows (杭西政办 → 西湖区);
 * 6. for a page with no recognized title, the first division its first line names (a headline or a news lead);
 *    then a division the title or that line names by its short name and the text in full (邹城… and 邹城市);
 * 7. the place whose conditions the text says it is fitted to (结合官渡区实际); then the division opening the title of
 *    the document the page says was made and abbreviates (制定了《郑州市…行动方案》（以下简称《行动方案》）) or the report
 *    it says was submitted (书面提交了《关于高邮市…的报告》); then the division whose delegation the opening says reviewed a
 *    report (在荣昌代表团审议市政府工作报告);
 * 8. inferred from the content (inferred-region.ts): the division it names most often; the one holding the places it
 *    names; a word for one whole province (全疆);
 * 9. a short name in the title or first line (陕西《政府工作报告》…, 政府工作报告-南宁日报) of the level the text
 *    speaks for (全省, 我市), or of a province (their short names name nothing else).
 */
export function findDocumentRegion(context: ExtractionContext): DocumentRegion | null {
  const { metadata, text } = context.document;
  const candidates: Array<{ cue: RegionCue; value: string | null; span: TextSpan | null }> = [
    { cue: 'issuer', value: metadata.issuer, span: metadata.issuerSpan },
    { cue: 'title', value: metadata.title, span: metadata.titleSpan },
    { cue: 'occasion', value: metadata.occasion, span: metadata.occasionSpan },
    { cue: 'signature', value: metadata.signature, span: metadata.signatureSpan },
  ];
  for (const candidate of candidates) {
    if (!candidate.value) continue;
    const found = firstDivision(candidate.value);
    if (!found) continue;
    const subject = candidate.cue === 'issuer' ? subjectOfTitle(metadata.title, metadata.titleSpan, found, text) : null;
    if (subject) return subject;
    const span = candidate.span ? locate(text, found.name, candidate.span) : null;
    return { entry: found, span, cue: candidate.cue, basis: 'stated' };
  }
  const congress = CONGRESS.exec(text.slice(0, OPENING_LENGTH));
  const convened = congress ? firstDivision(congress[1]) : null;
  if (congress && convened)
    return {
      entry: convened,
      span: locate(text, convened.name, { start: congress.index, end: congress.index + congress[0].length }),
      cue: 'occasion',
      basis: 'stated',
    };
  const abbreviated = abbreviatedCongress(text);
  if (abbreviated) return abbreviated;
  const reporting = REPORTING_GOVERNMENT.exec(text.slice(0, OPENING_LENGTH));
  const reportedFor = reporting ? firstDivision(reporting[1]) : null;
  if (reporting && reportedFor)
    return {
      entry: reportedFor,
      span: locate(text, reportedFor.name, { start: reporting.index, end: reporting.index + reporting[0].length }),
      cue: 'signature',
      basis: 'stated',
    };
  const byNumber = regionOfDocumentNumber(metadata.docNumber, text);
  if (byNumber) return { entry: byNumber, span: metadata.docNumberSpan, cue: 'document-number', basis: 'stated' };
  const headlineOfPage = metadata.title ? { text: metadata.title, span: metadata.titleSpan } : firstLineNotChrome(text);
  const dateline = headlineOfPage ? datelinePlace(headlineOfPage.text, headlineOfPage.span, text) : null;
  if (dateline) return dateline;
  const headline = metadata.title ? null : firstLine(text, headlineOfPage?.span?.start ?? 0);
  // Rule `bullet-no-headline`: a page stored from the middle of a plan opens with one of its items (——加工流通链条纵深延展。
  // 深入贯彻安徽省…: 宣州 2021): a line opening with a bullet is no headline, and the place it names no page's.
  const headed = headline && !BULLET_OPENING.test(headline.text) ? firstDivision(headline.text) : null;
  if (headline && headed)
    return cityVoiceOverCounty(text, headed) ?? { entry: headed, span: locate(text, headed.name, headline), cue: 'headline', basis: 'stated' };
  // A headline, not a news lead: a first line that is no sentence (广西财政厅…介绍，…桂林… names 广西 in passing).
  const titleLine = metadata.titleSpan ?? (headline && !/[，。]/.test(headline.text) ? headline : null);
  const confirmed = titleLine ? shortNameWrittenInFull(text, titleLine) : null;
  if (confirmed) return confirmed;
  const lead = newsLeadSubject(text);
  if (lead) return lead;
  const fitted = placeOfLocalConditions(text);
  if (fitted) return fitted;
  const made = divisionOfDocumentMade(text);
  if (made) return made;
  const delegation = delegationReviewing(text);
  if (delegation) return delegation;
  const own = ownContribution(text);
  if (own) return own;
  const site = siteMasthead(text);
  if (site) return site;
  const inferred = inferRegionFromContent(text);
  if (inferred) return { ...inferred, basis: 'inferred' };
  const opening = metadata.titleSpan ?? headline;
  return opening ? shortNameIn(text, opening) : null;
}

function abbreviatedCongress(text: string): DocumentRegion | null {
  const opening = text.slice(0, OPENING_LENGTH);
  if (!opening.includes('届人大')) return null;
  for (const match of opening.matchAll(CONGRESS_ABBREVIATED)) {
    const entry = firstDivision(match[1]);
    if (!entry) continue;
    const at = match.index ?? 0;
    return { entry, span: locate(text, entry.name, { start: at, end: at + match[0].length }), cue: 'occasion', basis: 'stated' };
  }
  return null;
}

/**
 * Rule `news-lead-subject`: a newspaper's item opens its lead with a byline (本报讯(通讯员 胡林果…), 讯(记者…)) and, after a
 * date or 近日 at most, the division it reports on, written in full as the sentence's subject (本报讯(…) 祥云县在省、州党委
 * …的重视支持下: 祥云 2023, a Traditional repost whose headline is lost; 日前,柞水县出台…: 柞水 2018; 2025年,云龙县始终…:
 * 云龙 2025). A division named later in the sentence (近日,在徽县工业集中区…) or 我市 is no subject read here.
 */
const NEWS_BYLINE =
  /(?:本报讯|本台讯|本网讯|本刊讯|讯(?=\s*[（(](?:记者|通讯员|特约记者|实习生)))\s*[（(][^（）()\n]{0,40}[)）]\s*(?:[^，,。；;\n]{0,12}[，,]\s*)?/;
const LEAD_SUBJECT_END = /[，,。；;、\n]/;

function newsLeadSubject(text: string): DocumentRegion | null {
  // The byline is in the opening: only that is searched, whatever the text's length.
  const opening = text.slice(0, OPENING_LENGTH + 60);
  if (!opening.includes('讯')) return null;
  const byline = NEWS_BYLINE.exec(opening);
  if (!byline) return null;
  const start = byline.index + byline[0].length;
  const rest = text.slice(start, start + 24);
  if (gazetteer().fullNameOpening(rest) === 0 && !customaryForms(rest).some((form) => form.start === 0)) return null;
  const cut = rest.search(LEAD_SUBJECT_END);
  const subject = rest.slice(0, cut < 0 ? rest.length : cut);
  const entry = firstDivision(subject);
  if (!entry || isGenericDivisionName(entry.name)) return null;
  return { entry, span: locate(text, entry.name, { start, end: start + subject.length }), cue: 'news-lead', basis: 'stated' };
}

/**
 * Rule `own-contribution`: a text pledges its own place's share to a larger cause by the idiom 作出X贡献 / 贡献X力量 (为全面建设
 * 社会主义现代化强国作出漾濞贡献: 漾濞 2023, a county report's opening that names its county only so and 大理 more often;
 * 作出河北贡献, 贡献更多宁夏力量, 作出天津创新贡献, 贡献了水城力量 in the reports). X is all of one division's name, full or
 * short. Inferred: the words say whose text it is, not what it is about.
 */
const CONTRIBUTION = /(?:作出|做出|贡献)了?(?:更多|更大的?|新的)?([\u4e00-\u9fa5]{2,10}?)(?:创新|更大)?(?:贡献|力量|智慧)/g;

function ownContribution(text: string): DocumentRegion | null {
  if (!text.includes('贡献') && !text.includes('力量') && !text.includes('智慧')) return null;
  for (const match of text.matchAll(CONTRIBUTION)) {
    const name = match[1];
    if (isGenericDivisionName(name)) continue;
    const entries = gazetteer().entriesNamed(name);
    const entry = entries.length === 1 ? entries[0] : entries.find((candidate) => candidate.level === 'province');
    if (!entry) continue;
    const start = (match.index ?? 0) + match[0].indexOf(name);
    return { entry, span: { start, end: start + name.length }, cue: 'own-contribution', basis: 'inferred' };
  }
  return null;
}

/**
 * Rule `city-voice-over-county`: a city paper's headline names one of its counties (营山县入选四川省服务业强县(市、区)公示名单),
 * the text speaks as the city (我市省级服务业强县已达到3个, 近年来,我市…, 全市的首位产业) and names it in full (南充市服务业增加值…)
 * with no county's own words (全县, 该县, 县委): the facts are the city's, the county its news (南充 2022). Inferred.
 */
function cityVoiceOverCounty(text: string, county: GazetteerEntry): DocumentRegion | null {
  if (county.level !== 'county') return null;
  const city = gazetteer().parentOf(county);
  if (!city || city.level !== 'city' || !text.includes(city.name)) return null;
  if (scopeLevel(text) !== 'city' || scopeCount(text, 'city') < 2 || scopeCount(text, 'county') > 0 || COUNTY_ANAPHOR.test(text)) return null;
  const at = text.indexOf(city.name);
  return { entry: city, span: { start: at, end: at + city.name.length }, cue: 'city-voice', basis: 'inferred' };
}
const COUNTY_ANAPHOR = /该[县区旗]/;

/** The place below the issuer's region that the title is about (支持昆明… of 云南省), named right after 关于/支持/促进. */
function subjectOfTitle(title: string, titleSpan: TextSpan | null, issuerRegion: GazetteerEntry, text: string): DocumentRegion | null {
  for (const match of gazetteer().findNames(title)) {
    if (!TITLE_SUBJECT_BEFORE.test(title.slice(Math.max(0, match.start - 2), match.start))) continue;
    const inside = gazetteer()
      .entriesNamed(match.term)
      .filter((entry) => entry.code !== issuerRegion.code && gazetteer().isWithin(entry, issuerRegion.code));
    if (inside.length !== 1) continue;
    return { entry: inside[0], span: titleSpan ? locate(text, match.term, titleSpan) : null, cue: 'title', basis: 'stated' };
  }
  return null;
}

/**
 * The place a news headline reports from ("长春：…" → 长春市, "河北：…" → 河北省), narrowed to the place below it that
 * the headline is about ("河北：11条举措支持宁晋建设…" → 宁晋县). The name before the colon must be all of one
 * division's name (full or short); where it names several, the province.
 */
function datelinePlace(title: string, titleSpan: TextSpan | null, text: string): DocumentRegion | null {
  const written = title ? DATELINE.exec(title) : null;
  if (!written || isGenericDivisionName(written[1])) return null;
  const entries = gazetteer().entriesNamed(written[1]);
  const entry = entries.length === 1 ? entries[0] : entries.find((candidate) => candidate.level === 'province');
  if (!entry) return null;
  const subject = subjectOfTitle(title, titleSpan, entry, text);
  if (subject) return { ...subject, cue: 'dateline' };
  const span = titleSpan ? locate(text, written[1], titleSpan) : null;
  return { entry, span, cue: 'dateline', basis: 'stated' };
}

/** "结合官渡区实际": a name of exactly one division, all of what stands between 结合 and 实际. */
function placeOfLocalConditions(text: string): DocumentRegion | null {
  if (!text.includes('实际')) return null;
  for (const match of text.matchAll(LOCAL_CONDITIONS)) {
    const place = match[1];
    const entries = gazetteer().entriesNamed(place);
    if (entries.length !== 1 || isGenericDivisionName(place)) continue;
    const start = (match.index ?? 0) + 2;
    return { entry: entries[0], span: { start, end: start + place.length }, cue: 'local-conditions', basis: 'stated' };
  }
  return null;
}

/**
 * A page about a document it names, made (制定, 出台, 印发, 发布) and then abbreviated for the rest of the page: "制定了
 * 《郑州市场景驱动人工智能创新发展行动方案（2025—2027年）》（以下简称《行动方案》）" (郑州 2025, a reading of the plan
 * on a district's site, which cites the province's plan and 省委、省政府 before it). A document followed (根据, 贯彻)
 * is not the page's subject.
 */
const DOCUMENT_MADE = /(?:制定|出台|印发|发布)了?《([^《》]{4,80})》[（(](?:以下)?简称《[^《》]{2,12}》[）)]/;
/**
 * …or named and abbreviated first, made after (rule `document-made-after-name`): "近日，《泸州市“十四五”服务业发展规划
 * （2021—2025）》（以下简称《规划》）正式印发实施" (泸州 2021, a news copy).
 */
const DOCUMENT_NAMED_THEN_MADE = /《([^《》]{4,80})》[（(](?:以下)?简称《[^《》]{2,12}》[）)](?:正式|已)?(?:制定|出台|印发|发布|公布)/;

/**
 * A news page about a report it says was submitted to a congress (高邮 2021: 向市十五届人大五次会议书面提交了《关于高邮市
 * 2020年国民经济和社会发展计划执行情况与2021年计划草案的报告》), which names its superiors in passing (中央、省和扬州市决策部署).
 */
const REPORT_SUBMITTED = /(?:提交|作)了?《([^《》]{4,80}报告)》/;

function divisionOfDocumentMade(text: string): DocumentRegion | null {
  const match =
    (text.includes('简称《') ? (DOCUMENT_MADE.exec(text) ?? DOCUMENT_NAMED_THEN_MADE.exec(text)) : null) ??
    REPORT_SUBMITTED.exec(text.slice(0, OPENING_LENGTH));
  if (!match) return null;
  const entry = firstDivision(match[1]);
  if (!entry) return null;
  const titleStart = match.index + match[0].indexOf('《') + 1;
  return { entry, span: locate(text, entry.name, { start: titleStart, end: titleStart + match[1].length }), cue: 'subject-document', basis: 'stated' };
}

/**
 * Rule `delegation-review`: a news item opening with a division's delegation to a higher congress reviewing that congress's
 * report (1月28日,市人大代表、区委书记万容在荣昌代表团审议市政府工作报告时指出…: 荣昌 2026, on the district's site, which names
 * the municipality's 全市 and 重庆 more often; 出席市六届人大一次会议的巫溪代表团认真审议了市政府工作报告: 巫溪 2023) is that
 * division's news: the delegation's division, named by all of its full or short name, is the page's region.
 */
const DELEGATION_REVIEW = /(?:在|的)([\u4e00-\u9fa5]{2,8}?)代表团(?:认真|分组|集中)?(?:审议|参加审议)/;
const DELEGATION_OPENING = 300;

function delegationReviewing(text: string): DocumentRegion | null {
  const opening = text.slice(0, DELEGATION_OPENING);
  if (!opening.includes('代表团')) return null;
  const match = DELEGATION_REVIEW.exec(opening);
  if (!match || isGenericDivisionName(match[1])) return null;
  const entries = gazetteer().entriesNamed(match[1]);
  const named = entries.length === 1 ? entries : entries.filter((entry) => mentionCounts(text, new Set(ancestorsOf(entry))).size > 0);
  if (named.length !== 1) return null;
  const start = match.index + match[0].indexOf(match[1]);
  return { entry: named[0], span: { start, end: start + match[1].length }, cue: 'delegation', basis: 'stated' };
}

/** The divisions holding a division (its city, its province). */
function ancestorsOf(entry: GazetteerEntry): GazetteerEntry[] {
  const holders: GazetteerEntry[] = [];
  for (let parent = gazetteer().parentOf(entry); parent; parent = gazetteer().parentOf(parent)) holders.push(parent);
  return holders;
}

/** A government's name alone on its line, or its site's: the masthead (嵊州市人民政府, 医药高新区(高港区)政务服务网). */
const GOVERNMENT_MASTHEAD = /^[\u4e00-\u9fa5（）()]{2,24}(?:人民政府|人民政府网|政府网|政务服务网|政府门户网站?)$/;

/**
 * Rule `site-masthead`: a page whose lines name no place of their own is on the site of the government named alone on a line
 * of its header chrome, above the breadcrumb trail (嵊州市人民政府 / 您当前的位置: >> 走进嵊州 >> 投资政策, over policies that
 * name 绍兴市 in passing: 嵊州 2022). The site is whose page it is, not what the page states: inferred.
 */
function siteMasthead(text: string): DocumentRegion | null {
  const chrome = headerChromeLines(text);
  let start = 0;
  for (const [index, line] of text.slice(0, OPENING_LENGTH).split('\n').entries()) {
    const content = line.trim();
    if (chrome.has(index) && GOVERNMENT_MASTHEAD.test(content)) {
      const entry = firstDivision(content);
      if (entry) {
        const at = start + line.indexOf(content);
        return { entry, span: locate(text, entry.name, { start: at, end: at + content.length }), cue: 'site-masthead', basis: 'inferred' };
      }
    }
    start += line.length + 1;
  }
  return null;
}

/**
 * A division the title names by its short name and the text by its full name (邹城规划建设四大商贸中心…, then
 * 邹城市着力…): the title's subject, before any count of the names in the text (香港 twice in company names).
 */
function shortNameWrittenInFull(text: string, title: TextSpan): DocumentRegion | null {
  const line = text.slice(title.start, title.end);
  const leftmost = [...gazetteer().findNames(line)].filter((match) => match.value.short).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const match of leftmost) {
    if (isGenericDivisionName(match.term)) continue;
    // A name in a postal address (长沙市天心区融城路18号) places an office, not the title's subject (rule street-address).
    if (STREET_ADDRESS.test(line.slice(match.end, match.end + 24))) continue;
    const written = gazetteer()
      .entriesNamed(match.term)
      .filter((entry) => text.includes(entry.name));
    if (written.length !== 1) continue;
    // The short name opens a chain of full names on the title's line (rule chain-before-title: 杭州市萧山区高新技术企业奖励政策:
    // 关于…加快萧山经济高质量发展的若干政策意见, 萧山): the chain names the division, narrowed as an issuer's is (萧山区).
    if (line.startsWith(written[0].name, match.start)) {
      const chained = firstDivision(line.slice(match.start));
      if (chained && chained.code !== written[0].code && gazetteer().isWithin(chained, written[0].code)) {
        const at = title.start + match.start + Math.max(0, line.slice(match.start).indexOf(chained.name));
        return { entry: chained, span: { start: at, end: at + chained.name.length }, cue: 'title', basis: 'stated' };
      }
    }
    // "四川眉山出台林业发展“十四五”规划": the division named right after, inside it, is the one meant (rule
    // `short-name-narrowed`, as for a short name alone: 眉山 2022, whose text writes 四川省 in full and 眉山 only after it).
    const narrowed = shortNameRightAfter(line, match.end, written[0]);
    if (narrowed) {
      const at = title.start + match.end;
      return { entry: narrowed.entry, span: { start: at, end: at + narrowed.length }, cue: 'title', basis: 'stated' };
    }
    const zone = ZONE_AFTER_NAME.exec(line.slice(match.end))?.[0];
    const district = zone ? districtOfZone(text, written[0], zone) : null;
    if (district) return district;
    return { entry: written[0], span: { start: title.start + match.start, end: title.start + match.end }, cue: 'title', basis: 'stated' };
  }
  return null;
}

/**
 * "哈尔滨市平房区(经开区)召开…": a development zone that shares its government with a district (合署) is written
 * with that district; a title about the zone (哈尔滨经开区“黄金10条”) is about the district, where the text writes
 * it so (the district inside the city, the title's zone word in brackets right after it, or the other way round).
 */
function districtOfZone(text: string, city: GazetteerEntry, zone: string): DocumentRegion | null {
  for (const match of gazetteer().findFullNames(text)) {
    const inside = gazetteer()
      .entriesNamed(match.term)
      .filter((entry) => entry.level === 'county' && gazetteer().isWithin(entry, city.code));
    if (inside.length !== 1) continue;
    const after = text.slice(match.end, match.end + zone.length + 6);
    const before = text.slice(Math.max(0, match.start - zone.length - 6), match.start);
    const bracketed = new RegExp(`^[（(][\\u4e00-\\u9fa5]{0,4}${zone}[)）]`);
    const bracketing = new RegExp(`${zone}[（(]$`);
    if (bracketed.test(after) || (bracketing.test(before) && /^[)）]/.test(text.slice(match.end)))) {
      return { entry: inside[0], span: { start: match.start, end: match.end }, cue: 'title', basis: 'stated' };
    }
  }
  return null;
}

/**
 * The first short name in the title or first line (陕西《政府工作报告》部门分工确定) of a province, or of a city when
 * the text speaks for a city (我市, 全市): a city's short name may be a word elsewhere (通化, 中山). Not a province's
 * where the text speaks for a county (rule `county-text-names-province`).
 */
function shortNameIn(text: string, opening: TextSpan): DocumentRegion | null {
  const line = text.slice(opening.start, opening.end);
  const level = scopeLevel(text);
  const leftmostLongest = [...gazetteer().findNames(line)].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const match of leftmostLongest) {
    const entries = gazetteer().entriesNamed(match.term);
    const entry = entries.length === 1 ? entries[0] : entries.find((candidate) => candidate.level === 'province');
    // A text speaking for a county or banner (我旗, 全旗: 新巴尔虎左旗 2024, whose body opens with 推动内蒙古高质量发展) names
    // its province in passing: a short name in its first line is no headline's place.
    if (!entry || isGenericDivisionName(match.term) || !((entry.level === 'province' && level !== 'county') || (entry.level === 'city' && level === 'city')))
      continue;
    // "上海奉贤推出…": the division named right after it, inside it, is the one meant.
    const narrowed = shortNameRightAfter(line, match.end, entry);
    if (narrowed) {
      const at = opening.start + match.end;
      return { entry: narrowed.entry, span: { start: at, end: at + narrowed.length }, cue: 'short-name', basis: 'stated' };
    }
    return { entry, span: { start: opening.start + match.start, end: opening.start + match.end }, cue: 'short-name', basis: 'stated' };
  }
  return null;
}

/**
 * The leftmost full division name; where one name is both a province and a city (重庆市), the province. A chain of
 * names written together narrows it: 深圳市盐田区人民政府 → 盐田区 (the district of 深圳市 of that name), （湖北省）荆州市公安县 →
 * 公安县.
 */
function firstDivision(value: string): GazetteerEntry | null {
  const customary = customaryForms(value);
  const full = gazetteer()
    .findFullNames(value)
    .filter((match) => !isGenericDivisionName(match.term) && !isNameInsideWord(value, match.start, match.term))
    .filter((match) => !customary.some((form) => form.start <= match.start && match.end <= form.end && form.end - form.start > match.end - match.start));
  const matches = leftmostLongest<GazetteerEntry>([...full, ...customary]);
  if (matches.length === 0) return null;
  const byLevel = (name: string) => [...(gazetteer().byName.get(name) ?? [])].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const entriesOf = (match: DictionaryMatch<GazetteerEntry>): GazetteerEntry[] => (customary.includes(match) ? [match.value] : byLevel(match.term));
  let entry: GazetteerEntry | null = entriesOf(matches[0])[0] ?? null;
  // Names written together, or apart by brackets only ("（湖北省）荆州市公安县…"); a collection site's province tag opening a
  // title holds the division its title names after the year ("（湖南省）2020年新晃侗族自治县政府工作报告": 新晃 2020).
  const tagged = /^\s*[（(]\s*$/.test(value.slice(0, matches[0].start));
  const together = (i: number): boolean => {
    const gap = value.slice(matches[i - 1].end, matches[i].start);
    return /^[（）\s]*$/.test(gap) || (i === 1 && tagged && /^[）)]\s*(?:19|20)\d{2}年(?:度)?\s*$/.test(gap));
  };
  let end = matches[0].end;
  for (let i = 1; entry && i < matches.length && together(i); i++) {
    const parent: GazetteerEntry = entry;
    const inside = entriesOf(matches[i]).find((candidate) => candidate.code !== parent.code && gazetteer().isWithin(candidate, parent.code));
    if (!inside) break;
    entry = inside;
    end = matches[i].end;
  }
  if (!entry) return null;
  return shortNameRightAfter(value, end, entry)?.entry ?? countyBranch(value, end, matches, entry) ?? entry;
}

/** What a branch of a body is called where it serves one county (…支队达拉特旗大队, …局达拉特旗分局). */
const BRANCH_AFTER = /^(?:大队|中队|分队|分局|分院|分中心|分公司|管理站|管理所|派出所)/;

/**
 * Rule `county-branch`: a city's body named with its branch in one of the city's counties (在鄂尔多斯市交通运输综合行政执法支队
 * 达拉特旗大队二楼会议室: 达拉特旗 2025; 鄂尔多斯市生态环境局达拉特旗分局) speaks for that county: the first county inside the
 * division read, after the body's name (no punctuation between) and before a branch word.
 */
function countyBranch(value: string, end: number, matches: ReadonlyArray<DictionaryMatch<GazetteerEntry>>, holder: GazetteerEntry): GazetteerEntry | null {
  if (holder.level !== 'city') return null;
  const next = matches.find((match) => match.start >= end);
  if (!next || !/^[\u4e00-\u9fa5]{2,20}$/.test(value.slice(end, next.start)) || !BRANCH_AFTER.test(value.slice(next.end))) return null;
  const inside = gazetteer()
    .entriesNamed(next.term)
    .filter((entry) => entry.level === 'county' && gazetteer().isWithin(entry, holder.code));
  return inside.length === 1 ? inside[0] : null;
}

/**
 * The customary written form of an autonomous county or prefecture, its stem and the level word (肃南县 for
 * 肃南裕固族自治县, 恩施州 for 恩施土家族苗族自治州): a name in use as a whole, so a full name inside it (南县 of 湖南 in
 * 肃南县) is not named (肃南 2022: 肃南县人民政府办公室); and a wing banner's (察右后旗 for 察哈尔右翼后旗: rule
 * `wing-banner-short-form`).
 */
function customaryForms(value: string): Array<DictionaryMatch<GazetteerEntry>> {
  return gazetteer()
    .findNames(value)
    .filter(
      (match) =>
        match.value.short && ((/[县州]$/.test(match.term) && /自治[县州]$/.test(match.value.entry.name)) || /翼[前中后]旗$/.test(match.value.entry.name)),
    )
    .map((match) => ({ start: match.start, end: match.end, term: match.term, value: match.value.entry }));
}

/**
 * "上海奉贤推出…": a division's short name written right after the full name of the one holding it names that division
 * (奉贤区), when exactly one division inside of the highest level bears it.
 */
function shortNameRightAfter(value: string, at: number, holder: GazetteerEntry): { entry: GazetteerEntry; length: number } | null {
  if (holder.level === 'county' || at >= value.length) return null;
  const after = value.slice(at, at + 8);
  for (const match of [...gazetteer().findNames(after)].filter((found) => found.start === 0).sort((a, b) => b.end - a.end)) {
    if (isGenericDivisionName(match.term)) continue;
    const inside = gazetteer()
      .entriesNamed(match.term)
      .filter((candidate) => candidate.code !== holder.code && gazetteer().isWithin(candidate, holder.code))
      .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
    if (inside.length === 0) continue;
    const highest = inside.filter((candidate) => candidate.level === inside[0].level);
    return highest.length === 1 ? { entry: highest[0], length: match.end } : null;
  }
  return null;
}

/**
 * 鄂州政发〔2021〕3号 → 鄂州市 (a city's short name opens the number); 青政办〔2020〕62号 → 青海省 (a province's
 * abbreviation), unless the text names a city of that first character more often than the province (青岛 in a
 * 青政发 of 青岛市); 温政办 → 温州市 only when the text names 温州.
 */
export function regionOfDocumentNumber(docNumber: string | null, text: string): GazetteerEntry | null {
  if (!docNumber) return null;
  const prefix = docNumber.slice(0, docNumber.search(/[〔[（]/));
  const named = gazetteer()
    .findNames(prefix)
    .filter((match) => match.start === 0 && match.end - match.start >= 2 && match.value.entry.level !== 'county');
  if (named.length > 0) return named.sort((a, b) => b.end - a.end)[0].value.entry;
  const first = prefix[0];
  if (!first) return null;
  const provinceName = ABBREVIATIONS[first];
  const province = provinceName
    ? gazetteer()
        .byName.get(provinceName)
        ?.find((entry) => entry.level === 'province')
    : undefined;
  const cities = [...gazetteer().byCode.values()].filter((entry) => entry.level === 'city' && entry.name.startsWith(first));
  const counts = mentionCounts(text, new Set([...cities, ...(province ? [province] : [])]));
  const best = cities.reduce<GazetteerEntry | null>(
    (winner, city) => ((counts.get(city) ?? 0) > (winner ? (counts.get(winner) ?? 0) : 0) ? city : winner),
    null,
  );
  if (best && (counts.get(best) ?? 0) > (province ? (counts.get(province) ?? 0) : 0)) return countyOfSecondCharacter(best, prefix[1]) ?? best;
  return province ?? null;
}

/**
 * 温鹿政办 → 鹿城区: after a city's first character, a district's or county's of that city, when exactly one of them
 * starts with it (政, 府, 办 start none).
 */
function countyOfSecondCharacter(city: GazetteerEntry, second: string | undefined): GazetteerEntry | null {
  if (!second) return null;
  const counties = [...gazetteer().byCode.values()].filter(
    (entry) => entry.level === 'county' && entry.name.startsWith(second) && gazetteer().isWithin(entry, city.code),
  );
  return counties.length === 1 ? counties[0] : null;
}

function mentionCounts(text: string, entries: ReadonlySet<GazetteerEntry>): Map<GazetteerEntry, number> {
  const counts = new Map<GazetteerEntry, number>();
  for (const match of gazetteer().findNames(text)) {
    if (entries.has(match.value.entry)) counts.set(match.value.entry, (counts.get(match.value.entry) ?? 0) + 1);
  }
  return counts;
}

/**
 * An untitled page's headline: its first line that is not page chrome (长城新媒体集团 主办, 当前位置：…), read with its
 * neighbours (rule `links-above-trail`: the links to superior governments above a breadcrumb trail, 四川省人民政府 眉山市委市政府
 * over 当前位置: 首页>>…>>正文, name no place of the page: 丹棱 2018).
 */
function firstLineNotChrome(text: string): { text: string; span: TextSpan } | null {
  let start = 0;
  const chrome = headerChromeLines(text);
  for (const [index, line] of text.slice(0, OPENING_LENGTH).split('\n').entries()) {
    const content = line.trim();
    if (content.length >= 4 && !chrome.has(index) && !isPageChromeLine(content)) {
      const at = start + line.indexOf(content);
      return { text: content, span: { start: at, end: at + content.length } };
    }
    start += line.length + 1;
  }
  return null;
}

function firstLine(text: string, from: number): (TextSpan & { text: string }) | null {
  const offset = text.slice(from).search(/\S/);
  if (offset < 0) return null;
  const start = from + offset;
  const lineEnd = text.indexOf('\n', start);
  // A division named in a citation (根据《昆明市人民政府关于…》) issued another document.
  const citation = text.indexOf('《', start);
  const end = Math.min(lineEnd < 0 ? text.length : lineEnd, citation < 0 ? text.length : citation, start + HEADLINE_LENGTH);
  return { start, end, text: text.slice(start, end) };
}

function locate(text: string, name: string, within: TextSpan): TextSpan {
  const at = text.indexOf(name, within.start);
  return at >= 0 && at < within.end ? { start: at, end: at + name.length } : within;
}
