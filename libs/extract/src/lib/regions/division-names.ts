import type { TextSpan } from '@policygraph/parse';
import { DictionaryMatch, leftmostLongest } from '../dictionary/aho-corasick';
import { gazetteer, GazetteerEntry, isGenericDivisionName, isNameInsideWord } from './gazetteer';

const LEVEL_ORDER = { province: 0, city: 1, county: 2 } as const;

/**
 * The leftmost full division name; where one name is both a province and a city (重庆市), the province. A chain of
 * names written together narrows it: 深圳市盐田区人民政府 → 盐田区 (the district of 深圳市 of that name), （湖北省）荆州市公安县 →
 * 公安县.
 */
export function firstDivision(value: string): GazetteerEntry | null {
  const customary = customaryForms(value);
  const named = gazetteer().findFullNames(value);
  const full = named
    .filter((match) => (!isGenericDivisionName(match.term) || afterItsHolder(named, match)) && !isNameInsideWord(value, match.start, match.term))
    .filter((match) => !customary.some((form) => form.start <= match.start && match.end <= form.end && form.end - form.start > match.end - match.start));
  const matches = leftmostLongest<GazetteerEntry>([...full, ...customary]);
  if (matches.length === 0) return null;
  const byLevel = (name: string) => [...(gazetteer().byName.get(name) ?? [])].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  const entriesOf = (match: DictionaryMatch<GazetteerEntry>): GazetteerEntry[] => (customary.includes(match) ? [match.value] : byLevel(match.term));
  let entry: GazetteerEntry | null = entriesOf(matches[0])[0] ?? null;
  // Names written together, or apart by brackets only ("（湖北省）荆州市公安县…"); a collection site's province tag opening a
  // title holds the division its title names after the year ("（湖南省）2020年新晃侗族自治县政府工作报告": 新晃 2020). Rule
  // `chain-into-citation`: a province's name right before the title of a plan it cites, the plan opening with a division
  // inside it (日前,浙江省《海盐县纺织服装产业发展规划(2011~2015年)》经过专家组评审: 海盐 2011), names that division.
  const tagged = /^\s*[（(]\s*$/.test(value.slice(0, matches[0].start));
  const together = (i: number): boolean => {
    const gap = value.slice(matches[i - 1].end, matches[i].start);
    return /^[（）\s]*《?$/.test(gap) || (i === 1 && tagged && /^[）)]\s*(?:19|20)\d{2}年(?:度)?\s*$/.test(gap));
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

/**
 * Rule `generic-name-after-holder`: a division whose name is a generic word (城区, 郊区, 矿区: districts of 汕尾, 阳泉, 晋城 …)
 * names that division where the full name of the city holding it is written right before it (汕尾市城区2024年政府工作报告: 汕尾
 * 城区 2024); alone, the word names no division (城区空气质量, 老城区).
 */
function afterItsHolder(named: ReadonlyArray<DictionaryMatch<GazetteerEntry>>, match: DictionaryMatch<GazetteerEntry>): boolean {
  return named.some(
    (holder) =>
      holder.end === match.start &&
      !isGenericDivisionName(holder.term) &&
      gazetteer()
        .entriesNamed(match.term)
        .some((entry) => (gazetteer().byName.get(holder.term) ?? []).some((city) => city.code !== entry.code && gazetteer().isWithin(entry, city.code))),
  );
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
export function customaryForms(value: string): Array<DictionaryMatch<GazetteerEntry>> {
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
export function shortNameRightAfter(value: string, at: number, holder: GazetteerEntry): { entry: GazetteerEntry; length: number } | null {
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

/** The divisions holding a division (its city, its province). */
export function ancestorsOf(entry: GazetteerEntry): GazetteerEntry[] {
  const holders: GazetteerEntry[] = [];
  for (let parent = gazetteer().parentOf(entry); parent; parent = gazetteer().parentOf(parent)) holders.push(parent);
  return holders;
}

/** The span of a division's name inside the span of the cue that names it (the cue's own span where the name is written otherwise). */
export function locate(text: string, name: string, within: TextSpan): TextSpan {
  const at = text.indexOf(name, within.start);
  return at >= 0 && at < within.end ? { start: at, end: at + name.length } : within;
}
