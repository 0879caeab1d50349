import { headerChromeLines, isPageChromeLine, type TextSpan } from '@policygraph/parse';
import { firstDivision, locate, shortNameRightAfter } from './division-names';
import { gazetteer, GazetteerEntry, isGenericDivisionName } from './gazetteer';
import { scopeLevel, STREET_ADDRESS } from './inferred-region';
import { OPENING_LENGTH, type DocumentRegion } from './region-cue';

/** A page without a recognized title opens with its headline or news lead ("西藏自治区将着力推进实施“十大工程”"): its first characters. */
const HEADLINE_LENGTH = 60;
/** A news headline opening with the place it reports from and a colon: "长春：全面推进县域经济…", "河北：11条举措…". */
const DATELINE = /^([\u4e00-\u9fa5]{2,8})[：:]/;
/** A development zone named right after a city's short name: 哈尔滨经开区, 长春高新区, 西安高新技术产业开发区. */
const ZONE_AFTER_NAME = /^(?:经开区|经济技术开发区|高新区|高新技术产业开发区|经济开发区|开发区)/;
/** A title about a place below its issuer: "关于支持昆明高质量发展的若干意见" of 云南省 is about 昆明市. */
const TITLE_SUBJECT_BEFORE = /(?:关于|支持|促进|推动|加快)$/;

/** The place below the issuer's region that the title is about (支持昆明… of 云南省), named right after 关于/支持/促进. */
export function subjectOfTitle(title: string, titleSpan: TextSpan | null, issuerRegion: GazetteerEntry, text: string): DocumentRegion | null {
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
export function datelinePlace(title: string, titleSpan: TextSpan | null, text: string): DocumentRegion | null {
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

/** A government's name alone on its line, or its site's: the masthead (嵊州市人民政府, 医药高新区(高港区)政务服务网). */
const GOVERNMENT_MASTHEAD = /^[\u4e00-\u9fa5（）()]{2,24}(?:人民政府|人民政府网|政府网|政务服务网|政府门户网站?)$/;

/**
 * Rule `site-masthead`: a page whose lines name no place of their own is on the site of the government named alone on a line
 * of its header chrome, above the breadcrumb trail (嵊州市人民政府 / 您当前的位置: >> 走进嵊州 >> 投资政策, over policies that
 * name 绍兴市 in passing: 嵊州 2022). The site is whose page it is, not what the page states: inferred.
 */
export function siteMasthead(text: string): DocumentRegion | null {
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
export function shortNameWrittenInFull(text: string, title: TextSpan): DocumentRegion | null {
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
export function shortNameIn(text: string, opening: TextSpan): DocumentRegion | null {
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
 * An untitled page's headline: its first line that is not page chrome (长城新媒体集团 主办, 当前位置：…), read with its
 * neighbours (rule `links-above-trail`: the links to superior governments above a breadcrumb trail, 四川省人民政府 眉山市委市政府
 * over 当前位置: 首页>>…>>正文, name no place of the page: 丹棱 2018).
 */
export function firstLineNotChrome(text: string): { text: string; span: TextSpan } | null {
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

export function firstLine(text: string, from: number): (TextSpan & { text: string }) | null {
  const offset = text.slice(from).search(/\S/);
  if (offset < 0) return null;
  const start = from + offset;
  const lineEnd = text.indexOf('\n', start);
  // A division named in a citation (根据《昆明市人民政府关于…》) issued another document.
  const citation = text.indexOf('《', start);
  const end = Math.min(lineEnd < 0 ? text.length : lineEnd, citation < 0 ? text.length : citation, start + HEADLINE_LENGTH);
  return { start, end, text: text.slice(start, end) };
}

/**
 * Rule `zone-of-city`: a page naming no division but a development zone by its city's short name (宿迁经开区召开全区服务业
 * 发展推进会…副市长、宿迁经开区党工委书记: 宿迁 2025 news, whose 全区 is the zone's) is its city's: a zone is no division. Last of
 * the cues, inferred.
 */
const ZONE_OF_CITY = /([\u4e00-\u9fa5]{2,3}?)(?:经开区|高新区|经济技术开发区|高新技术产业开发区|经济开发区)/g;
const ZONE_OPENING = 300;
/** A county's or district's own government or congress (区政府办公室…, 区十六届人大: 广丰 2021) makes the page a division's. */
const OWN_DIVISION_BODY = /(?<![开新])区(?:人民)?政府|县(?:人民)?政府|[区县][十]?[一二三四五六七八九十]+届人大/;

export function zoneOfCity(text: string): DocumentRegion | null {
  const opening = text.slice(0, ZONE_OPENING);
  if (!/[开新]区/.test(opening) || OWN_DIVISION_BODY.test(text.slice(0, OPENING_LENGTH))) return null;
  for (const match of opening.matchAll(ZONE_OF_CITY)) {
    const cities = gazetteer()
      .entriesNamed(match[1])
      .filter((entry) => entry.level === 'city');
    if (cities.length !== 1) continue;
    const start = match.index ?? 0;
    return { entry: cities[0], span: { start, end: start + match[1].length }, cue: 'short-name', basis: 'inferred' };
  }
  return null;
}
