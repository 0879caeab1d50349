import { gazetteer, GazetteerEntry, isGenericDivisionName, isNameInsideWord } from './gazetteer';
import { scopeCount, scopeLevel } from './inferred-region';
import type { DocumentRegion } from './region-cue';

/** "结合官渡区实际", "结合昆明实际": the place whose conditions the measures are fitted to is the document's own. */
const LOCAL_CONDITIONS = /结合([\u4e00-\u9fa5]{2,12}?)(?:的)?实际/g;

/**
 * Rule `own-contribution`: a text pledges its own place's share to a larger cause by the idiom 作出X贡献 / 贡献X力量 (为全面建设
 * 社会主义现代化强国作出漾濞贡献: 漾濞 2023, a county report's opening that names its county only so and 大理 more often;
 * 作出河北贡献, 贡献更多宁夏力量, 作出天津创新贡献, 贡献了水城力量 in the reports). X is all of one division's name, full or
 * short. Inferred: the words say whose text it is, not what it is about.
 */
const CONTRIBUTION = /(?:作出|做出|贡献)了?(?:更多|更大的?|新的)?([\u4e00-\u9fa5]{2,10}?)(?:创新|更大)?(?:贡献|力量|智慧)/g;

export function ownContribution(text: string): DocumentRegion | null {
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
export function cityVoiceOverCounty(text: string, county: GazetteerEntry): DocumentRegion | null {
  if (county.level !== 'county') return null;
  const city = gazetteer().parentOf(county);
  if (!city || city.level !== 'city' || !text.includes(city.name)) return null;
  if (scopeLevel(text) !== 'city' || scopeCount(text, 'city') < 2 || scopeCount(text, 'county') > 0 || COUNTY_ANAPHOR.test(text)) return null;
  const at = text.indexOf(city.name);
  return { entry: city, span: { start: at, end: at + city.name.length }, cue: 'city-voice', basis: 'inferred' };
}
const COUNTY_ANAPHOR = /该[县区旗]/;

/**
 * Rule `county-voice-under-city`: a county's news opens with its city's event (黄冈市重大项目集中开工英山分会场活动在县创业大道…
 * 举行: 英山's page, its headline lost) and speaks as the county after (县委书记…宣布我县…, 县长…代表县委、县政府) with no city's
 * own words: the page is the one county of that city it names (英山县), not the city. Inferred.
 */
export function countyVoiceUnderCity(text: string, city: GazetteerEntry): DocumentRegion | null {
  if (city.level !== 'city' || scopeLevel(text) !== 'county' || scopeCount(text, 'county') < 2 || scopeCount(text, 'city') > 0) return null;
  let only: DocumentRegion | null = null;
  for (const match of gazetteer().findNames(text)) {
    if (isGenericDivisionName(match.term) || isNameInsideWord(text, match.start, match.term)) continue;
    const inside = gazetteer()
      .entriesNamed(match.term)
      .filter((entry) => entry.level === 'county' && gazetteer().parentOf(entry)?.code === city.code);
    if (inside.length !== 1) continue;
    if (only && only.entry !== inside[0]) return null;
    only ??= { entry: inside[0], span: { start: match.start, end: match.end }, cue: 'county-voice', basis: 'inferred' };
  }
  return only;
}

/** "结合官渡区实际": a name of exactly one division, all of what stands between 结合 and 实际. */
export function placeOfLocalConditions(text: string): DocumentRegion | null {
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
 * Rule `own-after-superiors`: a text names the governments whose plans it follows top down, its own last (按照省、赣州市、瑞金市党代会
 * 部署要求: 瑞金 2022, a county-level city's report that names 赣州 more often): the last of a 、-list of divisions, each inside the
 * one before it, before the body or meeting they share (党代会, 委, 政府, 人大), is the text's own. Stated.
 */
const SUPERIORS_LIST =
  /((?:[\u4e00-\u9fa5]{0,8}?省|[\u4e00-\u9fa5]{2,8}?(?:市|州|盟))、(?:[\u4e00-\u9fa5]{2,8}?(?:市|州|盟|县|区|旗)、)*[\u4e00-\u9fa5]{2,8}?(?:市|县|区|旗))(?=党代会|委|政府|人大|两会)/g;

export function ownAfterSuperiors(text: string): DocumentRegion | null {
  if (!text.includes('、')) return null;
  for (const match of text.matchAll(SUPERIORS_LIST)) {
    const names = match[1].split('、');
    const entries = names.map((name) => (name === '省' ? null : gazetteer().entriesNamed(name).length === 1 ? gazetteer().entriesNamed(name)[0] : null));
    const last = entries[entries.length - 1];
    const before = entries[entries.length - 2];
    if (!last || !before || last.code === before.code || !gazetteer().isWithin(last, before.code)) continue;
    const start = (match.index ?? 0) + match[1].lastIndexOf(names[names.length - 1]);
    return { entry: last, span: { start, end: start + names[names.length - 1].length }, cue: 'own-after-superiors', basis: 'stated' };
  }
  return null;
}
